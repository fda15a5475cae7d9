import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Customer photos and video attached to these signals, newest attachment first. */
export async function signalMedia(
  db: Db,
  signalIds: readonly number[],
  limit: number,
): Promise<{ signalId: number; kind: string; url: string }[]> {
  if (signalIds.length === 0) return [];
  const rows = await db
    .selectFrom('signal_attachments')
    .select(['signal_id', 'kind', 'url'])
    .where('signal_id', 'in', [...signalIds])
    .where('kind', 'in', ['photo', 'video'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ signalId: Number(r.signal_id), kind: r.kind, url: r.url }));
}

/** The order and batch each of these signals names (either may be absent). */
export async function signalOrderRefs(
  db: Db,
  signalIds: readonly number[],
): Promise<{ id: number; orderId: string | null; batch: string | null; sku: string | null }[]> {
  if (signalIds.length === 0) return [];
  const rows = await db
    .selectFrom('signals')
    .select(['id', 'order_id', 'batch', 'sku'])
    .where('id', 'in', [...signalIds])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), orderId: r.order_id, batch: r.batch, sku: r.sku }));
}

/** Whether each of these signals must be answered by a person, and the order it names. */
export async function signalHandlingRefs(
  db: Db,
  signalIds: readonly number[],
): Promise<{ id: number; mustBeHuman: boolean; orderId: string | null }[]> {
  if (signalIds.length === 0) return [];
  const rows = await db
    .selectFrom('signals')
    .select(['id', 'must_be_human', 'order_id'])
    .where('id', 'in', [...signalIds])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), mustBeHuman: Boolean(r.must_be_human), orderId: r.order_id }));
}

/** Signals about a SKU (any SKU with '*') received in [from, to), with the order each names. */
export async function signalsReceivedBetween(
  db: Db,
  f: { sku: string; from: Date; to: Date },
): Promise<{ id: number; receivedAt: Date; orderId: string | null }[]> {
  let q = db
    .selectFrom('signals')
    .select(['id', 'received_at', 'order_id'])
    .where('received_at', '>=', f.from)
    .where('received_at', '<', f.to);
  if (f.sku !== '*') q = q.where('sku', '=', f.sku);
  return (await q.orderBy('id').execute()).map((r) => ({ id: Number(r.id), receivedAt: r.received_at, orderId: r.order_id }));
}
