// The one API client. The access token lives in this module's memory only; the refresh token is an HttpOnly
// cookie the page never sees (ADR 0010). Every call refreshes a token about to expire first; a 401 refreshes once.
import { t } from './i18n.js';

const CLIENT = { 'X-Steward-Client': 'web' };
const ME = 'steward.me';
let access = null;
let accessExpires = 0;
let refreshing = null;

/** A refusal from the portal, with its problem+json document. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

/** The portal could not be reached: the phone is offline, or the network failed. */
export class NetworkError extends Error {}

export function signedInAccount() {
  try {
    return JSON.parse(localStorage.getItem(ME));
  } catch {
    return null;
  }
}

export function rememberAccount(me) {
  localStorage.setItem(ME, JSON.stringify(me));
}

export function hasAccessToken() {
  return access !== null && Date.now() < accessExpires;
}

function keep(tokens) {
  access = tokens.access_token;
  accessExpires = Date.now() + tokens.expires_in * 1000;
}

async function send(method, path, { body, headers = {}, form } = {}) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers }, credentials: 'same-origin' };
  if (form) {
    init.body = form;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  try {
    return await fetch(path, init);
  } catch (e) {
    throw new NetworkError(e.message);
  }
}

async function read(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) return response.json();
  return response.blob();
}

async function fail(response) {
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    problem = { title: response.statusText };
  }
  return new ApiError(response.status, problem);
}

export async function signIn(handle, password) {
  const response = await send('POST', '/api/session', { body: { username: handle, password }, headers: CLIENT });
  if (!response.ok) throw await fail(response);
  keep(await response.json());
  const me = await call('GET', '/api/me');
  rememberAccount(me.data);
  return me.data;
}

/** Spends the refresh cookie for a new access token; one tab at a time, so two tabs never spend the same one. */
export function refresh() {
  if (!refreshing) {
    const run = async () => {
      const response = await send('POST', '/api/session/refresh', { headers: CLIENT });
      if (!response.ok) {
        access = null;
        throw await fail(response);
      }
      keep(await response.json());
    };
    const locked = navigator.locks ? () => navigator.locks.request('steward-refresh', run) : run;
    refreshing = locked().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

export async function signOut() {
  try {
    if (!hasAccessToken()) await refresh();
    await send('DELETE', '/api/session', { headers: { ...CLIENT, Authorization: `Bearer ${access}` } });
  } catch {
    // Signed out here whatever the portal says; a refresh cookie left behind lapses or is revoked at next sign-in.
  }
  access = null;
  localStorage.removeItem(ME);
}

/** Calls the API as the signed-in worker: {status, data, etag}, or throws ApiError / NetworkError. */
export async function call(method, path, options = {}) {
  if (!hasAccessToken() || accessExpires - Date.now() < 60_000) await refresh();
  const headers = { ...(options.headers || {}), Authorization: `Bearer ${access}` };
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  let response = await send(method, path, { ...options, headers });
  if (response.status === 401) {
    await refresh();
    headers.Authorization = `Bearer ${access}`;
    response = await send(method, path, { ...options, headers });
  }
  if (!response.ok) throw await fail(response);
  return { status: response.status, data: await read(response), etag: response.headers.get('ETag') };
}

/** Calls a public endpoint, signed in or not. */
export async function callPublic(method, path, options = {}) {
  const response = await send(method, path, options);
  if (!response.ok) throw await fail(response);
  return { status: response.status, data: await read(response) };
}

const KNOWN = [
  [/must not be (null|blank|empty)|is required/, 'error.required'],
  [/must not be in the future/, 'error.future'],
  [/greater than or equal to 0/, 'error.notNegative'],
  [/must be greater than 0/, 'error.positive'],
  [/must be less than or equal to (\d+)/, 'error.atMost'],
  [/size must be between (\d+) and (\d+)/, 'error.length'],
  [/must be 10 to 128 characters/, 'error.passwordLength'],
  [/must be 3 to 32 letters/, 'error.handleShape'],
  [/^is taken$/, 'error.handleTaken'],
  [/must not contain the handle/, 'error.passwordHandle'],
  [/too easy to guess/, 'error.passwordEasy'],
  [/time zone/i, 'error.timeZone'],
  [/jurisdiction|ISO 3166/i, 'error.jurisdiction'],
  [/currency|ISO 4217/i, 'error.currency'],
  [/must be a date|YYYY-MM-DD/, 'error.date'],
  [/at most 24 hours/, 'error.longSession'],
  [/minutes add up to/, 'error.minutesExceed'],
  [/must equal grossMinor/, 'error.net'],
  [/must (not )?be (after|before)/, 'error.order'],
  [/^fees-exceed-gross$/, 'error.feesExceed'],
];

/** A violation's message in the worker's language; the portal's English words stay beside it when no key fits. */
export function translateViolation(message) {
  for (const [pattern, key] of KNOWN) {
    const found = pattern.exec(message || '');
    if (found) return { text: t(key, { n: found[1], max: found[2] || found[1] }), original: null };
  }
  return { text: t('error.invalid'), original: message };
}

/** field name -> [{text, original}] from a problem+json refusal. */
export function violationsByField(problem) {
  const fields = {};
  for (const v of problem?.violations || []) {
    const field = v.field || 'body';
    (fields[field] ||= []).push(translateViolation(v.message));
  }
  return fields;
}
