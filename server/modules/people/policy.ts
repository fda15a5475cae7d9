// The one table of who may call what. Every /api route is in it, keyed by method and the path as
// registered; a route missing from it is refused to everyone but admins, and
// server/modules/people/policy.test.ts fails until it is classified.
import type { Role } from '../../../contracts/people.js';

/** `public`: no sign-in (health, sign-in itself); `person`: any signed-in person, acting on their own things. */
export type Rule = 'public' | 'person' | readonly Role[];

const ALL: readonly Role[] = ['admin', 'lead', 'agent', 'owner', 'viewer'];
/** Signals, replies, labels, UGC requests. */
const SUPPORT: readonly Role[] = ['admin', 'lead', 'agent'];
/** Actions and the decisions of their teams. */
const OWNERS: readonly Role[] = ['admin', 'lead', 'owner'];
/** Decisions asked of support or of an owner team. */
const DECIDERS: readonly Role[] = ['admin', 'lead', 'agent', 'owner'];
/** Settings, rules, imports, deletions: everything but people. */
const LEADS: readonly Role[] = ['admin', 'lead'];
const ADMINS: readonly Role[] = ['admin'];

const ID = ':id{[0-9]{1,15}}';

export const POLICY: Readonly<Record<string, Rule>> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': ALL,

  'POST /api/auth/login': 'public',
  'GET /api/auth/session': 'public',
  'POST /api/auth/first-admin': ADMINS,
  'POST /api/auth/logout': 'person',
  'POST /api/auth/logout-everywhere': 'person',
  'POST /api/invitations/accept': 'public',
  'GET /api/invitations': ADMINS,
  'POST /api/invitations': ADMINS,
  'GET /api/users': ADMINS,
  // Who work can be given to: the assignee pickers of every page.
  'GET /api/users/assignable': ALL,
  'PATCH /api/auth/me': 'person',
  'POST /api/users': ADMINS,
  [`PATCH /api/users/${ID}`]: ADMINS,
  'GET /api/tokens': 'person',
  'POST /api/tokens': 'person',
  [`DELETE /api/tokens/${ID}`]: 'person',
  'GET /api/audit': LEADS,
  // Notifications: each person reads and clears their own; outgoing webhooks are admin settings.
  'GET /api/notifications': ALL,
  'POST /api/notifications/:id{[0-9]{1,9}}/read': ALL,
  'GET /api/notifications/preferences': 'person',
  'PUT /api/notifications/preferences': 'person',
  'GET /api/notifications/webhooks': LEADS,
  'POST /api/notifications/webhooks': LEADS,
  'GET /api/notifications/digest': 'person',
  'GET /api/notifications/my-webhook': 'person',
  'PUT /api/notifications/my-webhook': 'person',
  'DELETE /api/notifications/my-webhook': 'person',
  'PUT /api/notifications/digest': 'person',
  'PATCH /api/notifications/webhooks/:id{[0-9]{1,9}}': LEADS,
  'DELETE /api/notifications/webhooks/:id{[0-9]{1,9}}': LEADS,
  'GET /api/notifications/webhooks/:id{[0-9]{1,9}}/deliveries': LEADS,
  'POST /api/notifications/webhooks/deliveries/:id{[0-9]{1,9}}/retry': LEADS,

  // A customer's history is what an agent needs to answer them; a copy or an erasure is a data
  // request, handled by a lead.
  'GET /api/customers/:customerId': SUPPORT,
  'GET /api/customers/:customerId/export': LEADS,
  'POST /api/customers/:customerId/erase': LEADS,
  'GET /api/settings/retention': LEADS,
  'PUT /api/settings/retention': LEADS,
  // Email: the thread and its attachments are read like the signal; sending again is support's.
  'GET /api/mail/attachments/:sha{[0-9a-f]{64}}': ALL,
  'GET /api/mail/status': LEADS,
  [`GET /api/signals/${ID}/mail`]: ALL,
  [`POST /api/mail/deliveries/${ID}/retry`]: SUPPORT,
  'POST /api/mail/import': LEADS,
  // The customer's complaints as staff see them: read like signals, answered by support.
  'GET /api/portal/complaints/:reference': ALL,
  'GET /api/portal/complaints/:reference/chain': ALL,
  'GET /api/portal/figures': ALL,
  'GET /api/portal/photos/:file': ALL,
  'GET /api/portal/orders/:orderId/link': SUPPORT,
  'POST /api/portal/complaints/:reference/messages': SUPPORT,
  'POST /api/portal/complaints/:reference/steps': SUPPORT,
  // Inspection records are QA's file: owners (the QA team) and leads write them.
  'GET /api/inspections': ALL,
  'POST /api/inspections': OWNERS,
  'POST /api/inspections/import': OWNERS,
  // Imports fill the store (as the CLI does); presets and a preview store nothing.
  'POST /api/imports': LEADS,
  'POST /api/imports/preview': LEADS,
  'GET /api/imports/presets': LEADS,
  'GET /api/imports/:id': LEADS,
  'GET /api/imports/:id/rejects': LEADS,
  // Connector secrets and replays change what enters the store.
  'GET /api/connections': LEADS,
  'PUT /api/connections/:connector/secret': LEADS,
  'POST /api/connections/deliveries/:id{[0-9]+}/replay': LEADS,

  'POST /api/signals': SUPPORT,
  'GET /api/signals': ALL,
  [`GET /api/signals/${ID}`]: ALL,
  [`DELETE /api/signals/${ID}`]: LEADS,
  [`PATCH /api/signals/${ID}`]: SUPPORT,
  'POST /api/signals/bulk': SUPPORT,
  'POST /api/orders': LEADS,
  'GET /api/orders': ALL,
  'GET /api/orders/:id': ALL,
  'POST /api/products': LEADS,
  'GET /api/products': ALL,
  'GET /api/products/:sku': ALL,
  'GET /api/products/:sku/file': ALL,
  'GET /api/issues': ALL,
  [`POST /api/issues/${ID}/close`]: OWNERS,
  [`POST /api/issues/${ID}/reopen`]: OWNERS,
  [`GET /api/issues/${ID}`]: ALL,
  [`POST /api/issues/${ID}/actions`]: OWNERS,
  // Runs the blocked-move rules on a draft; stores nothing.
  [`POST /api/issues/${ID}/actions/check`]: OWNERS,
  'GET /api/decisions': ALL,
  [`POST /api/issues/${ID}/decisions`]: DECIDERS,
  'GET /api/actions': ALL,
  [`PATCH /api/actions/${ID}`]: OWNERS,
  'GET /api/playbooks': ALL,
  'GET /api/playbooks/:id': ALL,
  'PUT /api/playbooks/:id': LEADS,
  'GET /api/themes': ALL,
  'GET /api/knowledge': ALL,
  'GET /api/knowledge/:id/versions': ALL,
  'PUT /api/knowledge/:id': LEADS,
  'GET /api/feed': ALL,
  'GET /api/triage/rules': ALL,
  'POST /api/triage/rules': LEADS,
  'DELETE /api/triage/rules/:id{[0-9]{1,9}}': LEADS,
  'GET /api/triage/teams': ALL,
  'PUT /api/triage/teams': LEADS,
  'GET /api/triage/models': ALL,
  'POST /api/triage/train': LEADS,
  // Writes nothing: shows what triage would say about a text.
  'POST /api/triage/preview': ALL,
  'GET /api/sla/policy': ALL,
  'PUT /api/sla/policy': LEADS,
  'GET /api/sla/figures': ALL,
  'POST /api/ugc/assets': SUPPORT,
  'GET /api/ugc/assets': ALL,
  [`POST /api/ugc/assets/${ID}/permissions`]: SUPPORT,
  [`POST /api/ugc/assets/${ID}/placements`]: SUPPORT,
  // Records a use in the permission ledger.
  [`GET /api/ugc/assets/${ID}/export`]: SUPPORT,
  'GET /api/reports/weekly': ALL,
  'GET /api/reports/monthly': ALL,
  'GET /api/reports/supplier-packet': ALL,
  [`GET /api/reports/work-orders/${ID}`]: ALL,
  [`GET /api/signals/${ID}/replies`]: ALL,
  [`POST /api/signals/${ID}/replies`]: SUPPORT,
  // Writes nothing: checks a draft against the guardrails.
  'POST /api/replies/check': ALL,
  [`GET /api/signals/${ID}/review-response`]: ALL,
  'GET /api/reviews/moderation': ALL,
  'GET /api/review-requests/settings': ALL,
  'PUT /api/review-requests/settings': LEADS,
  'GET /api/review-requests': ALL,
};

/** A route not in the table: only an admin passes, so forgetting to classify a route never opens it. */
export function ruleOf(method: string, path: string): Rule {
  return POLICY[`${method === 'HEAD' ? 'GET' : method} ${path}`] ?? ADMINS;
}

export function allows(rule: Rule, role: Role | undefined): boolean {
  if (rule === 'public') return true;
  if (role === undefined) return false;
  return rule === 'person' || rule.includes(role);
}
