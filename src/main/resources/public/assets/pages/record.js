// One record: as it stands, its history of revisions, and correcting or deleting it with If-Match.
import { h, mount } from '../dom.js';
import { t, dateTime, date, money } from '../i18n.js';
import * as outbox from '../outbox.js';
import { read, staleNotice, BASIS_KEYS, TASK_KEYS, CLASS_KEYS, EXPOSURE_KEYS } from './common.js';
import { sessionLine } from './records.js';
import { CATEGORIES } from './grievance-form.js';
import { caseFile } from './case-file.js';

const FORMS = { sessions: '/app/sessions/new', payments: '/app/payments/new', engagements: '/app/engagements/new',
  grievances: '/app/grievances/new' };
const OPERATIONS = { CREATE: 'history.CREATE', CORRECT: 'history.CORRECT', DELETE: 'history.DELETE' };
const TITLES = { sessions: 'record.session', payments: 'record.payment', engagements: 'record.gig', grievances: 'record.grievance' };

const yesNo = (v) => t(v ? 'form.yes' : 'form.no');
const FIELDS = {
  vendorName: ['gig.vendor'], client: ['gig.client'], projectCodeName: ['gig.project'],
  taskKind: ['gig.taskKind', (v) => t(TASK_KEYS[v])], payBasis: ['gig.basis', (v) => t(BASIS_KEYS[v])],
  agreedRateMinor: ['gig.rate', (v, r) => money(v, r.currency)], classification: ['gig.classification', (v) => t(CLASS_KEYS[v])],
  writtenContract: ['gig.contract', yesNo], paymentTimeframeDays: ['gig.timeframe'], startDate: ['gig.start', date],
  endDate: ['gig.end', date], jurisdiction: ['account.jurisdiction'], wageArea: ['gig.wageArea'],
  startedAt: ['session.from', (v, r) => dateTime(v, r.timeZone)], endedAt: ['session.until', (v, r) => dateTime(v, r.timeZone)],
  paidMinutes: ['session.paidMinutes', (v, r) => sessionLine(r).text], tasksDone: ['session.tasksDone'],
  tasksRejected: ['session.tasksRejected'], exposure: ['session.exposure', (v) => t(EXPOSURE_KEYS[v])],
  supportOffered: ['session.supportOffered', yesNo], note: ['session.note'],
  paidOn: ['payment.paidOn', date], periodStart: ['payment.periodStart', date], periodEnd: ['payment.periodEnd', date],
  grossMinor: ['payment.gross', (v, r) => money(v, r.currency)], platformFeesMinor: ['payment.platformFees', (v, r) => money(v, r.currency)],
  transferFeesMinor: ['payment.transferFees', (v, r) => money(v, r.currency)], netMinor: ['payment.net', (v, r) => money(v, r.currency)],
  category: ['grievance.category', (v) => t(CATEGORIES[v])], narrative: ['grievance.narrative'], happenedOn: ['grievance.happenedOn', date],
  amountAtStakeMinor: ['grievance.amount', (v, r) => money(v, r.currency)],
};

function describe(record) {
  return h('dl', { class: 'fields' }, Object.entries(FIELDS).filter(([k]) => record && record[k] !== null && record[k] !== undefined
    && record[k] !== '').map(([k, [label, format]]) => [h('dt', { class: 'muted' }, t(label)),
    h('dd', { 'data-field': k }, format ? format(record[k], record) : String(record[k]))]));
}

export async function render(ctx, [collection, id]) {
  const path = `/api/${collection}/${id}`;
  const [{ data: history, stale }] = await Promise.all([read(ctx, `${path}/history`)]);
  const revisions = history || [];
  const latest = revisions[revisions.length - 1];
  const deleted = latest && latest.operation === 'DELETE';
  const actions = h('div', { class: 'row' });
  if (latest && !deleted) {
    const etag = `"${latest.revision}"`;
    const confirmDelete = h('button', { type: 'button', class: 'danger', 'data-action': 'confirm-delete', onclick: async () => {
      await outbox.enqueue(ctx.me.id, { kind: `delete-${collection}`, method: 'DELETE', path, ifMatch: etag });
      ctx.sync();
      await ctx.go('/app/records');
    } }, t('record.reallyDelete'));
    mount(actions,
      h('a', { class: 'button secondary', href: `${FORMS[collection]}?edit=${id}` }, t('record.correct')),
      h('button', { type: 'button', class: 'danger', onclick: () => mount(actions, confirmDelete,
        h('button', { type: 'button', class: 'secondary', onclick: () => ctx.go(location.pathname, true) }, t('form.cancel'))) },
      t('record.delete')));
  }
  const extra = collection === 'grievances' && !deleted ? await caseFile(ctx, id) : null;
  return [
    h('h1', {}, t(TITLES[collection])),
    staleNotice(stale),
    deleted ? h('p', { class: 'notice' }, t('record.deleted')) : null,
    latest ? h('div', { class: 'card' }, describe(latest.record)) : h('p', {}, t('records.none')),
    actions,
    extra,
    h('h2', {}, t('record.history')),
    h('ol', { class: 'plain', 'data-list': 'history' }, revisions.slice().reverse().map((r) => h('li', {},
      h('p', {}, h('strong', {}, t(OPERATIONS[r.operation] || 'history.CORRECT')), ' · ',
        t('record.revision', { n: r.revision }), ' · ', dateTime(r.recordedAt, ctx.me.timeZone)),
      r.recordedLate ? h('span', { class: 'tag late' }, t('record.late')) : null))),
  ];
}
