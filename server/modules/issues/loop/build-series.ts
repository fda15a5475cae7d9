import type { DailyPoint } from '../detect/index.js';
import type { OrderCell } from '../../orders/index.js';
import { addIsoDays as addDays } from '../../../lib/time/index.js';

export interface SeriesScope {
  sku: string;
  batch: string | null;
  route: string | null;
  market: string | null;
}

/**
 * Orders per day for an issue's scope: the SKU's orders (all orders for a store-level issue),
 * narrowed to the batch, route and market the issue is keyed on.
 */
export function exposureByDay(scope: SeriesScope, cells: { bySku: OrderCell[]; byStore: OrderCell[] }): Map<string, number> {
  const source = scope.sku === '*' ? cells.byStore : cells.bySku;
  const out = new Map<string, number>();
  for (const c of source) {
    if (scope.sku !== '*' && c.sku !== scope.sku) continue;
    if (scope.batch !== null && c.batch !== scope.batch) continue;
    if (scope.route !== null && c.route !== scope.route) continue;
    if (scope.market !== null && c.market !== scope.market) continue;
    out.set(c.day, (out.get(c.day) ?? 0) + c.orders);
  }
  return out;
}

/**
 * One point per day from the store's first day: days without complaints are zeros (so history
 * counts from when the store had data), and exposure is known on every day when the store has
 * orders at all (a day without orders is zero exposure, not unknown).
 */
export function buildSeries(
  fromDay: string,
  today: string,
  counts: Map<string, number>,
  exposure: Map<string, number> | null,
): DailyPoint[] {
  const out: DailyPoint[] = [];
  for (let d = fromDay; d <= today; d = addDays(d, 1)) {
    out.push({ date: d, count: counts.get(d) ?? 0, exposure: exposure ? (exposure.get(d) ?? 0) : null });
  }
  return out;
}
