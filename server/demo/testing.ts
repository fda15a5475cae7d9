/**
 * Small statistics the demo's tests use to check the planted effects the way the loop will judge
 * them. Test support only; the tails and intervals are the loop's own (server/lib/stats).
 */
import { clopperPearson } from '../lib/stats/index.js';

export { poissonUpperTail } from '../lib/stats/index.js';

export interface RateRatio {
  before: number;
  after: number;
  ratio: number;
  ciLow: number;
  ciHigh: number;
}

/**
 * Rate ratio after/before with the exact conditional interval: given the total count, the
 * after-count is binomial with p = Ea*r / (Ea*r + Eb).
 */
export function rateRatio(countBefore: number, exposureBefore: number, countAfter: number, exposureAfter: number): RateRatio {
  const n = countBefore + countAfter;
  const { low: pl, high: pu } = clopperPearson(countAfter, n, 0.05);
  const scale = exposureBefore / exposureAfter;
  const toRatio = (p: number) => (p >= 1 ? Infinity : (p / (1 - p)) * scale);
  return {
    before: countBefore / exposureBefore,
    after: countAfter / exposureAfter,
    ratio: countAfter / exposureAfter / (countBefore / exposureBefore),
    ciLow: toRatio(pl),
    ciHigh: toRatio(pu),
  };
}
