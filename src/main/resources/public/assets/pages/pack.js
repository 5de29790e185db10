// Evidence packs: choose the period, the language and whether a legal name appears; generate; download.
import { h } from '../dom.js';
import { t, language, LANGUAGES, date, dateTime } from '../i18n.js';
import { call, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';
import { read, staleNotice, today, languageName } from './common.js';
import { download } from './case-file.js';

async function save(pack) {
  const { data } = await call('GET', `/api/evidence-packs/${pack.id}/pdf`, { headers: { Accept: 'application/pdf' } });
  download(data, `steward-evidence-${pack.periodFrom}-${pack.periodTo}.pdf`);
}

export async function render(ctx) {
  const { data: packs, stale } = await read(ctx, '/api/evidence-packs');
  const now = today(ctx.me.timeZone);
  const [y, m] = now.split('-');
  const form = h('form', { novalidate: true },
    h('div', { class: 'two' },
      field({ name: 'from', label: t('pack.from'), type: 'date', value: `${Number(y) - 1}-${m}-01` }),
      field({ name: 'to', label: t('pack.to'), type: 'date', value: now })),
    field({ name: 'language', label: t('account.language'), type: 'select', value: language(),
      options: LANGUAGES.map((code) => [code, languageName(code)]) }),
    field({ name: 'legalName', label: t('pack.legalName'), hint: t('pack.legalNameHint'), maxlength: 200, autocomplete: 'off' }),
    h('button', { type: 'submit', class: 'wide', 'data-action': 'generate' }, t('pack.generate')));
  const status = h('div', { 'aria-live': 'polite' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const v = values(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    status.replaceChildren(h('p', { class: 'notice' }, t('pack.working')));
    try {
      const { data } = await call('POST', '/api/evidence-packs',
        { body: { from: v.from, to: v.to, language: v.language, legalName: v.legalName.trim() || null } });
      await save(data);
      await ctx.go('/app/pack?made=1', true);
    } catch (e) {
      status.replaceChildren();
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    } finally {
      button.disabled = false;
    }
  });
  return [
    h('h1', {}, t('pack.title')),
    h('p', {}, t('pack.intro')),
    staleNotice(stale),
    status,
    new URLSearchParams(location.search).get('made') ? h('p', { class: 'notice', role: 'status' }, t('pack.made')) : null,
    h('div', { class: 'card' }, form),
    h('h2', {}, t('pack.yours')),
    (packs || []).length ? h('ul', { class: 'plain', 'data-list': 'packs' }, packs.map((p) => h('li', { 'data-id': p.id },
      h('p', {}, `${date(p.periodFrom)} – ${date(p.periodTo)} · ${languageName(p.language)}`),
      h('p', { class: 'muted' }, t('pack.madeOn', { when: dateTime(p.createdAt, ctx.me.timeZone), pages: p.pageCount })),
      h('p', { class: 'muted' }, `SHA-256 ${p.sha256}`),
      h('button', { type: 'button', class: 'secondary', 'data-action': 'download', onclick: () => save(p) }, t('pack.download')))))
      : h('p', { class: 'muted' }, t('records.none')),
    h('p', {}, h('a', { href: '/verify' }, t('verify.title'))),
  ];
}
