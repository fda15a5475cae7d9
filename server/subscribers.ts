import { registerTriageSubscribers } from './modules/triage/index.js';
import { registerSlaSubscribers } from './modules/sla/index.js';
import { registerReplySubscribers } from './modules/replies/index.js';
import { registerIssueSubscribers } from './modules/issues/index.js';
import { registerReportSubscribers } from './modules/reports/index.js';
import { registerPortalSubscribers } from './modules/portal/index.js';

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
  registerIssueSubscribers();
  registerReportSubscribers();
  registerPortalSubscribers();
}
