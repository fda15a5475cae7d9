import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export interface ReviewCountFilter {
  sku?: string;
  from?: Date;
  to?: Date;
}

/**
 * Review-channel signals grouped by rating and published state; null published = state not imported.
 * Read by the moderation honesty report (reviews).
 */
export async function countReviewsByRating(
  db: Kysely<DB>,
  f: ReviewCountFilter,
): Promise<{ rating: number | null; published: boolean | null; n: number }[]> {
  let q = db
    .selectFrom('signals')
    .select(['rating', 'published', (eb) => eb.fn.countAll<number>().as('n')])
    .where('channel', '=', 'review')
    .groupBy(['rating', 'published']);
  if (f.sku) q = q.where('sku', '=', f.sku);
  if (f.from) q = q.where('received_at', '>=', f.from);
  if (f.to) q = q.where('received_at', '<', f.to);
  const rows = await q.execute();
  return rows.map((r) => ({ rating: r.rating === null ? null : Number(r.rating), published: r.published, n: Number(r.n) }));
}
