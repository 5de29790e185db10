// The admin's laptop page: open an organization with its first organizer, and work the registry's queue of
// vendor names workers typed (match to a vendor, make a vendor of it, or reject it). Never a worker's handle.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { call, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';

const KINDS = ['UNION', 'COOPERATIVE', 'WORKER_CENTRE', 'OTHER'];
const KIND_KEYS = { UNION: 'admin.kind.UNION', COOPERATIVE: 'admin.kind.COOPERATIVE',
  WORKER_CENTRE: 'admin.kind.WORKER_CENTRE', OTHER: 'admin.kind.OTHER' };

function organizationForm(ctx) {
  const form = h('form', { novalidate: true },
    field({ name: 'name', label: t('admin.orgName'), maxlength: 120 }),
    field({ name: 'kind', label: t('admin.orgKind'), type: 'select', options: KINDS.map((k) => [k, t(KIND_KEYS[k])]) }),
    field({ name: 'country', label: t('admin.country'), hint: t('admin.countryHint'), maxlength: 2, value: 'US' }),
    field({ name: 'description', label: t('admin.description'), type: 'textarea', maxlength: 2000 }),
    field({ name: 'organizerHandle', label: t('admin.organizer'), maxlength: 32, autocomplete: 'off' }),
    h('button', { type: 'submit', 'data-action': 'create-organization' }, t('admin.createOrg')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await call('POST', '/api/admin/organizations', { body: values(form) });
      await ctx.go('/admin', true);
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return form;
}

function queueItem(ctx, item, vendors) {
  const act = async (path, body) => {
    await call('POST', path, { body });
    await ctx.go('/admin', true);
  };
  const match = h('form', { novalidate: true, class: 'row' },
    field({ name: 'vendorId', label: t('admin.matchTo'), type: 'select', options: vendors.map((v) => [v.id, v.name]) }),
    h('button', { type: 'submit', class: 'secondary', 'data-action': 'match' }, t('admin.match')));
  match.addEventListener('submit', (event) => {
    event.preventDefault();
    act('/api/registry/queue/match', { name: item.name, vendorId: values(match).vendorId }).catch(
      (e) => showProblem(match, e instanceof ApiError ? e.problem : { type: 'offline' }));
  });
  return h('li', { class: 'card', 'data-queued': item.name },
    h('p', {}, h('strong', {}, item.name), ' · ', t('admin.workers', { count: item.workers })),
    vendors.length ? match : null,
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'secondary', 'data-action': 'create-vendor',
        onclick: () => act('/api/registry/queue/create', { name: item.name, kind: 'AGENCY' }) }, t('admin.createVendor')),
      h('button', { type: 'button', class: 'danger', 'data-action': 'reject',
        onclick: () => act('/api/registry/queue/reject', { name: item.name }) }, t('admin.reject'))));
}

export async function render(ctx) {
  const [orgs, queue, vendors] = await Promise.all([
    call('GET', '/api/admin/organizations').then((r) => r.data),
    call('GET', '/api/registry/queue').then((r) => r.data),
    call('GET', '/api/vendors').then((r) => r.data)]);
  return [
    h('h1', {}, t('admin.title')),
    h('h2', {}, t('admin.organizations')),
    orgs.length ? h('ul', { class: 'plain', 'data-list': 'organizations' }, orgs.map((o) =>
      h('li', {}, `${o.name} · ${t(KIND_KEYS[o.kind])} · ${o.country}`))) : h('p', { class: 'muted' }, t('records.none')),
    h('div', { class: 'card' }, organizationForm(ctx)),
    h('h2', {}, t('admin.queue')),
    h('p', { class: 'muted' }, t('admin.queueIntro')),
    queue.length ? h('ul', { class: 'plain stack', 'data-list': 'queue' }, queue.map((item) => queueItem(ctx, item, vendors)))
      : h('p', { class: 'muted' }, t('records.none')),
    h('h2', {}, t('admin.vendors')),
    h('ul', { class: 'plain', 'data-list': 'vendors' }, vendors.map((v) =>
      h('li', {}, `${v.name} — ${v.names.filter((n) => n.kind !== 'CANONICAL').map((n) => n.name).join(', ')}`))),
  ];
}
