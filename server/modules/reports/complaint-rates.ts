import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { SkuComplaintRate } from '../../../contracts/reports.js';
import { ordersPerSku } from '../orders/index.js';
import { instantRange, parseMonth, shiftMonth } from './periods.js';
import { processingTotals } from './processing-rollup.js';
import { productFacts } from './rollup-read-repository.js';

type Db = Kysely<DB> | Transaction<DB>;

const per100 = (complaints: number, orders: number) => (orders === 0 ? null : Math.round((complaints / orders) * 10000) / 100);

/**
 * Complaints per 100 orders per SKU in `month` and the month before, so "complaints halved" can be
 * read against sales: complaints (work orders after the sale, not praise) by the local day they
 * came, orders by when they were placed, both in `zone`.
 */
export async function complaintRates(db: Db, zone: string, month: string, limit = 25): Promise<SkuComplaintRate[]> {
  const one = async (m: string) => {
    const { firstDay, lastDay } = parseMonth(m);
    const { from, to } = instantRange(zone, firstDay, lastDay);
    const [groups, orders] = await Promise.all([processingTotals(db, zone, 'month', firstDay, ['sku']), ordersPerSku(db, from, to)]);
    return { complaints: new Map(groups.map((g) => [g.key, g.complaints])), orders };
  };
  const cur = await one(month);
  const prev = await one(shiftMonth(month, -1));
  const skus = [...new Set([...cur.complaints.keys(), ...prev.complaints.keys()])].filter(
    (s) => (cur.complaints.get(s) ?? 0) + (prev.complaints.get(s) ?? 0) > 0,
  );
  const titles = await productFacts(db, skus);
  return skus
    .map((sku) => {
      const complaints = cur.complaints.get(sku) ?? 0;
      const orders = cur.orders.get(sku) ?? 0;
      const previousComplaints = prev.complaints.get(sku) ?? 0;
      const previousOrders = prev.orders.get(sku) ?? 0;
      return {
        sku,
        title: titles.get(sku)?.title ?? null,
        complaints,
        orders,
        per100Orders: per100(complaints, orders),
        previousComplaints,
        previousOrders,
        previousPer100Orders: per100(previousComplaints, previousOrders),
      } satisfies SkuComplaintRate;
    })
    .sort((a, b) => b.complaints - a.complaints || b.previousComplaints - a.previousComplaints || a.sku.localeCompare(b.sku))
    .slice(0, limit);
}
