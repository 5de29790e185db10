// Pieces several pages share: the language switch, the worker's gigs, and the offline notice for reads.
import { h } from '../dom.js';
import { t, LANGUAGES, language } from '../i18n.js';
import { call, NetworkError } from '../api.js';
import * as store from '../store.js';

const NAMES = { en: 'English', fr: 'Français', es: 'Español', sw: 'Kiswahili' };

export function languageName(code) {
  return NAMES[code];
}

export function languagePicker(ctx) {
  return h('nav', { class: 'card', 'aria-label': t('lang.label') },
    h('p', { class: 'muted' }, t('lang.label')),
    h('div', { class: 'lang' }, LANGUAGES.map((code) => h('button', {
      type: 'button', class: 'secondary', lang: code, 'aria-pressed': String(code === language()),
      onclick: () => ctx.setLanguage(code),
    }, NAMES[code]))));
}

/** GETs through the API, remembering the answer; offline (or refused), answers the last one known. */
export async function read(ctx, path) {
  try {
    const { data } = await call('GET', path);
    await store.remember(ctx.me.id, path, data);
    return { data, stale: false };
  } catch (e) {
    const data = await store.cached(ctx.me.id, path);
    if (data === undefined && !(e instanceof NetworkError)) throw e;
    return { data: data ?? null, stale: true };
  }
}

export function staleNotice(stale) {
  return stale ? h('p', { class: 'notice', role: 'status' }, t('app.stale')) : null;
}

export async function gigs(ctx) {
  const { data } = await read(ctx, '/api/engagements');
  const waiting = (await import('../outbox.js')).entries(ctx.me.id);
  const queued = (await waiting).filter((e) => e.kind === 'engagement').map((e) => ({ ...e.body, id: e.path.split('/').pop(), queued: true }));
  const known = data || [];
  return [...known, ...queued.filter((q) => !known.some((k) => k.id === q.id))];
}

export function gigLabel(gig) {
  return [gig.vendorName, gig.projectCodeName].filter(Boolean).join(' · ');
}

export const UNPAID = [
  ['ONBOARDING_AND_TESTS', 'kind.ONBOARDING_AND_TESTS'],
  ['INSTRUCTIONS_AND_TRAINING', 'kind.INSTRUCTIONS_AND_TRAINING'],
  ['WAITING_FOR_TASKS', 'kind.WAITING_FOR_TASKS'],
  ['PAUSED_RESEARCH', 'kind.PAUSED_RESEARCH'],
  ['REWORK', 'kind.REWORK'],
  ['REJECTED_OR_DISPUTED', 'kind.REJECTED_OR_DISPUTED'],
  ['ADMIN', 'kind.ADMIN'],
];

export function today(timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Major units as typed ("12.50", "12,50") to minor units; NaN when it is not a number. */
export function toMinor(text, digits) {
  const cleaned = String(text).trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return NaN;
  return Math.round(Number(cleaned) * 10 ** digits);
}

export function fromMinor(minor, digits) {
  return (minor / 10 ** digits).toFixed(digits);
}

export const STATE_KEYS = { pending: 'outbox.state.pending', rejected: 'outbox.state.rejected', conflict: 'outbox.state.conflict' };
export const BASIS_KEYS = { HOURLY: 'basis.HOURLY', PER_TASK: 'basis.PER_TASK', SALARIED: 'basis.SALARIED' };
export const TASK_KEYS = { LABELING: 'task.LABELING', RLHF_CONVERSATION: 'task.RLHF_CONVERSATION',
  CONTENT_MODERATION: 'task.CONTENT_MODERATION', EVALUATION: 'task.EVALUATION', TRANSCRIPTION: 'task.TRANSCRIPTION',
  CODING: 'task.CODING', OTHER: 'task.OTHER' };
export const CLASS_KEYS = { CONTRACTOR: 'class.CONTRACTOR', EMPLOYEE: 'class.EMPLOYEE', UNKNOWN: 'class.UNKNOWN' };
export const EXPOSURE_KEYS = { NONE: 'exposure.NONE', DISTRESSING: 'exposure.DISTRESSING', EXTREME: 'exposure.EXTREME' };
