// Every write goes here first, under the id the phone chose; flush() sends what waits, oldest first.
// The portal stores a PUT by id once however often it arrives, so a send whose answer was lost is simply sent again.
import { ApiError, NetworkError, call } from './api.js';
import * as store from './store.js';

const listeners = new Set();
let flushing = null;

export function onChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  for (const listener of listeners) listener();
}

/**
 * Queues a write: {kind, method, path, body, ifMatch, file, fileName}. A waiting PUT to the same path is replaced
 * (the record's latest state is what counts); uploads each wait on their own.
 */
export async function enqueue(account, write) {
  const waiting = write.method === 'PUT'
    ? (await store.byAccount(account)).find((e) => e.path === write.path && e.method === write.method) : null;
  const entry = { ...(waiting || {}), ...write, account, state: 'pending', problem: null, server: null, queuedAt: Date.now() };
  await store.put('outbox', entry);
  changed();
  requestBackgroundSync();
  return entry;
}

export async function entries(account) {
  return (await store.byAccount(account)).sort((a, b) => a.seq - b.seq);
}

export async function discard(entry) {
  await store.remove('outbox', entry.seq);
  changed();
}

/** Sends again with the version the portal now holds as the base: the worker chose theirs over the stored one. */
export async function keepMine(entry) {
  await store.put('outbox', { ...entry, state: 'pending', ifMatch: entry.server?.etag || entry.ifMatch, server: null, problem: null });
  changed();
}

function requestBackgroundSync() {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker) return;
  navigator.serviceWorker.ready
    .then((registration) => registration.sync && registration.sync.register('steward-outbox'))
    .catch(() => {});
}

async function sendOne(entry) {
  if (entry.file) {
    const form = new FormData();
    form.append('file', entry.file, entry.fileName || 'photo.jpg');
    return call(entry.method, entry.path, { form });
  }
  return call(entry.method, entry.path, { body: entry.body, ifMatch: entry.ifMatch });
}

async function current(path) {
  try {
    const { data, etag } = await call('GET', path);
    return { data, etag };
  } catch {
    return { data: null, etag: null };
  }
}

/** Sends every pending write of the account in order; stops at the first network failure. */
export function flush(account) {
  if (!flushing) {
    flushing = (async () => {
      let sent = 0;
      for (const entry of await entries(account)) {
        if (entry.state !== 'pending') continue;
        try {
          await sendOne(entry);
          await store.remove('outbox', entry.seq);
          sent += 1;
        } catch (e) {
          if (e instanceof NetworkError) break;
          if (e instanceof ApiError && (e.status === 401 || e.status === 429 || e.status >= 500)) break;
          if (e instanceof ApiError && (e.status === 409 || e.status === 412)) {
            await store.put('outbox', { ...entry, state: 'conflict', problem: e.problem, server: await current(entry.path) });
          } else if (e instanceof ApiError) {
            await store.put('outbox', { ...entry, state: 'rejected', problem: e.problem });
          } else {
            break;
          }
        }
        changed();
      }
      return sent;
    })().finally(() => {
      flushing = null;
      changed();
    });
  }
  return flushing;
}
