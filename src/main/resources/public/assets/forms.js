// Form fields with their labels and error slots. Inputs are named as the API names the fields, so a
// problem+json violation lands next to the field it names; the form is never redrawn, so nothing typed is lost.
import { h, uid } from './dom.js';
import { t } from './i18n.js';
import { violationsByField } from './api.js';

/** {name, label, type, value, options: [[value, label]], hint, required, ...attributes} */
export function field(spec) {
  const { name, label, type = 'text', value, options, hint, ...attrs } = spec;
  const id = uid(name.replace(/\W/g, '-'));
  const hintId = hint ? `${id}-hint` : null;
  let input;
  if (type === 'select') {
    input = h('select', { id, name, 'aria-describedby': hintId, ...attrs },
      options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, text)));
  } else if (type === 'textarea') {
    input = h('textarea', { id, name, 'aria-describedby': hintId, ...attrs });
    input.value = value ?? '';
  } else if (type === 'checkbox') {
    input = h('input', { id, name, type, checked: Boolean(value), 'aria-describedby': hintId, ...attrs });
    return h('div', { class: 'field check', 'data-field': name }, input, h('label', { for: id }, label),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
  } else {
    input = h('input', { id, name, type, value: value ?? '', 'aria-describedby': hintId, ...attrs });
  }
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label), input, hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
}

export function values(form) {
  const data = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    data[el.name] = el.type === 'checkbox' ? el.checked : el.value;
  }
  return data;
}

export function clearErrors(form) {
  form.querySelectorAll('.error[data-from-api], .notice[data-from-api]').forEach((el) => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    const describedBy = (el.getAttribute('aria-describedby') || '').split(' ').filter((d) => !d.endsWith('-error')).join(' ');
    if (describedBy) el.setAttribute('aria-describedby', describedBy); else el.removeAttribute('aria-describedby');
  });
}

/** Shows a refusal: each violation beside its field in the worker's language, the rest above the form. */
export function showProblem(form, problem, aliases = {}) {
  clearErrors(form);
  const byField = violationsByField(problem);
  const unplaced = [];
  let first = null;
  for (const [name, messages] of Object.entries(byField)) {
    const target = aliases[name] || name;
    const input = form.elements.namedItem(target);
    const el = input instanceof RadioNodeList ? input[0] : input;
    if (!el) {
      unplaced.push(...messages);
      continue;
    }
    const errorId = `${el.id}-error`;
    el.setAttribute('aria-invalid', 'true');
    el.setAttribute('aria-describedby', [el.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
    el.closest('.field').append(h('p', { class: 'error', id: errorId, 'data-from-api': '' },
      messages.map((m) => [m.text, m.original ? h('span', { lang: 'en' }, ` (${m.original})`) : null])));
    first ||= el;
  }
  if (unplaced.length || !Object.keys(byField).length) {
    const summary = h('div', { class: 'notice error-box', role: 'alert', 'data-from-api': '' },
      unplaced.length ? unplaced.map((m) => h('p', {}, m.text, m.original ? h('span', { lang: 'en' }, ` (${m.original})`) : null))
        : h('p', {}, problemTitle(problem)));
    form.prepend(summary);
  }
  (first || form).focus?.();
}

const TITLES = {
  '/problems/sign-in-refused': 'error.signInRefused',
  '/problems/locked-out': 'error.lockedOut',
  '/problems/handle-taken': 'error.handleTaken',
  '/problems/conflict': 'error.conflict',
  '/problems/precondition-failed': 'error.conflict',
  '/problems/payload-too-large': 'error.tooLarge',
  '/problems/unsupported-media-type': 'error.fileType',
  '/problems/too-many-requests': 'error.tooMany',
  offline: 'error.offline',
};

export function problemTitle(problem) {
  const key = TITLES[problem?.type];
  return key ? t(key) : t('error.generic');
}

export function submitRow(label, extra) {
  return h('div', { class: 'row' }, h('button', { type: 'submit' }, label), extra || null);
}
