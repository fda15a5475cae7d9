import { describe, expect, it } from 'vitest';
import { batchRule, type BatchRuleSignal } from './batch-rule.js';
import { presaleThresholdRule, type PresaleSignal } from './presale-threshold-rule.js';

const t0 = Date.UTC(2026, 4, 1);
const at = (hours: number) => new Date(t0 + hours * 3_600_000);

function buildBatchSignal(over: Partial<BatchRuleSignal> & { id: string }): BatchRuleSignal {
  return { issueType: 'defect', sku: 'MUG-1', batch: 'B7', receivedAt: at(0), ...over };
}

describe('batchRule', () => {
  it('flags the same defect from three orders of one batch, at the third', () => {
    const flags = batchRule([
      buildBatchSignal({ id: 'a', orderId: 'o1', receivedAt: at(1) }),
      buildBatchSignal({ id: 'b', orderId: 'o2', receivedAt: at(5) }),
      buildBatchSignal({ id: 'c', orderId: 'o3', receivedAt: at(9) }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ sku: 'MUG-1', batch: 'B7', issueType: 'defect', count: 3 });
    expect(flags[0]!.flaggedAt).toEqual(at(9));
  });

  it('one customer on three channels is one report', () => {
    const flags = batchRule([
      buildBatchSignal({ id: 'a', orderId: 'o1', receivedAt: at(1) }),
      buildBatchSignal({ id: 'b', orderId: 'o1', receivedAt: at(2) }),
      buildBatchSignal({ id: 'c', orderId: 'o2', receivedAt: at(3) }),
    ]);
    expect(flags).toEqual([]);
  });

  it('does not add up different batches, different types, or signals without a batch', () => {
    expect(
      batchRule([
        buildBatchSignal({ id: 'a', orderId: 'o1' }),
        buildBatchSignal({ id: 'b', orderId: 'o2', batch: 'B8' }),
        buildBatchSignal({ id: 'c', orderId: 'o3', issueType: 'missing_item' }),
        buildBatchSignal({ id: 'd', orderId: 'o4', batch: null }),
      ]),
    ).toEqual([]);
  });

  it('ignores types where a batch says nothing about the cause', () => {
    const fit = ['a', 'b', 'c'].map((id, i) => buildBatchSignal({ id, orderId: `o${i}`, issueType: 'fit_size' }));
    expect(batchRule(fit)).toEqual([]);
  });

  it('only counts signals inside the lookback', () => {
    const old = ['a', 'b', 'c'].map((id, i) => buildBatchSignal({ id, orderId: `o${i}`, receivedAt: at(i) }));
    expect(batchRule(old, { asOf: at(24 * 100) })).toEqual([]);
    expect(batchRule(old, { asOf: at(24 * 10) })).toHaveLength(1);
  });
});

describe('presaleThresholdRule', () => {
  const q = (id: number, hours: number, theme = 'fit_size|sku=CASE', stage: PresaleSignal['stage'] = 'pre_sale'): PresaleSignal => ({
    id: String(id),
    theme,
    stage,
    receivedAt: at(hours),
  });

  it('flags a question asked 20 times inside seven days, when the 20th arrives', () => {
    const qs = Array.from({ length: 20 }, (_, i) => q(i, i * 8));
    const flags = presaleThresholdRule(qs);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.flaggedAt).toEqual(at(19 * 8));
    expect(flags[0]!.signalIds).toHaveLength(20);
  });

  it('19 in a week, or 20 spread over more than a week, stay unflagged', () => {
    expect(presaleThresholdRule(Array.from({ length: 19 }, (_, i) => q(i, i)))).toEqual([]);
    expect(presaleThresholdRule(Array.from({ length: 20 }, (_, i) => q(i, i * 9)))).toEqual([]);
  });

  it('counts only pre-sale questions and keeps themes apart', () => {
    const mixed = [
      ...Array.from({ length: 10 }, (_, i) => q(i, i)),
      ...Array.from({ length: 10 }, (_, i) => q(100 + i, i, 'fit_size|sku=CASE', 'post_purchase')),
      ...Array.from({ length: 10 }, (_, i) => q(200 + i, i, 'setup_usage|sku=CASE')),
    ];
    expect(presaleThresholdRule(mixed)).toEqual([]);
  });

  it('threshold and window are configurable', () => {
    const qs = Array.from({ length: 5 }, (_, i) => q(i, i * 30));
    expect(presaleThresholdRule(qs, { threshold: 5, windowDays: 7 })).toHaveLength(1);
    expect(presaleThresholdRule(qs, { threshold: 5, windowDays: 3 })).toEqual([]);
  });
});
