import { z } from 'zod';
import { orderInput, type OrderInput } from '../../../contracts/signal.js';
import type { AppContext } from '../../platform/http/context.js';
import { getOrders, presentOrder, upsertOrders, type Order } from '../orders/index.js';
import type { Connector, Outcome } from './connector.js';
import { advanceResource } from './delivery-repository.js';
import { checked } from './payload.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

export async function currentOrder(ctx: Ctx, orderId: string): Promise<Order | null> {
  return (await getOrders(ctx.db, [orderId]))[0] ?? null;
}

/**
 * The stored order as an input again, so a partial change (a scan) can be merged and upserted: the
 * order as the API shows one order (every field, the email unmasked), which is the input's shape.
 */
export function asInput(o: Order): OrderInput {
  return presentOrder(o, { view: 'detail' });
}

/**
 * Applies the sender's state of an order as of `updatedAt`, unless a newer state of it was
 * applied already (a retry carries its original payload, and deliveries arrive out of order):
 * then it is a stale replay and nothing changes. What the order payload does not carry but we
 * learnt from other topics (carrier scans, delivery) is kept.
 */
export async function applyOrder(
  ctx: Ctx,
  connector: Connector,
  next: Omit<OrderInput, 'carrierEvents'> & { carrierEvents?: OrderInput['carrierEvents'] },
  updatedAt: Date,
): Promise<Outcome> {
  if (!(await advanceResource(ctx.db, connector, 'order', next.orderId, updatedAt)))
    return { status: 'stale', note: `order ${next.orderId} is already stored as of a later update` };
  const cur = await currentOrder(ctx, next.orderId);
  const merged = {
    ...next,
    carrier: next.carrier ?? cur?.carrier ?? null,
    trackingNumber: next.trackingNumber ?? cur?.trackingNumber ?? null,
    carrierEvents: mergeScans(cur?.carrierEvents ?? [], next.carrierEvents ?? []),
    shippedAt: next.shippedAt ?? cur?.shippedAt?.toISOString() ?? null,
    deliveredAt: next.deliveredAt ?? cur?.deliveredAt?.toISOString() ?? null,
    paymentRef: next.paymentRef ?? cur?.paymentRef ?? null,
    customerEmail: next.customerEmail ?? cur?.customerEmail ?? null,
    batch: next.batch ?? cur?.batch ?? null,
  };
  await upsert(ctx, connector, checked(orderInput, merged, 'order'));
  return { status: 'processed' };
}

export async function upsert(ctx: Ctx, connector: Connector, o: OrderInput): Promise<void> {
  await upsertOrders(ctx, [o], { actor: connector, source: `webhook:${connector}` });
}

/** The order's email when it is one (personal data: kept so an erasure can find the customer's payloads). */
export function emailOrNull(s: string | null | undefined): string | null {
  return s && z.email().max(320).safeParse(s).success ? s : null;
}

/** Scans from both sides, once each (same time and status), oldest first. */
export function mergeScans(a: OrderInput['carrierEvents'], b: OrderInput['carrierEvents']): OrderInput['carrierEvents'] {
  const seen = new Map<string, OrderInput['carrierEvents'][number]>();
  for (const e of [...a, ...b]) seen.set(`${new Date(e.at).toISOString()}|${e.status}`, { ...e, at: new Date(e.at).toISOString() });
  return [...seen.values()].sort((x, y) => x.at.localeCompare(y.at)).slice(-200);
}
