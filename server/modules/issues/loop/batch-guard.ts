import type { IssueType } from '../../../../contracts/signal.js';
import { type BatchRuleSignal, batchRule } from '../detect/index.js';
import { poissonUpperTail } from '../../../lib/stats/index.js';

/**
 * Per-batch false-alarm level of the batch rule. Three reports in a batch of forty is a pattern;
 * three in a batch of four hundred is the product's ordinary rate. The rule fires only when the
 * k-th report is unlikely (Poisson tail below this) given the ordinary rate (batchBaseRate)
 * times the batch's orders so far. Measured on the demo store: the bare rule raised ~0.5 false
 * alarms per SKU-month; guarded, none.
 */
export const BATCH_GUARD_ALPHA = 1e-3;
const MAX_K = 40;

/** Fewer orders than this say nothing about an ordinary rate: the next reference is used. */
export const MIN_BASE_ORDERS = 30;
/**
 * Reports of one type per order assumed when neither the SKU's other batches nor the rest of the
 * store have enough orders: 2 % is a high ordinary complaint rate for one defect type, so the
 * rule stays cautious (5 of 12 orders reporting fires; 3 of 300 does not).
 */
export const FLOOR_BASE_RATE = 0.02;

export interface RateCell {
  sku: string | null;
  batch: string | null;
  n: number;
}

/**
 * What a batch's report count is judged against: the SKU's rate in its other batches; when the
 * SKU has no other batch with enough orders (its only batch, the walk's case), the rate of the
 * same type across the store's other SKUs; when the store has too few orders too, a floor.
 * Reports and orders come as (sku, batch, n) cells; a one-report prior keeps a clean history
 * from reading as a zero rate.
 */
export function batchBaseRate(sku: string | null, batch: string | null, orders: readonly RateCell[], reports: readonly RateCell[]): number {
  const sum = (cells: readonly RateCell[], keep: (c: RateCell) => boolean) => cells.filter(keep).reduce((n, c) => n + c.n, 0);
  const otherBatch = (c: RateCell) => c.sku === sku && c.batch !== batch;
  const otherSku = (c: RateCell) => c.sku !== null && c.sku !== sku;
  for (const keep of [otherBatch, otherSku]) {
    const n = sum(orders, keep);
    if (n >= MIN_BASE_ORDERS) return (sum(reports, keep) + 1) / (n + 1);
  }
  return FLOOR_BASE_RATE;
}

export interface BatchGuardInput {
  signals: readonly BatchRuleSignal[];
  issueType: IssueType;
  /** Reports of this type per order ordinarily (batchBaseRate). */
  baseRate: number;
  /** Orders of this batch placed up to a time. */
  ordersUpTo: (t: Date) => number;
  asOf: Date;
  lookbackDays: number;
}

/** The first k-th report (k ≥ 3) that the SKU's ordinary rate cannot explain, or null. */
export function guardedBatchFlag(x: BatchGuardInput): { at: Date; count: number; pValue: number } | null {
  const base = batchRule(x.signals, { asOf: x.asOf, lookbackDays: x.lookbackDays, issueTypes: [x.issueType] });
  if (base.length === 0) return null;
  const total = base[0]!.count;
  for (let k = 3; k <= Math.min(total, MAX_K); k++) {
    const hit = batchRule(x.signals, { threshold: k, asOf: x.asOf, lookbackDays: x.lookbackDays, issueTypes: [x.issueType] })[0];
    if (!hit) break;
    const p = poissonUpperTail(k, x.baseRate * x.ordersUpTo(hit.flaggedAt));
    if (p < BATCH_GUARD_ALPHA) return { at: hit.flaggedAt, count: k, pValue: p };
  }
  return null;
}
