// The worker's records, newest first, with what still waits on the phone shown beside what the portal holds.
import { h } from '../dom.js';
import { t, hours, date, dateTime, money } from '../i18n.js';
import * as outbox from '../outbox.js';
import { read, staleNotice, gigs, gigLabel, UNPAID, STATE_KEYS, BASIS_KEYS } from './common.js';

export function splitBar(paid, unpaid) {
  const total = paid + unpaid || 1;
  const paidBar = h('span', { class: 'paid' });
  const unpaidBar = h('span', { class: 'unpaid' });
  paidBar.style.width = `${(100 * paid) / total}%`;
  unpaidBar.style.width = `${(100 * unpaid) / total}%`;
  return h('div', { class: 'split', 'aria-hidden': 'true' }, paidBar, unpaidBar);
}

export function sessionLine(s) {
  const unpaid = Object.values(s.unpaidMinutes || {}).reduce((a, b) => a + b, 0);
  const parts = [t('session.paidPart', { h: hours(s.paidMinutes) })];
  for (const [kind, key] of UNPAID) {
    const m = (s.unpaidMinutes || {})[kind];
    if (m) parts.push(`${t(key)} ${hours(m)}`);
  }
  return { unpaid, text: parts.join(' · ') };
}

function tags(record, waiting) {
  return [
    record.recordedLate ? h('span', { class: 'tag late' }, t('record.late')) : null,
    waiting ? h('span', { class: 'tag wait' }, t(STATE_KEYS[waiting.state])) : null,
  ];
}

export async function render(ctx) {
  const [{ data: sessions, stale }, { data: payments }, known, pending] = await Promise.all([
    read(ctx, '/api/sessions'), read(ctx, '/api/payments'), gigs(ctx), outbox.entries(ctx.me.id)]);
  const gigName = (id) => {
    const gig = known.find((g) => g.id === id);
    return gig ? gigLabel(gig) : '—';
  };
  const waitingFor = (collection, id) => pending.find((e) => e.path === `/api/${collection}/${id}`);
  const merge = (collection, list, kind) => {
    const stored = (list || []).map((r) => ({ ...r, waiting: waitingFor(collection, r.id) }));
    const queued = pending.filter((e) => e.kind === kind && e.method === 'PUT' && !stored.some((r) => e.path.endsWith(r.id)))
      .map((e) => ({ ...e.body, id: e.path.split('/').pop(), waiting: e }));
    return [...queued, ...stored];
  };
  const allSessions = merge('sessions', sessions, 'session').sort((a, b) => String(b.startedAt).localeCompare(String(a.startedAt)));
  const allPayments = merge('payments', payments, 'payment').sort((a, b) => String(b.paidOn).localeCompare(String(a.paidOn)));
  const saved = new URLSearchParams(location.search).get('saved');
  return [
    h('h1', {}, t('records.title')),
    staleNotice(stale),
    saved ? h('p', { class: 'notice', role: 'status' },
      t(pending.some((e) => e.path.endsWith(saved)) ? 'records.saved' : 'records.stored')) : null,
    h('div', { class: 'row' },
      h('a', { class: 'button secondary', href: '/app/sessions/new' }, t('session.addByHand')),
      h('a', { class: 'button secondary', href: '/app/payments/new' }, t('payment.add'))),
    h('h2', {}, t('records.sessions')),
    allSessions.length ? h('ul', { class: 'plain', 'data-list': 'sessions' }, allSessions.map((s) => {
      const { unpaid, text } = sessionLine(s);
      return h('li', { 'data-id': s.id },
        h('div', { class: 'spread' },
          h('a', { href: `/app/records/sessions/${s.id}` }, dateTime(s.startedAt, s.timeZone)),
          h('span', {}, hours(s.paidMinutes + unpaid))),
        h('p', { class: 'muted' }, gigName(s.engagementId)),
        splitBar(s.paidMinutes, unpaid),
        h('p', { class: 'muted', 'data-split': '' }, text),
        tags(s, s.waiting));
    })) : h('p', { class: 'muted' }, t('records.none')),
    h('h2', {}, t('records.payments')),
    allPayments.length ? h('ul', { class: 'plain', 'data-list': 'payments' }, allPayments.map((p) => h('li', { 'data-id': p.id },
      h('div', { class: 'spread' },
        h('a', { href: `/app/records/payments/${p.id}` }, date(p.paidOn)),
        h('strong', {}, money(p.netMinor, p.currency))),
      h('p', { class: 'muted' }, gigName(p.engagementId), ' · ', t('payment.grossLine', {
        gross: money(p.grossMinor, p.currency), fees: money(p.platformFeesMinor + p.transferFeesMinor, p.currency) })),
      tags(p, p.waiting)))) : h('p', { class: 'muted' }, t('records.none')),
    h('h2', {}, t('records.gigs')),
    h('ul', { class: 'plain' }, known.map((g) => h('li', {},
      h('a', { href: `/app/records/engagements/${g.id}` }, gigLabel(g)),
      h('p', { class: 'muted' }, `${money(g.agreedRateMinor, g.currency)} · ${t(BASIS_KEYS[g.payBasis])}`)))),
    h('p', {}, h('a', { href: '/app/grievances/new' }, t('grievance.add'))),
  ];
}
