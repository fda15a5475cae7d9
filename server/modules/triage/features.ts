/**
 * Hashed features for the learned model: word unigrams and bigrams plus character 3-5-grams
 * inside words (these catch misspellings, inflections and Portuguese without accents).
 * Hashing keeps the model a fixed size, whatever the vocabulary of a seller's customers.
 */
import { CLAUSE_WORD_BITS, type Token } from './text.js';
import { NEGATOR } from './phrase-engine.js';
import { clusterSlot, type WordClusters } from './word-clusters.js';

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

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

export interface CharGrams {
  min: number;
  max: number;
}
export const DEFAULT_CHAR_GRAMS: CharGrams = { min: 4, max: 4 };

/**
 * Where a word stands, as features of their own next to the plain word, so the model can tell
 * "small" from "not small", a concession from the complaint after "but", and a title ("Not as
 * pictured") from the body:
 * - `neg`: the word follows a negator (any language's) within three words of the same clause;
 * - `contrast`: the word is in a clause a contrast word opened ("but it runs small", "mas veio errado");
 * - `title`: the word is in the title (tokens starting before `titleEnd`);
 * - the language, once, at a fixed value outside the length normalisation (a per-language bias:
 *   fashion reviews in English and marketplace reviews in Portuguese differ in how often each type
 *   occurs; inside the normalisation it outweighed the words of a short text, and "It is what it
 *   is." was a setup problem).
 * A model records whether it was trained with them (`TriageModel.context`); scoring follows the model.
 */
export interface ContextFeatures {
  titleEnd?: number;
  /** The detected language: a feature of its own, so each type gets a prior per language. */
  language?: string | null;
  /** Word clusters (word-clusters.ts): each word's cluster, and the clusters of each two neighbouring words. */
  clusters?: WordClusters | null;
}
const NEG_SEED = 0x9e3779b1;
const CONTRAST_SEED = 0x85ebca77;
const TITLE_SEED = 0xc2b2ae3d;
const CLUSTER_SEED = 0x27d4eb2f;
/** The language feature's value: about one word's share of a typical review's unit-length vector. */
const LANG_VALUE = 0.1;

/**
 * Reused scratch space: counts are kept in half-units (every feature adds 0.5, 1 or 2) in a
 * Uint16Array, a quarter of the cache footprint of float counts, and log1p comes from a table.
 * Featurizing allocates only the returned vector.
 */
let scratch = new Uint16Array(0);
let touched = new Int32Array(1 << 14);

const LOG_TABLE = 4096;
/** log1p(k/2) as a double (for the norm) and rounded to float32 (the stored value), as training always computed it. */
const LOG1P_HALF = Float64Array.from({ length: LOG_TABLE }, (_, k) => Math.log1p(k / 2));
const LOG1P_HALF_F32 = Float32Array.from(LOG1P_HALF);

/** Adds `halves` to bucket `i`; returns the new count of touched buckets (state passed in, so the JIT keeps it in registers). */
function add(counts: Uint16Array, seen: Int32Array, k: number, i: number, halves: number): number {
  const c = counts[i]!;
  if (c === 0) seen[k++] = i;
  // Saturates far beyond any real text (a word repeated 2,000 times).
  if (c < LOG_TABLE - 4) counts[i] = c + halves;
  return k;
}

let outIdx = new Int32Array(4096);
let outVal = new Float32Array(4096);
const START = fnvStr('<s>', 1);
const GRAM_START = (FNV_OFFSET ^ 7) >>> 0;
const codes = new Int32Array(26);
const END = fnvStr('</s>', 1);

/**
 * `shared: true` returns views into buffers the next call overwrites: for scoring one signal at
 * a time without allocating; training keeps its vectors and so asks for its own copies.
 */
