/**
 * Hashed features for the learned model: word unigrams and bigrams plus character 3-5-grams
 * inside words (these catch misspellings, inflections and Portuguese without accents).
 * Hashing keeps the model a fixed size, whatever the vocabulary of a seller's customers.
 */
import type { Token } from './text.js';

export interface SparseVector { idx: Int32Array; val: Float32Array }

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvStr(s: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Reused scratch space: featurizing allocates only the returned vector. */
let scratch = new Float32Array(0);
let touched = new Int32Array(0);

export function featurize(tokens: Token[], bits: number, rating?: number | null): SparseVector {
  const dim = 1 << bits;
  const mask = dim - 1;
  if (scratch.length !== dim) { scratch = new Float32Array(dim); touched = new Int32Array(8192); }
  let n = 0;
  const add = (h: number, w: number) => {
    const i = h & mask;
    if (scratch[i] === 0) {
      if (n === touched.length) { const t = new Int32Array(n * 2); t.set(touched); touched = t; }
      touched[n++] = i;
    }
    scratch[i] += w;
  };
  let prev = fnvStr('<s>', 1);
  for (const tok of tokens) {
    const t = tok.t;
    const hw = fnvStr(t, 1);
    add(hw, 1);
    add(mix(prev, hw), 1);
    prev = hw;
    if (t.length > 24) continue;
    // Character n-grams over " word ", each start position extended to lengths 3, 4 and 5.
    const padded = t.length + 2;
    for (let s = 0; s < padded - 2; s++) {
      let h = (FNV_OFFSET ^ 7) >>> 0;
      for (let k = 0; k < 5 && s + k < padded; k++) {
        const pos = s + k;
        const c = pos === 0 || pos === padded - 1 ? 32 : t.charCodeAt(pos - 1);
        h = Math.imul(h ^ c, FNV_PRIME);
        if (k >= 2) add(h >>> 0, 0.5);
      }
    }
  }
  add(mix(prev, fnvStr('</s>', 1)), 1);
  if (rating) add(fnvStr(`rating=${rating}`, 3), 2);
  // Log counts, then unit length: long reviews must not dominate short ones.
  let norm = 0;
  for (let k = 0; k < n; k++) {
    const i = touched[k];
    const v = Math.log1p(scratch[i]);
    scratch[i] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  const idx = new Int32Array(n);
  const val = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const i = touched[k];
    idx[k] = i;
    val[k] = scratch[i] / norm;
    scratch[i] = 0;
  }
  return { idx, val };
}
