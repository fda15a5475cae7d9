import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** What a later record quotes of the signal it came from (a UGC asset's source). */
export interface SignalSource {
  text: string;
  rating: number | null;
  sku: string | null;
  channel: string;
}

export async function signalSources(db: Db, ids: readonly number[]): Promise<Map<number, SignalSource>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('signals')
    .select(['id', 'text', 'rating', 'sku', 'channel'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((r) => [Number(r.id), { text: r.text, rating: r.rating === null ? null : Number(r.rating), sku: r.sku, channel: r.channel }]),
  );
}

/** The signals received in [from, to) with their channel (the SLA figures' population). */
export async function signalChannelsReceivedBetween(
  db: Db,
  from: Date,
  to: Date,
): Promise<{ id: number; channel: string; assigneeId: number | null }[]> {
  const rows = await db
    .selectFrom('signals')
    .select(['id', 'channel', 'assignee_id'])
    .where('received_at', '>=', from)
    .where('received_at', '<', to)
    .execute();
  return rows.map((r) => ({ id: Number(r.id), channel: r.channel, assigneeId: r.assignee_id }));
}

/** Each person's open load now: the signals assigned to them that are not resolved (null: the unassigned). */
export async function openLoadByAssignee(db: Db): Promise<Map<number | null, number>> {
  const rows = await db
    .selectFrom('signals')
    .select(['assignee_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('status', '<>', 'resolved')
    .groupBy('assignee_id')
    .execute();
  return new Map(rows.map((r) => [r.assignee_id, Number(r.n)]));
}

/** Training examples: the signals an agent corrected (oldest first), and a sample of the other triaged ones (newest first). */
export interface LabelledSignal {
  id: number;
  text: string;
  title: string | null;
  language: string | null;
  rating: number | null;
  issueTypes: string[];
}

export async function labelledSignals(db: Db, opts: { corrected: boolean; limit?: number }): Promise<LabelledSignal[]> {
  let q = db
    .selectFrom('signals')
    .select(['id', 'text', 'title', 'language', 'rating', 'issue_types'])
    .where('labels_corrected', '=', opts.corrected)
    .where('erased_at', 'is', null);
  q = opts.corrected ? q.orderBy('id') : q.where('triaged_at', 'is not', null).orderBy('id', 'desc');
  if (opts.limit !== undefined) q = q.limit(opts.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    text: r.text,
    title: r.title,
    language: r.language,
    rating: r.rating,
    issueTypes: r.issue_types,
  }));
}
