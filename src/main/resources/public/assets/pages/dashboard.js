// An organization's dashboard on the organizer's laptop: one fixed dimension at a time (tabs), a table per period
// with every suppressed cell shown as such and why, three SVG charts drawn here with their text alternatives, the
// CSV of exactly the published cells, the method, and the organization's k. Figures come only from the portal's
// published cells: nothing here computes a figure the portal withheld.
import { h, svg, uid, mount } from '../dom.js';
import { t, number, money, has, dateTime } from '../i18n.js';
import { call, ApiError } from '../api.js';
import { field, values, showProblem, clearErrors } from '../forms.js';
import { download } from './case-file.js';

const DIMENSIONS = ['vendor', 'client', 'taskKind', 'jurisdiction'];
const SERIES = 5;
const DIMENSION_KEYS = { vendor: 'dash.dim.vendor', client: 'dash.dim.client', taskKind: 'dash.dim.taskKind',
  jurisdiction: 'dash.dim.jurisdiction' };
const WHY_KEYS = { TOO_FEW_WORKERS: 'dash.why.TOO_FEW_WORKERS', PROTECTS_ANOTHER_CELL: 'dash.why.PROTECTS_ANOTHER_CELL',
  DOMINATED: 'dash.why.DOMINATED', TOO_FEW_FOR_MEASURE: 'dash.why.TOO_FEW_FOR_MEASURE' };

function label(dimension, row) {
  if (row.coordinate === null || row.coordinate === undefined) return t('dash.total');
  if (row.coordinate === 'unnamed') return t('dash.unnamed');
  if (dimension === 'taskKind' && has(`task.${row.coordinate}`)) return t(`task.${row.coordinate}`);
  return row.label;
}

function why(cell, k) {
  const key = WHY_KEYS[cell.suppression];
  return key ? t(key, { k }) : cell.why;
}

function percent(share) {
  return share === undefined || share === null ? '—' : `${number(Number(share) * 100, 1)} %`;
}

function pay(minor) {
  return minor === undefined || minor === null ? '—' : money(minor, 'USD');
}

function sum(map) {
  return map ? Object.values(map).reduce((a, b) => a + Number(b), 0) : null;
}

/** One period's table: a row per coordinate and the total; a suppressed cell spans the figures with its reason. */
function periodTable(view, period, dimensionLabel) {
  const columns = ['dash.col.workers', 'dash.col.hours', 'dash.col.median', 'dash.col.p10p90', 'dash.col.belowMin',
    'dash.col.belowLiving', 'dash.col.unpaid', 'dash.col.late', 'dash.col.grievances'];
  const rows = [...view.rows, view.total];
  return h('table', { 'data-period': period.key },
    h('caption', {}, t('dash.tableCaption', { dimension: dimensionLabel, period: periodName(period) })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, dimensionLabel),
      columns.map((c) => h('th', { scope: 'col', class: 'num' }, t(c))))),
    h('tbody', {}, rows.map((row) => {
      const cell = row.cells.find((c) => c.period === period.key);
      const name = h('th', { scope: 'row' }, label(view.dimension, row));
      if (!cell || cell.status !== 'published') {
        return h('tr', { 'data-row': row.coordinate || 'total' }, name,
          h('td', { colspan: columns.length, class: 'muted', 'data-suppressed': cell ? cell.suppression : 'TOO_FEW_WORKERS' },
            t('dash.suppressed', { why: cell ? why(cell, view.k) : t(WHY_KEYS.TOO_FEW_WORKERS, { k: view.k }) })));
      }
      const p = cell.effectiveHourlyPay || {};
      const unpaid = cell.hours && cell.unpaidHours !== undefined ? Number(cell.unpaidHours) / Number(cell.hours) : null;
      const grievances = sum(cell.grievances);
      return h('tr', { 'data-row': row.coordinate || 'total', 'data-published': '' }, name,
        h('td', { class: 'num' }, String(cell.workers)),
        h('td', { class: 'num' }, cell.hours === undefined ? '—' : number(Number(cell.hours), 1)),
        h('td', { class: 'num' }, pay(p.median)),
        h('td', { class: 'num' }, p.p10 !== undefined || p.p90 !== undefined ? `${pay(p.p10)} – ${pay(p.p90)}` : '—'),
        h('td', { class: 'num' }, percent(cell.belowMinimumShare)),
        h('td', { class: 'num' }, percent(cell.belowLivingShare)),
        h('td', { class: 'num' }, unpaid === null || Number.isNaN(unpaid) ? '—' : percent(unpaid)),
        h('td', { class: 'num' }, cell.latePayments === undefined ? '—' : String(cell.latePayments)),
        h('td', { class: 'num' }, grievances === null ? '—' : String(grievances)));
    })));
}

