// "What am I really earning": hours paid and unpaid, net pay and effective hourly pay this week and over all
// time, held against the minimum and living wage of the gig's jurisdiction, with the back pay owed so far.
import { h, svg } from '../dom.js';
import { t, hours, money, number, date } from '../i18n.js';
import { read, staleNotice, today, UNPAID } from './common.js';
import { splitBar } from './records.js';

const GUIDELINES = [
  { id: 'fairwork-cloudwork-2024', criterion: 'minimum-wage-after-costs', label: 'earn.minimumWage' },
  { id: 'pai-data-enrichment-2021', criterion: 'living-wage-for-all-time', label: 'earn.livingWage' },
];

function addDays(isoDate, days) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function monday(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(isoDate, -weekday);
}

function major(value, currency) {
  return new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency }).format(value);
}

/** Adds up summary rows (a week's rows, or all gigs' totals) per currency. */
function totals(rows) {
  const byCurrency = {};
  for (const row of rows) {
    const sum = (byCurrency[row.currency] ||= { currency: row.currency, paid: 0, unpaid: {}, total: 0, net: 0, gross: 0, fees: 0 });
    sum.paid += row.paidMinutes;
    sum.total += row.totalMinutes;
    sum.net += row.netMinor;
    sum.gross += row.grossMinor;
    sum.fees += row.feesMinor;
    for (const [kind, m] of Object.entries(row.unpaidMinutes || {})) sum.unpaid[kind] = (sum.unpaid[kind] || 0) + m;
  }
  return Object.values(byCurrency);
}

function figures(sum) {
  const unpaidTotal = sum.total - sum.paid;
  const effective = sum.total ? Math.round((sum.net * 60) / sum.total) : null;
  return h('div', { class: 'stack' },
    h('div', { class: 'spread' }, h('span', {}, t('earn.effective')),
      h('strong', { class: 'big', 'data-effective': '' }, effective === null ? '—' : t('earn.perHour', { amount: money(effective, sum.currency) }))),
    h('div', { class: 'spread' }, h('span', {}, t('earn.net')), h('strong', {}, money(sum.net, sum.currency))),
    h('p', { class: 'muted' }, t('earn.netLine', { gross: money(sum.gross, sum.currency), fees: money(sum.fees, sum.currency) })),
    splitBar(sum.paid, unpaidTotal),
    h('div', { class: 'spread' }, h('span', {}, t('earn.paidHours')), h('span', {}, hours(sum.paid))),
    h('div', { class: 'spread' }, h('span', {}, t('earn.unpaidHours')), h('span', { class: 'bad' }, hours(unpaidTotal))),
    h('ul', { class: 'plain' }, UNPAID.filter(([kind]) => sum.unpaid[kind]).map(([kind, key]) =>
      h('li', { class: 'spread' }, h('span', { class: 'muted' }, t(key)), h('span', {}, hours(sum.unpaid[kind]))))));
}

function thresholdCard(guideline, finding) {
  if (!finding) return null;
  if (finding.status === 'NOT_ENOUGH_DATA') {
    return h('div', { class: 'card' }, h('h3', {}, t(guideline.label)), h('p', { class: 'muted' }, t('earn.notEnough')));
  }
  const currency = finding.backPay.total.currency;
  const below = finding.status === 'BREACHED';
  const wages = finding.threshold.wages || [];
  return h('div', { class: 'card', 'data-finding': finding.criterionId },
    h('h3', {}, t(guideline.label)),
    h('div', { class: 'spread' }, h('span', {}, t('earn.yourPay')), h('strong', {}, t('earn.perHour', { amount: major(finding.measured, currency) }))),
    h('div', { class: 'spread' }, h('span', {}, t('earn.threshold')), h('strong', {}, t('earn.perHour', { amount: major(finding.threshold.value, currency) }))),
    wages.length ? h('p', { class: 'muted' }, wages.map((w) => `${w.jurisdiction} · ${t('earn.since', { date: date(w.effectiveFrom) })}`).join('; ')) : null,
    h('p', { class: below ? 'bad' : 'good' }, h('strong', {}, t(below ? 'earn.below' : 'earn.above'))),
    below ? h('div', { class: 'spread' }, h('span', {}, t('earn.backPay')),
      h('strong', { class: 'bad', 'data-back-pay': '' }, money(finding.backPay.total.minor, currency))) : null);
}

