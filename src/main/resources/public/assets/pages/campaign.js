// One campaign on the phone: the demand, the count (only from k), and the worker's signature — with their name
// as they type it for this letter, or counted only — which they may withdraw until the letter is delivered.
// Reading works offline from what was last seen; signing needs the network, and the page says so.
import { h } from '../dom.js';
import { t, date } from '../i18n.js';
import { call, ApiError } from '../api.js';
import { field, showProblem, clearErrors } from '../forms.js';
import { read, staleNotice } from './common.js';
import { STATE_KEYS, countText } from './campaigns.js';

function mine(signature) {
  if (!signature) return t('camp.notSigned');
  return signature.named ? t('camp.signedNamed', { name: signature.printedName }) : t('camp.signedCounted');
}

function signing(ctx, c) {
  const form = h('form', { novalidate: true, 'data-form': 'sign' },
    h('p', { class: 'notice' }, t('camp.needsNetwork')),
    field({ name: 'printedName', label: t('camp.printedName'), hint: t('camp.printedNameHint'), maxlength: 120,
      autocomplete: 'off', value: c.mySignature?.printedName || '' }));
  const send = async (method, body) => {
    clearErrors(form);
    form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      await call(method, `/api/me/campaigns/${c.id}/signature`, body ? { body } : {});
      await ctx.go(`/app/campaigns/${c.id}`, true);
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
      form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    }
  };
  form.addEventListener('submit', (event) => event.preventDefault());
  form.append(
    h('button', { type: 'button', class: 'wide', 'data-action': 'sign-named', onclick: () =>
      send('PUT', { named: true, printedName: form.elements.namedItem('printedName').value }) }, t('camp.signNamed')),
    h('button', { type: 'button', class: 'secondary wide', 'data-action': 'sign-counted', onclick: () =>
      send('PUT', { named: false }) }, t('camp.signCounted')),
    c.mySignature ? h('button', { type: 'button', class: 'danger wide', 'data-action': 'withdraw', onclick: () =>
      send('DELETE') }, t('camp.withdraw')) : null);
  return h('div', { class: 'card' }, form);
}

export async function render(ctx, [id]) {
  const { data: c, stale } = await read(ctx, `/api/me/campaigns/${id}`);
  if (!c) return [h('h1', {}, t('camp.title')), staleNotice(stale), h('p', { class: 'muted' }, t('camp.none'))];
  return [
    h('h1', {}, c.title),
    staleNotice(stale),
    h('p', { class: 'muted' }, `${c.organizationName} · ${c.vendorName}`),
    h('p', {}, h('span', { class: 'tag', 'data-state': c.state }, t(STATE_KEYS[c.state])), ' ',
      h('strong', { 'data-count': '' }, countText(c.signatures, c.goal))),
    h('p', { class: c.overdue ? 'bad' : 'muted' }, t(c.overdue ? 'camp.overdue' : 'camp.respondBy', { date: date(c.respondBy) })),
    h('h2', {}, t('camp.demand')),
    h('div', { class: 'card', 'data-letter': '' }, c.letter.split(/\n+/).map((line) => h('p', {}, line))),
    h('h2', {}, t('camp.yourSignature')),
    h('p', { 'data-mine': '' }, mine(c.mySignature)),
    c.takesSignatures ? signing(ctx, c) : h('p', { class: 'muted' }, t('camp.frozen')),
    c.response ? h('p', {}, t('camp.response', { date: date(c.response.respondedOn), summary: c.response.summary })) : null,
    h('p', {}, h('a', { href: '/app/campaigns' }, t('camp.all'))),
  ];
}
