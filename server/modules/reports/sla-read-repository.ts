import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface SlaRow {
  signals: number; responded: number; frMedian: number | null; frP90: number | null;
  resolved: number; resMedian: number | null; resP90: number | null; fcr: number; breached: number;
}

/**
 * SLA facts of the signals received in [from, to), aggregated in the database. `every` > 1 looks
 * at one signal in `every` (by id), so a very busy week costs a bounded number of index probes;
 * the caller says so in the report and scales counts.
 */
export async function slaAggregate(db: Db, from: Date, to: Date, every: number): Promise<SlaRow> {
  const r = await sql<{
    signals: number; responded: number; fr_median: number | null; fr_p90: number | null; resolved: number;
    res_median: number | null; res_p90: number | null; fcr: number; breached: number;
  }>`
    WITH ids AS MATERIALIZED (
      -- Only (received_at, id): answerable from the signals_received index alone, however busy the week.
      SELECT id FROM signals WHERE received_at >= ${from} AND received_at < ${to} AND (${every}::int = 1 OR id % ${every}::int = 0)
    ), w AS (
      SELECT s.id, s.received_at, s.status, s.must_be_human, a.state
      FROM ids
      CROSS JOIN LATERAL (SELECT id, received_at, status, must_be_human FROM signals WHERE signals.id = ids.id LIMIT 1) s
      CROSS JOIN LATERAL (SELECT state FROM applied_slas WHERE applied_slas.signal_id = ids.id LIMIT 1) a
    ), x AS (
      SELECT w.*, fr.at AS first_reply_at, sc.resolved_at, coalesce(sc.reopened, false) AS reopened, rc.n AS replies_before, br.breached
      FROM w
      LEFT JOIN LATERAL (SELECT min(r.at) AS at FROM signal_replies r WHERE r.signal_id = w.id AND (NOT w.must_be_human OR NOT r.by_automation)) fr ON true
      LEFT JOIN LATERAL (SELECT max(c.at) FILTER (WHERE c.status = 'resolved') AS resolved_at, bool_or(c.status = 'reopened') AS reopened
        FROM signal_status_changes c WHERE c.signal_id = w.id) sc ON true
      LEFT JOIN LATERAL (SELECT count(*)::int AS n FROM signal_replies r WHERE r.signal_id = w.id
        AND (NOT w.must_be_human OR NOT r.by_automation) AND r.at <= sc.resolved_at) rc ON true
      LEFT JOIN LATERAL (SELECT true AS breached FROM sla_events e WHERE e.signal_id = w.id
        AND e.type IN ('first_response_breached', 'resolution_breached') LIMIT 1) br ON true
    )
    SELECT count(*)::int AS signals, count(first_reply_at)::int AS responded,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_reply_at - received_at) / 60) AS fr_median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_reply_at - received_at) / 60) AS fr_p90,
      count(*) FILTER (WHERE status = 'resolved' AND resolved_at IS NOT NULL)::int AS resolved,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - received_at) / 60) FILTER (WHERE status = 'resolved') AS res_median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - received_at) / 60) FILTER (WHERE status = 'resolved') AS res_p90,
      count(*) FILTER (WHERE status = 'resolved' AND replies_before = 1 AND NOT reopened)::int AS fcr,
      count(*) FILTER (WHERE state = 'breached' OR breached)::int AS breached
    FROM x`.execute(db);
  const x = r.rows[0]!;
  const num = (v: number | null) => (v === null ? null : Number(v));
  return {
    signals: x.signals, responded: x.responded, frMedian: num(x.fr_median), frP90: num(x.fr_p90), resolved: x.resolved,
    resMedian: num(x.res_median), resP90: num(x.res_p90), fcr: x.fcr, breached: x.breached,
  };
}

/** Reasons recorded on "automation crossed the boundary" events in [from, to). */
export async function crossedReasons(db: Db, from: Date, to: Date): Promise<{ reason: string; events: number }[]> {
  const r = await sql<{ reason: string; events: number }>`
    SELECT coalesce(x->>'code', x #>> '{}') AS reason, count(*)::int AS events
    FROM events e CROSS JOIN LATERAL jsonb_array_elements(coalesce(e.payload->'reasons', '[]'::jsonb)) AS x
    WHERE e.type = 'automation.crossed_boundary' AND e.at >= ${from} AND e.at < ${to}
    GROUP BY 1 ORDER BY 2 DESC, 1`.execute(db);
  return r.rows;
}

export async function crossedEvents(db: Db, from: Date, to: Date): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM events WHERE type = 'automation.crossed_boundary' AND at >= ${from} AND at < ${to}`.execute(db);
  return r.rows[0]?.n ?? 0;
}
