// Sending notification webhooks from their queue, with the platform's signed POST
// (server/platform/webhooks.ts, the one the review-request webhook uses): claimed with a lease, a
// few at a time per endpoint, each cut at 5 s; a 2xx marks the row sent, anything else leaves it
// for a later attempt with a growing back-off (1 min, doubling, at most 6 h) until MAX_ATTEMPTS,
// then the delivery is `failed` and listed as such. A disabled webhook's deliveries wait. Each webhook is signed with its own secret:
// `X-Writeback-Signature: sha256=<hex HMAC of the raw body>`, and `X-Writeback-Timestamp`
// (unix seconds) is the body's `sentAt`.
import type { AppContext } from '../../platform/http/context.js';
import { endpointLimiter, postWebhook, signWebhookBody, WEBHOOK_TIMEOUT_MS } from '../../platform/webhooks.js';
import { claimDeliveries, markDelivered, markDeliveryFailed } from './webhook-repository.js';

const MAX_BACKOFF_MS = 6 * 3_600_000;
/** About two days of tries with the back-off above. */
export const MAX_DELIVERY_ATTEMPTS = 12;
const PER_ENDPOINT_CONCURRENCY = 4;
const ROUND = PER_ENDPOINT_CONCURRENCY * 4;
const LEASE_MS = (ROUND / PER_ENDPOINT_CONCURRENCY + 2) * WEBHOOK_TIMEOUT_MS * 2;

export interface NotificationDeliveryOptions {
  /** WRITEBACK_WEBHOOK_ALLOW_PRIVATE. */
  allowPrivate: boolean;
  timeoutMs?: number;
}

export async function deliverNotificationWebhooks(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  o: NotificationDeliveryOptions,
): Promise<{ sent: number; failed: number }> {
  const now = ctx.clock.now();
  const claimed = await ctx.db.transaction().execute((tx) => claimDeliveries(tx, now, new Date(now.getTime() + LEASE_MS), ROUND));
  const limit = endpointLimiter(PER_ENDPOINT_CONCURRENCY);
  const results = await Promise.all(
    claimed.map((item) =>
      limit(originOf(item.url), async () => {
        const sentAt = ctx.clock.now();
        // Slack takes its `{ text }` as is; the generic body carries the delivery id and the signed instant.
        const body = JSON.stringify(
          item.format === 'slack' ? item.body : { ...item.body, deliveryId: item.id, sentAt: sentAt.toISOString() },
        );
        const r = await postWebhook(
          item.url,
          body,
          {
            'x-writeback-event': item.eventType,
            'x-writeback-delivery': `${item.id}.${item.attempts}`,
            'x-writeback-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
            'x-writeback-signature': signWebhookBody(item.secret, body),
          },
          { allowPrivate: o.allowPrivate, timeoutMs: o.timeoutMs },
        );
        const at = ctx.clock.now();
        if (r.ok) await markDelivered(ctx.db, item.id, r.status, at);
        else
          await markDeliveryFailed(
            ctx.db,
            item.id,
            r.error,
            item.attempts >= MAX_DELIVERY_ATTEMPTS
              ? null
              : new Date(at.getTime() + Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** Math.min(item.attempts - 1, 12))),
          );
        return r.ok;
      }),
    ),
  );
  const sent = results.filter(Boolean).length;
  return { sent, failed: results.length - sent };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
