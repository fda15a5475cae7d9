// The `review-requests` job: schedule under the job's advisory lock. Sending is not part of the
// job pass: the delivery worker drains the outbox (deliver-review-requests.ts), so a slow or
// silent receiver never holds up the other jobs.
import type { AppContext } from '../../platform/http/context.js';
import { runExclusive } from '../../platform/jobs.js';
import { loadReviewRequestSettings } from './review-request-repository.js';
import { scheduleReviewRequests } from './schedule-review-requests.js';

export async function runReviewRequests(ctx: AppContext) {
  const settings = await loadReviewRequestSettings(ctx.db);
  return runExclusive(ctx.db, ctx.clock, 'review-requests', (tx) => scheduleReviewRequests(tx, ctx.clock.now(), settings));
}
