/**
 * Does the verdict keep its promises at a store's real volumes? Orders per window are Poisson,
 * complaints per order Binomial. Seeded, so the numbers below are the same on every run.
 */
import { describe, expect, it } from 'vitest';
import { computeVerdict } from './compute-verdict.js';
import { binomial, mulberry32, poisson } from '../../../lib/random.js';

interface Scenario {
  ordersPerWeek: number;
  rate: number;
  afterDays: number;
  beforeDays: number;
}

function simulate(s: Scenario, effect: number, runs: number, seed: number) {
  const rand = mulberry32(seed);
  const tally = { shrinking: 0, growing: 0, no_change: 0, too_little_data: 0 };
  for (let i = 0; i < runs; i++) {
    const ob = poisson(rand, (s.ordersPerWeek * s.beforeDays) / 7, 60);
    const oa = poisson(rand, (s.ordersPerWeek * s.afterDays) / 7, 60);
    const v = computeVerdict({
      before: { events: binomial(rand, ob, s.rate), exposure: ob },
      after: { events: binomial(rand, oa, s.rate * effect), exposure: oa },
    });
    tally[v.result] += 1;
  }
  return { shrinking: tally.shrinking / runs, growing: tally.growing / runs, tooLittle: tally.too_little_data / runs };
}

describe('verdict simulation', () => {
  // Quiet to busy demo SKUs: false verdicts (shrinking or growing when nothing changed) ≤ 5%.
  const nullScenarios: Scenario[] = [
    { ordersPerWeek: 40, rate: 0.08, afterDays: 14, beforeDays: 14 },
    { ordersPerWeek: 60, rate: 0.12, afterDays: 14, beforeDays: 14 },
    { ordersPerWeek: 80, rate: 0.15, afterDays: 14, beforeDays: 14 },
    { ordersPerWeek: 100, rate: 0.2, afterDays: 14, beforeDays: 28 },
  ];
  for (const s of nullScenarios) {
    it(`false-positive rate ≤ 5% when nothing changed (${s.ordersPerWeek} orders/week, ${s.rate * 100}% rate)`, () => {
      const r = simulate(s, 1, 2000, 11);
      expect(r.shrinking + r.growing).toBeLessThanOrEqual(0.05);
    });
  }

  it('power ≥ 80% when the rate halves (100 orders/week, 20% per order, 14 days after vs 28 before)', () => {
    const r = simulate({ ordersPerWeek: 100, rate: 0.2, afterDays: 14, beforeDays: 28 }, 0.5, 2000, 12);
    expect(r.shrinking).toBeGreaterThanOrEqual(0.8);
  });

  it('power ≥ 80% when the rate halves (150 orders/week, 12% per order, 21-day windows)', () => {
    const r = simulate({ ordersPerWeek: 150, rate: 0.12, afterDays: 21, beforeDays: 21 }, 0.5, 2000, 13);
    expect(r.shrinking).toBeGreaterThanOrEqual(0.8);
  });

  it('at a quiet SKU the verdict admits it cannot tell rather than guessing', () => {
    // 40 orders/week at 8%: about 6 events per window. Many runs must end as too little data,
    // and almost none may claim growth when the rate actually fell.
    const r = simulate({ ordersPerWeek: 40, rate: 0.08, afterDays: 14, beforeDays: 14 }, 0.5, 2000, 14);
    expect(r.tooLittle).toBeGreaterThan(0.5);
    expect(r.growing).toBeLessThan(0.01);
  });
});
