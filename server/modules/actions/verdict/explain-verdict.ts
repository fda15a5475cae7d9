import type { Verdict } from './types.js';

type ExplainInput = Omit<Verdict, 'explanation'> & {
  expectedBefore: number;
  expectedAfter: number;
  minExpected: number;
};

function pct(rate: number | null, mode: Verdict['mode']): string {
  if (rate === null) return 'unknown';
  const unit = mode === 'orders' ? 'per 100 orders' : "of the SKU's messages";
  return mode === 'orders' ? `${(rate * 100).toFixed(1)} ${unit}` : `${(rate * 100).toFixed(1)}% ${unit}`;
}

function num(x: number | null): string {
  if (x === null) return '—';
  if (!Number.isFinite(x)) return 'no upper bound';
  return x.toFixed(2);
}

/** Plain words a seller can read; every claim is backed by a number shown next to it. */
export function explainVerdict(v: ExplainInput): string {
  const exposureWord = v.mode === 'orders' ? 'orders' : 'messages about this SKU';
  const counts =
    `Before the change: ${v.eventsBefore} matching signals over ${v.exposureBefore} ${exposureWord} ` +
    `(${pct(v.rateBefore, v.mode)}). After: ${v.eventsAfter} over ${v.exposureAfter} ` +
    `(${pct(v.rateAfter, v.mode)}).`;
  const level = Math.round((1 - v.alpha) * 100);
  if (v.result === 'too_little_data') {
    return (
      `${counts} Too little data to tell: if nothing had changed we would expect about ` +
      `${v.expectedBefore.toFixed(1)} signals before and ${v.expectedAfter.toFixed(1)} after, and we need ` +
      `at least ${v.minExpected} in each window before a change can be told apart from chance.`
    );
  }
  const range =
    `The after/before ratio is ${num(v.ratio)}; the ${level}% interval runs from ` +
    `${num(v.ciLow)} to ${num(v.ciHigh)} (p = ${v.pValue === null ? '—' : v.pValue.toPrecision(2)}).`;
  switch (v.result) {
    case 'shrinking':
      return `${counts} ${range} The whole interval is below 1, so the problem shrank after the change.`;
    case 'growing':
      return `${counts} ${range} The whole interval is above 1, so the problem grew after the change.`;
    default:
      return (
        `${counts} ${range} The interval includes 1, so these numbers do not show a change; ` +
        `the true effect could lie anywhere in that range.`
      );
  }
}
