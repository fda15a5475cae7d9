import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import { computeVerdict } from './compute-verdict.js';

const win = (events: number, exposure: number) => ({ events, exposure });

describe('computeVerdict', () => {
  it('calls a clear drop shrinking and shows its numbers', () => {
    const v = computeVerdict({ before: win(40, 500), after: win(10, 500) });
    expect(v.result).toBe('shrinking');
    expect(v.rateBefore).toBeCloseTo(0.08);
    expect(v.rateAfter).toBeCloseTo(0.02);
    expect(v.ratio).toBeCloseTo(0.25);
    expect(v.ciHigh!).toBeLessThan(1);
    expect(v.ciLow!).toBeGreaterThan(0);
    expect(v.pValue!).toBeLessThan(0.05);
    expect(v.explanation).toContain('0.25');
    expect(v.explanation).toContain('shrank');
  });

  it('calls a clear rise growing', () => {
    const v = computeVerdict({ before: win(10, 500), after: win(35, 500) });
    expect(v.result).toBe('growing');
    expect(v.ciLow!).toBeGreaterThan(1);
  });

  it('calls equal rates no change, with an interval around 1', () => {
    const v = computeVerdict({ before: win(20, 200), after: win(20, 200) });
    expect(v.result).toBe('no_change');
    expect(v.ratio).toBeCloseTo(1);
    expect(v.ciLow!).toBeLessThan(1);
    expect(v.ciHigh!).toBeGreaterThan(1);
    expect(v.pValue).toBeCloseTo(1, 6);
  });

  it('adjusts for exposure: twice the complaints on twice the orders is no change', () => {
    const v = computeVerdict({ before: win(15, 150), after: win(30, 300) });
    expect(v.ratio).toBeCloseTo(1);
    expect(v.result).toBe('no_change');
  });

  it('a drop in raw count explained by fewer orders is not shrinking', () => {
    const v = computeVerdict({ before: win(30, 300), after: win(12, 100) });
    expect(v.ratio).toBeCloseTo(1.2);
    expect(v.result).not.toBe('shrinking');
  });

  it('the interval maps from the binomial proportion: RR = p/(1-p) · Eb/Ea', () => {
    // 7 of 20 events after, equal exposure: p interval is R's [0.1539092, 0.5921885].
    const v = computeVerdict({ before: win(13, 100), after: win(7, 100) });
    expect(v.ciLow).toBeCloseTo(0.1539092 / (1 - 0.1539092), 5);
    expect(v.ciHigh).toBeCloseTo(0.5921885 / (1 - 0.5921885), 5);
    expect(v.pValue).toBeCloseTo(0.2632, 4);
  });

  it('no events after, enough expected: shrinking with a lower bound of 0', () => {
    const v = computeVerdict({ before: win(12, 100), after: win(0, 100) });
    expect(v.result).toBe('shrinking');
    expect(v.ciLow).toBe(0);
    expect(v.pValue).toBeCloseTo(2 * 0.5 ** 12, 10);
  });

  it('no events before: ratio undefined, upper bound unbounded', () => {
    const v = computeVerdict({ before: win(0, 100), after: win(12, 100) });
    expect(v.result).toBe('growing');
    expect(v.ratio).toBeNull();
    expect(v.ciHigh).toBe(Number.POSITIVE_INFINITY);
    expect(v.explanation).toContain('no upper bound');
  });

  it('too little data when a window would expect fewer than 5 events under no change', () => {
    const v = computeVerdict({ before: win(6, 100), after: win(2, 100) });
    expect(v.result).toBe('too_little_data');
    expect(v.ciLow).toBeNull();
    expect(v.pValue).toBeNull();
    expect(v.rateBefore).toBeCloseTo(0.06);
    expect(v.explanation).toMatch(/too little data/i);
  });

  it('the expected-count rule looks at the smaller window, not the total', () => {
    // 40 events, but the after window holds only 1/10 of the exposure: 4 expected after.
    expect(computeVerdict({ before: win(36, 900), after: win(4, 100) }).result).toBe('too_little_data');
    expect(computeVerdict({ before: win(36, 900), after: win(4, 100), minExpected: 3 }).result).toBe('no_change');
  });

  it('too little data when a window has no exposure', () => {
    expect(computeVerdict({ before: win(0, 0), after: win(5, 100) }).result).toBe('too_little_data');
  });

  it('a stricter alpha widens the interval', () => {
    const loose = computeVerdict({ before: win(30, 200), after: win(15, 200), alpha: 0.2 });
    const strict = computeVerdict({ before: win(30, 200), after: win(15, 200), alpha: 0.01 });
    expect(strict.ciHigh!).toBeGreaterThan(loose.ciHigh!);
    expect(strict.ciLow!).toBeLessThan(loose.ciLow!);
  });

  it('share mode words the rates as shares', () => {
    const v = computeVerdict({ before: win(30, 100), after: win(10, 100), mode: 'share' });
    expect(v.mode).toBe('share');
    expect(v.explanation).toContain('30.0% of the SKU');
  });

  it('rejects negative or fractional counts with a verdict error code', () => {
    expect(() => computeVerdict({ before: win(-1, 10), after: win(1, 10) })).toThrow(AppError);
    try {
      computeVerdict({ before: win(1.5, 10), after: win(1, 10) });
    } catch (e) {
      expect((e as AppError).code).toBe('verdict_invalid_counts');
    }
    expect(() => computeVerdict({ before: win(1, 10), after: win(1, 10), alpha: 1 })).toThrow(/alpha/);
  });
});
