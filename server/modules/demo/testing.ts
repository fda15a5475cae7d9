/**
 * Small statistics the demo's tests use to check the planted effects the way the loop will judge
 * them. Test support only; the Poisson tail is the loop's own.
 */

export { poissonUpperTail } from '../actions/index.js';

function binomCdf(x: number, n: number, p: number): number {
  if (p <= 0) return 1;
  if (p >= 1) return x >= n ? 1 : 0;
  let sum = 0;
  const lq = Math.log(1 - p);
  const lp = Math.log(p);
  let logC = 0;
  for (let i = 0; i <= x; i++) {
    if (i > 0) logC += Math.log((n - i + 1) / i);
    sum += Math.exp(logC + i * lp + (n - i) * lq);
  }
  return Math.min(1, sum);
}

/** Clopper-Pearson interval for a binomial proportion, by bisection on the exact CDF. */
function clopperPearson(x: number, n: number, alpha = 0.05): [number, number] {
  const solve = (f: (p: number) => number) => {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) > 0) lo = mid; else hi = mid;
    }
    return (lo + hi) / 2;
  };
  const lower = x === 0 ? 0 : solve((p) => (1 - binomCdf(x - 1, n, p)) - alpha / 2 < 0 ? 1 : -1);
  const upper = x === n ? 1 : solve((p) => binomCdf(x, n, p) - alpha / 2 > 0 ? 1 : -1);
  return [lower, upper];
}

export interface RateRatio { before: number; after: number; ratio: number; ciLow: number; ciHigh: number }

/**
 * Rate ratio after/before with the exact conditional interval: given the total count, the
 * after-count is binomial with p = Ea*r / (Ea*r + Eb).
 */
export function rateRatio(countBefore: number, exposureBefore: number, countAfter: number, exposureAfter: number): RateRatio {
  const n = countBefore + countAfter;
  const [pl, pu] = clopperPearson(countAfter, n);
  const scale = exposureBefore / exposureAfter;
  const toRatio = (p: number) => (p >= 1 ? Infinity : (p / (1 - p)) * scale);
  return {
    before: countBefore / exposureBefore,
    after: countAfter / exposureAfter,
    ratio: (countAfter / exposureAfter) / (countBefore / exposureBefore),
    ciLow: toRatio(pl),
    ciHigh: toRatio(pu),
  };
}
