import { h } from '../dom.js';
import { t } from '../i18n.js';

export function render() {
  const link = (href, key) => h('li', {}, h('a', { class: 'button secondary wide', href }, t(key)));
  return [
    h('h1', {}, t('more.title')),
    h('ul', { class: 'plain stack' },
      link('/app/engagements/new', 'gig.add'),
      link('/app/sessions/new', 'session.addByHand'),
      link('/app/payments/new', 'payment.add'),
      link('/app/grievances/new', 'grievance.add'),
      link('/app/pack', 'pack.title'),
      link('/app/organizations', 'orgs.title'),
      link('/app/campaigns', 'camp.title'),
      link('/app/outbox', 'outbox.title'),
      link('/verify', 'verify.title'),
      link('/app/settings', 'settings.title')),
  ];
}
