// A vendor's own page in the registry: its published figures (k-suppressed, the public's own) and its contested
// claims with the findings that contest them, where it posts its public response. Each read is audited.
import { h } from '../dom.js';
import { t, language, date } from '../i18n.js';
import { call, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';

const ANSWERS = { YES: 'vreg.YES', PARTLY: 'vreg.PARTLY', NO: 'vreg.NO' };

function figures(records) {
  if (!records.cells.length) return h('p', { class: 'muted' }, t('vreg.noFigures'));
  const metrics = [];
  records.cells.forEach((cell) => cell.figures.forEach((f) => {
    if (!metrics.some((m) => m.metric === f.metric)) metrics.push(f);
  }));
  const head = (cell) => h('th', { scope: 'col', class: 'num' }, cell.jurisdiction || t('vreg.all'));
  return h('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-label': t('vreg.figures') },
    h('table', { 'data-table': 'figures' },
      h('caption', {}, t('vreg.figures')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('vreg.figure')), records.cells.map(head))),
      h('tbody', {},
        h('tr', {}, h('th', { scope: 'row' }, t('vreg.workers')), records.cells.map((cell) =>
          h('td', { class: 'num' }, cell.published ? String(cell.workers ?? '') : t('vreg.notEnough')))),
        metrics.map((m) => h('tr', {}, h('th', { scope: 'row' }, m.label), records.cells.map((cell) => {
          const f = cell.figures.find((x) => x.metric === m.metric);
          return h('td', { class: 'num' }, f && f.value != null ? f.value : t('vreg.notShown'));
        }))))));
}

function contestedCard(ctx, claim) {
  const shown = h('div', { 'aria-live': 'polite' });
  const form = h('form', { novalidate: true },
    field({ name: 'body', label: t('vreg.response'), type: 'textarea', maxlength: 2000,
      value: claim.responses.length ? claim.responses[0].body : '' }),
    h('button', { type: 'submit', 'data-action': 'respond' }, t('vreg.respond')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await call('POST', claim.respond, { body: values(form) });
      shown.replaceChildren(h('p', { class: 'notice', role: 'status' }, t('vreg.responded')));
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return h('li', { class: 'card', 'data-claim': claim.criterionId },
    h('h3', {}, claim.question),
    h('p', {}, t('vreg.answer', { answer: t(ANSWERS[claim.answer] || 'vreg.NO') }), ' ',
      h('strong', { class: 'tag contested' }, t('vreg.contestedTag'))),
    h('table', {},
      h('caption', {}, t('vreg.why')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('vreg.where')), h('th', { scope: 'col' }, t('vreg.shows')),
        h('th', { scope: 'col' }, t('vreg.threshold')))),
      h('tbody', {}, claim.why.map((f) => h('tr', {},
        h('th', { scope: 'row' }, f.jurisdiction || t('vreg.all')),
        h('td', {}, f.figure || '', f.formula ? h('span', { class: 'formula muted' }, h('br'), f.formula) : null),
        h('td', {}, f.threshold || ''))))),
    claim.responses.length ? h('p', { class: 'muted' },
      t('vreg.version', { version: claim.responses[0].version, when: date(claim.responses[0].postedAt.slice(0, 10)) })) : null,
    form, shown);
}

export async function render(ctx) {
  let view;
  try {
    ({ data: view } = await call('GET', `/api/vendor/me/registry?lang=${language()}`));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return [h('h1', {}, t('vreg.title')), h('p', { class: 'notice' }, t('vreg.notLinked'))];
    }
    throw e;
  }
  return [
    h('h1', {}, t('vreg.title')),
    h('p', {}, t('vreg.intro', { vendor: view.name, k: view.records.k })),
    h('p', {}, h('a', { href: view.page, 'data-public': '' }, t('vreg.public'))),
    h('h2', {}, t('vreg.figures')),
    figures(view.records),
    h('h2', {}, t('vreg.contested')),
    view.contested.length ? h('ul', { class: 'plain stack', 'data-list': 'contested' },
      view.contested.map((claim) => contestedCard(ctx, claim))) : h('p', { class: 'muted' }, t('vreg.noContested')),
  ];
}
