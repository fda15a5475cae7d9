import type { SlaEvent } from './sla-events.js';

/**
 * The events a sweep still has to write: computed ones whose key is not stored yet. Duplicates
 * inside `computed` collapse too, so evaluating overlapping batches cannot double-write.
 * The store should still hold a unique index on the key: two sweeps on two processes may
 * diff against the same snapshot, and the index makes the second insert a no-op.
 */
export function diffEvents(existingKeys: Iterable<string>, computed: readonly SlaEvent[]): SlaEvent[] {
  const seen = new Set(existingKeys);
  const fresh: SlaEvent[] = [];
  for (const event of computed) {
    if (seen.has(event.key)) continue;
    seen.add(event.key);
    fresh.push(event);
  }
  return fresh;
}
