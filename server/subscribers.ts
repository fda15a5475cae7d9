import { subscribe } from './platform/events.js';
import { eraseOrderCustomerData } from './modules/orders/index.js';
import { eraseSignalText } from './modules/signals/index.js';
import { registerTriageSubscribers } from './modules/triage/index.js';
import { registerSlaSubscribers } from './modules/sla/index.js';
import { eraseReplyText, registerReplySubscribers } from './modules/replies/index.js';
import { eraseIssueWordings, registerIssueSubscribers } from './modules/issues/index.js';
import { withdrawReviewRequests } from './modules/reviews/index.js';
import { eraseUgcAssets } from './modules/ugc/index.js';
import { eraseReportQuotes, registerReportSubscribers } from './modules/reports/index.js';
import { eraseDeliveryBodies } from './modules/webhooks/index.js';
import { eraseMail, registerMailSubscribers } from './modules/mail/index.js';
import { eraseComplaints, registerPortalSubscribers } from './modules/portal/index.js';

/**
 * The composition root for in-transaction event subscribers (and the intake steps signals runs
 * for every new signal): each later stage registers what it reacts to here, once per process, in
 * data-flow order. Every entry point (the app, the job loop, CLI commands, the test setup) calls
 * registerSubscribers() before it touches the store.
 */
let registered = false;

export function registerSubscribers(): void {
  if (registered) return;
  registered = true;
  registerTriageSubscribers();
  registerSlaSubscribers();
  registerReplySubscribers();
  registerMailSubscribers();
  registerIssueSubscribers();
  registerReportSubscribers();
  registerPortalSubscribers();
  registerErasureSubscribers();
}

/**
 * A customer's erasure (on request or by retention): every module that holds customer data erases
 * its own tables, in flow order, because a later one works from what an earlier one erased (the
 * customer's orders find signals about them; the erased signals find replies, issues' wordings,
 * UGC and report quotes). The customers module redacts the event log once they are done.
 */
function registerErasureSubscribers(): void {
  subscribe('customer.erase_requested', 'orders.erase', eraseOrderCustomerData);
  subscribe('customer.erase_requested', 'signals.erase', eraseSignalText);
  subscribe('customer.erase_requested', 'replies.erase', eraseReplyText);
  subscribe('customer.erase_requested', 'mail.erase', eraseMail);
  subscribe('customer.erase_requested', 'issues.erase', eraseIssueWordings);
  subscribe('customer.erase_requested', 'reviews.erase', withdrawReviewRequests);
  subscribe('customer.erase_requested', 'ugc.erase', eraseUgcAssets);
  subscribe('customer.erase_requested', 'reports.erase', eraseReportQuotes);
  subscribe('customer.erase_requested', 'webhooks.erase', eraseDeliveryBodies);
  subscribe('customer.erase_requested', 'portal.erase', eraseComplaints);
}
