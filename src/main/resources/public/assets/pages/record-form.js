// What every record form shares: a new record under an id the phone chooses, a correction of a stored one
// (?edit=id, sent with If-Match), or a fix of a write the portal refused (?fix=seq, its errors shown again).
// The write goes to the outbox first; online, it is sent at once and a refusal is shown beside the fields.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { uuidv7 } from '../uuid.js';
import { call } from '../api.js';
import * as outbox from '../outbox.js';
import { values, showProblem, clearErrors, problemTitle } from '../forms.js';

export async function recordForm(ctx, { collection, kind, title, build, toBody, fromView, after }) {
  const query = new URLSearchParams(location.search);
  let id = uuidv7();
  let initial = {};
  let ifMatch = null;
  let refused = null;
  if (query.get('fix')) {
    const entry = (await outbox.entries(ctx.me.id)).find((e) => String(e.seq) === query.get('fix'));
    if (entry) {
      id = entry.path.split('/').pop();
      initial = fromView(entry.body);
      ifMatch = entry.ifMatch;
      refused = entry.problem;
    }
  } else if (query.get('edit')) {
    id = query.get('edit');
    const { data, etag } = await call('GET', `/api/${collection}/${id}`);
    initial = fromView(data);
    ifMatch = etag;
  }
  const form = h('form', { novalidate: true, 'data-record': id },
    build(initial),
    h('button', { type: 'submit', class: 'wide' }, t(ifMatch ? 'form.saveCorrection' : 'form.save')));
  const status = h('div', { 'aria-live': 'polite' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const made = toBody(values(form), form);
    if (made.violations) {
      showProblem(form, { violations: made.violations });
      return;
    }
    const path = `/api/${collection}/${id}`;
    await outbox.enqueue(ctx.me.id, { kind, method: 'PUT', path, body: made.body, ifMatch });
    if (navigator.onLine) await outbox.flush(ctx.me.id);
    const left = (await outbox.entries(ctx.me.id)).find((e) => e.path === path);
    if (left && left.state === 'rejected') {
      showProblem(form, left.problem);
      return;
    }
    if (left && left.state === 'conflict') {
      status.replaceChildren(h('p', { class: 'notice error-box', role: 'alert' }, problemTitle(left.problem), ' ',
        h('a', { href: '/app/outbox' }, t('outbox.title'))));
      return;
    }
    const next = after ? await after(id, made.body) : null;
    await ctx.go(next || `/app/records?saved=${id}`);
  });
  const nodes = [h('h1', {}, title), status];
  if (refused) {
    nodes.push(h('p', { class: 'notice' }, t('form.refusedBefore')));
    queueMicrotask(() => showProblem(form, refused));
  }
  nodes.push(h('div', { class: 'card' }, form));
  return nodes;
}
