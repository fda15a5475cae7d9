// Moderation honesty over the stored reviews: only reviews imported with a published/hidden state take
// part; the rest are counted so a report on three reviews out of three thousand cannot pass for the whole.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { moderationReport, type ModeratedReview, type ModerationReport } from './moderation-report.js';
import { countReviewsByRating, type ReviewCountFilter } from '../signals/index.js';

export interface StoredModerationReport extends ModerationReport {
  reviews: number;
  withoutState: number;
}

export async function getModerationReport(db: Kysely<DB>, filter: ReviewCountFilter): Promise<StoredModerationReport> {
  const groups = await countReviewsByRating(db, filter);
  const moderated: ModeratedReview[] = [];
  let withoutState = 0;
  let reviews = 0;
  for (const g of groups) {
    reviews += g.n;
    if (g.published === null) {
      withoutState += g.n;
      continue;
    }
    // The pure report takes one entry per review; counts per (rating, state) group are expanded.
    for (let i = 0; i < g.n; i++) moderated.push({ rating: g.rating ?? Number.NaN, published: g.published });
  }
  return { ...moderationReport(moderated), reviews, withoutState };
}
