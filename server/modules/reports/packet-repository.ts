import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { attachmentsOf, signalsOfSupply, type SupplySignal } from '../signals/index.js';
import { getOrders } from '../orders/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export type PacketSignal = SupplySignal;

/** Signals about one supplier (its SKUs, or orders it supplied) or one batch, received in [from, to) (signals' read). */
export async function packetSignals(
  db: Db,
  f: { supplier?: string; batch?: string; from: Date; to: Date; limit: number },
): Promise<PacketSignal[]> {
  return signalsOfSupply(db, f);
}

/** Photos, videos and screenshots of these signals (signals' read). */
export async function packetAttachments(db: Db, signalIds: number[]): Promise<{ signalId: number; kind: string; url: string }[]> {
  return attachmentsOf(db, signalIds, ['photo', 'video', 'screenshot']);
}

/** Order records without the customer: what was shipped, how, when, from which batch. */
export interface PacketOrder {
  orderId: string;
  orderedAt: Date;
  country: string | null;
  shippingMethod: string | null;
  route: string | null;
  promisedMinDays: number | null;
  promisedMaxDays: number | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  batch: string | null;
  supplier: string | null;
  warehouse: string | null;
  lines: { sku: string; variant: string | null; qty: number }[];
}

/** Orders' own read, ordered by when they were placed, without the customer. */
export async function packetOrders(db: Db, orderIds: string[]): Promise<PacketOrder[]> {
  const orders = (await getOrders(db, orderIds)).sort((a, b) => a.orderedAt.getTime() - b.orderedAt.getTime());
  return orders.map((o) => ({
    orderId: o.orderId,
    orderedAt: o.orderedAt,
    country: o.country,
    shippingMethod: o.shippingMethod,
    route: o.route,
    promisedMinDays: o.promisedMinDays,
    promisedMaxDays: o.promisedMaxDays,
    shippedAt: o.shippedAt,
    deliveredAt: o.deliveredAt,
    batch: o.batch,
    supplier: o.supplier,
    warehouse: o.warehouse,
    lines: o.lines.map((l) => ({ sku: l.sku, variant: l.variant, qty: l.qty })),
  }));
}
