/**
 * The learned model: one logistic regression per issue type (one-vs-rest) over hashed features,
 * plus per-type blend weights fitted against the rules (see blend.ts). Stored as JSON so the
 * database can keep each version with its evaluation; weights travel as base64 int16.
 */
import { ISSUE_TYPES, type IssueType } from '../../../contracts/signal.js';
import type { CharGrams, SparseVector } from './features.js';

export const MODEL_FORMAT = 'writeback-triage-lr/1';

export interface BlendWeights {
  /** p = σ(a·logit(model) + b·ruleWeight + c); the type is given when p ≥ threshold. */
  a: number;
  b: number;
  c: number;
  threshold: number;
}

export interface TriageModel {
  format: typeof MODEL_FORMAT;
  version: number;
  trainedAt: string;
  bits: number;
  /** Character n-gram lengths the model was trained with (absent: DEFAULT_CHAR_GRAMS). */
  charGrams?: CharGrams;
  /** Trained with the context features (negation scope, contrast clause, title: features.ts). */
  context?: boolean;
  /** Trained with the word clusters of this id (word-clusters.ts: the shipped file's sha256 prefix). */
  clusters?: string;
  /** The floor for a problem type the model finds with no phrase behind it (blend.ts; absent: 0.65). */
  modelOnlyMin?: number;
  /** The same floor for texts in one language, where it differs (`scripts/train-base-model.ts`: Portuguese). */
  modelOnlyMinByLanguage?: Partial<Record<string, number>>;
  labels: IssueType[];
  bias: number[];
  /**
   * Feature-major: the weights of feature f for every label sit together at f·L … f·L+L−1, so
   * scoring a signal reads one short run per feature instead of one scattered read per label.
   */
  weights: Float32Array;
  blend: Partial<Record<IssueType, BlendWeights>>;
  /** Per language, the types whose blend was fitted on that language's rows alone (else `blend`). */
  blendByLanguage?: Record<string, Partial<Record<IssueType, BlendWeights>>>;
  examples: number;
  evaluation?: unknown;
}

/** The stored form: the same fields, with the weights packed per label. */
export interface SerializedModel extends Omit<TriageModel, 'weights'> {
  /** Per label: scale and base64 little-endian int16 weights (w = int / 32767 · scale). */
  weights: { scale: number; data: string }[];
}

export const DEFAULT_BLEND: BlendWeights = { a: 1, b: 1.5, c: -0.5, threshold: 0.5 };
/** For types with too few examples to trust the model: the rules decide (σ(2.2r − 1.5) ≥ 0.5 ⇔ r ≥ 0.68). */
export const RULES_ONLY_BLEND: BlendWeights = { a: 0, b: 2.2, c: -1.5, threshold: 0.5 };

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

interface Packed {
  active: Int32Array;
  weights: Int16Array;
  scale: Float64Array;
  stride: number;
  /** The probabilities a `shared` call returns (one per model label), overwritten by the next. */
  out: Float64Array;
}
const packedCache = new WeakMap<TriageModel, Packed>();

/**
 * Only labels whose blend uses the model are scored (a rules-only label's probability is never
 * read), from an int16 copy holding just those columns: scoring is bound by pulling weights
 * through the cache, so fewer and smaller weights are what makes it fast.
 */
function packed(model: TriageModel): Packed {
  let p = packedCache.get(model);
  if (p) return p;
  const L = model.labels.length;
  const active = Int32Array.from(model.labels.map((l, i) => (model.blend[l]?.a === 0 ? -1 : i)).filter((i) => i >= 0));
  const A = active.length;
  // Rows of exactly A columns, unpadded: scoring is bound by pulling rows through the cache.
  const stride = A;
  const dim = model.weights.length / L;
  const scale = new Float64Array(stride);
  for (let a = 0; a < A; a++) {
    let max = 0;
    for (let f = 0; f < dim; f++) max = Math.max(max, Math.abs(model.weights[f * L + active[a]!]!));
    scale[a] = (max || 1) / 32767;
  }
  const weights = new Int16Array(dim * stride);
  for (let f = 0; f < dim; f++)
    for (let a = 0; a < A; a++) weights[f * stride + a] = Math.round(model.weights[f * L + active[a]!]! / scale[a]!);
  p = { active, weights, scale, stride, out: new Float64Array(L) };
  packedCache.set(model, p);
  return p;
}

let zBuf = new Float64Array(32); // at least 13: the first pass stores 13 sums

/**
 * Probability per label, in the order of `model.labels`; labels the blend ignores get 0.
 * `shared: true` returns a buffer the next call overwrites (scoring one signal at a time).
 */
