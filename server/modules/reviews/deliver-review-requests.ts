// Sending through the webhook, from the delivery queue (the outbox table) and outside the job pass:
// a worker (serve's delivery loop, or `jobs run --once` after the pass) claims due rows with a
// lease, POSTs them signed, a few at a time per endpoint, each cut at 5 s; a 2xx marks the row
// sent, anything else leaves it for a later attempt with a growing back-off. HTTP calls happen
// outside any transaction and two processes never send one row at the same time (a crash between
// the POST and the mark can repeat a send: receivers should key on requestId).
import type { AppContext } from '../../platform/http/context.js';
import { appendEvents } from '../../platform/events.js';
import { endpointLimiter, postWebhook, signWebhookBody, WEBHOOK_TIMEOUT_MS } from '../../platform/webhooks.js';
import type { ReviewRequestSettings } from './review-request-settings.js';
import { claimOutbox, loadReviewRequestSettings, markFailed, markSent, type OutboxItem } from './review-request-repository.js';

const MAX_BACKOFF_MS = 6 * 3_600_000;
/** Calls in flight per endpoint. */
export const PER_ENDPOINT_CONCURRENCY = 4;
/** Rows claimed per round: a few waves of the concurrency, so the lease below covers the round. */
const ROUND = PER_ENDPOINT_CONCURRENCY * 4;
const LEASE_MS = (ROUND / PER_ENDPOINT_CONCURRENCY + 2) * WEBHOOK_TIMEOUT_MS * 2;

export interface DeliveryOptions {
  /** WRITEBACK_WEBHOOK_SECRET; without it nothing is sent. */
  secret?: string;
  /** WRITEBACK_WEBHOOK_ALLOW_PRIVATE. */
  allowPrivate: boolean;
  timeoutMs?: number;
}

export type DeliveryRound = { sent: number; failed: number } | { sent: 0; failed: 0; waiting: 'no_secret' };

/** One round for the stored settings: what the delivery worker runs every few seconds. */
export async function runReviewRequestDeliveries(ctx: Pick<AppContext, 'db' | 'clock'>, o: DeliveryOptions): Promise<DeliveryRound> {
  return deliverReviewRequests(ctx, await loadReviewRequestSettings(ctx.db), o);
}

export async function deliverReviewRequests(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  settings: ReviewRequestSettings,
  o: DeliveryOptions,
): Promise<DeliveryRound> {
  const url = settings.webhookUrl;
  if (!url) return { sent: 0, failed: 0 };
  if (!o.secret) return { sent: 0, failed: 0, waiting: 'no_secret' }; // unsigned requests are never sent
  const secret = o.secret;
  const now = ctx.clock.now();
  const claimed = await ctx.db.transaction().execute((tx) => claimOutbox(tx, now, new Date(now.getTime() + LEASE_MS), ROUND));
  const limit = endpointLimiter(PER_ENDPOINT_CONCURRENCY);
  const endpoint = new URL(url).origin;
  const results = await Promise.all(
    claimed.map((item) =>
      limit(endpoint, async () => {
        const sentAt = ctx.clock.now();
        const body = JSON.stringify({ ...payload(item, settings), sentAt: sentAt.toISOString() });
        const r = await postWebhook(
          url,
          body,
          {
            'x-writeback-event': 'review_request',
            'x-writeback-delivery': `${item.id}.${item.attempts}`,
            'x-writeback-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
            'x-writeback-signature': signWebhookBody(secret, body),
          },
          { allowPrivate: o.allowPrivate, timeoutMs: o.timeoutMs },
        );
        await record(ctx, item, r.ok ? undefined : r.error);
        return r.ok;
      }),
    ),
  );
  const sent = results.filter(Boolean).length;
  return { sent, failed: results.length - sent };
}

async function record(ctx: Pick<AppContext, 'db' | 'clock'>, item: OutboxItem, error: string | undefined): Promise<void> {
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (error === undefined) {
      await markSent(tx, [item.id], 'webhook', at);
      await appendEvents(tx, [
        {
          type: 'review_request.sent',
          actor: 'job',
          at,
          subjectType: 'order',
          subjectId: item.orderId,
          payload: { requestId: item.requestId, via: 'webhook' },
        },
      ]);
    } else {
      const retryAt = new Date(at.getTime() + Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** Math.min(item.attempts - 1, 12)));
      await markFailed(tx, item.id, error, retryAt);
      await appendEvents(tx, [
        {
          type: 'review_request.send_failed',
          actor: 'job',
          at,
          subjectType: 'order',
          subjectId: item.orderId,
          payload: { requestId: item.requestId, attempt: item.attempts, error, retryAt: retryAt.toISOString() },
        },
      ]);
    }
  });
}

export function payload(item: OutboxItem, settings: Pick<ReviewRequestSettings, 'incentiveWording'>) {
  return {
    type: 'review_request',
    requestId: item.requestId,
    orderId: item.orderId,
    customerId: item.customerId,
    dueAt: item.dueAt.toISOString(),
    enqueuedAt: item.enqueuedAt.toISOString(),
    incentiveWording: settings.incentiveWording,
  };
}
