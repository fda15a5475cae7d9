import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import type { WorkOrderStep, WorkOrderTimes } from '../../../contracts/reports.js';
import { drainSlaChanges } from './sla-rollup.js';
import { workOrderFacts, type Stage, type WorkOrderFacts } from './work-order-facts.js';

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

function step(f: WorkOrderFacts, s: Stage): WorkOrderStep {
  return { at: f.at[s]?.toISOString() ?? null, hours: round(f.hours[s]), businessHours: round(f.businessHours[s]) };
}

/** One work order's steps and processing times, counted up to the latest change. */
export async function readWorkOrder(ctx: Pick<AppContext, 'db'>, signalId: number): Promise<WorkOrderTimes> {
  await drainSlaChanges(ctx.db);
  const f = await workOrderFacts(ctx.db, signalId);
  if (!f) throw new AppError('work_order_not_found', `signal ${signalId} is not a work order (it has no SLA)`);
  return {
    signalId: f.signalId,
    channel: f.channel,
    issueTypes: f.issueTypes,
    sku: f.sku,
    complaint: f.complaint,
    receivedAt: f.receivedAt.toISOString(),
    firstResponse: step(f, 'firstResponse'),
    decision: step(f, 'decision'),
    resolution: step(f, 'resolution'),
  };
}
