import { h } from '../dom.js';
import { t, fractionDigits } from '../i18n.js';
import { field } from '../forms.js';
import { recordForm } from './record-form.js';
import { jurisdictionField } from './signup.js';
import { today, toMinor, fromMinor, BASIS_KEYS, TASK_KEYS, CLASS_KEYS } from './common.js';

export const CURRENCIES = ['USD', 'KES', 'PHP', 'INR', 'VES', 'COP', 'EUR', 'GBP', 'CAD', 'NGN', 'UGX'];

// The finer wage areas the shipped wage tables list (policy-templates/wages/*.yaml, `areas`); the server checks the
// area against the gig's jurisdiction, so a stale list here can only be refused, never stored wrongly.
const WAGE_AREAS = {
  'US-MO': [['kansas-city-mo-ks', 'Kansas City, MO-KS metro']],
  'US-KS': [['kansas-city-mo-ks', 'Kansas City, MO-KS metro'], ['johnson-county-ks', 'Johnson County']],
  'US-TX': [['austin-tx', 'Austin']],
  'US-CA': [['san-francisco', 'San Francisco']],
};

function areaOptions(jurisdiction) {
  return [['', t('gig.wageAreaNone')], ...(WAGE_AREAS[jurisdiction] || [])];
}

/** The jurisdiction and, beneath it, a choice among its wage areas that follows the jurisdiction chosen. */
function placeFields(jurisdiction, wageArea) {
  const where = jurisdictionField(jurisdiction);
  const area = field({ name: 'wageArea', label: t('gig.wageArea'), type: 'select', value: wageArea || '',
    options: areaOptions(jurisdiction), hint: t('gig.wageAreaHint') });
  const areaSelect = area.querySelector('select');
  where.querySelector('select').addEventListener('change', (event) => {
    areaSelect.replaceChildren(...areaOptions(event.target.value).map(([v, text]) => h('option', { value: v }, text)));
  });
  return [where, area];
}

export function currencyField(name, value) {
  return field({ name, label: t('money.currency'), type: 'select', value, options: CURRENCIES.map((c) => [c, c]) });
}

export function render(ctx) {
  return recordForm(ctx, {
    collection: 'engagements',
    kind: 'engagement',
    title: t('gig.add'),
    fromView: (v) => ({ ...v, agreedRate: v.agreedRateMinor === undefined ? '' : fromMinor(v.agreedRateMinor, fractionDigits(v.currency)) }),
    build: (v) => [
      field({ name: 'vendorName', label: t('gig.vendor'), value: v.vendorName, hint: t('gig.vendorHint'), required: true, maxlength: 120 }),
      field({ name: 'client', label: t('gig.client'), value: v.client ?? 'unknown', hint: t('gig.clientHint'), maxlength: 120 }),
      field({ name: 'projectCodeName', label: t('gig.project'), value: v.projectCodeName, maxlength: 120 }),
      field({ name: 'taskKind', label: t('gig.taskKind'), type: 'select', value: v.taskKind || 'LABELING',
        options: Object.entries(TASK_KEYS).map(([k, key]) => [k, t(key)]) }),
      h('div', { class: 'two' },
        field({ name: 'agreedRateMinor', label: t('gig.rate'), value: v.agreedRate, inputmode: 'decimal', required: true }),
        currencyField('currency', v.currency || 'USD')),
      field({ name: 'payBasis', label: t('gig.basis'), type: 'select', value: v.payBasis || 'HOURLY',
        options: Object.entries(BASIS_KEYS).map(([k, key]) => [k, t(key)]) }),
      field({ name: 'classification', label: t('gig.classification'), type: 'select', value: v.classification || 'CONTRACTOR',
        options: Object.entries(CLASS_KEYS).map(([k, key]) => [k, t(key)]) }),
      field({ name: 'writtenContract', label: t('gig.contract'), type: 'checkbox', value: v.writtenContract }),
      field({ name: 'healthBenefits', label: t('gig.health'), type: 'checkbox', value: v.healthBenefits }),
      field({ name: 'paidLeave', label: t('gig.leave'), type: 'checkbox', value: v.paidLeave }),
      field({ name: 'paymentTimeframeDays', label: t('gig.timeframe'), type: 'number', min: 0, max: 366, inputmode: 'numeric',
        value: v.paymentTimeframeDays, hint: t('gig.timeframeHint') }),
      h('div', { class: 'two' },
        field({ name: 'startDate', label: t('gig.start'), type: 'date', value: v.startDate || today(ctx.me.timeZone), required: true }),
        field({ name: 'endDate', label: t('gig.end'), type: 'date', value: v.endDate })),
      ...placeFields(v.jurisdiction || ctx.me.jurisdiction, v.wageArea),
    ],
    toBody: (f) => {
      const violations = [];
      const rate = toMinor(f.agreedRateMinor, fractionDigits(f.currency));
      if (!f.vendorName.trim()) violations.push({ field: 'vendorName', message: 'must not be blank' });
      if (Number.isNaN(rate)) violations.push({ field: 'agreedRateMinor', message: 'must not be null' });
      if (!f.startDate) violations.push({ field: 'startDate', message: 'must not be null' });
      if (violations.length) return { violations };
      return { body: {
        vendorName: f.vendorName.trim(), client: f.client.trim() || 'unknown', projectCodeName: f.projectCodeName.trim() || null,
        taskKind: f.taskKind, payBasis: f.payBasis, agreedRateMinor: rate, currency: f.currency,
        classification: f.classification, writtenContract: f.writtenContract, healthBenefits: f.healthBenefits,
        paidLeave: f.paidLeave, paymentTimeframeDays: f.paymentTimeframeDays === '' ? null : Number(f.paymentTimeframeDays),
        startDate: f.startDate, endDate: f.endDate || null, jurisdiction: f.jurisdiction,
        wageArea: f.wageArea || null,
      } };
    },
    after: (id) => {
      localStorage.setItem(`steward.lastGig.${ctx.me.id}`, id);
      return '/app';
    },
  });
}
