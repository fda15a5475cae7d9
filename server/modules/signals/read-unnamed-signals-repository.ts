import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Recent signals that fit no issue type well: no type at all, or a best label score below
 * `minScore` (the triage is unsure). Their words are the raw material of emerging themes.
 */
export async function unnamedSignals(
  db: Db,
  from: Date,
  minScore: number,
  limit: number,
): Promise<{ id: number; text: string; sku: string | null }[]> {
  const rows = await sql<{ id: number; text: string; sku: string | null }>`
    SELECT s.id, s.text, s.sku FROM signals s
    WHERE s.received_at >= ${from} AND s.triaged_at IS NOT NULL AND s.erased_at IS NULL
      AND (cardinality(s.issue_types) = 0 OR coalesce((
        SELECT max((l->>'score')::float) FROM jsonb_array_elements(coalesce(s.triage->'labels', '[]'::jsonb)) l
        WHERE l->>'type' = ANY(s.issue_types)), 0) < ${minScore})
      AND NOT ('praise' = ANY(s.issue_types))
    ORDER BY s.received_at DESC LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => ({ id: Number(r.id), text: r.text, sku: r.sku }));
}
