// A vendor's laptop page: self-certify its own vendor against a fair-work guideline. Pick the guideline, answer each
// question YES / PARTLY / NO with an explanation and evidence documents, save drafts, see what is missing, attest
// with the checkbox, download the signed certificate. It shows nothing of any worker.
import { h } from '../dom.js';
import { t, language, date, dateTime } from '../i18n.js';
import { call, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';
import { today } from './common.js';

const BASE = '/api/vendor/certifications';
const ANSWER_KEYS = { YES: 'vendor.answer.YES', PARTLY: 'vendor.answer.PARTLY', NO: 'vendor.answer.NO' };
const STATUS_KEYS = { DRAFT: 'vendor.status.DRAFT', ATTESTED: 'vendor.status.ATTESTED', SUPERSEDED: 'vendor.status.SUPERSEDED' };

const refusal = (e) => (e instanceof ApiError ? e.problem : { type: 'offline' });

async function ownVendor() {
  try {
    return (await call('GET', '/api/vendor/me')).data;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

function startForm(ctx, guidelines) {
  const form = h('form', { novalidate: true, 'data-form': 'start' },
    field({ name: 'guidelineId', label: t('vendor.guideline'), type: 'select',
      options: guidelines.map((g) => [g.id, `${g.title} (${g.version})`]) }),
    h('button', { type: 'submit', 'data-action': 'start' }, t('vendor.start')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const { data } = await call('POST', `${BASE}?language=${language()}`, { body: values(form) });
      await ctx.go(`/vendor/certifications/${data.id}`);
    } catch (e) {
      showProblem(form, refusal(e));
    }
  });
  return form;
}

async function renderList(ctx, vendor) {
  const [{ data: mine }, { data: guidelines }] = await Promise.all([
    call('GET', BASE), call('GET', '/api/guidelines')]);
  return [
    h('h1', {}, t('vendor.title')),
    h('p', {}, t('vendor.intro', { vendor: vendor.name })),
    h('p', {}, h('a', { href: '/vendor/figures', 'data-link': 'figures' }, t('vendor.figuresLink'))),
    h('div', { class: 'card' }, h('h2', {}, t('vendor.new')), startForm(ctx, guidelines)),
    h('h2', {}, t('vendor.yours')),
    mine.length ? h('ul', { class: 'plain stack', 'data-list': 'certifications' }, mine.map((c) => h('li', { class: 'card', 'data-id': c.id },
      h('p', {}, h('a', { href: `/vendor/certifications/${c.id}` }, `${c.guidelineId} ${c.guidelineVersion}`), ' · ',
        h('span', { class: 'tag' }, t(STATUS_KEYS[c.status]))),
      h('p', { class: 'muted' }, c.attestedAt ? t('vendor.attestedAt', { when: dateTime(c.attestedAt, ctx.me.timeZone) })
        : t('vendor.startedAt', { when: dateTime(c.startedAt, ctx.me.timeZone) })))))
      : h('p', { class: 'muted' }, t('vendor.none')),
  ];
}

function answerRadios(q, locked) {
  return h('fieldset', { class: 'field', 'data-field': 'answer' },
    h('legend', {}, t('vendor.answer')),
    h('div', { class: 'row' }, Object.keys(ANSWER_KEYS).map((a) => h('label', { class: 'choice' },
      h('input', { type: 'radio', name: 'answer', value: a, checked: q.answer === a, disabled: locked }),
      ' ', t(ANSWER_KEYS[a])))));
}

function evidenceList(ctx, cert, q, locked) {
  return q.evidence.length ? h('ul', { class: 'plain', 'data-list': 'evidence' }, q.evidence.map((e) => h('li', { 'data-evidence': e.id },
    h('span', {}, e.fileName), ' ', h('span', { class: 'muted mono' }, `SHA-256 ${e.sha256.slice(0, 16)}…`), ' ',
    locked ? null : h('button', { type: 'button', class: 'secondary', 'data-action': 'delete-evidence',
      'aria-label': t('vendor.deleteFile', { file: e.fileName }),
      onclick: async () => {
        await call('DELETE', `${BASE}/${cert.id}/evidence/${e.id}`);
        await ctx.go(location.pathname, true);
      } }, t('vendor.delete')))))
    : h('p', { class: 'muted' }, t('vendor.noEvidence'));
}

function evidenceForm(ctx, cert, q) {
  const form = h('form', { novalidate: true, class: 'row', 'data-form': 'evidence' },
    field({ name: 'file', label: t('vendor.file'), type: 'file', accept: 'application/pdf,image/png,image/jpeg,image/webp',
      hint: t('vendor.fileHint') }),
    h('button', { type: 'submit', class: 'secondary', 'data-action': 'upload' }, t('vendor.upload')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const chosen = form.elements.namedItem('file').files[0];
    if (!chosen) {
      showProblem(form, { violations: [{ field: 'file', message: 'must not be null' }] });
      return;
    }
    const body = new FormData();
    body.append('file', chosen, chosen.name);
    try {
      await call('POST', `${BASE}/${cert.id}/answers/${q.criterionId}/evidence`, { form: body });
      await ctx.go(location.pathname, true);
    } catch (e) {
      showProblem(form, refusal(e));
    }
  });
  return form;
}

function questionCard(ctx, cert, q, number) {
  const locked = cert.status !== 'DRAFT';
  const saved = h('p', { class: 'muted', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true, 'data-form': 'answer' },
    answerRadios(q, locked),
    field({ name: 'explanation', label: t('vendor.explanation'), type: 'textarea', value: q.explanation || '',
      maxlength: 4000, disabled: locked, hint: t('vendor.explanationHint') }),
    locked ? null : h('button', { type: 'submit', class: 'secondary', 'data-action': 'save' }, t('vendor.save')),
    saved);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const v = values(form);
    const answer = form.querySelector('input[name=answer]:checked')?.value || null;
    try {
      const { data } = await call('PUT', `${BASE}/${cert.id}/answers/${q.criterionId}?language=${language()}`,
        { body: { answer, explanation: v.explanation } });
      saved.textContent = data.complete ? t('vendor.saved') : t('vendor.savedIncomplete');
      const card = form.closest('[data-criterion]');
      card.dataset.complete = String(data.complete);
    } catch (e) {
      showProblem(form, refusal(e));
    }
  });
  return h('li', { class: 'card', 'data-criterion': q.criterionId, 'data-complete': String(q.complete) },
    h('h3', { id: `q-${q.criterionId}` }, `${number}. ${q.question}`),
    h('p', { class: 'muted' }, `${q.principle} — ${q.text}`),
    form,
    h('h4', {}, t('vendor.evidence')),
    evidenceList(ctx, cert, q, locked),
    locked ? null : evidenceForm(ctx, cert, q));
}

