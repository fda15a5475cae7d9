// The `review-requests` job: schedule under the job's advisory lock, then deliver through the webhook
// (when one is set) outside it, because HTTP calls must not hold a transaction open.
import type { AppContext } from '../../platform/http/context.js';
import { runExclusive } from '../../platform/jobs.js';
import { deliverReviewRequests } from './deliver-review-requests.js';
import { loadReviewRequestSettings } from './review-request-repository.js';
import { scheduleReviewRequests } from './schedule-review-requests.js';

export async function runReviewRequests(ctx: AppContext) {
  const settings = await loadReviewRequestSettings(ctx.db);
  const r = await runExclusive(ctx.db, ctx.clock, 'review-requests', (tx) => scheduleReviewRequests(tx, ctx.clock.now(), settings));
  if (!r.ran) return r;
  const delivered = await deliverReviewRequests(ctx, settings);
  return { ran: true as const, result: { ...r.result, ...delivered } };
}
