// One translation mechanism for every page: message files per language under /assets/i18n/,
// t('key', {name: value}) with {name} placeholders, and Intl formatting in the chosen language.
export const LANGUAGES = ['en', 'fr', 'es', 'sw'];
const STORED = 'steward.lang';

let lang = 'en';
let messages = {};

export function preferredLanguage() {
  const stored = localStorage.getItem(STORED);
  if (LANGUAGES.includes(stored)) return stored;
  const wanted = (navigator.languages || [navigator.language || 'en']).map((l) => l.slice(0, 2));
  return wanted.find((l) => LANGUAGES.includes(l)) || 'en';
}

export async function useLanguage(wanted) {
  const next = LANGUAGES.includes(wanted) ? wanted : 'en';
  const response = await fetch(`/assets/i18n/${next}.json`);
  messages = await response.json();
  lang = next;
  localStorage.setItem(STORED, next);
  document.documentElement.lang = next;
}

export function language() {
  return lang;
}

export function t(key, params) {
  const text = messages[key];
  if (text === undefined) return key;
  return params ? text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`)) : text;
}

export function has(key) {
  return key in messages;
}

export function money(minor, currency) {
  if (minor === null || minor === undefined || !currency) return '—';
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(minor / 10 ** digits);
}

export function fractionDigits(currency) {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return 2;
  }
}

export function number(value, digits = 0) {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function hours(minutes) {
  return t('unit.hours', { n: number(minutes / 60, 1) });
}

export function date(isoDate) {
  if (!isoDate) return '—';
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

export function dateTime(instant, timeZone) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(instant));
}

export function clock(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n) => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}
