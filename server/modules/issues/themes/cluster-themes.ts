import { addInto, cosine, normalize, type SparseVector, tfidfVectors } from './tfidf.js';

export interface ThemeInput {
  id: string;
  text: string;
}

export interface ClusterOptions {
  /** Cosine similarity to a theme's centre needed to join it (default 0.2; short texts rarely share more). */
  threshold?: number;
  /** Smaller groups are not a theme yet (default 3). */
  minSize?: number;
  topTerms?: number;
  /**
   * How much more often a theme's words occur among its members than in the whole pool (default
   * 2). A group held together only by words the rest of the pool also uses is not a theme.
   */
  minLift?: number;
}

/** A theme's word must be in at least this share of its members to speak for it. */
const MIN_COVERAGE = 0.5;

export interface Theme {
  /** Stable id: the representative signal's id, so the same theme keeps its id between runs. */
  id: string;
  size: number;
  topTerms: string[];
  representative: { id: string; text: string };
  memberIds: string[];
}

interface Cluster {
  sum: SparseVector;
  centre: SparseVector;
  members: number[];
}

function assign(vectors: SparseVector[], centres: SparseVector[], threshold: number, i: number): number {
  let best = -1;
  let bestSim = threshold;
  centres.forEach((c, k) => {
    const sim = cosine(vectors[i]!, c);
    if (sim >= bestSim + (best === -1 ? 0 : 1e-12)) {
      best = k;
      bestSim = sim;
    }
  });
  return best;
}

/**
 * Groups texts that fit no issue type into emerging themes. Leader clustering in id order
 * (deterministic, one pass, no k to choose), then one reassignment pass so an early text is not
 * stuck with a theme that later texts pulled elsewhere.
 */
export function clusterThemes(items: readonly ThemeInput[], options: ClusterOptions = {}): Theme[] {
  const threshold = options.threshold ?? 0.2;
  const minSize = options.minSize ?? 3;
  const topN = options.topTerms ?? 5;
  const minLift = options.minLift ?? 2;
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const vectors = tfidfVectors(sorted.map((s) => s.text));

  const clusters: Cluster[] = [];
  vectors.forEach((v, i) => {
    if (v.size === 0) return;
    const k = assign(
      vectors,
      clusters.map((c) => c.centre),
      threshold,
      i,
    );
    if (k === -1) {
      clusters.push({ sum: new Map(v), centre: v, members: [i] });
    } else {
      addInto(clusters[k]!.sum, v);
      clusters[k]!.centre = normalize(clusters[k]!.sum);
      clusters[k]!.members.push(i);
    }
  });

  const centres = clusters.map((c) => c.centre);
  const regrouped = new Map<number, number[]>();
  vectors.forEach((v, i) => {
    if (v.size === 0) return;
    const k = assign(vectors, centres, threshold, i);
    if (k !== -1) regrouped.set(k, [...(regrouped.get(k) ?? []), i]);
  });

  // Documents per term over the whole pool, for each theme's distinctiveness.
  const df = new Map<string, number>();
  let pool = 0;
  for (const v of vectors) {
    if (v.size === 0) continue;
    pool++;
    for (const t of v.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }

  const themes: Theme[] = [];
  for (const members of regrouped.values()) {
    if (members.length < minSize) continue;
    const sum: SparseVector = new Map();
    const inTheme = new Map<string, number>();
    for (const i of members) {
      addInto(sum, vectors[i]!);
      for (const t of vectors[i]!.keys()) inTheme.set(t, (inTheme.get(t) ?? 0) + 1);
    }
    // When the pool holds little besides this group there is nothing to stand out from.
    const judged = pool - members.length >= minSize;
    const distinctive = (t: string) => {
      const share = (inTheme.get(t) ?? 0) / members.length;
      return !judged || share / ((df.get(t) ?? 1) / pool) >= minLift;
    };
    const speaks = [...inTheme.keys()].some((t) => inTheme.get(t)! / members.length >= MIN_COVERAGE && distinctive(t));
    if (!speaks) continue;
    const centre = normalize(sum);
    // The most central member speaks for the theme.
    let rep = members[0]!;
    for (const i of members) if (cosine(vectors[i]!, centre) > cosine(vectors[rep]!, centre) + 1e-12) rep = i;
    const topTerms = [...centre.entries()]
      .filter(([t]) => distinctive(t))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, topN)
      .map(([t]) => t);
    themes.push({
      id: sorted[rep]!.id,
      size: members.length,
      topTerms,
      representative: { id: sorted[rep]!.id, text: sorted[rep]!.text },
      memberIds: members.map((i) => sorted[i]!.id),
    });
  }
  return themes.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
}
