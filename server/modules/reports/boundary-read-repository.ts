import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

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
  const r = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM events WHERE type = 'automation.crossed_boundary' AND at >= ${from} AND at < ${to}`.execute(db);
  return r.rows[0]?.n ?? 0;
}
