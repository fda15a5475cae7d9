import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { orderSummaries } from '../../orders/index.js';
import { getProducts } from '../../products/index.js';
import { signalMedia, signalOrderRefs } from '../../signals/index.js';
import { issueSignalIds } from './issue-signal-repository.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface IssueEvidence {
  photos: { signalId: number; kind: string; url: string }[];
  orders: {
    orderId: string;
    orderedAt: Date;
    country: string | null;
    route: string | null;
    batch: string | null;
    supplier: string | null;
  }[];
  batches: { batch: string; supplier: string | null; signals: number }[];
}

/**
 * Evidence behind an issue: customer photos and video, the order records, and the batches named
 * (the signal's own batch, else its order's). The issue knows its signals; signals, orders and
 * products answer for their own rows.
 *
 * A batch is a stock arrival of one SKU, so its supplier is that product's. An order's batch and
 * supplier describe its primary line, another SKU's when the order holds several: taken for the
 * signal's batch they named a supplier none of that batch's orders have.
 */
export async function issueEvidence(db: Db, issueId: number, limit = 20): Promise<IssueEvidence> {
  const ids = await issueSignalIds(db, issueId);
  const photos = await signalMedia(db, ids, limit);
  const refs = await signalOrderRefs(db, ids);
  const orderIds = [...new Set(refs.map((r) => r.orderId).filter((o): o is string => o !== null))];
  const known = new Map((await orderSummaries(db, orderIds)).map((o) => [o.orderId, o]));
  const skus = [...new Set(refs.map((r) => r.sku).filter((s): s is string => s !== null))];
  const supplierOf = new Map((await getProducts(db, skus)).map((p) => [p.sku, p.supplier]));
  const batches = new Map<string, { batch: string; signals: number; suppliers: Map<string, number> }>();
  for (const r of refs) {
    const order = r.orderId === null ? undefined : known.get(r.orderId);
    const batch = r.batch ?? order?.batch ?? null;
    if (batch === null) continue;
    const b = batches.get(batch) ?? batches.set(batch, { batch, signals: 0, suppliers: new Map() }).get(batch)!;
    b.signals += 1;
    const fromProduct = r.batch !== null && r.sku !== null ? (supplierOf.get(r.sku) ?? null) : null;
    const fromOrder = order && order.batch === batch ? order.supplier : null;
    const supplier = fromProduct ?? fromOrder;
    if (supplier !== null) b.suppliers.set(supplier, (b.suppliers.get(supplier) ?? 0) + 1);
  }
  const named = [...batches.values()].map(({ batch, signals, suppliers }) => ({
    batch,
    // The supplier most of the batch's signals point to; ties by name, so reads agree.
    supplier: [...suppliers].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null,
    signals,
  }));
  return {
    photos,
    orders: [...known.values()].slice(0, limit),
    // Ties broken by name: the SQL this replaces left them to the plan, so the 20th batch could change between reads.
    batches: named.sort((a, b) => b.signals - a.signals || (a.batch < b.batch ? -1 : a.batch > b.batch ? 1 : 0)).slice(0, limit),
  };
}
