// What waits on the phone: writes not yet acknowledged, refusals to fix, and conflicts shown with both versions.
import { h } from '../dom.js';
import { t, dateTime } from '../i18n.js';
import * as outbox from '../outbox.js';
import { problemTitle } from '../forms.js';
import { STATE_KEYS } from './common.js';

const FORMS = { session: '/app/sessions/new', payment: '/app/payments/new', engagement: '/app/engagements/new',
  grievance: '/app/grievances/new' };

function version(label, data) {
  return h('div', {}, h('h3', {}, label), h('pre', { class: 'version' }, data ? JSON.stringify(data, null, 1) : '—'));
}

export async function render(ctx) {
  const waiting = await outbox.entries(ctx.me.id);
  const redraw = () => ctx.go('/app/outbox', true);
  return [
    h('h1', {}, t('outbox.title')),
    h('p', {}, t('outbox.intro')),
    h('button', { type: 'button', class: 'secondary', 'data-action': 'sync', onclick: async () => { await ctx.sync(); redraw(); } },
      t('outbox.sendNow')),
    waiting.length ? h('ul', { class: 'plain', 'data-list': 'outbox' }, waiting.map((e) => h('li', { 'data-state': e.state },
      h('div', { class: 'spread' }, h('strong', {}, `${e.method} ${e.path.replace('/api/', '')}`), h('span', { class: 'tag wait' }, t(STATE_KEYS[e.state]))),
      h('p', { class: 'muted' }, t('outbox.queued', { when: dateTime(e.queuedAt, ctx.me.timeZone) })),
      e.problem ? h('p', { class: 'bad' }, problemTitle(e.problem)) : null,
      e.state === 'conflict' ? h('div', { class: 'versions' },
        version(t('outbox.mine'), e.body), version(t('outbox.theirs'), e.server?.data),
        h('div', { class: 'row' },
          h('button', { type: 'button', onclick: async () => { await outbox.keepMine(e); await ctx.sync(); redraw(); } }, t('outbox.keepMine')),
          h('button', { type: 'button', class: 'secondary', onclick: async () => { await outbox.discard(e); redraw(); } }, t('outbox.keepTheirs'))))
        : null,
      e.state === 'rejected' && FORMS[e.kind] ? h('a', { class: 'button secondary', href: `${FORMS[e.kind]}?fix=${e.seq}` }, t('outbox.fix')) : null,
      e.state === 'rejected' ? h('button', { type: 'button', class: 'danger', onclick: async () => { await outbox.discard(e); redraw(); } },
        t('outbox.discard')) : null)))
      : h('p', { class: 'muted', 'data-empty': '' }, t('outbox.empty')),
  ];
}
