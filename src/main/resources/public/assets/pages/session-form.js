// A session entered by hand, also long after the fact (the portal marks it recorded late after 72 hours).
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { field } from '../forms.js';
import { recordForm } from './record-form.js';
import { gigs, gigLabel, today, UNPAID, EXPOSURE_KEYS } from './common.js';

function offsetMs(instantMs, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(instantMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** The instant at which the wall clock of timeZone shows this date and time. */
export function zonedInstant(dateText, timeText, timeZone) {
  const [y, mo, d] = dateText.split('-').map(Number);
  const [hh, mm] = timeText.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, hh, mm);
  let guess = wall - offsetMs(wall, timeZone);
  guess = wall - offsetMs(guess, timeZone);
  return guess;
}

function wallClock(instant, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export async function render(ctx) {
  const known = await gigs(ctx);
  if (!known.length) {
    return [h('h1', {}, t('session.addByHand')), h('p', {}, t('timer.noGig')),
      h('a', { class: 'button', href: '/app/engagements/new' }, t('gig.add'))];
  }
  const zone = ctx.me.timeZone;
  return recordForm(ctx, {
    collection: 'sessions',
    kind: 'session',
    title: t('session.addByHand'),
    fromView: (v) => {
      const start = v.startedAt ? wallClock(v.startedAt, v.timeZone || zone) : { date: today(zone), time: '09:00' };
      const end = v.endedAt ? wallClock(v.endedAt, v.timeZone || zone) : { date: start.date, time: '' };
      return { ...v, day: start.date, from: start.time, until: end.time };
    },
    build: (v) => [
      field({ name: 'engagementId', label: t('timer.gig'), type: 'select', value: v.engagementId || known[0].id,
        options: known.map((g) => [g.id, gigLabel(g)]) }),
      field({ name: 'startedAt', label: t('session.day'), type: 'date', value: v.day || today(zone), required: true,
        hint: t('session.lateHint') }),
      h('div', { class: 'two' },
        field({ name: 'from', label: t('session.from'), type: 'time', value: v.from || '09:00', required: true }),
        field({ name: 'endedAt', label: t('session.until'), type: 'time', value: v.until || '17:00', required: true })),
      field({ name: 'paidMinutes', label: t('session.paidMinutes'), type: 'number', min: 0, max: 1440, inputmode: 'numeric',
        value: v.paidMinutes ?? '', hint: t('session.paidHint') }),
      h('fieldset', { class: 'card' }, h('legend', {}, t('session.unpaidMinutes')),
        h('div', { class: 'two' }, UNPAID.map(([kind, key]) => field({ name: `unpaidMinutes[${kind}]`, label: t(key), type: 'number',
          min: 0, max: 1440, inputmode: 'numeric', value: (v.unpaidMinutes || {})[kind] || '' })))),
      h('div', { class: 'two' },
        field({ name: 'tasksDone', label: t('session.tasksDone'), type: 'number', min: 0, inputmode: 'numeric', value: v.tasksDone ?? 0 }),
        field({ name: 'tasksRejected', label: t('session.tasksRejected'), type: 'number', min: 0, inputmode: 'numeric', value: v.tasksRejected ?? 0 })),
      field({ name: 'exposure', label: t('session.exposure'), type: 'select', value: v.exposure || 'NONE', options: Object.entries(EXPOSURE_KEYS).map(([k, key]) => [k, t(key)]) }),
      field({ name: 'supportOffered', label: t('session.supportOffered'), type: 'checkbox', value: v.supportOffered }),
      field({ name: 'note', label: t('session.note'), type: 'textarea', maxlength: 2000, value: v.note }),
    ],
    toBody: (f) => {
      const violations = [];
      if (!f.startedAt) violations.push({ field: 'startedAt', message: 'must not be null' });
      if (!f.from) violations.push({ field: 'from', message: 'must not be null' });
      if (!f.endedAt) violations.push({ field: 'endedAt', message: 'must not be null' });
      if (violations.length) return { violations };
      const start = zonedInstant(f.startedAt, f.from, zone);
      let end = zonedInstant(f.startedAt, f.endedAt, zone);
      if (end <= start) end = zonedInstant(new Date(Date.UTC(...f.startedAt.split('-').map((n, i) => (i === 1 ? n - 1 : +n))) + 86400000)
        .toISOString().slice(0, 10), f.endedAt, zone);
      const unpaidMinutes = {};
      let unpaidTotal = 0;
      for (const [kind] of UNPAID) {
        const m = Number(f[`unpaidMinutes[${kind}]`]) || 0;
        if (m) unpaidMinutes[kind] = m;
        unpaidTotal += m;
      }
      const lasted = Math.floor((end - start) / 60000);
      const paid = f.paidMinutes === '' ? Math.max(0, lasted - unpaidTotal) : Number(f.paidMinutes);
      return { body: {
        engagementId: f.engagementId, startedAt: new Date(start).toISOString(), endedAt: new Date(end).toISOString(), timeZone: zone,
        paidMinutes: paid, unpaidMinutes, tasksDone: Number(f.tasksDone) || 0, tasksRejected: Number(f.tasksRejected) || 0,
        exposure: f.exposure, supportOffered: f.supportOffered, note: f.note || null,
      } };
    },
  });
}
