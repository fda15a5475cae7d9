import { createHash } from 'node:crypto';
import type { AppContext } from '../../platform/http/context.js';
import type { Connector } from './connector.js';
import { countDelivery, countRejection, insertDelivery, type NewDelivery } from './delivery-repository.js';
import { verifyBase64Hmac, verifyStripe, type Verdict } from './verify-signature.js';
import { webhookSecrets } from './webhook-secrets.js';

type Ctx = Pick<AppContext, 'db' | 'clock' | 'config'>;

export type Receipt =
  | { kind: 'accepted'; deliveryId: number }
  | { kind: 'duplicate' }
  | { kind: 'ping' }
  | { kind: 'rejected'; reason: string };

/** The headers kept with a delivery: what says what it is, never what could authenticate it. */
const KEPT: Record<Connector, string[]> = {
  shopify: [
    'x-shopify-topic',
    'x-shopify-shop-domain',
    'x-shopify-api-version',
    'x-shopify-webhook-id',
    'x-shopify-event-id',
    'x-shopify-triggered-at',
  ],
  woocommerce: [
    'x-wc-webhook-topic',
    'x-wc-webhook-resource',
    'x-wc-webhook-event',
    'x-wc-webhook-id',
    'x-wc-webhook-delivery-id',
    'x-wc-webhook-source',
  ],
  stripe: [],
};

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const cap = (s: string | undefined, n = 200) => (s === undefined ? undefined : s.slice(0, n));

/**
 * The door's whole job, kept short because senders time out within seconds: verify the signature
 * on the raw bytes, store the delivery once, count it. Working it (orders, signals) happens after
 * the answer, from the stored row (processDeliveries).
 */
export async function receiveDelivery(
  ctx: Ctx,
  connector: Connector,
  body: Buffer,
  header: (name: string) => string | undefined,
): Promise<Receipt> {
  const now = ctx.clock.now();
  // WooCommerce checks a new webhook's URL with an unsigned form post "webhook_id=<n>" and saves
  // the webhook only if it answers 200: it carries nothing, so it is answered and not stored.
  if (connector === 'woocommerce' && !header('x-wc-webhook-signature') && /^webhook_id=\d{1,20}$/.test(body.toString('latin1')))
    return { kind: 'ping' };
  const { secrets } = await webhookSecrets(ctx, connector);
  const verdict: Verdict =
    secrets.length === 0
      ? { ok: false, reason: `no ${connector} webhook secret is set` }
      : connector === 'stripe'
        ? verifyStripe(body, header('stripe-signature'), secrets, now.getTime())
        : connector === 'shopify'
          ? verifyBase64Hmac(body, header('x-shopify-hmac-sha256'), secrets, 'X-Shopify-Hmac-Sha256')
          : verifyBase64Hmac(body, header('x-wc-webhook-signature'), secrets, 'X-WC-Webhook-Signature');
  if (!verdict.ok) {
    await countRejection(ctx.db, connector, verdict.reason, now);
    return { kind: 'rejected', reason: verdict.reason };
  }
  const delivery = describe(connector, body, header, now);
  const id = await insertDelivery(ctx.db, delivery);
  await countDelivery(ctx.db, connector, id === null ? 'duplicate' : 'accepted', now);
  return id === null ? { kind: 'duplicate' } : { kind: 'accepted', deliveryId: id };
}

function describe(connector: Connector, body: Buffer, header: (name: string) => string | undefined, now: Date): NewDelivery {
  const headers: Record<string, string> = {};
  for (const h of KEPT[connector]) {
    const v = cap(header(h), 500);
    if (v !== undefined) headers[h] = v;
  }
  // PostgreSQL text holds no NUL; JSON escapes it, so a raw one only comes with a body we cannot use anyway.
  const text = body.toString('utf8').replaceAll('\u0000', '\uFFFD');
  const base = { connector, headers, body: text, receivedAt: now };
  if (connector === 'shopify') {
    const topic = cap(header('x-shopify-topic'), 100) ?? 'unknown';
    const eventId = cap(header('x-shopify-event-id'));
    return {
      ...base,
      topic,
      shop: cap(header('x-shopify-shop-domain')) ?? null,
      deliveryKey: cap(header('x-shopify-webhook-id')) ?? `sha256:${sha256(body)}`,
      // The same merchant action reaches us once per subscription and once per retry: one event.
      eventKey: eventId ? `${topic}:${eventId}` : null,
    };
  }
  if (connector === 'woocommerce') {
    const topic = cap(header('x-wc-webhook-topic'), 100) ?? 'unknown';
    return {
      ...base,
      topic,
      shop: cap(header('x-wc-webhook-source')) ?? null,
      deliveryKey: cap(header('x-wc-webhook-delivery-id')) ?? `sha256:${sha256(body)}`,
      // A retry gets a new delivery id but carries the same body: the body is the event.
      eventKey: `${topic}:${sha256(body)}`,
    };
  }
  // Stripe: the event id is in the signed body; redelivery and retries repeat it.
  let event: { id?: unknown; type?: unknown } = {};
  try {
    event = JSON.parse(text) as typeof event;
  } catch {
    /* kept and failed by the worker, with the reason */
  }
  const id = typeof event?.id === 'string' ? event.id.slice(0, 200) : undefined;
  return {
    ...base,
    topic: typeof event?.type === 'string' ? event.type.slice(0, 100) : 'unknown',
    shop: null,
    deliveryKey: id ?? `sha256:${sha256(body)}`,
    eventKey: null,
  };
}
