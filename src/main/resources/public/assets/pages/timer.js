// The timer: one tap starts work on a gig, one tap switches the kind of time, stop stores one session whose
// minutes are split by the switches. Its state lives in localStorage, so a closed tab, a reload, a dead battery
// or a lost network leave it running from the instant it was started.
import { h, mount } from '../dom.js';
import { t, clock, hours } from '../i18n.js';
import { uuidv7 } from '../uuid.js';
import * as outbox from '../outbox.js';
import { field, values, clearErrors } from '../forms.js';
import { gigs, gigLabel, UNPAID, EXPOSURE_KEYS } from './common.js';

const PAID = 'PAID';
const KINDS = [[PAID, 'kind.PAID'], ...UNPAID];

function key(ctx) {
  return `steward.timer.${ctx.me.id}`;
}

export function runningTimer(ctx) {
  try {
    return JSON.parse(localStorage.getItem(key(ctx)));
  } catch {
    return null;
  }
}

function save(ctx, timer) {
  if (timer) localStorage.setItem(key(ctx), JSON.stringify(timer)); else localStorage.removeItem(key(ctx));
}

/** Minutes per kind of time, each whole, never adding up to more than the whole minutes the session lasted. */
export function split(timer, endMs) {
  const seconds = {};
  timer.segments.forEach((segment, i) => {
    const until = i + 1 < timer.segments.length ? timer.segments[i + 1].at : endMs;
    seconds[segment.kind] = (seconds[segment.kind] || 0) + Math.max(0, until - segment.at) / 1000;
  });
  const total = Math.floor((endMs - timer.startedAt) / 60000);
  const minutes = {};
  let used = 0;
  for (const [kind, s] of Object.entries(seconds)) {
    minutes[kind] = Math.floor(s / 60);
    used += minutes[kind];
  }
  const byRemainder = Object.entries(seconds).sort((a, b) => (b[1] / 60) % 1 - (a[1] / 60) % 1);
  for (let i = 0; used < total && i < byRemainder.length; i += 1, used += 1) minutes[byRemainder[i][0]] += 1;
  return minutes;
}

export async function render(ctx) {
  const root = h('div', {});
  const known = await gigs(ctx);
  const draw = () => {
    const timer = runningTimer(ctx);
    mount(root, timer ? running(ctx, timer, known, draw, (nodes) => mount(root, nodes)) : idle(ctx, known, draw));
  };
  draw();
  return [h('h1', { class: 'sr-only' }, t('timer.title')), root];
}

function idle(ctx, known, draw) {
  if (!known.length) {
    return h('div', { class: 'card stack' },
      h('h2', {}, t('timer.noGigTitle')),
      h('p', {}, t('timer.noGig')),
      h('a', { class: 'button wide', href: '/app/engagements/new' }, t('gig.add')));
  }
  const last = localStorage.getItem(`steward.lastGig.${ctx.me.id}`);
  const chosen = known.some((g) => g.id === last) ? last : known[0].id;
  const picker = field({ name: 'gig', label: t('timer.gig'), type: 'select', value: chosen,
    options: known.map((g) => [g.id, gigLabel(g)]) });
  const start = () => {
    const gigId = picker.querySelector('select').value;
    const now = Date.now();
    localStorage.setItem(`steward.lastGig.${ctx.me.id}`, gigId);
    save(ctx, { sessionId: uuidv7(), gigId, startedAt: now, segments: [{ kind: PAID, at: now }] });
    draw();
  };
  return [
    h('div', { class: 'card stack' },
      h('h2', {}, t('timer.readyTitle')),
      picker,
      h('button', { type: 'button', class: 'wide big-button', onclick: start, 'data-action': 'start' }, t('timer.start'))),
    h('div', { class: 'row' },
      h('a', { class: 'button secondary', href: '/app/sessions/new' }, t('session.addByHand')),
      h('a', { class: 'button secondary', href: '/app/payments/new' }, t('payment.add'))),
  ];
}

