import { h } from '../dom.js';
import { t } from '../i18n.js';
import { call, rememberAccount } from '../api.js';
import { languagePicker } from './common.js';
import * as outbox from '../outbox.js';

export function render(ctx) {
  const switchLanguage = {
    ...ctx,
    async setLanguage(code) {
      try {
        const { data } = await call('PATCH', '/api/me', { body: { locale: code } });
        ctx.me = data;
        rememberAccount(data);
      } catch {
        ctx.me = { ...ctx.me, locale: code };
        rememberAccount(ctx.me);
        await outbox.enqueue(ctx.me.id, { kind: 'profile', method: 'PATCH', path: '/api/me', body: { locale: code } });
      }
      await ctx.setLanguage(code);
    },
  };
  return [
    h('h1', {}, t('settings.title')),
    h('div', { class: 'card' },
      h('p', {}, t('settings.signedInAs', { handle: ctx.me.handle })),
      h('p', { class: 'muted' }, t('settings.zone', { zone: ctx.me.timeZone, jurisdiction: ctx.me.jurisdiction }))),
    languagePicker(switchLanguage),
    h('div', { class: 'card' },
      h('p', { class: 'muted' }, t('settings.signOutHint')),
      h('button', { type: 'button', class: 'danger wide', 'data-action': 'sign-out', onclick: () => ctx.signOut() }, t('settings.signOut'))),
  ];
}
