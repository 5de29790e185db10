// An organizer's laptop page: each organization's members in counts, invitations, and the grievances shared
// with it, with notes and escalation, and its dashboard (pages/dashboard.js). Nobody is named without casework consent.
import { h } from '../dom.js';
import { t, dateTime } from '../i18n.js';
import { call, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';
import { dashboardSection } from './dashboard.js';

function invitationForm(ctx, org) {
  const shown = h('div', { 'aria-live': 'polite' });
  const form = h('form', { novalidate: true },
    h('div', { class: 'two' },
      field({ name: 'maxUses', label: t('org.maxUses'), type: 'number', value: 25, min: 1, max: 10000 }),
      field({ name: 'validDays', label: t('org.validDays'), type: 'number', value: 14, min: 1, max: 90 })),
    h('button', { type: 'submit', class: 'secondary', 'data-action': 'invite' }, t('org.invite')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const v = values(form);
    try {
      const { data } = await call('POST', `/api/organizations/${org.id}/invitations`,
        { body: { maxUses: Number(v.maxUses), validDays: Number(v.validDays) } });
      shown.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('org.codeOnce'), ' ',
        h('strong', { 'data-code': '' }, data.code)));
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return [form, shown];
}

function caseCard(ctx, org, c) {
  const g = c.grievance;
  const note = h('form', { novalidate: true },
    field({ name: 'body', label: t('org.note'), type: 'textarea', maxlength: 4000 }),
    h('button', { type: 'submit', class: 'secondary', 'data-action': 'note' }, t('org.addNote')));
  note.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('POST', `/api/organizations/${org.id}/cases/${g.id}/notes`, { body: values(note) });
      await ctx.go('/org', true);
    } catch (e) {
      showProblem(note, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return h('li', { class: 'card', 'data-case': g.id },
    h('p', {}, h('strong', {}, c.workerHandle), ` · ${g.category} · ${g.status}`),
    h('p', {}, g.narrative),
    h('p', { class: 'muted' }, t('org.files', { attachments: g.attachments.length, letters: g.letters.length })),
    c.notes.length ? h('ul', { class: 'plain' }, c.notes.map((n) =>
      h('li', {}, `${n.body} — ${n.author || ''}, ${dateTime(n.createdAt, ctx.me.timeZone)}`))) : null,
    note,
    c.escalatedAt ? h('p', { class: 'tag' }, t('org.escalated'))
      : h('button', { type: 'button', 'data-action': 'escalate', onclick: async () => {
        await call('POST', `/api/organizations/${org.id}/cases/${g.id}/escalate`, { body: {} });
        await ctx.go('/org', true);
      } }, t('org.escalate')));
}

export async function render(ctx) {
  const { data: orgs } = await call('GET', '/api/organizations');
  const sections = await Promise.all(orgs.map(async (org) => {
    const [members, cases] = await Promise.all([
      call('GET', `/api/organizations/${org.id}/members`).then((r) => r.data),
      call('GET', `/api/organizations/${org.id}/cases`).then((r) => r.data)]);
    return h('section', { class: 'stack', 'data-org': org.id },
      h('h2', {}, org.name),
      h('table', {},
        h('caption', {}, t('org.members')),
        h('tbody', {},
          h('tr', {}, h('th', { scope: 'row' }, t('org.memberCount')), h('td', { class: 'num' }, String(members.members))),
          h('tr', {}, h('th', { scope: 'row' }, t('org.aggregateCount')), h('td', { class: 'num' }, String(members.aggregateConsents))),
          h('tr', {}, h('th', { scope: 'row' }, t('org.caseworkCount')), h('td', { class: 'num' }, String(members.caseworkConsents))))),
      h('p', { class: 'muted' }, t('org.namedOnly'), ' ', members.caseworkHandles.join(', ')),
      dashboardSection(ctx, org),
      h('h3', {}, t('org.invitations')),
      ...invitationForm(ctx, org),
      h('h3', {}, t('org.cases')),
      cases.length ? h('ul', { class: 'plain stack', 'data-list': 'cases' }, cases.map((c) => caseCard(ctx, org, c)))
        : h('p', { class: 'muted' }, t('records.none')));
  }));
  return [h('h1', {}, t('org.title')), orgs.length ? sections : h('p', { class: 'muted' }, t('records.none'))];
}
