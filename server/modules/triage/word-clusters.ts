/**
 * Word clusters (word-clusters.txt, written by scripts/word-clusters.ts from unlabelled reviews):
 * words customers use in the same places share a cluster, and a model trained with them sees a
 * word's cluster next to the word (features.ts), so what it learns from "vibrant" reaches
 * "mustard" and "neon" too. Looked up by the token's word hash in an open-addressing table.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { wordHash } from './text.js';

export interface WordClusters {
  /** sha256 prefix of the file: a model records the clusters it was trained with. */
  id: string;
  mask: number;
  /** Word hash + 1 per slot (0: free). */
  keys: Uint32Array;
  /** The cluster number per slot. */
  cluster: Int32Array;
}

export function parseWordClusters(text: string): WordClusters {
  const rows: [string, number][] = [];
  for (const [n, line] of text.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cluster, ...words] = line.trim().split(/\s+/);
    if (!/^\d+$/.test(cluster ?? '') || !words.length) throw new Error(`word clusters line ${n + 1}: expected "<cluster> word…"`);
    for (const w of words) rows.push([w, Number(cluster)]);
  }
  let size = 1;
  while (size < rows.length * 3) size <<= 1;
  const keys = new Uint32Array(size);
  const cluster = new Int32Array(size);
  const mask = size - 1;
  for (const [w, c] of rows) {
    const hash = wordHash(w);
    const key = slotKey(hash);
    let s = (hash >>> 0) & mask;
    while (keys[s] !== 0 && keys[s] !== key) s = (s + 1) & mask;
    keys[s] = key;
    cluster[s] = c;
  }
  return { id: createHash('sha256').update(text).digest('hex').slice(0, 12), mask, keys, cluster };
}

/** A word hash as stored: + 1, so that 0 marks a free slot. */
function slotKey(hash: number): number {
  return ((hash >>> 0) + 1) >>> 0 || 1;
}

/** The slot of the word with this hash (a token's `hash`), or -1 when the word has no cluster. */
export function clusterSlot(c: WordClusters, hash: number): number {
  const key = slotKey(hash);
  const { keys, mask } = c;
  let s = (hash >>> 0) & mask;
  for (;;) {
    const k = keys[s]!;
    if (k === key) return s;
    if (k === 0) return -1;
    s = (s + 1) & mask;
  }
}

const FILE = new URL('./word-clusters.txt', import.meta.url);
let cached: WordClusters | null | undefined;

/** The clusters that ship with Writeback, or null when the file is absent. */
export function loadWordClusters(): WordClusters | null {
  if (cached === undefined) cached = existsSync(FILE) ? parseWordClusters(readFileSync(FILE, 'utf8')) : null;
  return cached;
}

/** The clusters a model was trained with (its `clusters` id): the shipped file, which must be that one. */
export function clustersFor(id: string | undefined): WordClusters | null {
  if (!id) return null;
  const c = loadWordClusters();
  if (c?.id !== id)
    throw new Error(
      `the triage model was trained with word clusters ${id}, but word-clusters.txt is ${c?.id ?? 'absent'}: retrain it (scripts/train-base-model.ts)`,
    );
  return c;
}
