import type { AppContext } from './platform/http/context.js';

export interface JobReport { job: string; result: unknown }

/**
 * Every background job, in the order data flows. Each is idempotent and keeps its
 * coordination in the database, so several processes may run this at once.
 */
export async function runDueJobs(_ctx: AppContext): Promise<JobReport[]> {
  return [];
}
