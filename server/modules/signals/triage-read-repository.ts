import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** A stored signal as (re-)triage and the report rollups read it: its own facts, attachments and current triage. */
export interface SignalFacts {
  id: number;
  text: string;
  title: string | null;
  channel: string;
  rating: number | null;
  language: string | null;
  public: boolean;
  handledBy: string;
  customerTier: string | null;
  receivedAt: Date;
  orderId: string | null;
  sku: string | null;
  batch: string | null;
  attachments: { kind: string; url: string }[];
  triagedAt: Date | null;
  stage: string | null;
  issueTypes: string[];
  sentimentLabel: string | null;
  mustBeHuman: boolean;
}

/**
 * These signals in id order, their rows locked until the transaction ends, so a concurrent
 * re-triage or edit of the same signal waits and then reads what this one wrote.
 */
export async function lockSignalFacts(db: Db, ids: readonly number[], opts: { attachments?: boolean } = {}): Promise<SignalFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('signals')
    .select([
      'id',
      'text',
      'title',
      'channel',
      'rating',
      'language',
      'public',
      'handled_by',
      'customer_tier',
      'received_at',
      'order_id',
      'sku',
      'batch',
      'triaged_at',
      'stage',
      'issue_types',
      'sentiment_label',
      'must_be_human',
    ])
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
  const by = new Map<number, { kind: string; url: string }[]>();
  if (opts.attachments !== false) {
    const att = await db
      .selectFrom('signal_attachments')
      .select(['signal_id', 'kind', 'url'])
      .where('signal_id', 'in', [...ids])
      .execute();
    for (const a of att) (by.get(a.signal_id) ?? by.set(a.signal_id, []).get(a.signal_id)!).push({ kind: a.kind, url: a.url });
  }
  return rows.map((r) => ({
    id: Number(r.id),
    text: r.text,
    title: r.title,
    channel: r.channel,
    rating: r.rating,
    language: r.language,
    public: r.public,
    handledBy: r.handled_by,
    customerTier: r.customer_tier,
    receivedAt: r.received_at,
    orderId: r.order_id,
    sku: r.sku,
    batch: r.batch,
    attachments: by.get(r.id) ?? [],
    triagedAt: r.triaged_at,
    stage: r.stage,
    issueTypes: r.issue_types,
    sentimentLabel: r.sentiment_label,
    mustBeHuman: r.must_be_human,
  }));
}

/** Ids still waiting for triage (a crash between insert and triage leaves some behind). */
export async function untriagedSignalIds(db: Db, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('signals').select('id').where('triaged_at', 'is', null).orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Every id in pages, for `writeback triage --all`. */
export async function signalIdsAfter(db: Db, after: number, limit: number): Promise<number[]> {
  const rows = await sql<{
    id: number;
  }>`SELECT id FROM signals WHERE id > ${after} AND erased_at IS NULL ORDER BY id LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => r.id);
}
