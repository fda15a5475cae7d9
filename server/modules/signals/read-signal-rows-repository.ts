import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/**
 * The signals as another module's bulk SQL reads them: a relation to put in its FROM or JOIN
 * (`JOIN ${signalRows()} s ON s.id = i.signal_id`), with the columns signals vouches for. A
 * fragment rather than a function call so a count across owners (issue detection counts every
 * member of every issue) stays one statement and one round trip; PostgreSQL flattens the plain
 * subquery, so the plan is the table's own.
 */
export function signalRows(): RawBuilder<unknown> {
  return sql`(SELECT id, received_at, sku, batch, order_id, customer_id, channel, stage, owner_team, handled_by,
    issue_types, sentiment_label, triaged_at, text, erased_at FROM signals)`;
}

/**
 * Whether the signal `signalId` (a column reference such as 's.id') has a customer photo or
 * video: an expression for another module's single-statement count, like `signalRows`.
 */
export function signalHasMedia(signalId: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM signal_attachments a WHERE a.signal_id = ${sql.ref(signalId)} AND a.kind IN ('photo', 'video'))`;
}

/**
 * Whether an unresolved signal on the order `order`, or from the customer `customer` on any
 * order (column references), is one of `problemTypes` or needs a human. An expression so the
 * caller's candidate page and outbox sweep stay one statement each, like `signalRows`.
 */
export function openProblemSignalExists(order: string, customer: string, problemTypes: readonly string[]): RawBuilder<boolean> {
  return sql<boolean>`(
  EXISTS (SELECT 1 FROM signals s WHERE s.order_id = ${sql.ref(order)} AND s.status <> 'resolved'
          AND (s.must_be_human OR s.issue_types && ${problemTypes}::text[]))
  OR EXISTS (SELECT 1 FROM signals s WHERE ${sql.ref(customer)} IS NOT NULL AND s.customer_id = ${sql.ref(customer)}
          AND s.status <> 'resolved' AND (s.must_be_human OR s.issue_types && ${problemTypes}::text[])))`;
}

/**
 * How many unresolved signals other than `excludeId` are about this SKU (and batch, when given)
 * and share one of these issue types.
 */
export async function countOpenSimilarSignals(
  db: Kysely<DB> | Transaction<DB>,
  f: { excludeId: number; sku: string; batch: string | null; issueTypes: readonly string[] },
): Promise<number> {
  let q = db
    .selectFrom('signals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sku', '=', f.sku)
    .where('id', '<>', f.excludeId)
    .where('status', '<>', 'resolved')
    .where(sql<boolean>`issue_types && ${f.issueTypes}::text[]`);
  if (f.batch) q = q.where('batch', '=', f.batch);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}
