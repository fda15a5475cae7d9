/**
 * Word clusters for the triage model (server/modules/triage/word-clusters.txt): words that customers
 * use in the same places ("vibrant", "mustard", "neon"; "atrasou", "atrasado") share a cluster,
 * and the model gets the cluster as a feature next to the word, so a type learned from one word
 * reaches the others, including words no labelled row holds.
 *
 * Method: skip-gram with negative sampling (word2vec) on unlabelled text, then spherical k-means on
 * the word vectors.
 * Unlabelled text: every review of ../shared/datasets (and the Olist copies OLIST_REVIEWS_CSV names)
 * except the rows holdout.txt lists or a label file holds out, the Bitext requests, and the written
 * training rows. Labels are never read. Deterministic (seeded, one thread): the same inputs write
 * the same file. About two minutes on one core.
 *
 * Usage: tsx scripts/word-clusters.ts [--out FILE]
 * The shipped file was written with copies 1–7 of OLIST_REVIEWS_CSV (60,885 texts; its header says so):
 * list the same copies to write it again byte for byte.
 * A model is trained with the clusters of its moment: after rewriting this file, retrain the base
 * model (scripts/train-base-model.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { mulberry32 } from '../server/lib/random.js';
import { readTokens } from '../server/modules/triage/language.js';
import { agentText, fold } from '../server/modules/triage/text.js';
import { DATASETS, loadHoldout, loadOlist, loadOlistReviews, loadWomens, REPO, requireDatasets } from './labelled-data.js';
import { buildLabelled } from './build-labelled.js';
import { loadWritten } from './written-data.js';

const DIM = 64;
const WINDOW = 5;
const NEGATIVES = 5;
const EPOCHS = 5;
const MIN_COUNT = 5;
const SUBSAMPLE = 1e-4;
const CLUSTERS = Number(process.env.CLUSTERS ?? 600);
const SEED = 20261207;

/** The unlabelled texts, held-out rows left out. */
function corpus(): string[] {
  const holdout = loadHoldout();
  const heldByLabel = new Set(
    buildLabelled()
      .lines.filter((l) => l.split !== 'train')
      .map((l) => l.id),
  );
  const keep = (key: string) => !holdout.has(key) && !heldByLabel.has(key);
  const reviews = [...loadWomens(), ...loadOlist(), ...(loadOlistReviews() ?? [])].filter((r) => keep(r.key));
  const bitext = (
    parse(readFileSync(join(DATASETS, 'bitext-support', 'intents.csv'), 'utf8'), { columns: true }) as Record<string, string>[]
  ).map((r) => r.utterance ?? r.instruction ?? '');
  return [
    ...reviews.map((r) => agentText(r.text, r.title)),
    ...bitext.filter(Boolean),
    ...loadWritten().map((l) => agentText(l.text, l.title)),
  ];
}

function sentences(texts: string[]): string[][] {
  return texts.map((text) =>
    readTokens(fold(text), text)
      .tokens.map((t) => t.t)
      .filter((t) => !/^\d+$/.test(t)),
  );
}

