/**
 * Exact binomial tails and the Clopper–Pearson interval, built on the incomplete beta so
 * large counts cost the same as small ones (no summation over thousands of terms).
 */
import { betaQuantile, lnGamma, regularizedBeta } from './beta.js';

export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  const lnChoose = lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
  return Math.exp(lnChoose + k * Math.log(p) + (n - k) * Math.log(1 - p));
}

/** P(X ≤ k) for X ~ Binomial(n, p), via P(X ≤ k) = I_{1-p}(n-k, k+1). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return regularizedBeta(1 - p, n - k, k + 1);
}

/** P(X ≥ k) for X ~ Binomial(n, p), via P(X ≥ k) = I_p(k, n-k+1). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return regularizedBeta(p, k, n - k + 1);
}

/**
 * Two-sided exact p-value by doubling the smaller tail. Chosen over the "sum of less likely
 * outcomes" variant because it agrees exactly with the central Clopper–Pearson interval: the
 * interval excludes p0 if and only if this p-value is below alpha, so the verdict's numbers
 * never contradict each other.
 */
export function binomialTwoSidedP(k: number, n: number, p0: number): number {
  if (n === 0) return 1;
  const lower = binomialCdf(k, n, p0);
  const upper = binomialUpperTail(k, n, p0);
  return Math.min(1, 2 * Math.min(lower, upper));
}

/** Central (1 - alpha) Clopper–Pearson interval for a binomial proportion. */
export function clopperPearson(k: number, n: number, alpha: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const low = k === 0 ? 0 : betaQuantile(alpha / 2, k, n - k + 1);
  const high = k === n ? 1 : betaQuantile(1 - alpha / 2, k + 1, n - k);
  return { low, high };
}

/** P(X >= k) for X ~ Poisson(mean), by summing the terms below k (k stays small where it is used). */
export function poissonUpperTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  let term = Math.exp(-mean);
  let below = term;
  for (let i = 1; i < k; i++) {
    term *= mean / i;
    below += term;
  }
  return Math.max(0, 1 - below);
}
