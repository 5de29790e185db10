import { h } from '../dom.js';
import { t } from '../i18n.js';
import { languagePicker } from './common.js';

export function render(ctx) {
  return [
    h('div', { class: 'hero stack' },
      h('h1', {}, t('welcome.title')),
      h('p', {}, t('welcome.what')),
      h('p', {}, t('welcome.private')),
      h('p', {}, t('welcome.offline'))),
    h('div', { class: 'stack card' },
      h('a', { class: 'button wide', href: '/signup' }, t('welcome.signUp')),
      h('a', { class: 'button secondary wide', href: '/signin' }, t('welcome.signIn')),
      h('a', { class: 'button secondary wide', href: '/verify' }, t('welcome.verify'))),
    languagePicker(ctx),
  ];
}
