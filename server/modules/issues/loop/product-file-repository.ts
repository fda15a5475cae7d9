import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { StoredEvent } from '../../../platform/events.js';

export interface SkuSignals {
  total: number; byChannel: Record<string, number>; byIssueType: Record<string, number>;
  recent: { id: number; channel: string; receivedAt: Date; text: string; issueTypes: string[]; batch: string | null }[];
  photos: { signalId: number; kind: string; url: string }[];
}

export async function skuSignals(db: Kysely<DB>, sku: string, recent: number): Promise<SkuSignals> {
  const facets = await sql<{ facet: string; value: string; n: number }>`
    SELECT 'channel' AS facet, channel AS value, count(*)::int AS n FROM signals WHERE sku = ${sku} GROUP BY 2
    UNION ALL
    SELECT 'type', t, count(*)::int FROM signals, unnest(issue_types) AS t WHERE sku = ${sku} GROUP BY 2`.execute(db);
  const out: SkuSignals = { total: 0, byChannel: {}, byIssueType: {}, recent: [], photos: [] };
  for (const r of facets.rows) {
    if (r.facet === 'channel') { out.byChannel[r.value] = r.n; out.total += r.n; } else out.byIssueType[r.value] = r.n;
  }
  const rows = await db.selectFrom('signals').select(['id', 'channel', 'received_at', 'text', 'issue_types', 'batch'])
    .where('sku', '=', sku).orderBy('received_at', 'desc').orderBy('id', 'desc').limit(recent).execute();
  out.recent = rows.map((r) => ({ id: r.id, channel: r.channel, receivedAt: r.received_at, text: r.text, issueTypes: r.issue_types, batch: r.batch }));
  const photos = await sql<{ signal_id: number; kind: string; url: string }>`
    SELECT a.signal_id, a.kind, a.url FROM signal_attachments a JOIN signals s ON s.id = a.signal_id
    WHERE s.sku = ${sku} AND a.kind IN ('photo', 'video') ORDER BY a.id DESC LIMIT 20`.execute(db);
  out.photos = photos.rows.map((r) => ({ signalId: Number(r.signal_id), kind: r.kind, url: r.url }));
  return out;
}

export interface SkuBatch { batch: string | null; supplier: string | null; orders: number; firstOrderedAt: Date; lastOrderedAt: Date }

/** Batches and suppliers of the SKU as the orders record them. */
export async function skuBatches(db: Kysely<DB>, sku: string): Promise<SkuBatch[]> {
  const rows = await sql<{ batch: string | null; supplier: string | null; n: number; first: Date; last: Date }>`
    SELECT o.batch, o.supplier, count(DISTINCT o.order_id)::int AS n, min(o.ordered_at) AS first, max(o.ordered_at) AS last
    FROM orders o JOIN order_lines l ON l.order_id = o.order_id WHERE l.sku = ${sku}
    GROUP BY 1, 2 ORDER BY min(o.ordered_at)`.execute(db);
  return rows.rows.map((r) => ({ batch: r.batch, supplier: r.supplier, orders: r.n, firstOrderedAt: r.first, lastOrderedAt: r.last }));
}

const TIMELINE_TYPES = [
  'product.created', 'product.updated', 'action.proposed', 'action.accepted', 'action.in_progress', 'action.done', 'action.verified',
  'action.failed', 'action.cancelled', 'action.reviewed', 'decision.recorded', 'knowledge.updated', 'issue.spike_flagged',
];

/** The SKU's change history: page and product changes, actions, decisions, knowledge edits and alarms. */
export async function skuTimeline(db: Kysely<DB>, sku: string, limit: number): Promise<StoredEvent[]> {
  const rows = await db.selectFrom('events').selectAll()
    .where('type', 'in', TIMELINE_TYPES)
    .where((eb) => eb.or([
      eb.and([eb('subject_type', '=', 'product'), eb('subject_id', '=', sku)]),
      sql<boolean>`payload->>'sku' = ${sku}`,
    ]))
    .orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, type: r.type, subjectType: r.subject_type, subjectId: r.subject_id, payload: r.payload }));
}
