import { addInto, cosine, tfidfVectors, type SparseVector } from './tfidf.js';

export interface Representative {
  index: number;
  text: string;
  /** Mean similarity to the other texts (0..1); 1 for a single text. */
  centrality: number;
}

/**
 * The wording most like all the others: what a reader should see as "what customers say".
 * Ties go to the shorter text (easier to quote), then to the earlier one, so it is stable.
 */
export function representativeWording(texts: readonly string[]): Representative | null {
  if (texts.length === 0) return null;
  if (texts.length === 1) return { index: 0, text: texts[0]!, centrality: 1 };
  const vectors = tfidfVectors(texts);
  // The vectors are unit length (or empty), so a text's summed similarity to the others is its
  // dot product with the sum of all vectors, less its own: linear in the texts, not quadratic.
  const total: SparseVector = new Map();
  for (const v of vectors) addInto(total, v);
  let best: Representative | null = null;
  for (let i = 0; i < texts.length; i++) {
    const sum = cosine(vectors[i]!, total) - cosine(vectors[i]!, vectors[i]!);
    const centrality = sum / (texts.length - 1);
    const better =
      !best ||
      centrality > best.centrality + 1e-12 ||
      (Math.abs(centrality - best.centrality) <= 1e-12 && texts[i]!.length < best.text.length);
    if (better) best = { index: i, text: texts[i]!, centrality };
  }
  return best;
}
