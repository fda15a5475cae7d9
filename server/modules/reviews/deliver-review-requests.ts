// Sending through the webhook: each due outbox row is POSTed as JSON; a 2xx marks it sent, anything
// else (or no answer) leaves it for a later attempt with a growing back-off. Rows are claimed with a
// lease first, so the HTTP calls happen outside any transaction and two processes never send one row twice
// at the same time (a crash between the POST and the mark can repeat a send: receivers should key on requestId).
import type { AppContext } from '../../platform/http/context.js';
import { appendEvents } from '../../platform/events.js';
import type { ReviewRequestSettings } from './review-request-settings.js';
import { claimOutbox, markFailed, markSent, type OutboxItem } from './review-request-repository.js';

const LEASE_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 6 * 3_600_000;
const TIMEOUT_MS = 10_000;

export async function deliverReviewRequests(ctx: Pick<AppContext, 'db' | 'clock'>, settings: ReviewRequestSettings, opts: { limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  if (!settings.webhookUrl) return { sent: 0, failed: 0 };
  const now = ctx.clock.now();
  const claimed = await ctx.db.transaction().execute((tx) => claimOutbox(tx, now, new Date(now.getTime() + LEASE_MS), opts.limit ?? 200));
  let sent = 0;
  let failed = 0;
  for (const item of claimed) {
    const error = await post(settings.webhookUrl, payload(item, settings));
    const at = ctx.clock.now();
    await ctx.db.transaction().execute(async (tx) => {
      if (error === undefined) {
        await markSent(tx, [item.id], 'webhook', at);
        await appendEvents(tx, [{ type: 'review_request.sent', actor: 'job', at, subjectType: 'order', subjectId: item.orderId, payload: { requestId: item.requestId, via: 'webhook' } }]);
      } else {
        const retryAt = new Date(at.getTime() + Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** Math.min(item.attempts, 12)));
        await markFailed(tx, item.id, error, retryAt);
        await appendEvents(tx, [{ type: 'review_request.send_failed', actor: 'job', at, subjectType: 'order', subjectId: item.orderId, payload: { requestId: item.requestId, attempt: item.attempts, error, retryAt: retryAt.toISOString() } }]);
      }
    });
    if (error === undefined) sent++; else failed++;
  }
  return { sent, failed };
}

export function payload(item: OutboxItem, settings: Pick<ReviewRequestSettings, 'incentiveWording'>) {
  return {
    type: 'review_request', requestId: item.requestId, orderId: item.orderId, customerId: item.customerId,
    dueAt: item.dueAt.toISOString(), enqueuedAt: item.enqueuedAt.toISOString(), incentiveWording: settings.incentiveWording,
  };
}

async function post(url: string, body: unknown): Promise<string | undefined> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(TIMEOUT_MS) });
    await res.arrayBuffer().catch(() => undefined);
    return res.status >= 200 && res.status < 300 ? undefined : `HTTP ${res.status}`;
  } catch (e) {
    return String((e as Error).message ?? e);
  }
}
