// Moderation honesty: when reviews come in with a published/hidden state, show how the hiding falls on
// negative versus positive reviews. Hiding a spam review is normal; hiding mostly the bad ones is
// suppression, which review platforms and consumer rules forbid, so the report flags the pattern.

export interface ModeratedReview {
  rating: number;
  published: boolean;
}

export interface Bucket {
  published: number;
  hidden: number;
  /** hidden / (published + hidden); null when the bucket is empty. */
  hiddenShare: number | null;
}

export interface ModerationReport {
  negative: Bucket;
  neutral: Bucket;
  positive: Bucket;
  /** Ratings outside 1..5 or not numbers; counted, not guessed. */
  ignored: number;
  suppressionRisk: boolean;
  rule: string;
  explanation: string;
}

export const SUPPRESSION_RULE = {
  minHiddenNegative: 3,
  minShareGap: 0.1,
  text:
    'Ratings 1-2 are negative, 3 neutral, 4-5 positive. Suppression risk when at least 3 negative reviews are hidden ' +
    'and the share of negative reviews hidden exceeds the share of positive reviews hidden by 10 percentage points or more.',
} as const;

export function moderationReport(reviews: readonly ModeratedReview[]): ModerationReport {
  const counts = { negative: { published: 0, hidden: 0 }, neutral: { published: 0, hidden: 0 }, positive: { published: 0, hidden: 0 } };
  let ignored = 0;
  for (const r of reviews) {
    if (typeof r.rating !== 'number' || !Number.isFinite(r.rating) || r.rating < 1 || r.rating > 5) {
      ignored++;
      continue;
    }
    const bucket = r.rating <= 2 ? counts.negative : r.rating < 4 ? counts.neutral : counts.positive;
    if (r.published) bucket.published++;
    else bucket.hidden++;
  }
  const negative = withShare(counts.negative);
  const neutral = withShare(counts.neutral);
  const positive = withShare(counts.positive);
  const gap = (negative.hiddenShare ?? 0) - (positive.hiddenShare ?? 0);
  const suppressionRisk = negative.hidden >= SUPPRESSION_RULE.minHiddenNegative && gap >= SUPPRESSION_RULE.minShareGap - 1e-9;
  const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 1000) / 10}%`);
  const explanation =
    `${negative.hidden} of ${negative.hidden + negative.published} negative reviews hidden (${pct(negative.hiddenShare)}), ` +
    `${positive.hidden} of ${positive.hidden + positive.published} positive hidden (${pct(positive.hiddenShare)}).`;
  return { negative, neutral, positive, ignored, suppressionRisk, rule: SUPPRESSION_RULE.text, explanation };
}

function withShare(c: { published: number; hidden: number }): Bucket {
  const total = c.published + c.hidden;
  return { ...c, hiddenShare: total === 0 ? null : c.hidden / total };
}
