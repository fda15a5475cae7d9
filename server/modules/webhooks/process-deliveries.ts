import type { AppContext } from '../../platform/http/context.js';
import { NotYet, PayloadError, type Outcome, type StoredDelivery } from './connector.js';
import { claimNextDelivery, finishDelivery } from './delivery-repository.js';
import { shopifyFulfillment, shopifyFulfillmentEvent, shopifyOrder } from './shopify-orders.js';
import { shopifyPrivacy, shopifyProduct } from './shopify-other.js';
import { shopifyRefund, shopifyReturn } from './shopify-signals.js';
import { stripeEvent } from './stripe-disputes.js';
import { wooOrder } from './woocommerce.js';

type Ctx = Pick<AppContext, 'db' | 'clock' | 'logger'>;
type Handler = (ctx: Ctx, d: StoredDelivery) => Promise<Outcome>;

const SHOPIFY: Record<string, Handler> = {
  'orders/create': shopifyOrder,
  'orders/updated': shopifyOrder,
  'orders/cancelled': shopifyOrder,
  'orders/fulfilled': shopifyOrder,
  'orders/paid': shopifyOrder,
  'fulfillments/create': shopifyFulfillment,
  'fulfillments/update': shopifyFulfillment,
  'fulfillment_events/create': shopifyFulfillmentEvent,
  'refunds/create': shopifyRefund,
  'returns/request': shopifyReturn,
  'products/create': shopifyProduct,
  'products/update': shopifyProduct,
  'customers/data_request': shopifyPrivacy,
  'customers/redact': shopifyPrivacy,
  'shop/redact': shopifyPrivacy,
};

function handlerFor(d: StoredDelivery): Handler | null {
  if (d.connector === 'shopify') return SHOPIFY[d.topic] ?? null;
  if (d.connector === 'woocommerce') return /^order\.(created|updated|restored|deleted)$/.test(d.topic) ? wooOrder : null;
  return stripeEvent;
}

/** A dependency that has not arrived (the order behind a fulfillment) is looked for again this often, this many times. */
const RETRY_AFTER_MS = 60_000;
const MAX_ATTEMPTS = 10;

/** Works one delivery and records what became of it; never throws for the delivery's own fault. */
export async function processDelivery(ctx: Ctx, d: StoredDelivery): Promise<void> {
  const now = ctx.clock.now();
  const handler = handlerFor(d);
  if (!handler) {
    await finishDelivery(ctx.db, d.id, 'ignored', `topic ${d.topic} is not used`, now);
    return;
  }
  try {
    const out = await handler(ctx, d);
    await finishDelivery(ctx.db, d.id, out.status, out.note ?? null, ctx.clock.now());
  } catch (e) {
    if (e instanceof NotYet && d.attempts < MAX_ATTEMPTS) {
      await finishDelivery(ctx.db, d.id, 'pending', e.message, now, new Date(now.getTime() + RETRY_AFTER_MS));
    } else if (e instanceof PayloadError || e instanceof NotYet) {
      await finishDelivery(ctx.db, d.id, 'failed', e.message.slice(0, 500), now);
    } else {
      // Our fault (a bug, the database): kept as a failure to replay; the message names no customer data.
      // The log names the delivery and the kind of error only: a database message can quote the payload's values.
      ctx.logger.error('webhook delivery failed', {
        connector: d.connector,
        topic: d.topic,
        delivery: d.id,
        error: (e as Error)?.name ?? 'Error',
        code: (e as { code?: string })?.code,
      });
      await finishDelivery(ctx.db, d.id, 'failed', `could not be processed: ${String((e as Error).message).slice(0, 300)}`, now);
    }
  }
}

/** Works the queue oldest first until nothing is due (or `limit` deliveries were worked). */
export async function processDeliveries(
  ctx: Ctx,
  opts: { limit?: number; signal?: { aborted: boolean } } = {},
): Promise<{ processed: number }> {
  let processed = 0;
  while (processed < (opts.limit ?? 1000) && !opts.signal?.aborted) {
    const d = await claimNextDelivery(ctx.db, ctx.clock.now());
    if (!d) break;
    await processDelivery(ctx, d);
    processed++;
  }
  return { processed };
}

const inFlight = new WeakMap<object, Promise<unknown>>();

/**
 * Starts working the queue after the answer has gone, chained per database so passes never
 * overlap in one process; the job loop picks up whatever this misses (a crash, a retry later).
 */
export function kickDeliveries(ctx: Ctx): void {
  const prev = inFlight.get(ctx.db) ?? Promise.resolve();
  const next = prev
    .then(() => new Promise((r) => setImmediate(r)))
    .then(() => processDeliveries(ctx))
    .catch((e: unknown) => ctx.logger.warn('webhook queue pass failed', { error: String((e as Error)?.message ?? e).slice(0, 300) }));
  inFlight.set(ctx.db, next);
}

/** Waits for the passes started by kickDeliveries, then works what is left (tests, shutdown). */
export async function settleDeliveries(ctx: Ctx): Promise<void> {
  while (inFlight.get(ctx.db)) {
    const p = inFlight.get(ctx.db)!;
    await p;
    if (inFlight.get(ctx.db) === p) inFlight.delete(ctx.db);
  }
  await processDeliveries(ctx);
}
