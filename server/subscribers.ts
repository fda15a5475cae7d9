import { subscribe } from './platform/events.js';
import { eraseOrderCustomerData } from './modules/orders/index.js';
import { assignIntakeStep, assignSignals, eraseSignalText, registerIntakeStep } from './modules/signals/index.js';
import { emit } from './platform/events.js';
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
import { registerNotificationSubscribers } from './modules/notifications/index.js';

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
  registerAssignment();
  registerReplySubscribers();
  registerMailSubscribers();
  registerIssueSubscribers();
  registerReportSubscribers();
  registerNotificationSubscribers();
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

/**
 * Automatic assignment: every new signal goes to a member of its owner team (an intake step after
 * triage's, which sets the team), and a signal whose team changes (an agent's edit, a re-triage)
 * goes to a member of the new one, in the same transaction.
 */
function registerAssignment(): void {
  registerIntakeStep(assignIntakeStep);
  subscribe('signal.assigned', 'signals.reassign', async (tx, e) => {
    await emit(tx, ...(await assignSignals(tx, [Number(e.subjectId)], { at: e.at, actor: 'assignment', teamChanged: true })));
  });
  subscribe('signals.triaged', 'signals.reassign_retriaged', async (tx, e) => {
    // At intake the assign step has already run; only a re-triage can have moved a signal's team.
    const ids = e.context.signals.filter((s) => s.before !== null && !s.stored).map((s) => s.id);
    await emit(tx, ...(await assignSignals(tx, ids, { at: e.at, actor: 'assignment' })));
  });
}
