import type { OrderInput } from '../../../contracts/signal.js';
import type { AppContext } from '../../platform/http/context.js';
import { appendEvents } from '../../platform/events.js';
import { upsertCustomers } from '../customers/index.js';
import { insertOrders, getOrders, updateOrder, carrierEvents } from './order-repository.js';
import type { Order, UpsertStatus } from './order.js';

/**
 * New orders are inserted; a known order that changed (shipped, delivered, corrected) is
 * updated and the change is an event; an identical one is a duplicate and touches nothing.
 */
export async function upsertOrders(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  items: OrderInput[],
  opts: { actor: string; source: string },
): Promise<{ index: number; orderId: string; status: UpsertStatus }[]> {
  if (items.length === 0) return [];
  return ctx.db.transaction().execute(async (tx) => {
    await upsertCustomers(tx, items);
    const inserted = await insertOrders(tx, items);
    const others = items.filter((o) => !inserted.has(o.orderId));
    const current = new Map((await getOrders(tx, [...new Set(others.map((o) => o.orderId))])).map((o) => [o.orderId, o]));
    const seen = new Set<string>();
    const events = [];
    const results = [];
    for (const [index, o] of items.entries()) {
      let status: UpsertStatus = 'duplicate';
      if (inserted.has(o.orderId) && !seen.has(o.orderId)) status = 'inserted';
      else if (!inserted.has(o.orderId)) {
        const changed = changedFields(current.get(o.orderId)!, o);
        if (changed.length) {
          await updateOrder(tx, o);
          current.set(o.orderId, { ...current.get(o.orderId)!, ...toComparable(o) });
          events.push({
            type: 'order.updated',
            actor: opts.actor,
            at: ctx.clock.now(),
            subjectType: 'order',
            subjectId: o.orderId,
            payload: { changed },
          });
          status = 'updated';
        }
      }
      seen.add(o.orderId);
      results.push({ index, orderId: o.orderId, status });
    }
    const n = results.filter((r) => r.status === 'inserted').length;
    if (n)
      events.push({
        type: 'orders.received',
        actor: opts.actor,
        at: ctx.clock.now(),
        subjectType: 'order_batch',
        payload: { source: opts.source, count: n },
      });
    await appendEvents(tx, events);
    return results;
  });
}

function toComparable(o: OrderInput): Partial<Order> {
  const d = (v?: string | null) => (v ? new Date(v) : null);
  return {
    customerId: o.customerId ?? null,
    customerEmail: o.customerEmail ?? null,
    orderedAt: new Date(o.orderedAt),
    value: o.value ?? null,
    currency: o.currency,
    country: o.country ?? null,
    shippingMethod: o.shippingMethod ?? null,
    route: o.route ?? null,
    promisedMinDays: o.promisedMinDays ?? null,
    promisedMaxDays: o.promisedMaxDays ?? null,
    shippedAt: d(o.shippedAt),
    deliveredAt: d(o.deliveredAt),
    batch: o.batch ?? null,
    supplier: o.supplier ?? null,
    warehouse: o.warehouse ?? null,
    carrier: o.carrier ?? null,
    trackingNumber: o.trackingNumber ?? null,
    carrierEvents: carrierEvents(o),
    paymentRef: o.paymentRef ?? null,
    cancelledAt: d(o.cancelledAt),
    lines: o.lines.map((l) => ({ sku: l.sku, variant: l.variant ?? null, qty: l.qty, price: l.price })),
  };
}

function changedFields(cur: Order, o: OrderInput): string[] {
  const next = toComparable(o) as Record<string, unknown>;
  const norm = (v: unknown) => (v instanceof Date ? v.getTime() : JSON.stringify(v));
  return Object.keys(next).filter((k) => norm((cur as unknown as Record<string, unknown>)[k]) !== norm(next[k]));
}
