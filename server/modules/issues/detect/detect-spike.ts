import { AppError } from '../../../platform/errors.js';
import { binomialUpperTail } from '../../../lib/stats/index.js';
import { type DailyPoint, dayNumber, dayString, indexSeries, sumRange } from './poisson-window.js';

/**
 * Per-day false-alarm level of one issue series, split Bonferroni-style across the windows.
 * Budget: fewer than 1 false alarm per 100 SKUs per month, i.e. 0.01 per SKU-month. At 30 tests
 * a month and a few active issue series per SKU, each test must sit near 1e-4; the minimum count
 * and the discreteness of small counts keep the real rate below that (measured in
 * detect-spike-simulation.test.ts). 1e-3 measured ~0.009 per series-month: too many.
 */
export const DEFAULT_SPIKE_ALPHA = 1e-4;
export const DEFAULT_BASELINE_DAYS = 28;
/** Test the last day and the last two days: an incident must be caught within two days. */
export const DEFAULT_SPIKE_WINDOWS: readonly number[] = [1, 2];
/** Fewer signals than this never make a spike, however quiet the baseline was. */
export const DEFAULT_MIN_COUNT = 3;
/** Below this much history the series has no baseline of its own yet. */
export const DEFAULT_MIN_HISTORY_DAYS = 14;

export interface SpikeInput {
  series: readonly DailyPoint[];
  /** Day tested (YYYY-MM-DD); default the last day in the series. */
  at?: string;
  baselineDays?: number;
  alpha?: number;
  windows?: readonly number[];
  minCount?: number;
  minHistoryDays?: number;
}

export interface SpikeResult {
  flagged: boolean;
  at: string;
  /** Bonferroni-adjusted p-value of the most extreme window (1 when not testable). */
  pValue: number;
  observed: number;
  expected: number;
  windowDays: number;
  baselineCount: number;
  exposureAdjusted: boolean;
  reason: 'spike' | 'within_baseline' | 'below_min_count' | 'not_enough_history';
}

function testWindow(byDay: ReturnType<typeof indexSeries>, at: number, w: number, baselineDays: number) {
  const recent = sumRange(byDay, at - w + 1, at);
  const base = sumRange(byDay, at - w + 1 - baselineDays, at - w);
  // Exposure-adjust only when orders are known on every day involved; otherwise days are the exposure.
  const adjusted = recent.exposureKnown && base.exposureKnown && base.exposure > 0;
  const eRecent = adjusted ? recent.exposure : w;
  const eBase = adjusted ? base.exposure : baselineDays;
  const n = recent.count + base.count;
  // Conditional on the total, the recent count is Binomial(n, share of exposure) when the rate
  // is unchanged: an exact Poisson comparison that also counts the baseline's own noise, so a
  // baseline of zero does not make a single complaint look infinitely surprising.
  const p0 = eRecent + eBase > 0 ? eRecent / (eRecent + eBase) : 0;
  const pValue = n === 0 || p0 === 0 ? 1 : binomialUpperTail(recent.count, n, p0);
  const expected = eBase > 0 ? (base.count * eRecent) / eBase : 0;
  return { w, observed: recent.count, expected, pValue, baselineCount: base.count, adjusted };
}

/** Is the count on `at` (or the days up to it) far above the series' own baseline? */
export function detectSpike(input: SpikeInput): SpikeResult {
  const baselineDays = input.baselineDays ?? DEFAULT_BASELINE_DAYS;
  const alpha = input.alpha ?? DEFAULT_SPIKE_ALPHA;
  const windows = input.windows ?? DEFAULT_SPIKE_WINDOWS;
  const minCount = input.minCount ?? DEFAULT_MIN_COUNT;
  const minHistory = input.minHistoryDays ?? DEFAULT_MIN_HISTORY_DAYS;
  if (
    !(alpha > 0 && alpha < 1) ||
    windows.length === 0 ||
    windows.some((w) => !(Number.isInteger(w) && w >= 1)) ||
    !(Number.isInteger(baselineDays) && baselineDays >= 1)
  ) {
    throw new AppError('detect_invalid_option', 'alpha in (0,1), windows ≥ 1 day and baselineDays ≥ 1 are required');
  }
  if (input.series.length === 0) throw new AppError('detect_invalid_series', 'the series is empty');
  const byDay = indexSeries(input.series);
  const days = [...byDay.keys()];
  const first = Math.min(...days);
  const at = input.at ? dayNumber(input.at) : Math.max(...days);

  const results = windows.map((w) => testWindow(byDay, at, w, baselineDays));
  // Windows with too few signals cannot make a spike, so they do not get to be "most extreme".
  const eligible = results.filter((r) => r.observed >= minCount);
  const best = (eligible.length > 0 ? eligible : results).reduce((a, b) => (b.pValue < a.pValue ? b : a));
  const pValue = Math.min(1, best.pValue * windows.length);
  const history = at - Math.max(...windows) + 1 - first;
  const reason: SpikeResult['reason'] =
    history < minHistory
      ? 'not_enough_history'
      : best.observed < minCount
        ? 'below_min_count'
        : pValue < alpha
          ? 'spike'
          : 'within_baseline';
  return {
    flagged: reason === 'spike',
    at: dayString(at),
    pValue: reason === 'not_enough_history' ? 1 : pValue,
    observed: best.observed,
    expected: best.expected,
    windowDays: best.w,
    baselineCount: best.baselineCount,
    exposureAdjusted: best.adjusted,
    reason,
  };
}
