import { AppError } from '../../../platform/errors.js';
import { binomialTwoSidedP, clopperPearson } from '../../../lib/stats/index.js';
import type { VerdictErrorCode } from './errors.js';
import { explainVerdict } from './explain-verdict.js';
import type { Verdict, VerdictInput, VerdictResult } from './types.js';

export const VERDICT_METHOD = 'exact conditional binomial test of the rate ratio (Clopper–Pearson interval, two-sided)';
export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_MIN_EXPECTED = 5;

function fail(code: VerdictErrorCode, message: string): never {
  throw new AppError(code, message);
}

function checkCount(name: string, v: number, integer: boolean): void {
  if (!Number.isFinite(v) || v < 0 || (integer && !Number.isInteger(v))) {
    fail('verdict_invalid_counts', `${name} must be a ${integer ? 'whole ' : ''}number ≥ 0 (got ${v})`);
  }
}

/**
 * Did the rate change after the fix?
 *
 * Given the total n = a + b events, and if the rate did not change, the after-window count a is
 * Binomial(n, p0) with p0 = Ea / (Ea + Eb) — the after window's share of the exposure. That makes
 * the test exact at any volume and free of the unknown base rate. The Clopper–Pearson interval
 * for p maps to a rate-ratio interval through RR = p / (1 - p) · Eb / Ea.
 */
export function computeVerdict(input: VerdictInput): Verdict {
  const alpha = input.alpha ?? DEFAULT_ALPHA;
  const minExpected = input.minExpected ?? DEFAULT_MIN_EXPECTED;
  const mode = input.mode ?? 'orders';
  if (!(alpha > 0 && alpha < 1)) fail('verdict_invalid_alpha', `alpha must be between 0 and 1 (got ${alpha})`);
  const { events: b, exposure: eb } = input.before;
  const { events: a, exposure: ea } = input.after;
  checkCount('before.events', b, true);
  checkCount('after.events', a, true);
  checkCount('before.exposure', eb, false);
  checkCount('after.exposure', ea, false);

  const base = {
    eventsBefore: b,
    eventsAfter: a,
    exposureBefore: eb,
    exposureAfter: ea,
    alpha,
    mode,
    method: VERDICT_METHOD,
  };
  const rateBefore = eb > 0 ? b / eb : null;
  const rateAfter = ea > 0 ? a / ea : null;
  const n = a + b;
  const p0 = ea > 0 && eb > 0 ? ea / (ea + eb) : null;
  const expectedAfter = p0 === null ? 0 : n * p0;
  const expectedBefore = p0 === null ? 0 : n * (1 - p0);

  // Too little data: with fewer than minExpected events expected in a window under "no change",
  // even a real halving would usually look like noise, so any verdict would overclaim.
  if (p0 === null || Math.min(expectedAfter, expectedBefore) < minExpected) {
    const ratio = rateBefore && rateAfter !== null ? rateAfter / rateBefore : null;
    const partial = { ...base, result: 'too_little_data' as const, rateBefore, rateAfter, ratio, ciLow: null, ciHigh: null, pValue: null };
    return { ...partial, explanation: explainVerdict({ ...partial, expectedBefore, expectedAfter, minExpected }) };
  }

  const ci = clopperPearson(a, n, alpha);
  const scale = eb / ea;
  const toRatio = (p: number) => (p >= 1 ? Number.POSITIVE_INFINITY : (p / (1 - p)) * scale);
  const ciLow = toRatio(ci.low);
  const ciHigh = toRatio(ci.high);
  const pValue = binomialTwoSidedP(a, n, p0);
  const ratio = b > 0 ? a / ea / (b / eb) : null;
  const result: VerdictResult = ciHigh < 1 ? 'shrinking' : ciLow > 1 ? 'growing' : 'no_change';
  const partial = { ...base, result, rateBefore, rateAfter, ratio, ciLow, ciHigh, pValue };
  return { ...partial, explanation: explainVerdict({ ...partial, expectedBefore, expectedAfter, minExpected }) };
}
