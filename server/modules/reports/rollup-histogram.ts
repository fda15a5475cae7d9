/**
 * Minute histograms for the report rollups: bucket 0 holds under a minute, bucket b ≥ 1 holds
 * [1.1^(b-1), 1.1^b) minutes, and the last bucket everything from about 240 days on, so a median
 * or p90 read from them is within 10% of the exact figure.
 */
export const SLA_BUCKETS = 136;
const GROWTH = 1.1;

export function minuteBucket(minutes: number | null): number | null {
  if (minutes === null) return null;
  if (!(minutes >= 1)) return 0;
  return Math.min(SLA_BUCKETS - 1, 1 + Math.floor(Math.log(minutes) / Math.log(GROWTH) + 1e-9));
}

/** The p-quantile (0..1) of a histogram, interpolated inside its bucket; null when it is empty. */
export function histogramQuantile(hist: readonly number[], p: number): number | null {
  const n = hist.reduce((s, x) => s + x, 0);
  if (n === 0) return null;
  const rank = p * n;
  let before = 0;
  for (let b = 0; b < hist.length; b++) {
    const c = hist[b]!;
    if (c > 0 && before + c >= rank) {
      const lo = b === 0 ? 0 : GROWTH ** (b - 1);
      if (b === SLA_BUCKETS - 1) return lo;
      const hi = b === 0 ? 1 : GROWTH ** b;
      return lo + ((hi - lo) * Math.max(0, rank - before)) / c;
    }
    before += c;
  }
  return null;
}
