import { expressionBuilder, sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Each issue's key columns as a typed subquery, for a later stage to join its own rows to (an
 * action's or decision's issue) in the same statement: the lists read with it are bounded by the
 * later stage's own filter and LIMIT, so reading the issues separately would cost a second round
 * trip for no smaller read. Built without a database handle; it runs inside the caller's query.
 */
export function issueKeysSubquery() {
  return expressionBuilder<DB>().selectFrom('issues').select(['id', 'issue_type', 'sku', 'batch', 'route']);
}

export interface IssueAlarm {
  id: number;
  issueType: string;
  sku: string;
  batch: string | null;
  route: string | null;
  status: string;
  /** The UTC day the episode started (YYYY-MM-DD). */
  at: string;
  reason: string;
  observed: number | null;
  signalCount: number;
}

/**
 * Alarm episodes (spike, batch rule, pre-sale threshold) that started on a UTC day in [firstDay, lastDay].
 * Raw SQL: the episodes are elements of a jsonb array, which the query builder cannot type.
 */
export async function issueAlarmsBetween(db: Db, firstDay: string, lastDay: string): Promise<IssueAlarm[]> {
  const r = await sql<{
    id: number;
    issue_type: string;
    sku: string;
    batch: string | null;
    route: string | null;
    status: string;
    at: string;
    reason: string;
    observed: number | null;
    signal_count: number;
  }>`
    SELECT i.id, i.issue_type, i.sku, i.batch, i.route, i.status, ep->>'at' AS at, ep->>'reason' AS reason, (ep->>'observed')::int AS observed, i.signal_count
    FROM issues i CROSS JOIN LATERAL jsonb_array_elements(coalesce(i.spike->'episodes', '[]'::jsonb)) AS ep
    WHERE ep->>'at' BETWEEN ${firstDay} AND ${lastDay}
    ORDER BY ep->>'at', i.id`.execute(db);
  return r.rows.map((x) => ({
    id: Number(x.id),
    issueType: x.issue_type,
    sku: x.sku,
    batch: x.batch,
    route: x.route,
    status: x.status,
    at: x.at,
    reason: x.reason,
    observed: x.observed,
    signalCount: x.signal_count,
  }));
}
