// The campaigns section of an organization on the organizer's page: draft a campaign against a vendor with the
// demand prefilled from the collective findings, open it, watch the count (shown only from k), deliver the signed
// letter, download it, record the vendor's response, close it.
import { h } from '../dom.js';
import { t, date, dateTime, language, LANGUAGES } from '../i18n.js';
import { call, callPublic, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';
import { download } from './case-file.js';
import { languageName } from './common.js';
import { STATE_KEYS, countText } from './campaigns.js';

function inDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function createForm(ctx, org, vendors) {
  const form = h('form', { novalidate: true, 'data-form': 'campaign' },
    field({ name: 'vendorId', label: t('ocamp.vendor'), type: 'select',
      options: vendors.map((v) => [v.id, v.name]) }),
    field({ name: 'title', label: t('ocamp.campaignTitle'), maxlength: 200 }),
    h('div', { class: 'two' },
      field({ name: 'goal', label: t('ocamp.goal'), type: 'number', value: 50, min: 1, max: 1000000 }),
      field({ name: 'respondBy', label: t('ocamp.respondBy'), type: 'date', value: inDays(30) })),
    field({ name: 'language', label: t('account.language'), type: 'select', value: language(),
      options: LANGUAGES.map((code) => [code, languageName(code)]) }),
    field({ name: 'letter', label: t('ocamp.letter'), type: 'textarea', hint: t('ocamp.letterHint'), maxlength: 20000, rows: 10 }));
  const prefill = async () => {
    const v = values(form);
    if (!v.vendorId) return;
    try {
      const { data } = await call('GET', `/api/organizations/${org.id}/campaign-demand?vendorId=${encodeURIComponent(v.vendorId)}&language=${v.language}`);
      form.elements.namedItem('letter').value = data.letter;
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  };
  form.append(h('div', { class: 'row' },
    h('button', { type: 'button', class: 'secondary', 'data-action': 'prefill', onclick: prefill }, t('ocamp.prefill')),
    h('button', { type: 'submit', 'data-action': 'create' }, t('ocamp.create'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const v = values(form);
    try {
      await call('POST', `/api/organizations/${org.id}/campaigns`, { body: { vendorId: v.vendorId || null, title: v.title,
        goal: v.goal === '' ? null : Number(v.goal), respondBy: v.respondBy || null, language: v.language,
        letter: v.letter.trim() || null } });
      await ctx.go('/org', true);
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return form;
}

function action(ctx, org, c, verb, key, cls = 'secondary') {
  const status = h('span', { 'aria-live': 'polite' });
  return [h('button', { type: 'button', class: cls, 'data-action': verb, onclick: async (event) => {
    event.target.disabled = true;
    try {
      await call('POST', `/api/organizations/${org.id}/campaigns/${c.id}/${verb}`, { body: {} });
      await ctx.go('/org', true);
    } catch (e) {
      event.target.disabled = false;
      status.replaceChildren(h('span', { class: 'error', role: 'alert' },
        e instanceof ApiError ? (e.problem.detail || e.problem.title) : t('error.offline')));
    }
  } }, t(key)), status];
}

function responseForm(ctx, org, c) {
  const form = h('form', { novalidate: true, 'data-form': 'response' },
    h('div', { class: 'two' },
      field({ name: 'respondedOn', label: t('ocamp.respondedOn'), type: 'date', value: new Date().toISOString().slice(0, 10) }),
      field({ name: 'summary', label: t('ocamp.summary'), maxlength: 4000 })),
    h('button', { type: 'submit', class: 'secondary', 'data-action': 'response' }, t('ocamp.recordResponse')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('POST', `/api/organizations/${org.id}/campaigns/${c.id}/response`, { body: values(form) });
      await ctx.go('/org', true);
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return form;
}

function card(ctx, org, c) {
  const d = c.delivery;
  return h('li', { class: 'card', 'data-campaign': c.id },
    h('h4', {}, c.title),
    h('p', { class: 'muted' }, `${c.vendorName} · ${t('ocamp.goalOf', { goal: c.goal })}`),
    h('p', {}, h('span', { class: 'tag', 'data-state': c.state }, t(STATE_KEYS[c.state])), ' ',
      h('strong', { 'data-count': '' }, countText(c.signatures, c.goal)),
      c.overdue ? h('span', { class: 'tag bad', 'data-overdue': '' }, ` ${t('ocamp.overdue')}`) : null),
    h('p', { class: 'muted' }, t('camp.respondBy', { date: date(c.respondBy) })),
    c.namedSigners.length ? h('p', { 'data-named': '' }, t('ocamp.named'), ' ', c.namedSigners.join(', ')) : null,
    d ? h('div', { class: 'stack', 'data-delivery': '' },
      h('p', {}, t('ocamp.delivered', { when: dateTime(c.deliveredAt, ctx.me.timeZone), count: d.signatures })),
      h('p', { class: 'muted' }, `${t('ocamp.letterId')} ${d.letterId} · SHA-256 ${d.letterSha256}`),
      h('p', { class: 'muted' }, `${t('ocamp.packId')} ${d.collectivePackId} · SHA-256 ${d.collectivePackSha256}`),
      h('button', { type: 'button', class: 'secondary', 'data-action': 'letter', onclick: async () => {
        const { data } = await call('GET', `/api/organizations/${org.id}/campaigns/${c.id}/letter.pdf`,
          { headers: { Accept: 'application/pdf' } });
        download(data, `campaign-${c.id}.pdf`);
      } }, t('ocamp.download'))) : null,
    c.response ? h('p', {}, t('camp.response', { date: date(c.response.respondedOn), summary: c.response.summary })) : null,
    c.state === 'DELIVERED' ? responseForm(ctx, org, c) : null,
    h('div', { class: 'row' },
      c.state === 'DRAFT' ? action(ctx, org, c, 'open', 'ocamp.open', '') : null,
      c.state === 'OPEN' ? action(ctx, org, c, 'deliver', 'ocamp.deliver', '') : null,
      c.state !== 'CLOSED' ? action(ctx, org, c, 'close', 'ocamp.close') : null));
}

/** The section for one organization; vendors come from the public registry. */
export async function campaignsSection(ctx, org) {
  const [{ data: campaigns }, { data: vendors }] = await Promise.all([
    call('GET', `/api/organizations/${org.id}/campaigns`), callPublic('GET', '/api/vendors')]);
  return h('section', { class: 'stack', 'data-campaigns': org.id },
    h('h3', {}, t('ocamp.title')),
    h('p', { class: 'muted' }, t('ocamp.intro')),
    campaigns.length ? h('ul', { class: 'plain stack', 'data-list': 'campaigns' }, campaigns.map((c) => card(ctx, org, c)))
      : h('p', { class: 'muted' }, t('camp.none')),
    h('details', {}, h('summary', {}, t('ocamp.new')), createForm(ctx, org, vendors)));
}
