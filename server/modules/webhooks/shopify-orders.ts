// Shopify's order and fulfillment topics (CONNECTORS.md §1.4): the REST resource of the topic.
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { NotYet, type Outcome, type StoredDelivery } from './connector.js';
import { applyOrder, asInput, currentOrder, emailOrNull, mergeScans, upsert } from './apply-order.js';
import { orderInput } from '../../../contracts/signal.js';
import { checked, clip, id, num, parsePayload, str, when } from './payload.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

const lineItem = z.looseObject({
  id: id.nullish(),
  sku: str,
  variant_id: id.nullish(),
  variant_title: str,
  product_id: id.nullish(),
  title: str,
  name: str,
  quantity: z.number().int().nonnegative(),
  price: num,
});
export type ShopifyLine = z.infer<typeof lineItem>;

const fulfillment = z.looseObject({
  id: id,
  order_id: id.nullish(),
  status: str,
  shipment_status: str,
  tracking_company: str,
  tracking_number: str,
  tracking_numbers: z.array(z.string()).nullish(),
  created_at: when.nullish(),
  updated_at: when.nullish(),
  line_items: z.array(lineItem).nullish(),
  origin_address: z.looseObject({ country_code: str }).nullish(),
});

const address = z.looseObject({ country_code: str, country: str, zip: str, province_code: str }).nullish();

const order = z.looseObject({
  id: id,
  name: str,
  created_at: when,
  updated_at: when.nullish(),
  cancelled_at: when.nullish(),
  cancel_reason: str,
  currency: str,
  total_price: num,
  email: str,
  customer: z.looseObject({ id: id, email: str }).nullish(),
  shipping_address: address,
  billing_address: address,
  shipping_lines: z.array(z.looseObject({ title: str, code: str })).nullish(),
  line_items: z.array(lineItem),
  fulfillments: z.array(fulfillment).nullish(),
  test: z.boolean().nullish(),
});

/** A line needs a SKU to count against a product; Shopify allows none, so the variant stands in. */
export function skuOf(l: Pick<ShopifyLine, 'sku' | 'variant_id' | 'product_id'>): string | null {
  return clip(l.sku, 100) ?? (l.variant_id ? `shopify-variant-${l.variant_id}` : l.product_id ? `shopify-product-${l.product_id}` : null);
}

export function variantOf(l: Pick<ShopifyLine, 'variant_title'>): string | null {
  const v = clip(l.variant_title, 200);
  return v && v !== 'Default Title' ? v : null;
}

export async function shopifyOrder(ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  const o = parsePayload(order, d.body);
  if (o.test) return { status: 'ignored', note: 'a test order' };
  const lines = o.line_items.flatMap((l) => {
    const sku = skuOf(l);
    return sku && l.quantity > 0 ? [{ sku, variant: variantOf(l), qty: l.quantity, price: Math.max(0, Number(l.price ?? 0)) }] : [];
  });
  if (lines.length === 0) return { status: 'ignored', note: 'no line with a quantity' };
  const ship = o.fulfillments?.find((f) => f.tracking_number || f.tracking_company) ?? o.fulfillments?.[0];
  const country = clip(o.shipping_address?.country_code ?? o.billing_address?.country_code, 2);
  return applyOrder(
    ctx,
    'shopify',
    {
      orderId: o.id,
      customerId: o.customer ? `shopify-${o.customer.id}` : null,
      customerEmail: emailOrNull(o.email ?? o.customer?.email),
      orderedAt: o.created_at,
      value: o.total_price ?? null,
      currency: clip(o.currency, 3)?.toUpperCase() ?? 'USD',
      country,
      shippingMethod: clip(o.shipping_lines?.[0]?.title, 100),
      // From where (when a fulfillment says) to where, by which service: "CN-US-standard".
      route: clip([ship?.origin_address?.country_code, country, o.shipping_lines?.[0]?.code].filter(Boolean).join('-'), 100),
      carrier: clip(ship?.tracking_company, 100),
      trackingNumber: clip(ship?.tracking_number, 100),
      shippedAt: ship?.created_at ?? null,
      cancelledAt: o.cancelled_at ?? null,
      lines,
    },
    new Date(o.updated_at ?? o.created_at),
  );
}

/** fulfillments/create, fulfillments/update: the carrier, the tracking number and the shipment's state as a scan. */
export async function shopifyFulfillment(ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  const f = parsePayload(fulfillment.extend({ order_id: id }), d.body);
  const cur = await currentOrder(ctx, f.order_id);
  if (!cur) throw new NotYet(`order ${f.order_id} is not stored yet`);
  const at = f.updated_at ?? f.created_at ?? d.receivedAt.toISOString();
  const state = clip(f.shipment_status ?? f.status, 100);
  const delivered = f.shipment_status === 'delivered';
  const base = asInput(cur);
  await upsert(
    ctx,
    'shopify',
    checked(
      orderInput,
      {
        ...base,
        carrier: clip(f.tracking_company, 100) ?? base.carrier,
        trackingNumber: clip(f.tracking_number ?? f.tracking_numbers?.[0], 100) ?? base.trackingNumber,
        shippedAt: base.shippedAt ?? f.created_at ?? null,
        deliveredAt: base.deliveredAt ?? (delivered ? at : null),
        carrierEvents: state ? mergeScans(base.carrierEvents, [{ at, status: state, location: null }]) : base.carrierEvents,
      },
      'order',
    ),
  );
  return { status: 'processed' };
}

const fulfillmentEvent = z.looseObject({
  id: id,
  order_id: id,
  status: z.string().min(1).max(100),
  happened_at: when.nullish(),
  created_at: when.nullish(),
  message: str,
  city: str,
  province: str,
  country: str,
});

/** fulfillment_events/create: one carrier scan, with where it happened; "delivered" sets the delivery time. */
export async function shopifyFulfillmentEvent(ctx: Ctx, d: StoredDelivery): Promise<Outcome> {
  const e = parsePayload(fulfillmentEvent, d.body);
  const cur = await currentOrder(ctx, e.order_id);
  if (!cur) throw new NotYet(`order ${e.order_id} is not stored yet`);
  const at = e.happened_at ?? e.created_at ?? d.receivedAt.toISOString();
  const location = clip([e.city, e.province, e.country].filter(Boolean).join(', '), 200);
  const base = asInput(cur);
  await upsert(
    ctx,
    'shopify',
    checked(
      orderInput,
      {
        ...base,
        deliveredAt: base.deliveredAt ?? (e.status === 'delivered' ? at : null),
        carrierEvents: mergeScans(base.carrierEvents, [{ at, status: e.status, location }]),
      },
      'order',
    ),
  );
  return { status: 'processed' };
}
