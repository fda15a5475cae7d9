import { describe, expect, it } from 'vitest';
import { betaQuantile, lnGamma, regularizedBeta } from './beta.js';
import { binomialCdf, binomialTwoSidedP, binomialUpperTail, clopperPearson } from './binomial.js';

/** Direct summation with exact integer binomial coefficients: the reference the fast code must match. */
function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
function sumPmf(n: number, p: number, from: number, to: number): number {
  let s = 0;
  for (let k = from; k <= to; k++) s += choose(n, k) * p ** k * (1 - p) ** (n - k);
  return s;
}

describe('lnGamma', () => {
  it('matches factorials', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(6)).toBeCloseTo(Math.log(120), 10);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
  });
});

describe('regularizedBeta', () => {
  it('matches the arcsine closed form for Beta(1/2, 1/2)', () => {
    for (const x of [0.01, 0.2, 0.5, 0.77, 0.99]) {
      expect(regularizedBeta(x, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(x)), 10);
    }
  });
  it('matches the binomial identity I_x(a, b) = P(Binomial(a+b-1, x) ≥ a) for integers', () => {
    for (const [a, b, x] of [
      [2, 3, 0.5],
      [7, 14, 0.35],
      [1, 30, 0.02],
      [40, 5, 0.9],
    ] as const) {
      expect(regularizedBeta(x, a, b)).toBeCloseTo(sumPmf(a + b - 1, x, a, a + b - 1), 10);
    }
    expect(regularizedBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 12);
  });
  it('is 0 and 1 at the ends and rejects bad parameters', () => {
    expect(regularizedBeta(0, 2, 2)).toBe(0);
    expect(regularizedBeta(1, 2, 2)).toBe(1);
    expect(() => regularizedBeta(0.5, 0, 2)).toThrow(RangeError);
  });
});

describe('betaQuantile', () => {
  it('inverts the cdf', () => {
    for (const [q, a, b] of [
      [0.025, 7, 14],
      [0.975, 8, 13],
      [0.5, 0.5, 0.5],
      [0.001, 1, 200],
    ] as const) {
      expect(regularizedBeta(betaQuantile(q, a, b), a, b)).toBeCloseTo(q, 9);
    }
  });
});

describe('binomial tails and exact test', () => {
  it('tails match direct summation', () => {
    expect(binomialCdf(7, 20, 0.5)).toBeCloseTo(sumPmf(20, 0.5, 0, 7), 12);
    expect(binomialUpperTail(9, 30, 0.15)).toBeCloseTo(sumPmf(30, 0.15, 9, 30), 12);
  });
  it('two-sided p for 7 of 20 at p0 = 1/2 is 0.2632 (R binom.test), equal to twice the summed lower tail', () => {
    const direct = 2 * sumPmf(20, 0.5, 0, 7);
    expect(binomialTwoSidedP(7, 20, 0.5)).toBeCloseTo(direct, 12);
    expect(binomialTwoSidedP(7, 20, 0.5)).toBeCloseTo(0.2632, 4);
  });
  it('0 of 10 at p0 = 1/2 gives 2 / 1024', () => {
    expect(binomialTwoSidedP(0, 10, 0.5)).toBeCloseTo(2 / 1024, 12);
  });
});

describe('clopperPearson', () => {
  it('reproduces published intervals (R binom.test)', () => {
    const a = clopperPearson(7, 20, 0.05);
    expect(a.low).toBeCloseTo(0.1539092, 6);
    expect(a.high).toBeCloseTo(0.5921885, 6);
    const b = clopperPearson(682, 925, 0.05);
    expect(b.low).toBeCloseTo(0.7076683, 6);
    expect(b.high).toBeCloseTo(0.7654066, 6);
  });
  it('each bound leaves exactly alpha/2 in its tail', () => {
    const { low, high } = clopperPearson(4, 25, 0.05);
    expect(sumPmf(25, low, 4, 25)).toBeCloseTo(0.025, 9);
    expect(sumPmf(25, high, 0, 4)).toBeCloseTo(0.025, 9);
  });
  it('closes at 0 and 1 for the extreme counts', () => {
    expect(clopperPearson(0, 10, 0.05).low).toBe(0);
    expect(clopperPearson(10, 10, 0.05).high).toBe(1);
    expect(clopperPearson(0, 10, 0.05).high).toBeCloseTo(1 - 0.025 ** (1 / 10), 9);
  });
});
