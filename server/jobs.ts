import type { AppContext } from './platform/http/context.js';
import { registerSubscribers } from './subscribers.js';
import { runExclusive } from './platform/jobs.js';
import { triageStoredSignals, untriagedIds, loadTriageContext } from './modules/triage/index.js';
import { applySlaToSignals, sweepSla } from './modules/sla/index.js';
import { runReviewRequests } from './modules/reviews/index.js';
import { detectIssues, refreshThemes } from './modules/issues/index.js';
import { closeReviewWindows } from './modules/actions/index.js';
import { storeWeeklyReport, drainSlaChanges } from './modules/reports/index.js';
import { processDeliveries } from './modules/webhooks/index.js';
import { eraseOldCustomerText } from './modules/customers/index.js';
import { hasSignalTextBefore } from './modules/signals/index.js';
import { hasOrderEmailsBefore } from './modules/orders/index.js';
import { notifyDue } from './modules/notifications/index.js';

/** Customer text older than the retention setting is erased; the check keeps an idle pass from writing anything. */
const retention = (ctx: AppContext) =>
  eraseOldCustomerText(ctx, async (before) => (await hasSignalTextBefore(ctx.db, before)) || (await hasOrderEmailsBefore(ctx.db, before)));

export interface JobReport {
  job: string;
  ran: boolean;
  result?: unknown;
}

interface Job {
  name: string;
  run: (ctx: AppContext, signal?: StopSignal) => Promise<unknown>;
}

/** Signals stored but never triaged (a crash between insert and triage) get triage and an SLA. */
async function triageBacklog(ctx: AppContext, signal?: StopSignal) {
  const r = await runExclusive(ctx.db, ctx.clock, 'triage-backlog', async (tx) => {
    const triage = await loadTriageContext(tx);
    let done = 0;
    while (!signal?.aborted) {
      const ids = await untriagedIds(tx, 1000);
      if (ids.length === 0) break;
      const triaged = await triageStoredSignals({ db: tx, clock: ctx.clock }, ids, triage, { actor: 'job' });
      await applySlaToSignals(
        tx,
        triaged.map((t) => ({ signalId: t.id, slaClass: t.result.slaClass, receivedAt: t.receivedAt, mustBeHuman: t.result.mustBeHuman })),
      );
      done += ids.length;
    }
    return { triaged: done };
  });
  return r;
}

/**
 * Every background job, in the order data flows. Each is idempotent and keeps its coordination
 * in the database (advisory locks, SKIP LOCKED claims, unique event keys), so several processes
 * may run this at once.
 */
export const JOBS: Job[] = [
  // First: deliveries the request path did not finish (a crash, an order awaited) become orders and signals.
  { name: 'webhook-deliveries', run: (ctx, signal) => processDeliveries(ctx, { signal }) },
  { name: 'triage-backlog', run: triageBacklog },
  { name: 'sla-sweep', run: (ctx) => sweepSla(ctx) },
  { name: 'report-sla-rollup', run: async (ctx) => ({ recounted: await drainSlaChanges(ctx.db) }) },
  { name: 'issues-detect', run: detectIssues },
  { name: 'review-windows', run: closeReviewWindows },
  { name: 'themes-refresh', run: refreshThemes },
  { name: 'review-requests', run: runReviewRequests },
  { name: 'weekly-report', run: (ctx) => storeWeeklyReport(ctx) },
  // After the SLA sweep and the review windows: it tells people what those found.
  { name: 'notifications', run: notifyDue },
  { name: 'retention', run: retention },
];

/** Anything with `aborted`: an AbortSignal from serve's stop, or a test's stand-in. */
export interface StopSignal {
  readonly aborted: boolean;
}

/**
 * Runs the jobs in order. A stop (SIGTERM) is checked between jobs and between the backlog's
 * batches, so a stopping server waits for one step, not for a whole pass.
 */
export async function runDueJobs(ctx: AppContext, only?: string[], opts: { signal?: StopSignal } = {}): Promise<JobReport[]> {
  registerSubscribers();
  const out: JobReport[] = [];
  for (const job of JOBS) {
    if (only && !only.includes(job.name)) continue;
    if (opts.signal?.aborted) break;
    const r = (await job.run(ctx, opts.signal)) as { ran?: boolean; result?: unknown } | unknown;
    if (r && typeof r === 'object' && 'ran' in r)
      out.push({ job: job.name, ran: Boolean((r as { ran: boolean }).ran), result: (r as { result?: unknown }).result });
    else out.push({ job: job.name, ran: true, result: r });
  }
  return out;
}