function main(): void {
  requireDatasets('word-clusters');
  const out = process.argv.includes('--out')
    ? process.argv[process.argv.indexOf('--out') + 1]!
    : join(REPO, 'server', 'modules', 'triage', 'word-clusters.txt');
  const sents = sentences(corpus());
  const counts = new Map<string, number>();
  for (const s of sents) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const index = new Map(vocab.map(([w], i) => [w, i]));
  const V = vocab.length;
  const freq = Float64Array.from(vocab, ([, c]) => c);
  const total = freq.reduce((a, b) => a + b, 0);
  const corpusIds = sents.map((s) => Int32Array.from(s.map((w) => index.get(w) ?? -1).filter((i) => i >= 0)));
  console.log(`${sents.length} texts, ${total} tokens in vocabulary, ${V} words (count ≥ ${MIN_COUNT})`);

  // Negative-sampling table (unigram^0.75).
  const TABLE = 1 << 22;
  const table = new Int32Array(TABLE);
  let z = 0;
  for (let i = 0; i < V; i++) z += freq[i]! ** 0.75;
  for (let i = 0, acc = 0, t = 0; i < V; i++) {
    acc += freq[i]! ** 0.75 / z;
    while (t < TABLE && t / TABLE < acc) table[t++] = i;
  }
  const keepP = Float64Array.from(freq, (f) => Math.min(1, Math.sqrt((SUBSAMPLE * total) / f) + (SUBSAMPLE * total) / f));

  const rand = mulberry32(SEED);
  const syn0 = Float32Array.from({ length: V * DIM }, () => (rand() - 0.5) / DIM);
  const syn1 = new Float32Array(V * DIM);
  const grad = new Float32Array(DIM);
  const steps = EPOCHS * total;
  let done = 0;
  const LR = 0.025;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const ids of corpusIds) {
      const s = ids.filter((i) => rand() < keepP[i]!);
      for (let p = 0; p < s.length; p++) {
        const lr = Math.max(LR * 1e-4, LR * (1 - done / steps));
        done += ids.length / Math.max(1, s.length);
        const b = 1 + Math.floor(rand() * WINDOW);
        const word = s[p]!;
        for (let q = Math.max(0, p - b); q <= Math.min(s.length - 1, p + b); q++) {
          if (q === p) continue;
          const ctx = s[q]! * DIM;
          grad.fill(0);
          for (let d = 0; d <= NEGATIVES; d++) {
            const target = d === 0 ? word : table[Math.floor(rand() * TABLE)]!;
            if (d > 0 && target === word) continue;
            const t = target * DIM;
            let dot = 0;
            for (let k = 0; k < DIM; k++) dot += syn0[ctx + k]! * syn1[t + k]!;
            const g = ((d === 0 ? 1 : 0) - 1 / (1 + Math.exp(-dot))) * lr;
            for (let k = 0; k < DIM; k++) {
              grad[k]! += g * syn1[t + k]!;
              syn1[t + k]! += g * syn0[ctx + k]!;
            }
          }
          for (let k = 0; k < DIM; k++) syn0[ctx + k]! += grad[k]!;
        }
      }
    }
    console.log(`epoch ${epoch + 1}/${EPOCHS}`);
  }
  // Unit vectors, then spherical k-means.
  for (let i = 0; i < V; i++) {
    let n = 0;
    for (let k = 0; k < DIM; k++) n += syn0[i * DIM + k]! ** 2;
    n = Math.sqrt(n) || 1;
    for (let k = 0; k < DIM; k++) syn0[i * DIM + k]! /= n;
  }
  const assign = kmeans(syn0, V, CLUSTERS, rand);
  const members: string[][] = Array.from({ length: CLUSTERS }, () => []);
  for (let i = 0; i < V; i++) members[assign[i]!]!.push(vocab[i]![0]);
  const lines = [
    '# Word clusters for the triage model: scripts/word-clusters.ts wrote this file; retrain the base model after rewriting it.',
    `# ${sents.length} unlabelled texts (held-out rows left out), ${V} words; skip-gram ${DIM} dims, window ${WINDOW}, ${EPOCHS} epochs; ${CLUSTERS} clusters.`,
    '# Each line: a cluster number, then its words (folded), most frequent first.',
    ...members.map((ws, c) => `${c} ${ws.join(' ')}`).filter((l) => l.includes(' ')),
  ];
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`wrote ${out}`);
}

/** Spherical k-means (cosine) over n unit vectors; seeded by n distinct random points. */
function kmeans(x: Float32Array, n: number, k: number, rand: () => number): Int32Array {
  const centroids = new Float32Array(k * DIM);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(rand() * n);
    while (picked.has(i)) i = Math.floor(rand() * n);
    picked.add(i);
    centroids.set(x.subarray(i * DIM, i * DIM + DIM), c * DIM);
  }
  const assign = new Int32Array(n).fill(-1);
  for (let iter = 0; iter < 25; iter++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += x[i * DIM + d]! * centroids[c * DIM + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < DIM; d++) centroids[assign[i]! * DIM + d]! += x[i * DIM + d]!;
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += centroids[c * DIM + d]! ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // An empty cluster restarts at a random word.
        const i = Math.floor(rand() * n);
        centroids.set(x.subarray(i * DIM, i * DIM + DIM), c * DIM);
      } else for (let d = 0; d < DIM; d++) centroids[c * DIM + d]! /= norm;
    }
    if (moved < n / 1000) break;
  }
  return assign;
}

main();
