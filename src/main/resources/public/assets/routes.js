// Every screen of the web app. A page module exports render(ctx, params) returning nodes (or a promise of them).
// live: drawn again when the outbox has sent something. access: 'public' (anyone), 'signed-out' (sends signed-in people home), or a list of roles that may open it.
// A new page: add its module under pages/, a line here, its path prefix in web/AppShellController, its messages.
const WORKER = ['WORKER'];
export const routes = [
  { path: /^\/$/, page: () => import('./pages/welcome.js'), access: 'signed-out', home: true },
  { path: /^\/signin$/, page: () => import('./pages/signin.js'), access: 'signed-out' },
  { path: /^\/signup$/, page: () => import('./pages/signup.js'), access: 'signed-out' },
  { path: /^\/verify$/, page: () => import('./pages/verify.js'), access: 'public' },
  { path: /^\/app$/, page: () => import('./pages/timer.js'), access: WORKER, tab: 'timer' },
  { path: /^\/app\/records$/, page: () => import('./pages/records.js'), access: WORKER, tab: 'records', live: true },
  { path: /^\/app\/records\/(sessions|payments|engagements|grievances)\/([0-9a-f-]{36})$/,
    page: () => import('./pages/record.js'), access: WORKER, tab: 'records' },
  { path: /^\/app\/earnings$/, page: () => import('./pages/earnings.js'), access: WORKER, tab: 'earnings', live: true },
  { path: /^\/app\/more$/, page: () => import('./pages/more.js'), access: WORKER, tab: 'more' },
  { path: /^\/app\/sessions\/new$/, page: () => import('./pages/session-form.js'), access: WORKER, tab: 'records' },
  { path: /^\/app\/payments\/new$/, page: () => import('./pages/payment-form.js'), access: WORKER, tab: 'records' },
  { path: /^\/app\/engagements\/new$/, page: () => import('./pages/gig-form.js'), access: WORKER, tab: 'more' },
  { path: /^\/app\/grievances\/new$/, page: () => import('./pages/grievance-form.js'), access: WORKER, tab: 'more' },
  { path: /^\/app\/pack$/, page: () => import('./pages/pack.js'), access: WORKER, tab: 'more' },
  { path: /^\/app\/outbox$/, page: () => import('./pages/outbox.js'), access: WORKER, tab: 'more', live: true },
  { path: /^\/app\/organizations$/, page: () => import('./pages/organizations.js'), access: WORKER, tab: 'more' },
  { path: /^\/app\/campaigns$/, page: () => import('./pages/campaigns.js'), access: WORKER, tab: 'more' },
  { path: /^\/app\/campaigns\/([0-9a-f-]{36})$/, page: () => import('./pages/campaign.js'), access: WORKER, tab: 'more' },
  { path: /^\/org$/, page: () => import('./pages/organizer.js'), access: ['ORGANIZER'] },
  { path: /^\/admin$/, page: () => import('./pages/admin.js'), access: ['ADMIN'] },
  { path: /^\/vendor$/, page: () => import('./pages/vendor.js'), access: ['VENDOR'] },
  { path: /^\/vendor\/certifications\/([0-9a-f-]{36})$/, page: () => import('./pages/vendor.js'), access: ['VENDOR'] },
  { path: /^\/vendor\/figures$/, page: () => import('./pages/vendor-figures.js'), access: ['VENDOR'] },
  { path: /^\/app\/settings$/, page: () => import('./pages/settings.js'), access: 'signed-in', tab: 'more' },
];

export const tabs = [
  { id: 'timer', href: '/app', glyph: '◷', label: 'tab.timer' },
  { id: 'records', href: '/app/records', glyph: '☰', label: 'tab.records' },
  { id: 'earnings', href: '/app/earnings', glyph: '◔', label: 'tab.earnings' },
  { id: 'more', href: '/app/more', glyph: '⋯', label: 'tab.more' },
];
