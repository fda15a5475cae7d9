// WooCommerce orders (REST API v3 order resource, which its webhooks deliver) and the refunds
// listed on them. WooCommerce has no refund topic of its own: a refund arrives as an order.updated
// carrying refunds[{id, reason, total}].
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import type { Outcome, StoredDelivery } from './connector.js';
import { applyOrder, emailOrNull } from './apply-order.js';
import { ingest } from './ingest-signal.js';
import { clip, id, num, parsePayload, str } from './payload.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** WooCommerce's *_gmt fields are UTC without an offset ("2026-11-02T10:15:30"). */
const gmt = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`)), 'is not a date-time')
  .transform((s) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`).toISOString());

const order = z.looseObject({
  id: id,
  status: str,
  currency: str,
  date_created_gmt: gmt,
  date_modified_gmt: gmt.nullish(),
  date_completed_gmt: gmt.nullish(),
  total: num,
  customer_id: id.nullish(),
  transaction_id: str,
  billing: z.looseObject({ country: str, email: str }).nullish(),
  shipping: z.looseObject({ country: str }).nullish(),
  shipping_lines: z.array(z.looseObject({ method_title: str, method_id: str })).nullish(),
  line_items: z.array(
    z.looseObject({
      id: id.nullish(),
      name: str,
      product_id: id.nullish(),
      variation_id: id.nullish(),
      quantity: z.number().int(),
      sku: str,
      price: num,
      meta_data: z.array(z.looseObject({ key: str, display_key: str, display_value: z.unknown() })).nullish(),
    }),
  ),
  refunds: z.array(z.looseObject({ id: id, reason: str, total: num })).nullish(),
  meta_data: z.array(z.looseObject({ key: str, value: z.unknown() })).nullish(),
});

export async function wooOrder(ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  if (d.topic === 'order.deleted') return { status: 'ignored', note: 'a deleted order is kept as it was' };
  const o = parsePayload(order, d.body);
  const lines = o.line_items.flatMap((l) => {
    const sku =
      clip(l.sku, 100) ??
      (l.variation_id && l.variation_id !== '0' ? `woo-variation-${l.variation_id}` : l.product_id ? `woo-product-${l.product_id}` : null);
    if (!sku || l.quantity <= 0) return [];
    // A variation's attributes ("Size: M") are the variant.
    const variant = (l.meta_data ?? [])
      .filter((m) => m.display_key && typeof m.display_value === 'string' && !m.key?.startsWith('_'))
      .map((m) => `${m.display_key}: ${m.display_value as string}`)
      .join(', ');
    return [{ sku, variant: clip(variant, 200), qty: l.quantity, price: Math.max(0, Number(l.price ?? 0)) }];
  });
  const updatedAt = new Date(o.date_modified_gmt ?? o.date_created_gmt);
  const country = clip(o.shipping?.country || o.billing?.country, 2);
  const intent = o.meta_data?.find((m) => m.key === '_stripe_intent_id' && typeof m.value === 'string')?.value as string | undefined;
  let outcome: Outcome = { status: 'ignored', note: 'no line with a quantity' };
  if (lines.length) {
    outcome = await applyOrder(
      ctx,
      'woocommerce',
      {
        orderId: `woo-${o.id}`,
        customerId: o.customer_id && o.customer_id !== '0' ? `woo-${o.customer_id}` : null,
        customerEmail: emailOrNull(o.billing?.email),
        orderedAt: o.date_created_gmt,
        value: o.total ?? null,
        currency: clip(o.currency, 3)?.toUpperCase() ?? 'USD',
        country,
        shippingMethod: clip(o.shipping_lines?.[0]?.method_title, 100),
        route: clip([country, o.shipping_lines?.[0]?.method_id].filter(Boolean).join('-'), 100),
        deliveredAt: o.status === 'completed' ? (o.date_completed_gmt ?? null) : null,
        paymentRef: clip(o.transaction_id, 200) ?? clip(intent, 200),
        cancelledAt: o.status === 'cancelled' ? updatedAt.toISOString() : null,
        lines,
      },
      updatedAt,
    );
  }
  if (outcome.status === 'stale' || !o.refunds?.length) return outcome;
  const onlySku = new Set(lines.map((l) => l.sku)).size === 1 ? lines[0]! : null;
  await ingest(
    ctx,
    'woocommerce',
    o.refunds.map((r) => ({
      channel: 'refund_reason' as const,
      externalId: `woo-refund-${r.id}`,
      receivedAt: updatedAt.toISOString(),
      text: clip(r.reason, 100_000) ?? 'Refund without a reason.',
      title: r.total ? `Refund of ${Math.abs(Number(r.total)).toFixed(2)} ${clip(o.currency, 3) ?? ''}`.trim() : 'Refund',
      sku: onlySku?.sku ?? null,
      variant: onlySku?.variant ?? null,
      orderId: `woo-${o.id}`,
    })),
  );
  return { status: 'processed' };
}
