// The web app's shell: language, session, router, header with the outbox count, and the tab bar.
import { h, mount } from './dom.js';
import { t, useLanguage, preferredLanguage, language } from './i18n.js';
import * as api from './api.js';
import * as outbox from './outbox.js';
import { routes, tabs } from './routes.js';

const main = document.getElementById('main');
const bar = document.getElementById('bar');
const tabBar = document.getElementById('tabs');

export const ctx = {
  me: api.signedInAccount(),
  online: navigator.onLine,
  async go(path, replace = false) {
    if (replace) history.replaceState(null, '', path); else history.pushState(null, '', path);
    await render();
    if (!replace) window.scrollTo(0, 0);
  },
  async setLanguage(lang) {
    await useLanguage(lang);
    await render();
  },
  async signedIn(me) {
    ctx.me = me;
    await useLanguage(me.locale);
    askForPersistentStorage();
    await ctx.go('/app');
    sync();
  },
  async signOut() {
    await api.signOut();
    ctx.me = null;
    await ctx.go('/', true);
  },
  sync,
  refreshHeader,
};

function homeOf(me) {
  const homes = { WORKER: '/app', ORGANIZER: '/org', ADMIN: '/admin', VENDOR: '/vendor' };
  return me ? (homes[me.role] || '/app/settings') : '/';
}

function allowed(route) {
  if (route.access === 'public') return true;
  if (route.access === 'signed-out') return !ctx.me;
  if (!ctx.me) return false;
  return route.access === 'signed-in' || route.access.includes(ctx.me.role);
}

async function render() {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const route = routes.find((r) => r.path.test(path));
  if (!route) return ctx.go(homeOf(ctx.me), true);
  if (!allowed(route)) return ctx.go(ctx.me ? homeOf(ctx.me) : '/signin', true);
  document.querySelector('.skip').textContent = t('app.skip');
  drawTabs(route);
  await refreshHeader();
  const module = await route.page();
  const params = path.match(route.path).slice(1);
  let nodes;
  try {
    nodes = await module.render(ctx, params);
  } catch (e) {
    nodes = h('div', { class: 'notice error-box', role: 'alert' }, t('error.generic'));
    console.error(e);
  }
  mount(main, nodes);
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Steward` : 'Steward';
  if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
  return null;
}

function drawTabs(route) {
  const show = Boolean(ctx.me && ctx.me.role === 'WORKER' && route.tab);
  tabBar.hidden = !show;
  if (!show) return;
  tabBar.setAttribute('aria-label', t('tab.label'));
  mount(tabBar, tabs.map((tab) => h('a', { href: tab.href, 'aria-current': tab.id === route.tab ? 'page' : null },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, tab.glyph), t(tab.label))));
}

async function refreshHeader() {
  const parts = [h('a', { class: 'title', href: homeOf(ctx.me) }, 'Steward')];
  if (!ctx.online) parts.push(h('span', { class: 'offline', role: 'status' }, t('app.offline')));
  if (ctx.me) {
    const waiting = (await outbox.entries(ctx.me.id)).length;
    parts.push(h('a', { class: 'pending', href: '/app/outbox', 'data-pending': String(waiting),
      'aria-label': t('app.pendingLabel', { n: waiting }) }, t('app.pending', { n: waiting })));
  }
  mount(bar, parts);
}

async function sync() {
  if (!ctx.me || !navigator.onLine) return;
  let sent = 0;
  try {
    sent = await outbox.flush(ctx.me.id);
  } finally {
    await refreshHeader();
  }
  const path = location.pathname.replace(/\/+$/, '') || '/';
  if (sent && routes.find((r) => r.path.test(path))?.live && !main.querySelector('form:focus-within')) await render();
}

function askForPersistentStorage() {
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download') || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const url = new URL(link.href, location.href);
  // The API and the public registry's server-rendered pages are loaded by the browser itself, not drawn by the app.
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || /^\/registry(\/|$)/.test(url.pathname)) return;
  event.preventDefault();
  ctx.go(url.pathname + url.search);
});
window.addEventListener('popstate', render);
window.addEventListener('online', () => { ctx.online = true; sync(); });
window.addEventListener('offline', () => { ctx.online = false; refreshHeader(); });
outbox.onChange(() => refreshHeader());
// A network can fail without the browser noticing (a captive portal, a dead access point): while entries
// wait, try again every half minute and whenever the app comes back to the foreground.
setInterval(async () => {
  if (ctx.me && (await outbox.entries(ctx.me.id)).some((e) => e.state === 'pending')) sync();
}, 30_000);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') sync();
});

async function boot() {
  await useLanguage(ctx.me ? ctx.me.locale : preferredLanguage());
  if (ctx.me && navigator.onLine) {
    try {
      await api.refresh();
      const me = await api.call('GET', '/api/me');
      ctx.me = me.data;
      api.rememberAccount(me.data);
      if (me.data.locale !== language()) await useLanguage(me.data.locale);
    } catch (e) {
      if (e instanceof api.ApiError) {
        ctx.me = null;
        localStorage.removeItem('steward.me');
      }
    }
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { type: 'module' }).catch(() => {});
    navigator.serviceWorker.addEventListener('message', (event) => {
      if (event.data === 'steward-sync') sync();
    });
  }
  await render();
  sync();
}

boot();