function periodName(period) {
  if (period.kind === 'WINDOW') return t('dash.window', { from: period.first, to: period.last });
  return period.key;
}

/** A chart frame shared by the three charts: axes, a scale on the left, the first and last month below. */
function frame(months, top, topLabel, draw, title, description) {
  const width = 560;
  const height = 220;
  const left = 48;
  const x = (i) => left + (months.length < 2 ? 0 : (i * (width - left - 12)) / (months.length - 1));
  const y = (v) => height - 24 - (v * (height - 36)) / (top || 1);
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  return h('figure', { class: 'card' },
    svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}` },
      svg('title', { id: titleId }, title),
      svg('desc', { id: descId }, description),
      svg('line', { class: 'axis', x1: left, y1: height - 24, x2: width - 8, y2: height - 24 }),
      svg('line', { class: 'axis', x1: left, y1: 8, x2: left, y2: height - 24 }),
      svg('text', { x: 2, y: y(top) + 4 }, topLabel),
      svg('text', { x: 2, y: height - 20 }, '0'),
      svg('text', { x: left, y: height - 6 }, months[0].key),
      svg('text', { x: width - 52, y: height - 6 }, months[months.length - 1].key),
      draw(x, y, width, height)),
    h('figcaption', {}, h('strong', {}, title), h('p', { class: 'muted' }, description)));
}

/** Median effective pay per month for each row (up to five), against the minimum wage line. */
function payChart(view, months, dimensionLabel) {
  const rows = view.rows.filter((r) => r.cells.some((c) => months.some((m) => m.key === c.period)
    && c.effectiveHourlyPay && c.effectiveHourlyPay.median !== undefined)).slice(0, SERIES);
  const minimum = view.referenceMinimum;
  const medians = rows.flatMap((r) => r.cells.map((c) => c.effectiveHourlyPay?.median).filter((v) => v !== undefined));
  if (!rows.length) return h('p', { class: 'muted', 'data-chart': 'pay' }, t('dash.chartNone'));
  const topMinor = Math.max(...medians, minimum ? minimum.hourlyMinor : 0) * 1.15;
    const series = rows.map((row, s) => ({ row, s, points: months.map((m, i) => {
    const cell = row.cells.find((c) => c.period === m.key);
    const median = cell && cell.status === 'published' ? cell.effectiveHourlyPay?.median : undefined;
    return median === undefined ? null : [i, median];
  }) }));
  const description = [
    minimum ? t('dash.chartMinimum', { place: minimum.jurisdiction, amount: pay(minimum.hourlyMinor) }) : '',
    ...series.map(({ row, points }) => `${label(view.dimension, row)}: ${points.map((p, i) => `${months[i].key} ${p ? pay(p[1]) : t('dash.notShown')}`).join(', ')}`),
  ].filter(Boolean).join('. ');
  return h('div', { 'data-chart': 'pay' },
    frame(months, topMinor, number(topMinor / 100, 0), (x, y, width) => [
      minimum ? svg('line', { class: 'min', x1: x(0), x2: width - 12, y1: y(minimum.hourlyMinor), y2: y(minimum.hourlyMinor) }) : null,
      series.map(({ s, points }) => {
        let d = '';
        let pen = 'M';
        for (const p of points) {
          if (!p) { pen = 'M'; continue; }
          d += `${pen}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)} `;
          pen = 'L';
        }
        return [svg('path', { class: `series s${s}`, d: d.trim() }),
          points.filter(Boolean).map((p) => svg('circle', { class: `series s${s}`, cx: x(p[0]).toFixed(1), cy: y(p[1]).toFixed(1), r: 3 }))];
      }),
    ], t('dash.chartPay', { dimension: dimensionLabel }), description),
    h('p', { class: 'legend' },
      minimum ? h('span', {}, h('span', { class: 'swatch min' }), t('dash.chartMinimumLegend', { place: minimum.jurisdiction })) : null,
      series.map(({ row, s }) => h('span', {}, h('span', { class: `swatch s${s}` }), label(view.dimension, row)))));
}

/** Paid and unpaid hours per month over everyone counted (the total row). */
function hoursChart(view, months) {
  const cells = months.map((m) => view.total.cells.find((c) => c.period === m.key));
  const unpaidOf = (c) => (c.unpaidHours === undefined ? 0 : Number(c.unpaidHours));
  const shown = cells.filter((c) => c && c.status === 'published' && c.paidHours !== undefined);
  if (!shown.length) return h('p', { class: 'muted', 'data-chart': 'hours' }, t('dash.chartNone'));
  const topHours = Math.max(...shown.map((c) => Number(c.paidHours) + unpaidOf(c))) * 1.15;
    const description = months.map((m, i) => {
    const c = cells[i];
    if (!c || c.status !== 'published' || c.paidHours === undefined) return `${m.key} ${t('dash.notShown')}`;
    return c.unpaidHours === undefined
      ? t('dash.chartHoursPaidOnly', { month: m.key, paid: number(Number(c.paidHours), 1) })
      : t('dash.chartHoursPoint', { month: m.key, paid: number(Number(c.paidHours), 1), unpaid: number(Number(c.unpaidHours), 1) });
  }).join('; ');
  return h('div', { 'data-chart': 'hours' },
    frame(months, topHours, number(topHours, 0), (x, y) => cells.map((c, i) => {
      if (!c || c.status !== 'published' || c.paidHours === undefined) return null;
      const base = y(0);
      const paidTop = y(Number(c.paidHours));
      const allTop = y(Number(c.paidHours) + unpaidOf(c));
      return [svg('rect', { class: 'paid', x: x(i) - 8, width: 16, y: paidTop, height: Math.max(0, base - paidTop) }),
        svg('rect', { class: 'unpaid', x: x(i) - 8, width: 16, y: allTop, height: Math.max(0, paidTop - allTop) })];
    }), t('dash.chartHours'), description),
    h('p', { class: 'legend' },
      h('span', {}, h('span', { class: 'swatch paid' }), t('dash.paid')),
      h('span', {}, h('span', { class: 'swatch unpaid' }), t('dash.unpaid'))));
}

/** The share of worker-weeks below the minimum wage per month, over everyone counted. */
function belowChart(view, months) {
  const cells = months.map((m) => view.total.cells.find((c) => c.period === m.key));
  const shown = cells.filter((c) => c && c.belowMinimumShare !== undefined);
  if (!shown.length) return h('p', { class: 'muted', 'data-chart': 'below' }, t('dash.chartNone'));
    const description = months.map((m, i) => `${m.key} ${cells[i] && cells[i].belowMinimumShare !== undefined
    ? percent(cells[i].belowMinimumShare) : t('dash.notShown')}`).join('; ');
  return h('div', { 'data-chart': 'below' },
    frame(months, 1, '100 %', (x, y) => cells.map((c, i) => (c && c.belowMinimumShare !== undefined
      ? svg('rect', { class: 'below', x: x(i) - 8, width: 16, y: y(Number(c.belowMinimumShare)), height: Math.max(0, y(0) - y(Number(c.belowMinimumShare))) })
      : null)), t('dash.chartBelow'), description));
}

function kForm(ctx, org, view, reload) {
  const form = h('form', { novalidate: true, class: 'row', 'data-form': 'k' },
    field({ name: 'k', label: t('dash.k'), type: 'number', value: view.k, min: 3, max: 100, hint: t('dash.kHint') }),
    h('button', { type: 'submit', class: 'secondary', 'data-action': 'set-k' }, t('dash.setK')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await call('PUT', `/api/organizations/${org.id}/disclosure`, { body: { k: Number(values(form).k) } });
      await reload();
    } catch (e) {
      showProblem(form, e instanceof ApiError ? e.problem : { type: 'offline' });
    }
  });
  return form;
}

async function drawDimension(ctx, org, dimension, into, tabs) {
  tabs.forEach((tab) => tab.setAttribute('aria-selected', String(tab.dataset.dimension === dimension)));
  into.replaceChildren(h('p', { class: 'muted', role: 'status' }, t('dash.loading')));
  let view;
  try {
    ({ data: view } = await call('GET', `/api/organizations/${org.id}/dashboard?dimension=${dimension}`));
  } catch (e) {
    into.replaceChildren(h('p', { class: 'notice error-box', role: 'alert' }, e instanceof ApiError ? e.problem.title : t('error.offline')));
    return;
  }
  const dimensionLabel = t(DIMENSION_KEYS[dimension]);
  const months = view.periods.filter((p) => p.kind === 'MONTH');
  const others = view.periods.filter((p) => p.kind !== 'MONTH').reverse();
  const reload = () => drawDimension(ctx, org, dimension, into, tabs);
  const csv = h('button', { type: 'button', class: 'secondary', 'data-action': 'csv', onclick: async () => {
    const { data } = await call('GET', `/api/organizations/${org.id}/dashboard.csv?dimension=${dimension}`, { headers: { Accept: 'text/csv' } });
    download(data, `dashboard-${dimension}.csv`);
  } }, t('dash.csv'));
  mount(into,
    h('p', {}, t('dash.summary', { from: view.from, to: view.to, k: view.k })),
    h('p', { class: 'muted', 'data-published': view.publishedAt }, t('dash.published', { at: dateTime(view.publishedAt) }),
      view.newerComing ? ` ${t('dash.newerComing')}` : ''),
    h('details', { class: 'card', 'data-method': '' }, h('summary', {}, t('dash.method')),
      h('p', {}, view.method), view.notes.map((n) => h('p', { class: 'muted' }, n))),
    h('div', { class: 'row' }, csv),
    h('h4', {}, t('dash.charts')),
    payChart(view, months, dimensionLabel),
    hoursChart(view, months),
    belowChart(view, months),
    h('h4', {}, t('dash.tables')),
    others.map((p) => h('div', { class: 'scroll', tabindex: 0 }, periodTable(view, p, dimensionLabel))),
    h('details', {}, h('summary', {}, t('dash.months')),
      months.slice().reverse().map((p) => h('div', { class: 'scroll', tabindex: 0 }, periodTable(view, p, dimensionLabel)))),
    kForm(ctx, org, view, reload));
}

/** The dashboard section of one organization, drawn on its own once the page is up. */
export function dashboardSection(ctx, org) {
  const panelId = uid('dash-panel');
  const into = h('div', { id: panelId, role: 'tabpanel', 'data-dashboard': org.id });
  const tabs = DIMENSIONS.map((d) => h('button', { type: 'button', role: 'tab', class: 'secondary',
    'aria-controls': panelId, 'aria-selected': 'false', 'data-dimension': d }, t(DIMENSION_KEYS[d])));
  tabs.forEach((tab) => tab.addEventListener('click', () => drawDimension(ctx, org, tab.dataset.dimension, into, tabs)));
  drawDimension(ctx, org, 'vendor', into, tabs);
  return h('section', { class: 'stack', 'aria-label': t('dash.title') },
    h('h3', {}, t('dash.title')),
    h('div', { role: 'tablist', 'aria-label': t('dash.dimensions'), class: 'row' }, tabs),
    into);
}
