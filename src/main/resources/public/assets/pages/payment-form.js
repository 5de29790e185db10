// A payment: gross and fees as typed, net computed and shown before it is stored.
import { h } from '../dom.js';
import { t, fractionDigits, money } from '../i18n.js';
import { field } from '../forms.js';
import { recordForm } from './record-form.js';
import { currencyField } from './gig-form.js';
import { gigs, gigLabel, today, toMinor, fromMinor } from './common.js';

const METHODS = { BANK_TRANSFER: 'method.BANK_TRANSFER', PAYPAL: 'method.PAYPAL', PAYONEER: 'method.PAYONEER', WISE: 'method.WISE',
  MOBILE_MONEY: 'method.MOBILE_MONEY', AIRTM: 'method.AIRTM', CHECK: 'method.CHECK', CASH: 'method.CASH', CRYPTO: 'method.CRYPTO',
  OTHER: 'method.OTHER' };

export async function render(ctx) {
  const known = await gigs(ctx);
  if (!known.length) {
    return [h('h1', {}, t('payment.add')), h('p', {}, t('timer.noGig')),
      h('a', { class: 'button', href: '/app/engagements/new' }, t('gig.add'))];
  }
  const zone = ctx.me.timeZone;
  const net = h('output', { 'data-net': '' }, '—');
  const updateNet = (form) => {
    const digits = fractionDigits(form.elements.namedItem('currency').value);
    const value = (name) => toMinor(form.elements.namedItem(name).value || '0', digits);
    const computed = value('grossMinor') - value('platformFeesMinor') - value('transferFeesMinor');
    net.textContent = Number.isNaN(computed) ? '—' : money(computed, form.elements.namedItem('currency').value);
    return computed;
  };
  const nodes = await recordForm(ctx, {
    collection: 'payments',
    kind: 'payment',
    title: t('payment.add'),
    fromView: (v) => {
      const digits = fractionDigits(v.currency || 'USD');
      const major = (m) => (m === undefined || m === null ? '' : fromMinor(m, digits));
      return { ...v, gross: major(v.grossMinor), platform: major(v.platformFeesMinor), transfer: major(v.transferFeesMinor) };
    },
    build: (v) => {
      const gig = known.find((g) => g.id === v.engagementId) || known[0];
      return [
        field({ name: 'engagementId', label: t('timer.gig'), type: 'select', value: gig.id, options: known.map((g) => [g.id, gigLabel(g)]) }),
        field({ name: 'paidOn', label: t('payment.paidOn'), type: 'date', value: v.paidOn || today(zone), required: true }),
        h('div', { class: 'two' },
          field({ name: 'periodStart', label: t('payment.periodStart'), type: 'date', value: v.periodStart || today(zone), required: true }),
          field({ name: 'periodEnd', label: t('payment.periodEnd'), type: 'date', value: v.periodEnd || today(zone), required: true })),
        h('div', { class: 'two' },
          field({ name: 'grossMinor', label: t('payment.gross'), value: v.gross, inputmode: 'decimal', required: true }),
          currencyField('currency', v.currency || gig.currency)),
        h('div', { class: 'two' },
          field({ name: 'platformFeesMinor', label: t('payment.platformFees'), value: v.platform ?? '0', inputmode: 'decimal' }),
          field({ name: 'transferFeesMinor', label: t('payment.transferFees'), value: v.transfer ?? '0', inputmode: 'decimal' })),
        h('div', { class: 'field', 'data-field': 'netMinor' }, h('span', { class: 'label', id: 'net-label' }, t('payment.net')),
          h('p', { class: 'big', 'aria-labelledby': 'net-label' }, net), h('input', { type: 'hidden', name: 'netMinor', id: 'net-hidden' })),
        field({ name: 'method', label: t('payment.method'), type: 'select', value: v.method || 'BANK_TRANSFER',
          options: Object.entries(METHODS).map(([k, key]) => [k, t(key)]) }),
      ];
    },
    toBody: (f, form) => {
      const digits = fractionDigits(f.currency);
      const gross = toMinor(f.grossMinor, digits);
      const platform = toMinor(f.platformFeesMinor || '0', digits);
      const transfer = toMinor(f.transferFeesMinor || '0', digits);
      const violations = [];
      if (Number.isNaN(gross)) violations.push({ field: 'grossMinor', message: 'must not be null' });
      if (Number.isNaN(platform)) violations.push({ field: 'platformFeesMinor', message: 'must be greater than or equal to 0' });
      if (Number.isNaN(transfer)) violations.push({ field: 'transferFeesMinor', message: 'must be greater than or equal to 0' });
      const netMinor = updateNet(form);
      if (!violations.length && netMinor < 0) violations.push({ field: 'platformFeesMinor', message: 'fees-exceed-gross' });
      if (violations.length) return { violations };
      return { body: { engagementId: f.engagementId, paidOn: f.paidOn, periodStart: f.periodStart, periodEnd: f.periodEnd,
        grossMinor: gross, platformFeesMinor: platform, transferFeesMinor: transfer, netMinor, currency: f.currency, method: f.method } };
    },
  });
  const form = nodes.find((n) => n.classList?.contains('card'))?.querySelector('form');
  if (form) {
    form.addEventListener('input', () => updateNet(form));
    updateNet(form);
  }
  return nodes;
}
