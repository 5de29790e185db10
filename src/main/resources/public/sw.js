// The service worker: keeps the app shell so the app opens with no network, and sends the outbox when the
// browser's background sync fires. API answers are never cached here: the page keeps the last data it read.
import { flush } from '/assets/outbox.js';
import { call } from '/assets/api.js';

const CACHE = 'steward-shell';
const SHELL = [
  '/', '/manifest.webmanifest', '/assets/app.css', '/assets/app.js', '/assets/routes.js', '/assets/dom.js',
  '/assets/i18n.js', '/assets/api.js', '/assets/store.js', '/assets/outbox.js', '/assets/forms.js', '/assets/uuid.js',
  '/assets/i18n/en.json', '/assets/i18n/fr.json', '/assets/i18n/es.json', '/assets/i18n/sw.json',
  '/assets/icons/icon-192.png',
  ...['welcome', 'signin', 'signup', 'verify', 'timer', 'records', 'record', 'earnings', 'more', 'session-form',
    'payment-form', 'gig-form', 'grievance-form', 'pack', 'outbox', 'settings', 'common', 'record-form', 'case-file']
    .map((page) => `/assets/pages/${page}.js`),
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

async function fromNetworkKeeping(request, cacheKey) {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(cacheKey, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  // The public registry is server-rendered HTML, not the shell: it goes to the network untouched.
  if (url.pathname === '/registry' || url.pathname.startsWith('/registry/')) return;
  if (event.request.mode === 'navigate') {
    // Online, the newest shell; offline, the one kept. Every page route answers the same shell.
    event.respondWith(fromNetworkKeeping(event.request, '/').catch(() => caches.match('/')));
    return;
  }
  // Kept files answer at once and are refreshed behind, so a release reaches the phone by its next start.
  event.respondWith(caches.match(event.request).then((kept) => {
    const fresh = fromNetworkKeeping(event.request, event.request).catch(() => kept);
    return kept || fresh;
  }));
});

self.addEventListener('sync', (event) => {
  if (event.tag !== 'steward-outbox') return;
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    if (windows.length) {
      windows.forEach((client) => client.postMessage('steward-sync'));
      return;
    }
    const { data: me } = await call('GET', '/api/me');
    await flush(me.id);
  })());
});
