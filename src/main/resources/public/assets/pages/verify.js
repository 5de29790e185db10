// The public check of an evidence pack: anyone, signed in or not, uploads the PDF or gives its id and SHA-256.
import { h, mount } from '../dom.js';
import { t, dateTime } from '../i18n.js';
import { callPublic, ApiError } from '../api.js';
import { field, showProblem, clearErrors } from '../forms.js';

const VERDICTS = {
  AUTHENTIC: 'verify.AUTHENTIC',
  UNKNOWN_OR_CHANGED: 'verify.UNKNOWN_OR_CHANGED',
  SIGNATURE_INVALID: 'verify.SIGNATURE_INVALID',
  DIGEST_MISMATCH: 'verify.DIGEST_MISMATCH',
};

function verdict(result) {
  return h('div', { class: `notice ${result.authentic ? '' : 'error-box'}`, role: 'status', 'data-verdict': result.verdict },
    h('p', {}, h('strong', { class: result.authentic ? 'good' : 'bad' }, t(VERDICTS[result.verdict] || 'verify.UNKNOWN_OR_CHANGED'))),
    result.packId ? h('p', {}, t('verify.packId', { id: result.packId })) : null,
    result.createdAt ? h('p', {}, t('verify.made', { when: dateTime(result.createdAt) })) : null);
}

export function render() {
  const answer = h('div', { 'aria-live': 'polite' });
  const upload = h('form', { novalidate: true },
    field({ name: 'file', label: t('verify.file'), type: 'file', accept: 'application/pdf,.pdf' }),
    h('button', { type: 'submit' }, t('verify.check')));
  upload.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(upload);
    const file = upload.elements.namedItem('file').files[0];
    if (!file) {
      showProblem(upload, { violations: [{ field: 'file', message: 'is required' }] });
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      mount(answer, verdict((await callPublic('POST', '/api/verify', { form })).data));
    } catch (e) {
      showProblem(upload, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  const byId = h('form', { novalidate: true },
    field({ name: 'id', label: t('verify.id'), autocapitalize: 'none', spellcheck: 'false' }),
    field({ name: 'sha256', label: t('verify.sha256'), autocapitalize: 'none', spellcheck: 'false' }),
    h('button', { type: 'submit' }, t('verify.check')));
  byId.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(byId);
    const id = byId.elements.namedItem('id').value.trim();
    const sha = byId.elements.namedItem('sha256').value.trim();
    if (!id) {
      showProblem(byId, { violations: [{ field: 'id', message: 'is required' }] });
      return;
    }
    try {
      const path = `/api/verify/${encodeURIComponent(id)}?sha256=${encodeURIComponent(sha)}`;
      mount(answer, verdict((await callPublic('GET', path)).data));
    } catch (e) {
      showProblem(byId, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return [
    h('h1', {}, t('verify.title')),
    h('p', {}, t('verify.intro')),
    answer,
    h('div', { class: 'card' }, h('h2', {}, t('verify.byFile')), upload),
    h('div', { class: 'card' }, h('h2', {}, t('verify.byId')), byId),
  ];
}
