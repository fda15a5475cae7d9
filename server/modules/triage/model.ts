/**
 * The learned model: one logistic regression per issue type (one-vs-rest) over hashed features,
 * plus per-type blend weights fitted against the rules (see blend.ts). Stored as JSON so the
 * database can keep each version with its evaluation; weights travel as base64 int16.
 */
import { ISSUE_TYPES, type IssueType } from '../../../contracts/signal.js';
import type { SparseVector } from './features.js';

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
  labels: IssueType[];
  bias: number[];
  weights: Float32Array[];
  blend: Partial<Record<IssueType, BlendWeights>>;
  examples: number;
  evaluation?: unknown;
}

export interface SerializedModel {
  format: typeof MODEL_FORMAT;
  version: number;
  trainedAt: string;
  bits: number;
  labels: IssueType[];
  bias: number[];
  /** Per label: scale and base64 little-endian int16 weights (w = int / 32767 · scale). */
  weights: { scale: number; data: string }[];
  blend: Partial<Record<IssueType, BlendWeights>>;
  examples: number;
  evaluation?: unknown;
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

/** Probability per label, in the order of `model.labels`. */
export function predictProbabilities(model: TriageModel, x: SparseVector): Float64Array {
  const out = new Float64Array(model.labels.length);
  const { idx, val } = x;
  for (let l = 0; l < model.labels.length; l++) {
    const w = model.weights[l];
    let z = model.bias[l];
    for (let k = 0; k < idx.length; k++) z += w[idx[k]] * val[k];
    out[l] = sigmoid(z);
  }
  return out;
}

export function serializeModel(model: TriageModel): SerializedModel {
  const weights = model.weights.map((w) => {
    let max = 0;
    for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
    const scale = max || 1;
    const q = new Int16Array(w.length);
    for (let i = 0; i < w.length; i++) q[i] = Math.round((w[i] / scale) * 32767);
    return { scale, data: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64') };
  });
  const { format, version, trainedAt, bits, labels, bias, blend, examples, evaluation } = model;
  return { format, version, trainedAt, bits, labels, bias, weights, blend, examples, evaluation };
}

export function deserializeModel(raw: unknown): TriageModel {
  const s = raw as SerializedModel;
  if (!s || s.format !== MODEL_FORMAT) throw new Error(`not a triage model (format ${(s as { format?: unknown })?.format ?? 'missing'})`);
  const dim = 1 << s.bits;
  if (s.labels.some((l) => !(ISSUE_TYPES as readonly string[]).includes(l))) throw new Error('model names an unknown issue type');
  const weights = s.weights.map(({ scale, data }) => {
    const buf = Buffer.from(data, 'base64');
    const q = new Int16Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    if (q.length !== dim) throw new Error(`model weights have ${q.length} entries, expected ${dim}`);
    const w = new Float32Array(dim);
    for (let i = 0; i < dim; i++) w[i] = (q[i] / 32767) * scale;
    return w;
  });
  return { ...s, weights };
}
