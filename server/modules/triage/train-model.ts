/**
 * In-process training: L2-regularized logistic regression per issue type with AdaGrad, and the
 * blend with the rules fitted on out-of-fold predictions (so the blend never sees a model's
 * score on its own training rows, which would be overconfident).
 */
import { ISSUE_TYPES, type IssueType } from '../../../contracts/signal.js';
import { DEFAULT_CHAR_GRAMS, featurize, type CharGrams, type SparseVector } from './features.js';
import {
  DEFAULT_BLEND,
  MODEL_FORMAT,
  RULES_ONLY_BLEND,
  logit,
  predictProbabilities,
  sigmoid,
  type BlendWeights,
  type TriageModel,
} from './model.js';
import { readTokens } from './language.js';
import type { WordClusters } from './word-clusters.js';
import { scoreRules } from './rules.js';
import { agentText, fold } from './text.js';

export interface TrainingExample {
  text: string;
  title?: string | null;
  language?: string | null;
  rating?: number | null;
  labels: string[];
  /** Weak examples (crowd classes) count less than an agent's correction. */
  weight?: number;
  /** Whether the row fits the blend weights (default: weight ≥ 1, so weak rows do not). */
  fitsBlend?: boolean;
}

export interface TrainOptions {
  bits?: number;
  epochs?: number;
  l2?: number;
  learningRate?: number;
  /** Folds for fitting the blend; 0 keeps the default blend. */
  blendFolds?: number;
  version?: number;
  now?: () => Date;
  seed?: number;
  charGrams?: CharGrams;
  /** Below this many (full-weight) examples of a type, its blend trusts the rules alone. */
  minPositives?: number;
  /**
   * Which point of the threshold's F1 plateau is used: its middle (default); its low end, which keeps
   * the F1 and trades a little precision for recall; or the low end for problem types only, praise
   * keeping the middle (the base model: train-base-model.ts).
   */
  thresholdPick?: 'middle' | 'low' | 'low-for-problems';
  /**
   * Languages whose rows fit only their own language's blend, not the pooled one that every other
   * language falls back on: the written Spanish, German and French rows name warranty and chatbot
   * complaints far more often than English and Portuguese reviews, and in the pooled fit they made
   * those blends lean on the model, which had English phrases for them vetoed (demo store:
   * ai_wrong_answer recall 0.59 → 0.01).
   */
  blendOwnLanguageOnly?: string[];
  /** Add the context features (negation scope, contrast clause, title: features.ts). */
  context?: boolean;
  /** With the context features, add each word's clusters (word-clusters.ts). */
  clusters?: WordClusters | null;
  /**
   * Also fit each type's blend on one language's rows alone, where that language has at least this
   * many labelled positives of the type (0: off). The rows of a fashion shop and of a marketplace
   * differ in how much a phrase or a model score means.
   */
  blendPerLanguage?: number;
  /** Stored as TriageModel.modelOnlyMin (the model-only floor, blend.ts). */
  modelOnlyMin?: number;
  /** Stored as TriageModel.modelOnlyMinByLanguage: the floor where one language needs another. */
  modelOnlyMinByLanguage?: Partial<Record<string, number>>;
  /** Cap on a rare type's positive-example weight (default 4). */
  posWeightCap?: number;
}

interface Prepared {
  lang: string;
  x: SparseVector;
  y: Uint8Array;
  w: number;
  fitsBlend: boolean;
  rule: Float64Array;
}

function prepare(
  examples: TrainingExample[],
  bits: number,
  labels: IssueType[],
  grams: CharGrams,
  context: boolean,
  clusters: WordClusters | null,
): Prepared[] {
  return examples.map((e) => {
    const text = agentText(e.text, e.title);
    const { tokens, language } = readTokens(fold(text), text, e.language);
    const lang = language;
    const rules = scoreRules(text, tokens, lang);
    const y = new Uint8Array(labels.length);
    const rule = new Float64Array(labels.length);
    labels.forEach((l, i) => {
      y[i] = e.labels.includes(l) ? 1 : 0;
      rule[i] = ruleFeature(rules.get(l)?.weight ?? 0);
    });
    const x = featurize(tokens, bits, e.rating, grams, false, context ? { titleEnd: titleEnd(e.title), language: lang, clusters } : null);
    return { lang, x, y, w: e.weight ?? 1, fitsBlend: e.fitsBlend ?? (e.weight ?? 1) >= 1, rule };
  });
}