function missingBox(cert) {
  const titles = Object.fromEntries(cert.questions.map((q) => [q.criterionId, q.question]));
  return h('div', { class: 'notice', 'data-missing': String(cert.missing.length), role: 'status' },
    cert.missing.length ? [h('p', {}, t('vendor.missing', { n: cert.missing.length })),
      h('ul', {}, cert.missing.map((id) => h('li', {}, h('a', { href: `#q-${id}` }, titles[id] || id))))]
      : h('p', {}, t('vendor.allAnswered')));
}

function attestForm(ctx, cert) {
  const form = h('form', { novalidate: true, 'data-form': 'attest' },
    h('div', { class: 'two' },
      field({ name: 'name', label: t('vendor.attesterName'), maxlength: 120, autocomplete: 'name' }),
      field({ name: 'title', label: t('vendor.attesterTitle'), maxlength: 120, autocomplete: 'organization-title' })),
    field({ name: 'date', label: t('vendor.attestedOn'), type: 'date', value: today(ctx.me.timeZone) }),
    field({ name: 'confirmed', label: t('vendor.confirm'), type: 'checkbox' }),
    h('button', { type: 'submit', 'data-action': 'attest' }, t('vendor.attest')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const v = values(form);
    try {
      await call('POST', `${BASE}/${cert.id}/attestation?language=${language()}`,
        { body: { name: v.name, title: v.title, date: v.date || null, confirmed: v.confirmed } });
      await ctx.go(location.pathname, true);
    } catch (e) {
      const problem = refusal(e);
      if (problem.type === '/problems/certification-incomplete') {
        await ctx.go(location.pathname, true);
        return;
      }
      showProblem(form, problem);
    }
  });
  return form;
}

function attestation(ctx, cert) {
  return h('div', { class: 'card', 'data-attested': '' },
    h('h2', {}, t('vendor.attestation')),
    h('p', {}, t('vendor.attestedBy', { name: cert.attesterName, title: cert.attesterTitle, date: date(cert.attestedOn) })),
    cert.supersededBy ? h('p', { class: 'notice' }, t('vendor.superseded')) : null,
    cert.supersedes ? h('p', { class: 'muted' }, t('vendor.supersedes', { id: cert.supersedes })) : null,
    cert.certificateUrl ? [
      h('p', {}, h('a', { href: cert.certificateUrl, download: `certificate-${cert.id}.pdf`, 'data-action': 'certificate' },
        t('vendor.download'))),
      h('p', { class: 'muted mono' }, `SHA-256 ${cert.certificateSha256}`),
      h('p', {}, h('a', { href: '/verify' }, t('verify.title')))] : null);
}

async function renderCertification(ctx, id) {
  const { data: cert } = await call('GET', `${BASE}/${id}?language=${language()}`);
  const draft = cert.status === 'DRAFT';
  return [
    h('p', {}, h('a', { href: '/vendor' }, t('vendor.back'))),
    h('h1', {}, cert.guidelineTitle),
    h('p', {}, h('span', { class: 'tag', 'data-status': cert.status }, t(STATUS_KEYS[cert.status])), ' ',
      t('vendor.version', { version: cert.guidelineVersion })),
    draft ? h('p', {}, t('vendor.draftIntro')) : attestation(ctx, cert),
    draft ? missingBox(cert) : null,
    h('ol', { class: 'plain stack', 'data-list': 'questions' }, cert.questions.map((q, i) => questionCard(ctx, cert, q, i + 1))),
    draft ? h('div', { class: 'card' }, h('h2', {}, t('vendor.attestTitle')), h('p', {}, t('vendor.attestIntro')),
      attestForm(ctx, cert)) : null,
  ];
}

export async function render(ctx, params) {
  const vendor = await ownVendor();
  if (!vendor) return [h('h1', {}, t('vendor.title')), h('p', { class: 'notice' }, t('vendor.notLinked'))];
  return params && params[0] ? renderCertification(ctx, params[0]) : renderList(ctx, vendor);
}
