// A grievance's case file on its record page: the files attached, and the letters written about it.
import { h } from '../dom.js';
import { t, date, language } from '../i18n.js';
import { call, ApiError } from '../api.js';
import { field, showProblem, clearErrors } from '../forms.js';
import { read } from './common.js';

const LETTERS = { SUBJECT_ACCESS_REQUEST: 'letter.SUBJECT_ACCESS_REQUEST', AUTOMATED_DECISION_EXPLANATION: 'letter.AUTOMATED_DECISION_EXPLANATION',
  PAYMENT_DEMAND: 'letter.PAYMENT_DEMAND' };

export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function caseFile(ctx, id) {
  const { data: grievance } = await read(ctx, `/api/grievances/${id}`);
  if (!grievance) return null;
  const form = h('form', { novalidate: true },
    field({ name: 'kind', label: t('letter.kind'), type: 'select', value: 'PAYMENT_DEMAND',
      options: Object.entries(LETTERS).map(([k, key]) => [k, t(key)]) }),
    field({ name: 'senderName', label: t('letter.senderName'), hint: t('letter.senderHint'), maxlength: 120 }),
    h('button', { type: 'submit' }, t('letter.write')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const kind = form.elements.namedItem('kind').value;
    const senderName = form.elements.namedItem('senderName').value.trim() || null;
    try {
      const { data } = await call('POST', `/api/grievances/${id}/letters?format=pdf`,
        { body: { kind, language: language(), senderName }, headers: { Accept: 'application/pdf' } });
      download(data, `${kind.toLowerCase()}.pdf`);
      await ctx.go(location.pathname, true);
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return [
    h('h2', {}, t('grievance.files')),
    grievance.attachments.length ? h('ul', { class: 'plain', 'data-list': 'attachments' }, grievance.attachments.map((a) => h('li', {},
      h('p', {}, a.fileName || a.contentType), h('p', { class: 'muted' }, `SHA-256 ${a.sha256.slice(0, 16)}…`))))
      : h('p', { class: 'muted' }, t('records.none')),
    h('h2', {}, t('grievance.letters')),
    h('ul', { class: 'plain' }, grievance.letters.map((l) => h('li', {},
      h('p', {}, t(LETTERS[l.kind]), ' · ', date(l.issuedOn)),
      h('p', { class: l.deadlinePassed ? 'bad' : 'muted' }, t('letter.respondBy', { date: date(l.respondBy) }))))),
    h('div', { class: 'card' }, form),
  ];
}
