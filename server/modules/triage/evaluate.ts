import type { Evaluation, LabelStats } from '../../../contracts/triage.js';

/**
 * Multi-label scores: per type precision, recall, F1 and support; micro F1 over all decisions,
 * macro F1 over types with enough gold examples to mean something (and over all, for reference).
 * "other" in gold means "no issue type" (LABELLING.md), so it is not a type to score. The type is
 * the API's answer as computed: one definition, in contracts/.
 */
export type { Evaluation, LabelStats };

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const clean = (labels: readonly string[]) => new Set(labels.filter((l) => l !== 'other'));

export function evaluate(predictions: readonly (readonly string[])[], gold: readonly (readonly string[])[], minSupport = 10): Evaluation {
  if (predictions.length !== gold.length) throw new Error(`${predictions.length} predictions for ${gold.length} gold items`);
  const counts = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  const get = (l: string) => {
    let c = counts.get(l);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0, support: 0 };
      counts.set(l, c);
    }
    return c;
  };
  let exact = 0;
  predictions.forEach((pred, i) => {
    const p = clean(pred);
    const g = clean(gold[i]!);
    for (const l of g) {
      get(l).support++;
      if (p.has(l)) get(l).tp++;
      else get(l).fn++;
    }
    for (const l of p) if (!g.has(l)) get(l).fp++;
    if (p.size === g.size && [...p].every((l) => g.has(l))) exact++;
  });
  const perLabel = [...counts.entries()]
    .map(([label, c]) => {
      const precision = ratio(c.tp, c.tp + c.fp);
      const recall = ratio(c.tp, c.tp + c.fn);
      return { label, ...c, precision, recall, f1: f1(precision, recall) };
    })
    .sort((a, b) => b.support - a.support || a.label.localeCompare(b.label));
  const tp = perLabel.reduce((s, l) => s + l.tp, 0);
  const fp = perLabel.reduce((s, l) => s + l.fp, 0);
  const fn = perLabel.reduce((s, l) => s + l.fn, 0);
  const mp = ratio(tp, tp + fp);
  const mr = ratio(tp, tp + fn);
  const scored = perLabel.filter((l) => l.support > 0);
  const big = scored.filter((l) => l.support >= minSupport);
  const mean = (xs: LabelStats[]) => (xs.length ? xs.reduce((s, l) => s + l.f1, 0) / xs.length : 0);
  return {
    items: gold.length,
    perLabel,
    micro: { precision: mp, recall: mr, f1: f1(mp, mr) },
    macroF1: mean(big),
    macroF1All: mean(scored),
    macroMinSupport: minSupport,
    exactMatch: ratio(exact, gold.length),
  };
}

export function formatEvaluation(e: Evaluation): string {
  const n = (x: number) => x.toFixed(3);
  const lines = [`${'label'.padEnd(20)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'f1'.padStart(6)} ${'support'.padStart(7)}`];
  for (const l of e.perLabel)
    lines.push(
      `${l.label.padEnd(20)} ${n(l.precision).padStart(6)} ${n(l.recall).padStart(6)} ${n(l.f1).padStart(6)} ${String(l.support).padStart(7)}`,
    );
  lines.push('');
  lines.push(`items ${e.items}  micro P ${n(e.micro.precision)} R ${n(e.micro.recall)} F1 ${n(e.micro.f1)}`);
  lines.push(
    `macro F1 ${n(e.macroF1)} (types with ≥${e.macroMinSupport} gold)  macro F1 all types ${n(e.macroF1All)}  exact match ${n(e.exactMatch)}`,
  );
  return lines.join('\n');
}
