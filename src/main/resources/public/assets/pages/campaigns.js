// The campaigns of the worker's organizations: what each demands of which vendor, and how many have signed once
// enough have (below the organization's k the count is never shown). Reads work offline from what was last seen.
import { h } from '../dom.js';
import { t, date } from '../i18n.js';
import { read, staleNotice } from './common.js';

export const STATE_KEYS = { OPEN: 'camp.state.OPEN', DELIVERED: 'camp.state.DELIVERED',
  RESPONDED: 'camp.state.RESPONDED', CLOSED: 'camp.state.CLOSED', DRAFT: 'camp.state.DRAFT' };

/** "12 of a goal of 40" once the count reached k; "fewer than 5" before. */
export function countText(signatures, goal) {
  return signatures.reached ? t('camp.count', { count: signatures.count, goal })
    : t('camp.fewerThanK', { k: signatures.k });
}

export async function render(ctx) {
  const { data, stale } = await read(ctx, '/api/me/campaigns');
  const campaigns = data || [];
  return [
    h('h1', {}, t('camp.title')),
    h('p', {}, t('camp.intro')),
    staleNotice(stale),
    campaigns.length ? h('ul', { class: 'plain stack', 'data-list': 'campaigns' }, campaigns.map((c) =>
      h('li', { class: 'card', 'data-campaign': c.id },
        h('h2', {}, h('a', { href: `/app/campaigns/${c.id}` }, c.title)),
        h('p', { class: 'muted' }, `${c.organizationName} · ${c.vendorName}`),
        h('p', {}, h('span', { class: 'tag' }, t(STATE_KEYS[c.state])), ' ', countText(c.signatures, c.goal)),
        h('p', { class: 'muted' }, c.mySignature ? t('camp.youSigned') : t('camp.respondBy', { date: date(c.respondBy) })))))
      : h('p', { class: 'muted' }, t('camp.none')),
  ];
}