/** Weekly effective pay against the minimum wage, from the back-pay weeks of the minimum-wage finding. */
function chart(finding) {
  const weeks = (finding?.backPay?.weeks || []).filter((w) => Number(w.hours) > 0).slice(-12);
  if (weeks.length < 2) return null;
  const currency = finding.backPay.total.currency;
  const digits = 10 ** new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  const pay = weeks.map((w) => w.netPay.minor / digits / Number(w.hours));
  const min = weeks.map((w) => w.threshold.minor / digits / Number(w.hours));
  const top = Math.max(...pay, ...min) * 1.15 || 1;
  const width = 320;
  const height = 160;
  const left = 36;
  const x = (i) => left + (i * (width - left - 8)) / (weeks.length - 1);
  const y = (v) => height - 20 - (v * (height - 30)) / top;
  const line = (values) => values.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const description = weeks.map((w, i) => `${w.week}: ${major(pay[i], currency)} / ${major(min[i], currency)}`).join('; ');
  return h('figure', { class: 'card' },
    svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${t('earn.chartTitle')}. ${description}` },
      svg('line', { class: 'axis', x1: left, y1: height - 20, x2: width - 8, y2: height - 20 }),
      svg('line', { class: 'axis', x1: left, y1: 6, x2: left, y2: height - 20 }),
      svg('text', { x: 2, y: y(top / 1.15) + 4 }, number(top / 1.15, 0)),
      svg('text', { x: 2, y: height - 16 }, '0'),
      svg('text', { x: left, y: height - 4 }, weeks[0].week.slice(5)),
      svg('text', { x: width - 40, y: height - 4 }, weeks[weeks.length - 1].week.slice(5)),
      svg('path', { class: 'min', d: line(min) }),
      svg('path', { class: 'pay', d: line(pay) })),
    h('figcaption', { class: 'legend' },
      h('span', {}, h('span', { class: 'swatch pay' }), t('earn.chartPay')),
      h('span', {}, h('span', { class: 'swatch min' }), t('earn.chartMin'))));
}

export async function render(ctx) {
  const now = today(ctx.me.timeZone);
  const weekStart = monday(now);
  const from = addDays(now, -(5 * 365));
  const week = await read(ctx, `/api/ledger/summary?from=${weekStart}&to=${now}`);
  const all = await read(ctx, `/api/ledger/summary?from=${from}&to=${now}`);
  const assessments = await Promise.all(GUIDELINES.map((g) =>
    read(ctx, `/api/assessment?guideline=${g.id}&from=${from}&to=${now}`).catch(() => ({ data: null }))));
  const findings = GUIDELINES.map((g, i) => (assessments[i].data?.findings || []).find((f) => f.criterionId === g.criterion));
  const weekTotals = totals(week.data?.weeks || []);
  const allTotals = totals(all.data?.engagements || []);
  return [
    h('h1', {}, t('earn.title')),
    staleNotice(week.stale || all.stale),
    h('section', { class: 'card', 'aria-labelledby': 'earn-week' },
      h('h2', { id: 'earn-week' }, t('earn.thisWeek', { date: date(weekStart) })),
      weekTotals.length ? weekTotals.map(figures) : h('p', { class: 'muted' }, t('earn.nothingYet'))),
    h('section', { class: 'card', 'aria-labelledby': 'earn-all' },
      h('h2', { id: 'earn-all' }, t('earn.allTime')),
      allTotals.length ? allTotals.map(figures) : h('p', { class: 'muted' }, t('earn.nothingYet'))),
    h('h2', {}, t('earn.against')),
    GUIDELINES.map((g, i) => thresholdCard(g, findings[i])),
    chart(findings[0]),
  ];
}
