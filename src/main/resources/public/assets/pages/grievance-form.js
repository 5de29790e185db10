// A grievance, with a photo from the camera or a file; the upload waits in the outbox like every other write.
import { h } from '../dom.js';
import { t, fractionDigits } from '../i18n.js';
import { field } from '../forms.js';
import * as outbox from '../outbox.js';
import { recordForm } from './record-form.js';
import { currencyField } from './gig-form.js';
import { gigs, gigLabel, today, toMinor, fromMinor } from './common.js';

export const CATEGORIES = { NON_PAYMENT: 'category.NON_PAYMENT', UNDERPAYMENT: 'category.UNDERPAYMENT',
  LATE_PAYMENT: 'category.LATE_PAYMENT', UNPAID_WORK: 'category.UNPAID_WORK',
  DEACTIVATION_WITHOUT_REASON: 'category.DEACTIVATION_WITHOUT_REASON', REJECTION_WITHOUT_APPEAL: 'category.REJECTION_WITHOUT_APPEAL',
  UNSAFE_CONTENT_WITHOUT_SUPPORT: 'category.UNSAFE_CONTENT_WITHOUT_SUPPORT', MISCLASSIFICATION: 'category.MISCLASSIFICATION',
  RETALIATION: 'category.RETALIATION', DISCRIMINATION: 'category.DISCRIMINATION', OTHER: 'category.OTHER' };
const STATUSES = { DRAFT: 'gstatus.DRAFT', OPEN: 'gstatus.OPEN', RESOLVED: 'gstatus.RESOLVED', WITHDRAWN: 'gstatus.WITHDRAWN' };

export async function render(ctx) {
  const known = await gigs(ctx);
  if (!known.length) {
    return [h('h1', {}, t('grievance.add')), h('p', {}, t('timer.noGig')),
      h('a', { class: 'button', href: '/app/engagements/new' }, t('gig.add'))];
  }
  return recordForm(ctx, {
    collection: 'grievances',
    kind: 'grievance',
    title: t('grievance.add'),
    fromView: (v) => ({ ...v, amount: v.amountAtStakeMinor ? fromMinor(v.amountAtStakeMinor, fractionDigits(v.currency)) : '' }),
    build: (v) => [
      field({ name: 'category', label: t('grievance.category'), type: 'select', value: v.category || 'NON_PAYMENT',
        options: Object.entries(CATEGORIES).map(([k, key]) => [k, t(key)]) }),
      field({ name: 'engagementId', label: t('timer.gig'), type: 'select', value: v.engagementId || known[0].id,
        options: known.map((g) => [g.id, gigLabel(g)]) }),
      field({ name: 'happenedOn', label: t('grievance.happenedOn'), type: 'date', value: v.happenedOn || today(ctx.me.timeZone) }),
      field({ name: 'narrative', label: t('grievance.narrative'), type: 'textarea', value: v.narrative, maxlength: 8000,
        hint: t('grievance.narrativeHint'), required: true }),
      h('div', { class: 'two' },
        field({ name: 'amountAtStakeMinor', label: t('grievance.amount'), value: v.amount, inputmode: 'decimal' }),
        currencyField('currency', v.currency || known[0].currency)),
      field({ name: 'status', label: t('grievance.status'), type: 'select', value: v.status || 'OPEN',
        options: Object.entries(STATUSES).map(([k, key]) => [k, t(key)]) }),
      field({ name: 'photo', label: t('grievance.photo'), type: 'file', accept: 'image/*', capture: 'environment',
        hint: t('grievance.photoHint') }),
      field({ name: 'file', label: t('grievance.file'), type: 'file', accept: 'image/jpeg,image/png,image/webp,application/pdf' }),
    ],
    toBody: (f) => {
      const violations = [];
      if (!f.narrative.trim()) violations.push({ field: 'narrative', message: 'must not be blank' });
      const amount = f.amountAtStakeMinor.trim() ? toMinor(f.amountAtStakeMinor, fractionDigits(f.currency)) : null;
      if (Number.isNaN(amount)) violations.push({ field: 'amountAtStakeMinor', message: 'must be greater than 0' });
      if (violations.length) return { violations };
      return { body: { category: f.category, narrative: f.narrative.trim(), happenedOn: f.happenedOn, engagementId: f.engagementId,
        amountAtStakeMinor: amount, currency: amount ? f.currency : null, status: f.status } };
    },
    after: async (id) => {
      const form = document.querySelector(`form[data-record="${id}"]`);
      const files = ['photo', 'file'].flatMap((name) => [...(form?.elements.namedItem(name)?.files || [])]);
      for (const file of files) {
        await outbox.enqueue(ctx.me.id, { kind: 'attachment', method: 'POST', path: `/api/grievances/${id}/attachments`,
          file, fileName: file.name });
      }
      if (navigator.onLine) await outbox.flush(ctx.me.id);
      return `/app/records/grievances/${id}`;
    },
  });
}
