import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { orderSummaries } from '../../orders/index.js';
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
 * (the signal's own batch, else its order's). The issue knows its signals; signals and orders
 * answer for their own rows.
 */
export async function issueEvidence(db: Db, issueId: number, limit = 20): Promise<IssueEvidence> {
  const ids = await issueSignalIds(db, issueId);
  const photos = await signalMedia(db, ids, limit);
  const refs = await signalOrderRefs(db, ids);
  const orderIds = [...new Set(refs.map((r) => r.orderId).filter((o): o is string => o !== null))];
  const known = new Map((await orderSummaries(db, orderIds)).map((o) => [o.orderId, o]));
  const batches = new Map<string, { batch: string; supplier: string | null; signals: number }>();
  for (const r of refs) {
    const order = r.orderId === null ? undefined : known.get(r.orderId);
    const batch = r.batch ?? order?.batch ?? null;
    if (batch === null) continue;
    const b = batches.get(batch) ?? batches.set(batch, { batch, supplier: null, signals: 0 }).get(batch)!;
    b.signals += 1;
    const supplier = order?.supplier ?? null;
    if (supplier !== null && (b.supplier === null || supplier > b.supplier)) b.supplier = supplier;
  }
  return {
    photos,
    orders: [...known.values()].slice(0, limit),
    // Ties broken by name: the SQL this replaces left them to the plan, so the 20th batch could change between reads.
    batches: [...batches.values()]
      .sort((a, b) => b.signals - a.signals || (a.batch < b.batch ? -1 : a.batch > b.batch ? 1 : 0))
      .slice(0, limit),
  };
}
