import type { AppContext } from '../platform/http/context.js';
import { runReviewRequestDeliveries, type DeliveryOptions } from '../modules/reviews/index.js';
import { deliverNotificationWebhooks } from '../modules/notifications/index.js';

/**
 * The webhook delivery worker inside the serving process, apart from the job pass: every few
 * seconds it sends what is due in the outbox, then the due notification webhooks. stop() waits for a running round (each call is cut
 * at 5 s, so a round ends within a few waves of that).
 */
export function startDeliveryLoop(
  ctx: AppContext,
  o: DeliveryOptions & { intervalMs?: number; signal?: AbortSignal },
): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  let warned = false;
  const tick = () => {
    if (running || o.signal?.aborted) return;
    running = runReviewRequestDeliveries(ctx, o)
      .then((r) => {
        if ('waiting' in r && !warned) {
          warned = true;
          ctx.logger.warn('review-request webhook set but WRITEBACK_WEBHOOK_SECRET is not: requests wait in the outbox unsent');
        }
      })
      .then(() => deliverNotificationWebhooks(ctx, { allowPrivate: o.allowPrivate }))
      .catch((e) => ctx.logger.error('webhook delivery failed', { error: String(e?.message ?? e).slice(0, 200) }))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, o.intervalMs ?? 2_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
