/**
 * Seeded randomness for simulation tests and demo data: a test that draws from Math.random
 * could pass today and fail tomorrow, so every simulation here replays from a seed.
 */

/** mulberry32: tiny, fast, good enough for Monte Carlo of this size; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson draw: Knuth's product method for small means, normal approximation above 60. */
export function samplePoisson(rand: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) {
    const u = Math.max(rand(), 1e-12);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k += 1;
    p *= rand();
  }
  return k;
}

/** Binomial draw by summing Bernoulli trials; fine for the hundreds of orders a test uses. */
export function sampleBinomial(rand: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k += 1;
  return k;
}