/** Where the title ends in agentText(text, title): its tokens start before this offset. */
export function titleEnd(title?: string | null): number {
  return title?.trim().length ?? 0;
}

export function ruleFeature(weight: number): number {
  return Math.max(-2, Math.min(3, weight));
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function fitLr(
  data: Prepared[],
  labels: IssueType[],
  bits: number,
  o: Required<Pick<TrainOptions, 'epochs' | 'l2' | 'learningRate' | 'seed' | 'posWeightCap'>>,
) {
  const L = labels.length;
  const dim = 1 << bits;
  // Same feature-major layout as the model (model.ts), so training writes it directly.
  const weights = new Float32Array(dim * L);
  const g2 = new Float32Array(dim * L).fill(1e-8);
  const bias = labels.map(() => 0);
  const bg2 = labels.map(() => 1e-8);
  // Rare types get heavier positives, capped, so they are not drowned by the common ones.
  const posWeight = labels.map((_, l) => {
    const pos = data.filter((d) => d.y[l]).length;
    return pos ? Math.min(o.posWeightCap, Math.sqrt((data.length - pos) / pos)) : 1;
  });
  const order = data.map((_, i) => i);
  const rand = rng(o.seed);
  const z = new Float64Array(L);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const di of order) {
      const { x, y, w: ew } = data[di]!;
      for (let l = 0; l < L; l++) z[l] = bias[l]!;
      for (let k = 0; k < x.idx.length; k++) {
        const base = x.idx[k]! * L;
        for (let l = 0; l < L; l++) z[l]! += weights[base + l]! * x.val[k]!;
      }
      for (let l = 0; l < L; l++) {
        const err = (sigmoid(z[l]!) - y[l]!) * ew * (y[l] ? posWeight[l]! : 1);
        for (let k = 0; k < x.idx.length; k++) {
          const i = x.idx[k]! * L + l;
          const grad = err * x.val[k]! + o.l2 * weights[i]!;
          g2[i]! += grad * grad;
          weights[i]! -= (o.learningRate * grad) / Math.sqrt(g2[i]!);
        }
        bg2[l]! += err * err;
        bias[l]! -= (o.learningRate * err) / Math.sqrt(bg2[l]!);
      }
    }
  }
  return { weights, bias };
}

/** F1 within this of the best still counts as the best threshold's plateau. */
const PLATEAU = 0.01;

/** Fits p = σ(a·logit(m) + b·r + c) per label on held-out-fold scores, then a threshold on the F1 plateau. */
function fitBlend(m: number[], r: number[], y: number[], pick: 'middle' | 'low'): BlendWeights {
  let a = 1,
    b = 1,
    c = 0;
  const n = y.length;
  if (!y.some((v) => v)) return { ...DEFAULT_BLEND };
  const lm = m.map(logit);
  for (let it = 0; it < 300; it++) {
    let ga = 0,
      gb = 0,
      gc = 0;
    for (let i = 0; i < n; i++) {
      const e = sigmoid(a * lm[i]! + b * r[i]! + c) - y[i]!;
      ga += e * lm[i]!;
      gb += e * r[i]!;
      gc += e;
    }
    a -= (0.5 * ga) / n + 0.001 * (a - 1);
    b -= (0.5 * gb) / n;
    c -= (0.5 * gc) / n;
  }
  // F1 over a grid of thresholds; the threshold is the middle of the plateau around the best one
  // (every neighbour within PLATEAU of the best F1), not the single best point: with a few dozen
  // positives the argmax jumps between folds, the middle of the plateau does not.
  const grid: number[] = [];
  const f1s: number[] = [];
  for (let k = 0; k <= 12; k++) {
    const t = 0.2 + 0.05 * k;
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(a * lm[i]! + b * r[i]! + c) >= t;
      if (p && y[i]) tp++;
      else if (p) fp++;
      else if (y[i]) fn++;
    }
    grid.push(t);
    f1s.push(tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
  }
  let best = 0;
  for (let k = 1; k < f1s.length; k++) if (f1s[k]! > f1s[best]! + 1e-9) best = k;
  let lo = best,
    hi = best;
  while (lo > 0 && f1s[lo - 1]! >= f1s[best]! - PLATEAU) lo--;
  while (hi < f1s.length - 1 && f1s[hi + 1]! >= f1s[best]! - PLATEAU) hi++;
  const t = grid[pick === 'low' ? lo : Math.round((lo + hi) / 2)]!;
  return { a, b, c, threshold: Math.round(t * 100) / 100 };
}

