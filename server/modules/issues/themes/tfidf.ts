import { customerWords, dropRepeatedSentences } from './boilerplate.js';
import { STOPWORDS } from './stopwords.js';

export type SparseVector = Map<string, number>;

/**
 * The customer's words only (no assistant lines or speaker labels), lower-cased, accents
 * stripped, split on anything that is not a letter or digit, stop words of every language dropped.
 */
export function tokenize(text: string): string[] {
  return customerWords(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 2 && !STOPWORDS.has(t));
}

/** Unigrams plus bigrams of adjacent content words: "strap missing" says more than either word. */
export function terms(text: string): string[] {
  const words = tokenize(text);
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

/**
 * L2-normalized TF-IDF vectors over one corpus. Smoothed idf (ln((1+N)/(1+df)) + 1) keeps a term
 * shared by every text from vanishing, so two texts saying only that still count as similar.
 * Sentences the corpus repeats next to other words (template filler) are left out first.
 */
export function tfidfVectors(texts: readonly string[]): SparseVector[] {
  const docs = dropRepeatedSentences(texts).map(terms);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: SparseVector = new Map();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = c * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/** Adds v into acc in place (centroids are running sums; cosine ignores their length). */
export function addInto(acc: SparseVector, v: SparseVector): void {
  for (const [t, w] of v) acc.set(t, (acc.get(t) ?? 0) + w);
}

export function normalize(v: SparseVector): SparseVector {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm);
  const out: SparseVector = new Map();
  if (norm > 0) for (const [t, w] of v) out.set(t, w / norm);
  return out;
}
