import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface AssignableSignal {
  id: number; receivedAt: Date; sku: string | null; batch: string | null; route: string | null; market: string | null;
  issueTypes: string[];
}

/**
 * Triaged signals with issue types that no issue holds yet, in id order. The batch comes from
 * the signal or its order; route and market (the order's country) from the order.
 */
export async function unassignedSignals(db: Db, afterId: number, limit: number): Promise<AssignableSignal[]> {
  const rows = await sql<{ id: number; received_at: Date; sku: string | null; batch: string | null; route: string | null; country: string | null; issue_types: string[] }>`
    SELECT s.id, s.received_at, s.sku, coalesce(s.batch, o.batch) AS batch, o.route, o.country, s.issue_types
    FROM signals s LEFT JOIN orders o ON o.order_id = s.order_id
    WHERE s.id > ${afterId} AND s.triaged_at IS NOT NULL AND cardinality(s.issue_types) > 0
      AND NOT EXISTS (SELECT 1 FROM issue_signals i WHERE i.signal_id = s.id)
    ORDER BY s.id LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => ({ id: Number(r.id), receivedAt: r.received_at, sku: r.sku, batch: r.batch, route: r.route,
    market: r.country, issueTypes: r.issue_types }));
}

export async function insertIssueSignals(db: Db, rows: { issueId: number; signalId: number; issueType: string; receivedAt: Date }[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    const r = await db.insertInto('issue_signals')
      .values(chunk.map((x) => ({ issue_id: x.issueId, signal_id: x.signalId, issue_type: x.issueType, received_at: x.receivedAt })))
      .onConflict((oc) => oc.doNothing()).executeTakeFirst();
    inserted += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export interface IssueAggregate {
  issueId: number; signalCount: number; reportCount: number; orders: number; customers: number; batches: number; markets: number;
  firstSeenAt: Date | null; lastSeenAt: Date | null; hasMedia: boolean; automationInvolved: boolean;
  channels: Record<string, number>; stages: Record<string, number>; owners: Record<string, number>;
}

/** Counts recomputed from the membership table, never incremented, so a rerun cannot double count. */
export async function issueAggregates(db: Db, ids: number[]): Promise<Map<number, IssueAggregate>> {
  const out = new Map<number, IssueAggregate>();
  if (ids.length === 0) return out;
  const main = await sql<{ issue_id: number; n: number; reports: number; orders: number; customers: number; batches: number; markets: number;
    first: Date | null; last: Date | null; media: boolean; auto: boolean }>`
    SELECT i.issue_id, count(*)::int AS n,
      count(DISTINCT coalesce('o:' || s.order_id, 'c:' || s.customer_id, 's:' || s.id::text))::int AS reports,
      count(DISTINCT s.order_id)::int AS orders, count(DISTINCT s.customer_id)::int AS customers,
      count(DISTINCT coalesce(s.batch, o.batch))::int AS batches, count(DISTINCT upper(o.country))::int AS markets,
      min(s.received_at) AS first, max(s.received_at) AS last,
      bool_or(EXISTS (SELECT 1 FROM signal_attachments a WHERE a.signal_id = s.id AND a.kind IN ('photo', 'video'))) AS media,
      bool_or(s.handled_by = 'automation') AS auto
    FROM issue_signals i JOIN signals s ON s.id = i.signal_id LEFT JOIN orders o ON o.order_id = s.order_id
    WHERE i.issue_id = ANY(${ids}::bigint[]) GROUP BY i.issue_id`.execute(db);
  for (const r of main.rows) {
    out.set(Number(r.issue_id), { issueId: Number(r.issue_id), signalCount: r.n, reportCount: r.reports, orders: r.orders, customers: r.customers,
      batches: r.batches, markets: r.markets, firstSeenAt: r.first, lastSeenAt: r.last, hasMedia: Boolean(r.media),
      automationInvolved: Boolean(r.auto), channels: {}, stages: {}, owners: {} });
  }
  const facets = await sql<{ issue_id: number; facet: string; value: string | null; n: number }>`
    SELECT i.issue_id, f.facet, f.value, count(*)::int AS n
    FROM issue_signals i JOIN signals s ON s.id = i.signal_id
    CROSS JOIN LATERAL (VALUES ('channel', s.channel), ('stage', s.stage), ('owner', s.owner_team)) AS f(facet, value)
    WHERE i.issue_id = ANY(${ids}::bigint[]) GROUP BY 1, 2, 3`.execute(db);
  for (const r of facets.rows) {
    const a = out.get(Number(r.issue_id));
    if (!a || r.value === null) continue;
    const target = r.facet === 'channel' ? a.channels : r.facet === 'stage' ? a.stages : a.owners;
    target[r.value] = r.n;
  }
  return out;
}

/** The most recent texts of each issue (the representative wording is chosen among them). */
export async function recentIssueTexts(db: Db, ids: number[], perIssue: number): Promise<Map<number, { id: number; text: string }[]>> {
  const out = new Map<number, { id: number; text: string }[]>();
  if (ids.length === 0) return out;
  const rows = await sql<{ issue_id: number; id: number; text: string }>`
    SELECT issue_id, id, text FROM (
      SELECT i.issue_id, s.id, s.text, row_number() OVER (PARTITION BY i.issue_id ORDER BY s.received_at DESC, s.id DESC) AS rn
      FROM issue_signals i JOIN signals s ON s.id = i.signal_id WHERE i.issue_id = ANY(${ids}::bigint[])
    ) t WHERE rn <= ${perIssue} ORDER BY issue_id, id`.execute(db);
  for (const r of rows.rows) {
    const k = Number(r.issue_id);
    (out.get(k) ?? out.set(k, []).get(k)!).push({ id: Number(r.id), text: r.text });
  }
  return out;
}

export interface RuleSignal {
  issueId: number; id: string; issueType: string; sku: string | null; batch: string | null; receivedAt: Date;
  orderId: string | null; customerId: string | null; stage: string | null; sentiment: string | null;
}

/** What the batch and pre-sale rules read, for the given issues. */
export async function ruleSignals(db: Db, ids: number[], from: Date): Promise<RuleSignal[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{ issue_id: number; id: number; issue_type: string; sku: string | null; batch: string | null; received_at: Date;
    order_id: string | null; customer_id: string | null; stage: string | null; sentiment_label: string | null }>`
    SELECT i.issue_id, s.id, i.issue_type, s.sku, coalesce(s.batch, o.batch) AS batch, s.received_at, s.order_id, s.customer_id, s.stage, s.sentiment_label
    FROM issue_signals i JOIN signals s ON s.id = i.signal_id LEFT JOIN orders o ON o.order_id = s.order_id
    WHERE i.issue_id = ANY(${ids}::bigint[]) AND i.received_at >= ${from}`.execute(db);
  return rows.rows.map((r) => ({ issueId: Number(r.issue_id), id: String(r.id), issueType: r.issue_type, sku: r.sku, batch: r.batch,
    receivedAt: r.received_at, orderId: r.order_id, customerId: r.customer_id, stage: r.stage, sentiment: r.sentiment_label }));
}
