import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation } from './evaluate.js';

describe('evaluate', () => {
  // fit: tp 2, fp 1, fn 1; praise: tp 1, fn 1; defect: fp 1.
  const pred = [['fit_size', 'praise'], ['fit_size'], ['fit_size', 'defect'], []];
  const gold = [['fit_size', 'praise'], ['fit_size'], ['praise'], ['fit_size']];

  it('per-label precision, recall, F1 and support', () => {
    const e = evaluate(pred, gold, 1);
    const fit = e.perLabel.find((l) => l.label === 'fit_size')!;
    expect(fit).toMatchObject({ tp: 2, fp: 1, fn: 1, support: 3 });
    expect(fit.precision).toBeCloseTo(2 / 3);
    expect(fit.recall).toBeCloseTo(2 / 3);
    expect(fit.f1).toBeCloseTo(2 / 3);
    const defect = e.perLabel.find((l) => l.label === 'defect')!;
    expect(defect).toMatchObject({ support: 0, precision: 0, f1: 0 });
  });

  it('micro over all decisions, macro over labels with enough support', () => {
    const e = evaluate(pred, gold, 3);
    // tp 3, fp 2, fn 2 → P = R = 0.6.
    expect(e.micro.precision).toBeCloseTo(0.6);
    expect(e.micro.f1).toBeCloseTo(0.6);
    expect(e.macroF1).toBeCloseTo(2 / 3); // only fit_size has ≥3 gold
    expect(e.macroF1All).toBeCloseTo((2 / 3 + 2 / 3) / 2); // praise: P 1, R 0.5
    expect(e.exactMatch).toBeCloseTo(0.5);
  });

  it('"other" in gold means no issue type', () => {
    const e = evaluate([[]], [['other']]);
    expect(e.perLabel).toEqual([]);
    expect(e.exactMatch).toBe(1);
  });

  it('refuses mismatched lengths, and prints a table', () => {
    expect(() => evaluate([[]], [])).toThrow(/1 predictions for 0/);
    expect(formatEvaluation(evaluate(pred, gold))).toMatch(/fit_size\s+0\.667\s+0\.667\s+0\.667\s+3/);
  });
});
