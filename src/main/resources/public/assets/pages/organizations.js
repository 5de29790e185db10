// The worker's side of organizing: join by code, the two consents per organization with their history,
// share a grievance with an organization and read its notes, and who read what of theirs.
import { h } from '../dom.js';
import { t, dateTime } from '../i18n.js';
import { call, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';

const CHANGE_KEYS = {
  JOINED: 'orgs.change.JOINED', LEFT: 'orgs.change.LEFT',
  AGGREGATE_GRANTED: 'orgs.change.AGGREGATE_GRANTED', AGGREGATE_WITHDRAWN: 'orgs.change.AGGREGATE_WITHDRAWN',
  CASEWORK_GRANTED: 'orgs.change.CASEWORK_GRANTED', CASEWORK_WITHDRAWN: 'orgs.change.CASEWORK_WITHDRAWN',
};

async function optional(path) {
  try {
    return (await call('GET', path)).data;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

function consentSwitch(ctx, membership, scope, key, hintKey, checked) {
  const box = field({ name: `${scope}-${membership.organization.id}`, label: t(key), type: 'checkbox', value: checked,
    hint: t(hintKey), 'data-consent': scope });
  box.querySelector('input').addEventListener('change', async (event) => {
    event.target.disabled = true;
    await call('PUT', `/api/me/memberships/${membership.organization.id}/consents/${scope}`,
      { body: { granted: event.target.checked } });
    await ctx.go('/app/organizations', true);
  });
  return box;
}

function shareControls(ctx, grievance, share, memberships) {
  if (share) {
    return h('div', { class: 'stack', 'data-share': grievance.id },
      h('p', {}, t('orgs.sharedWith', { name: share.organization.name })),
      share.notes.length ? h('ul', { class: 'plain' }, share.notes.map((note) => h('li', { class: 'card' },
        h('p', {}, note.body), h('p', { class: 'muted' }, `${note.author || ''} · ${dateTime(note.createdAt, ctx.me.timeZone)}`))))
        : h('p', { class: 'muted' }, t('orgs.noNotes')),
      h('button', { type: 'button', class: 'secondary', 'data-action': 'unshare', onclick: async () => {
        await call('DELETE', `/api/grievances/${grievance.id}/share`);
        await ctx.go('/app/organizations', true);
      } }, t('orgs.unshare')));
  }
  const open = memberships.filter((m) => m.caseworkConsent);
  if (!open.length) return null;
  const form = h('form', { novalidate: true, 'data-share-form': grievance.id },
    field({ name: 'organizationId', label: t('orgs.shareWith'), type: 'select',
      options: open.map((m) => [m.organization.id, m.organization.name]) }),
    h('button', { type: 'submit', class: 'secondary', 'data-action': 'share' }, t('orgs.share')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('PUT', `/api/grievances/${grievance.id}/share`, { body: values(form) });
      await ctx.go('/app/organizations', true);
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return form;
}

export async function render(ctx) {
  const [memberships, history, log, grievances] = await Promise.all([
    call('GET', '/api/me/memberships').then((r) => r.data),
    call('GET', '/api/me/consent-history').then((r) => r.data),
    call('GET', '/api/me/access-log').then((r) => r.data),
    call('GET', '/api/grievances').then((r) => r.data)]);
  const shares = await Promise.all(grievances.map((g) => optional(`/api/grievances/${g.id}/share`)));

  const join = h('form', { novalidate: true },
    field({ name: 'code', label: t('orgs.code'), hint: t('orgs.codeHint'), autocomplete: 'off', maxlength: 64 }),
    h('button', { type: 'submit', class: 'wide', 'data-action': 'join' }, t('orgs.join')));
  join.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(join);
    try {
      await call('POST', '/api/invitations/redeem', { body: values(join) });
      await ctx.go('/app/organizations', true);
    } catch (e) {
      showProblem(join, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });

  return [
    h('h1', {}, t('orgs.title')),
    h('p', {}, t('orgs.intro')),
    h('div', { class: 'card' }, join),
    h('h2', {}, t('orgs.yours')),
    memberships.length ? h('ul', { class: 'plain stack', 'data-list': 'memberships' }, memberships.map((m) =>
      h('li', { class: 'card', 'data-id': m.organization.id },
        h('h3', {}, m.organization.name),
        h('p', { class: 'muted' }, m.organization.description),
        consentSwitch(ctx, m, 'AGGREGATE', 'orgs.aggregate', 'orgs.aggregateHint', m.aggregateConsent),
        consentSwitch(ctx, m, 'CASEWORK', 'orgs.casework', 'orgs.caseworkHint', m.caseworkConsent),
        h('button', { type: 'button', class: 'danger', 'data-action': 'leave', onclick: async () => {
          await call('DELETE', `/api/me/memberships/${m.organization.id}`);
          await ctx.go('/app/organizations', true);
        } }, t('orgs.leave')))))
      : h('p', { class: 'muted' }, t('records.none')),
    h('h2', {}, t('orgs.grievances')),
    grievances.length ? h('ul', { class: 'plain stack', 'data-list': 'grievances' }, grievances.map((g, i) =>
      h('li', { class: 'card' }, h('p', {}, g.narrative), shareControls(ctx, g, shares[i], memberships))))
      : h('p', { class: 'muted' }, t('records.none')),
    h('h2', {}, t('orgs.history')),
    history.length ? h('ul', { class: 'plain', 'data-list': 'history' }, history.map((e) =>
      h('li', {}, `${dateTime(e.occurredAt, ctx.me.timeZone)} · ${e.organizationName} · ${t(CHANGE_KEYS[e.change])}`)))
      : h('p', { class: 'muted' }, t('records.none')),
    h('h2', {}, t('orgs.accessLog')),
    h('p', { class: 'muted' }, t('orgs.accessLogIntro')),
    log.length ? h('ul', { class: 'plain', 'data-list': 'access-log' }, log.map((e) =>
      h('li', {}, `${dateTime(e.occurredAt, ctx.me.timeZone)} · ${e.actor || '—'} (${e.actorRole || ''}) · ${e.action}`)))
      : h('p', { class: 'muted' }, t('records.none')),
  ];
}
