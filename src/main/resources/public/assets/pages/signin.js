import { h } from '../dom.js';
import { t } from '../i18n.js';
import { signIn, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';

export function render(ctx) {
  const form = h('form', { novalidate: true },
    field({ name: 'username', label: t('account.handle'), autocomplete: 'username', required: true, autocapitalize: 'none' }),
    field({ name: 'password', label: t('account.password'), type: 'password', autocomplete: 'current-password', required: true }),
    h('button', { type: 'submit', class: 'wide' }, t('signin.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const { username, password } = values(form);
    try {
      await ctx.signedIn(await signIn(username, password));
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return [
    h('h1', {}, t('signin.title')),
    h('div', { class: 'card' }, form),
    h('p', {}, t('signin.noAccount'), ' ', h('a', { href: '/signup' }, t('welcome.signUp'))),
  ];
}
