import { h } from '../dom.js';
import { t, language, LANGUAGES } from '../i18n.js';
import { callPublic, signIn, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';
import { languageName } from './common.js';

// Jurisdictions whose wage tables ship with Steward; any other ISO 3166 code may be typed.
const JURISDICTIONS = ['US-MO', 'US-KS', 'US-TX', 'US-CA', 'US', 'KE', 'PH', 'IN', 'VE', 'CO'];

export function jurisdictionField(value) {
  const regions = new Intl.DisplayNames([language()], { type: 'region' });
  const label = (code) => {
    const [country, sub] = code.split('-');
    return sub ? `${regions.of(country)} · ${sub}` : regions.of(country);
  };
  const known = JURISDICTIONS.map((code) => [code, `${label(code)} (${code})`]);
  return field({ name: 'jurisdiction', label: t('account.jurisdiction'), type: 'select', value,
    options: known, hint: t('account.jurisdictionHint') });
}

export function render(ctx) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const form = h('form', { novalidate: true },
    field({ name: 'handle', label: t('account.handle'), autocomplete: 'username', autocapitalize: 'none',
      hint: t('account.handleHint'), required: true }),
    field({ name: 'password', label: t('account.password'), type: 'password', autocomplete: 'new-password',
      hint: t('account.passwordHint'), required: true }),
    field({ name: 'locale', label: t('account.language'), type: 'select', value: language(),
      options: LANGUAGES.map((code) => [code, languageName(code)]) }),
    jurisdictionField('US-MO'),
    field({ name: 'timeZone', label: t('account.timeZone'), value: zone, hint: t('account.timeZoneHint'), required: true }),
    h('button', { type: 'submit', class: 'wide' }, t('signup.submit')));
  form.elements.namedItem('locale').addEventListener('change', async (event) => {
    const typed = values(form);
    await ctx.setLanguage(event.target.value);
    const again = document.querySelector('main form');
    for (const [name, value] of Object.entries(typed)) {
      const input = again?.elements.namedItem(name);
      if (input) input.value = value;
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const account = values(form);
    try {
      await callPublic('POST', '/api/accounts', { body: account });
      await ctx.signedIn(await signIn(account.handle, account.password));
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return [
    h('h1', {}, t('signup.title')),
    h('p', { class: 'muted' }, t('signup.why')),
    h('div', { class: 'card' }, form),
    h('p', {}, t('signup.haveAccount'), ' ', h('a', { href: '/signin' }, t('welcome.signIn'))),
  ];
}