export function featurize(
  tokens: Token[],
  bits: number,
  rating?: number | null,
  grams: CharGrams = DEFAULT_CHAR_GRAMS,
  shared = false,
  context?: ContextFeatures | null,
): SparseVector {
  const dim = 1 << bits;
  if (scratch.length !== dim) scratch = new Uint16Array(dim);
  const mask = dim - 1;
  // At most 7 word features and 23 character n-grams per token, then the end and the rating.
  const most = tokens.length * (7 + 23 * Math.max(1, grams.max - grams.min + 1)) + 2;
  if (touched.length < most) touched = new Int32Array(most * 2);
  const counts = scratch;
  const seen = touched;
  let n = 0;
  let prev = START;
  const { min, max } = grams;
  const titleEnd = context?.titleEnd ?? 0;
  const clusters = context?.clusters ?? null;
  let prevCluster = 0;
  // Negation reach (tokens left) and whether the current clause was opened by a contrast word.
  let negLeft = 0;
  let clause = -1;
  let contrast = false;
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    const t = tok.t;
    // The token's wordHash is fnvStr(t, 1), the word feature the model was trained with.
    const hw = tok.hash >>> 0;
    n = add(counts, seen, n, hw & mask, 2);
    n = add(counts, seen, n, mix(prev, hw) & mask, 2);
    prev = hw;
    if (context) {
      if (tok.clause !== clause) {
        clause = tok.clause;
        negLeft = 0;
        contrast = CLAUSE_WORD_BITS.of(tok.id) !== 0;
      }
      if (NEGATOR.of(tok.id) !== 0) negLeft = 3;
      else if (negLeft > 0) {
        n = add(counts, seen, n, mix(NEG_SEED, hw) & mask, 2);
        negLeft--;
      }
      if (clusters) {
        const s = clusterSlot(clusters, hw);
        if (s >= 0) {
          // Cluster numbers are small: spread over 32 bits before mixing (mix reads the high bits).
          const c = Math.imul(clusters.cluster[s]! + 1, 0x9e3779b1) >>> 0;
          n = add(counts, seen, n, mix(CLUSTER_SEED, c) & mask, 2);
          if (prevCluster !== 0) n = add(counts, seen, n, mix(prevCluster ^ CLUSTER_SEED, c) & mask, 1);
          prevCluster = c;
        } else prevCluster = 0;
      }
      if (contrast) n = add(counts, seen, n, mix(CONTRAST_SEED, hw) & mask, 1);
      if (tok.start < titleEnd) n = add(counts, seen, n, mix(TITLE_SEED, hw) & mask, 2);
    }
    if (t.length > 24 || max === 0) continue;
    // Character n-grams over " word ", each start position extended to lengths min … max; the
    // padded word's char codes are copied once into `codes` (tokens are at most 24 chars here).
    const padded = t.length + 2;
    if (padded < min) continue;
    codes[0] = 32;
    for (let i = 0; i < t.length; i++) codes[i + 1] = t.charCodeAt(i);
    codes[padded - 1] = 32;
    for (let s = 0; s <= padded - min; s++) {
      let h = GRAM_START;
      const top = Math.min(max, padded - s);
      for (let k = 0; k < top; k++) {
        h = Math.imul(h ^ codes[s + k]!, FNV_PRIME);
        if (k + 1 >= min) n = add(counts, seen, n, h & mask, 1);
      }
    }
  }
  n = add(counts, seen, n, mix(prev, END) & mask, 2);
  if (rating) n = add(counts, seen, n, fnvStr(`rating=${rating}`, 3) & mask, 4);
  // Log counts, then unit length: long reviews must not dominate short ones.
  let norm = 0;
  for (let k = 0; k < n; k++) {
    const v = LOG1P_HALF[counts[seen[k]!]!]!;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  const lang = context?.language ? 1 : 0;
  const m = n + lang;
  if (shared && outIdx.length < m) {
    outIdx = new Int32Array(m * 2);
    outVal = new Float32Array(m * 2);
  }
  const idx = shared ? outIdx.subarray(0, m) : new Int32Array(m);
  const val = shared ? outVal.subarray(0, m) : new Float32Array(m);
  for (let k = 0; k < n; k++) {
    const i = seen[k]!;
    idx[k] = i;
    val[k] = LOG1P_HALF_F32[counts[i]!]! / norm;
    counts[i] = 0;
  }
  // A bucket may repeat one above: scoring and training both sum over the entries.
  if (lang) {
    idx[n] = fnvStr(`lang=${context!.language}`, 5) & mask;
    val[n] = LANG_VALUE;
  }
  return { idx, val };
}
