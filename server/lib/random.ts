/**
 * Seeded randomness for the demo store and the simulation tests. Hand-written so the same seed
 * gives the same numbers on every machine and Node version (Math.random cannot be seeded), and a
 * simulation test replays from its seed instead of passing today and failing tomorrow.
 */

export type Rng = () => number;

/** mulberry32: tiny, fast, and good enough for synthetic data (not for anything secret). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a label, so each part of the store gets its own stream: changing how many numbers
 * one part draws must not shift every other part. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function streamFor(seed: number, label: string): Rng {
  return mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ hashLabel(label)) >>> 0);
}

export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** Weighted choice over a precomputed cumulative table (binary search keeps big draws cheap). */
export interface Weighted<T> {
  items: readonly T[];
  cumulative: Float64Array;
  total: number;
}

export function weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): Weighted<T> {
  const cumulative = new Float64Array(pairs.length);
  let total = 0;
  pairs.forEach(([, w], i) => {
    total += w;
    cumulative[i] = total;
  });
  return { items: pairs.map(([v]) => v), cumulative, total };
}

export function draw<T>(rng: Rng, table: Weighted<T>): T {
  const x = rng() * table.total;
  let lo = 0;
  let hi = table.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  const item = table.items[lo];
  if (item === undefined) throw new Error('draw from an empty table');
  return item;
}

/**
 * Poisson draw: Knuth for small means, a rounded normal above `normalAbove` (order counts
 * ~50/day). The demo store draws with the default; the simulation tests were measured with 60.
 */
export function poisson(rng: Rng, mean: number, normalAbove = 30): number {
  if (mean <= 0) return 0;
  if (mean > normalAbove) {
    const u = Math.max(rng(), 1e-12);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
    return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/**
 * Systematic sampling: over any run of calls the number of hits equals the summed probability
 * give or take one. Incidents use it so the planted effect sizes (a fix halving a rate, a fix
 * changing nothing) hold for every seed instead of only on average.
 */
export class Quota {
  private acc: number;
  constructor(rng: Rng) {
    this.acc = rng();
  }
  hit(p: number): boolean {
    this.acc += p;
    if (this.acc >= 1) {
      this.acc -= 1;
      return true;
    }
    return false;
  }
}

/** Binomial draw by summing Bernoulli trials; fine for the hundreds of orders a test uses. */
export function binomial(rng: Rng, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < p) k += 1;
  return k;
}