function running(ctx, timer, known, draw, show) {
  const gig = known.find((g) => g.id === timer.gigId);
  const current = timer.segments[timer.segments.length - 1].kind;
  const elapsed = h('p', { class: 'big', role: 'timer', 'aria-label': t('timer.elapsed') }, clock(Date.now() - timer.startedAt));
  const tick = setInterval(() => {
    if (!elapsed.isConnected) {
      clearInterval(tick);
      return;
    }
    elapsed.textContent = clock(Date.now() - timer.startedAt);
  }, 1000);
  const switchTo = (kind) => {
    if (kind === current) return;
    save(ctx, { ...timer, segments: [...timer.segments, { kind, at: Date.now() }] });
    draw();
  };
  const kinds = h('div', { class: 'kinds', role: 'group', 'aria-label': t('timer.kindOfTime') },
    KINDS.map(([kind, label]) => h('button', {
      type: 'button', class: kind === PAID ? 'paid' : 'unpaid', 'aria-pressed': String(kind === current),
      'data-kind': kind, onclick: () => switchTo(kind),
    }, t(label))));
  const stop = () => show(stopForm(ctx, timer, gig, draw));
  return h('div', { class: 'card stack' },
    h('p', { class: 'muted' }, t('timer.working', { gig: gig ? gigLabel(gig) : '—' })),
    elapsed,
    h('p', {}, t('timer.now'), ' ', h('strong', { 'data-current-kind': current }, t(KINDS.find(([k]) => k === current)[1]))),
    h('h2', {}, t('timer.kindOfTime')),
    kinds,
    h('button', { type: 'button', class: 'wide danger', onclick: stop, 'data-action': 'stop' }, t('timer.stop')));
}

function stopForm(ctx, timer, gig, draw) {
  const endedAt = Date.now();
  const minutes = split(timer, endedAt);
  const summary = h('ul', { class: 'plain' }, KINDS.filter(([kind]) => minutes[kind]).map(([kind, label]) =>
    h('li', { class: 'spread' }, h('span', {}, t(label)), h('span', {}, hours(minutes[kind])))));
  const form = h('form', { novalidate: true },
    h('h2', {}, t('timer.stopTitle')),
    summary,
    h('div', { class: 'two' },
      field({ name: 'tasksDone', label: t('session.tasksDone'), type: 'number', min: 0, inputmode: 'numeric', value: 0 }),
      field({ name: 'tasksRejected', label: t('session.tasksRejected'), type: 'number', min: 0, inputmode: 'numeric', value: 0 })),
    field({ name: 'exposure', label: t('session.exposure'), type: 'select', value: 'NONE', options: Object.entries(EXPOSURE_KEYS).map(([k, key]) => [k, t(key)]) }),
    field({ name: 'supportOffered', label: t('session.supportOffered'), type: 'checkbox' }),
    field({ name: 'note', label: t('session.note'), type: 'textarea', maxlength: 2000 }),
    h('div', { class: 'row' },
      h('button', { type: 'submit', 'data-action': 'save-session' }, t('timer.save')),
      h('button', { type: 'button', class: 'secondary', onclick: draw }, t('timer.keepGoing'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const typed = values(form);
    const unpaidMinutes = {};
    for (const [kind] of UNPAID) if (minutes[kind]) unpaidMinutes[kind] = minutes[kind];
    const body = {
      engagementId: timer.gigId,
      startedAt: new Date(timer.startedAt).toISOString(),
      endedAt: new Date(endedAt).toISOString(),
      timeZone: ctx.me.timeZone,
      paidMinutes: minutes[PAID] || 0,
      unpaidMinutes,
      tasksDone: Number(typed.tasksDone) || 0,
      tasksRejected: Number(typed.tasksRejected) || 0,
      exposure: typed.exposure,
      supportOffered: typed.supportOffered,
      note: typed.note || null,
    };
    await outbox.enqueue(ctx.me.id, { kind: 'session', method: 'PUT', path: `/api/sessions/${timer.sessionId}`, body });
    save(ctx, null);
    if (navigator.onLine) await outbox.flush(ctx.me.id);
    await ctx.go(`/app/records?saved=${timer.sessionId}`);
  });
  return form;
}
