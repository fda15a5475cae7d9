/**
 * The composition root for in-transaction event subscribers: each later stage registers what it
 * reacts to here, once per process, in data-flow order. Every entry point (the app, the job loop,
 * CLI commands, the test setup) calls registerSubscribers() before it touches the store.
 */
let registered = false;

export function registerSubscribers(): void {
  if (registered) return;
  registered = true;
  // Modules add their registrations here, earliest stage first, e.g.
  // registerSlaSubscribers(); registerIssueSubscribers(); registerReportSubscribers();
}
