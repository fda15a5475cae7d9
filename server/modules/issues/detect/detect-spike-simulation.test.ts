/**
 * Quiet SKUs must stay under 1 false alarm per 100 SKUs per month, and a real incident must be
 * caught within two days. Seeded Poisson series, orders ~ Poisson(10/day) as exposure.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32, poisson } from '../../../lib/random.js';
import { detectSpike } from './detect-spike.js';
import type { DailyPoint } from './poisson-window.js';

const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const ORDERS_PER_DAY = 10;

function simulateSeries(rand: () => number, days: number, rate: (i: number) => number): DailyPoint[] {
  const out: DailyPoint[] = [];
  for (let i = 0; i < days; i++) {
    const orders = poisson(rand, ORDERS_PER_DAY, 60);
    out.push({ date: day(i), count: poisson(rand, (rate(i) * orders) / ORDERS_PER_DAY, 60), exposure: orders });
  }
  return out;
}

describe('spike detection simulation', () => {
  it('quiet SKUs: under 1 false alarm per 100 SKUs per month (4 issue series per SKU)', () => {
    const rand = mulberry32(2026);
    // Each SKU carries four issue series from near-silent to one signal a day.
    const rates = [0.05, 0.1, 0.3, 1];
    const skus = 250;
    let alarms = 0;
    for (let s = 0; s < skus; s++) {
      for (const r of rates) {
        const series = simulateSeries(rand, 58, () => r);
        for (let at = 28; at < 58; at++) if (detectSpike({ series, at: day(at) }).flagged) alarms += 1;
      }
    }
    const perHundredSkuMonths = (alarms / skus) * 100;
    expect(perHundredSkuMonths).toBeLessThan(1);
  });

  it('incidents of +6 signals/day over a quiet baseline are caught within two days ≥ 90% of the time', () => {
    const rand = mulberry32(7);
    for (const base of [0.1, 0.3]) {
      let caught = 0;
      const runs = 200;
      for (let k = 0; k < runs; k++) {
        const series = simulateSeries(rand, 42, (i) => base + (i >= 40 ? 6 : 0));
        if (detectSpike({ series, at: day(40) }).flagged || detectSpike({ series, at: day(41) }).flagged) caught += 1;
      }
      expect(caught / runs).toBeGreaterThanOrEqual(0.9);
    }
  });
});