function pickFor(type: IssueType, pick: TrainOptions['thresholdPick'] = 'middle'): 'middle' | 'low' {
  if (pick === 'low-for-problems') return type === 'praise' ? 'middle' : 'low';
  return pick;
}

export function trainModel(examples: TrainingExample[], options: TrainOptions = {}): TriageModel {
  const bits = options.bits ?? 15;
  const o = {
    epochs: options.epochs ?? 12,
    l2: options.l2 ?? 1e-5,
    learningRate: options.learningRate ?? 0.3,
    seed: options.seed ?? 7,
    posWeightCap: options.posWeightCap ?? 4,
  };
  const labels = [...ISSUE_TYPES];
  const charGrams = options.charGrams ?? DEFAULT_CHAR_GRAMS;
  const context = options.context ?? false;
  const clusters = (context && options.clusters) || null;
  const data = prepare(examples, bits, labels, charGrams, context, clusters);
  const { weights, bias } = fitLr(data, labels, bits, o);
  const model: TriageModel = {
    format: MODEL_FORMAT,
    version: options.version ?? 1,
    trainedAt: (options.now?.() ?? new Date()).toISOString(),
    bits,
    charGrams,
    ...(context ? { context } : {}),
    ...(clusters ? { clusters: clusters.id } : {}),
    labels,
    bias,
    weights,
    blend: {},
    examples: examples.length,
  };
  const folds = options.blendFolds ?? 4;
  if (folds >= 2 && data.length >= folds * 5) {
    const oof: Float64Array[] = data.map(() => new Float64Array(labels.length));
    for (let f = 0; f < folds; f++) {
      const train = data.filter((_, i) => i % folds !== f);
      const fm = fitLr(train, labels, bits, o);
      const foldModel = { ...model, weights: fm.weights, bias: fm.bias };
      data.forEach((d, i) => {
        if (i % folds === f) oof[i] = predictProbabilities(foldModel, d.x);
      });
    }
    const idx = data.map((d, i) => (d.fitsBlend ? i : -1)).filter((i) => i >= 0);
    const ownOnly = new Set(options.blendOwnLanguageOnly ?? []);
    const pooled = idx.filter((i) => !ownOnly.has(data[i]!.lang));
    if (options.modelOnlyMin !== undefined) model.modelOnlyMin = options.modelOnlyMin;
    if (options.modelOnlyMinByLanguage) model.modelOnlyMinByLanguage = options.modelOnlyMinByLanguage;
    labels.forEach((label, l) => {
      if (pooled.filter((i) => data[i]!.y[l]).length < (options.minPositives ?? 8)) {
        model.blend[label] = { ...RULES_ONLY_BLEND };
      } else {
        model.blend[label] = fitBlend(
          pooled.map((i) => oof[i]![l]!),
          pooled.map((i) => data[i]!.rule[l]!),
          pooled.map((i) => data[i]!.y[l]!),
          pickFor(label, options.thresholdPick),
        );
      }
      const perLanguage = options.blendPerLanguage ?? 0;
      if (perLanguage <= 0) return;
      for (const lang of new Set(idx.map((i) => data[i]!.lang))) {
        const at = idx.filter((i) => data[i]!.lang === lang);
        if (at.filter((i) => data[i]!.y[l]).length < perLanguage) continue;
        ((model.blendByLanguage ??= {})[lang] ??= {})[label] = fitBlend(
          at.map((i) => oof[i]![l]!),
          at.map((i) => data[i]!.rule[l]!),
          at.map((i) => data[i]!.y[l]!),
          pickFor(label, options.thresholdPick),
        );
      }
    });
  }
  return model;
}
