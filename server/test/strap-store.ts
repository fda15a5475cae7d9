import type { OrderInput, SignalInput } from '../../contracts/signal.js';
import type { AppContext } from '../platform/http/context.js';
import { ingestSignals } from '../modules/signals/index.js';
import { upsertOrders } from '../modules/orders/index.js';
import { buildOrder, buildSignal } from './factories.js';

export const DAY_MS = 86_400_000;
export const T0 = Date.UTC(2026, 0, 1);
export const dayIso = (d: number, hour = 10) => new Date(T0 + d * DAY_MS + hour * 3_600_000).toISOString();

/**
 * A small store for loop tests: `days` days of orders of one SKU (ordersPerDay a day, one batch)
 * and missing-strap complaints: one every `quietEvery` days, then `burst` on day `burstDay`
 * across three channels. Signals name their order, so batch and market come from it.
 */
export async function seedStrapStore(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  o: { days: number; ordersPerDay: number; quietEvery: number; burstDay?: number; burst?: number; sku?: string },
) {
  const sku = o.sku ?? 'BAG-1';
  const orders: OrderInput[] = [];
  for (let d = 0; d < o.days; d++) {
    for (let k = 0; k < o.ordersPerDay; k++) {
      orders.push(
        buildOrder({
          orderId: `${sku}-o-${d}-${k}`,
          orderedAt: dayIso(d, 8),
          country: 'US',
          route: 'US-US-ground',
          batch: 'B1',
          lines: [{ sku, qty: 1, price: 40 }],
        }),
      );
    }
  }
  await upsertOrders(ctx, orders, { actor: 'test', source: 'test' });
  const signals: SignalInput[] = [];
  const channels = ['email', 'review', 'refund_reason'] as const;
  for (let d = 0; d < o.days; d++) {
    const n = d === o.burstDay ? (o.burst ?? 0) : d % o.quietEvery === 0 ? 1 : 0;
    for (let k = 0; k < n; k++) {
      signals.push(
        buildSignal({
          externalId: `${sku}-s-${d}-${k}`,
          channel: channels[k % 3],
          sku,
          orderId: `${sku}-o-${Math.max(0, d - 3)}-${k}`,
          receivedAt: dayIso(d, 12 + (k % 10)),
          text: 'The shoulder strap was missing from the package, only the bag arrived.',
          ...(channels[k % 3] === 'review' ? { rating: 2, public: true } : {}),
        }),
      );
    }
  }
  await ingestSignals(ctx as never, signals, { actor: 'test', source: 'test' });
  return { sku, orders: orders.length, signals: signals.length };
}
