import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import { detectSpike } from './detect-spike.js';
import type { DailyPoint } from './poisson-window.js';

const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

/** buildSeries: a flat baseline of `base` per day, then `tail` counts on the last days. */
function buildSeries(days: number, base: (i: number) => number, tail: number[] = [], exposure?: (i: number) => number): DailyPoint[] {
  const out: DailyPoint[] = [];
  for (let i = 0; i < days; i++) out.push({ date: day(i), count: base(i), exposure: exposure?.(i) });
  tail.forEach((c, j) => {
    out.push({ date: day(days + j), count: c, exposure: exposure?.(days + j) });
  });
  return out;
}

describe('detectSpike', () => {
  it('flags a day far above a quiet baseline and shows its numbers', () => {
    const series = buildSeries(30, (i) => (i % 10 === 0 ? 1 : 0), [7]);
    const r = detectSpike({ series });
    expect(r.flagged).toBe(true);
    expect(r.reason).toBe('spike');
    expect(r.at).toBe(day(30));
    expect(r.observed).toBe(7);
    // baseline = days 2..29, holding the ones on days 10 and 20
    expect(r.expected).toBeCloseTo(2 / 28, 6);
    expect(r.pValue).toBeLessThan(1e-4);
  });

  it('does not flag an ordinary day of a busy series', () => {
    const r = detectSpike({ series: buildSeries(30, (i) => 4 + (i % 3), [6]) });
    expect(r.flagged).toBe(false);
    expect(r.reason).toBe('within_baseline');
  });

  it('two moderate days together can be a spike when neither alone is', () => {
    const series = buildSeries(30, (i) => (i % 14 === 0 ? 1 : 0), [3, 3]);
    const oneDay = detectSpike({ series, windows: [1] });
    const both = detectSpike({ series });
    expect(oneDay.flagged).toBe(false);
    expect(both.flagged).toBe(true);
    expect(both.windowDays).toBe(2);
  });

  it('adjusts for exposure: more complaints on proportionally more orders is not a spike', () => {
    const series = buildSeries(
      30,
      () => 1,
      [8],
      (i) => (i < 30 ? 10 : 80),
    );
    const adjusted = detectSpike({ series });
    expect(adjusted.exposureAdjusted).toBe(true);
    expect(adjusted.expected).toBeCloseTo(adjusted.observed, 6);
    expect(adjusted.flagged).toBe(false);
    const unadjusted = detectSpike({ series: series.map((p) => ({ ...p, exposure: null })) });
    expect(unadjusted.flagged).toBe(true);
  });

  it('falls back to days as exposure when some day lacks order data', () => {
    const series = buildSeries(
      30,
      () => 0,
      [6],
      (i) => (i === 5 ? Number.NaN : 10),
    ).map((p, i) => (i === 5 ? { ...p, exposure: null } : p));
    expect(detectSpike({ series }).exposureAdjusted).toBe(false);
  });

  it('treats days missing from the series as zero', () => {
    const series = [
      { date: day(0), count: 0 },
      { date: day(29), count: 0 },
      { date: day(30), count: 6 },
    ];
    const r = detectSpike({ series });
    expect(r.flagged).toBe(true);
    expect(r.baselineCount).toBe(0);
  });

  it('never flags fewer than the minimum count, however quiet the baseline', () => {
    const r = detectSpike({ series: buildSeries(60, () => 0, [2]) });
    expect(r.flagged).toBe(false);
    expect(r.reason).toBe('below_min_count');
  });

  it('does not judge a series without enough history of its own', () => {
    const r = detectSpike({ series: buildSeries(5, () => 0, [9]) });
    expect(r.flagged).toBe(false);
    expect(r.reason).toBe('not_enough_history');
    expect(r.pValue).toBe(1);
  });

  it('tests the day asked for, not the last one', () => {
    const series = buildSeries(30, () => 0, [8, 0, 0]);
    expect(detectSpike({ series, at: day(30) }).flagged).toBe(true);
    expect(detectSpike({ series, at: day(32), windows: [1] }).flagged).toBe(false);
  });

  it('rejects bad input with detect error codes', () => {
    expect(() => detectSpike({ series: [] })).toThrow(AppError);
    expect(() => detectSpike({ series: [{ date: '2026-13-45', count: 1 }] })).toThrow(/calendar day/);
    expect(() => detectSpike({ series: [{ date: day(0), count: -1 }] })).toThrow(/whole number/);
    expect(() => detectSpike({ series: buildSeries(3, () => 0), alpha: 0 })).toThrow(/alpha/);
  });
});