export function predictProbabilities(model: TriageModel, x: SparseVector, shared = false): Float64Array {
  const { active, weights: w, scale, stride, out: sharedOut } = packed(model);
  const A = active.length;
  if (zBuf.length < stride) zBuf = new Float64Array(stride);
  const z = zBuf;
  const { idx, val } = x;
  const n = idx.length;
  // Up to 13 labels in one pass with the sums in locals, which the JIT keeps in registers (13 fit;
  // 16 spill): each weight row is pulled through the cache once for all of them, and scoring is
  // bound by those first reads. With fewer labels the offsets repeat the last column (sums never
  // read); labels past the 13th (at most three: labels are issue types) get one pass more.
  if (A > 0) {
    const last = Math.min(A, 13) - 1;
    const o1 = Math.min(1, last);
    const o2 = Math.min(2, last);
    const o3 = Math.min(3, last);
    const o4 = Math.min(4, last);
    const o5 = Math.min(5, last);
    const o6 = Math.min(6, last);
    const o7 = Math.min(7, last);
    const o8 = Math.min(8, last);
    const o9 = Math.min(9, last);
    const o10 = Math.min(10, last);
    const o11 = Math.min(11, last);
    const o12 = Math.min(12, last);
    let z0 = 0,
      z1 = 0,
      z2 = 0,
      z3 = 0,
      z4 = 0,
      z5 = 0,
      z6 = 0,
      z7 = 0,
      z8 = 0,
      z9 = 0,
      z10 = 0,
      z11 = 0,
      z12 = 0;
    for (let k = 0; k < n; k++) {
      const base = idx[k]! * stride;
      const v = val[k]!;
      z0 += w[base]! * v;
      z1 += w[base + o1]! * v;
      z2 += w[base + o2]! * v;
      z3 += w[base + o3]! * v;
      z4 += w[base + o4]! * v;
      z5 += w[base + o5]! * v;
      z6 += w[base + o6]! * v;
      z7 += w[base + o7]! * v;
      z8 += w[base + o8]! * v;
      z9 += w[base + o9]! * v;
      z10 += w[base + o10]! * v;
      z11 += w[base + o11]! * v;
      z12 += w[base + o12]! * v;
    }
    z[0] = z0;
    z[1] = z1;
    z[2] = z2;
    z[3] = z3;
    z[4] = z4;
    z[5] = z5;
    z[6] = z6;
    z[7] = z7;
    z[8] = z8;
    z[9] = z9;
    z[10] = z10;
    z[11] = z11;
    z[12] = z12;
  }
  // Labels 14 to 16 (with enough examples every issue type is active) in one more pass, not one each.
  if (A > 13) {
    const last = A - 1;
    const o14 = Math.min(14, last);
    const o15 = Math.min(15, last);
    let z13 = 0,
      z14 = 0,
      z15 = 0;
    for (let k = 0; k < n; k++) {
      const base = idx[k]! * stride;
      const v = val[k]!;
      z13 += w[base + 13]! * v;
      z14 += w[base + o14]! * v;
      z15 += w[base + o15]! * v;
    }
    z[13] = z13;
    if (A > 14) z[14] = z14;
    if (A > 15) z[15] = z15;
  }
  const out = shared ? sharedOut.fill(0) : new Float64Array(model.labels.length);
  for (let a = 0; a < A; a++) out[active[a]!] = sigmoid(z[a]! * scale[a]! + model.bias[active[a]!]!);
  return out;
}

export function serializeModel(model: TriageModel): SerializedModel {
  const L = model.labels.length;
  const dim = 1 << model.bits;
  const weights = model.labels.map((_, l) => {
    let max = 0;
    for (let i = 0; i < dim; i++) max = Math.max(max, Math.abs(model.weights[i * L + l]!));
    const scale = max || 1;
    const q = new Int16Array(dim);
    for (let i = 0; i < dim; i++) q[i] = Math.round((model.weights[i * L + l]! / scale) * 32767);
    return { scale, data: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64') };
  });
  // Every field as it is, the float weights replaced by their packed form.
  const { weights: _float, ...fields } = model;
  return { ...fields, weights };
}

export function deserializeModel(raw: unknown): TriageModel {
  const s = raw as SerializedModel;
  if (!s || s.format !== MODEL_FORMAT) throw new Error(`not a triage model (format ${(s as { format?: unknown })?.format ?? 'missing'})`);
  const dim = 1 << s.bits;
  if (s.labels.some((l) => !(ISSUE_TYPES as readonly string[]).includes(l))) throw new Error('model names an unknown issue type');
  const L = s.labels.length;
  if (s.weights.length !== L) throw new Error(`model has ${s.weights.length} weight rows for ${L} labels`);
  const weights = new Float32Array(dim * L);
  s.weights.forEach(({ scale, data }, l) => {
    const buf = Buffer.from(data, 'base64');
    const q = new Int16Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    if (q.length !== dim) throw new Error(`model weights have ${q.length} entries, expected ${dim}`);
    for (let i = 0; i < dim; i++) weights[i * L + l] = (q[i]! / 32767) * scale;
  });
  return { ...s, weights };
}
