import type { InspectionInput } from '../../contracts/inspections.js';
import type { DemoStore } from './types.js';

const DAY_MS = 86_400_000;
const INSPECTORS = ['QA line 1 (Porto)', 'QA line 2 (Braga)'];

/**
 * One incoming inspection per batch, two days before its first order: the batches behind an
 * incident passed with a remark the inspector wrote down (the trace shows what was checked and
 * what slipped through); the others passed clean. Deterministic, from the store alone.
 */
export function demoInspections(store: DemoStore): InspectionInput[] {
  const first = new Map<string, { at: number; sku: string }>();
  for (const o of store.orders) {
    if (!o.batch) continue;
    const at = Date.parse(o.orderedAt);
    const seen = first.get(o.batch);
    if (!seen || at < seen.at) first.set(o.batch, { at, sku: o.lines[0]!.sku });
  }
  const incident = new Map(store.incidents.filter((i) => i.batch).map((i) => [i.batch!, i]));
  return [...first.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([batch, f], i) => {
      const hit = incident.get(batch);
      return {
        batch,
        sku: f.sku,
        inspectedAt: new Date(f.at - 2 * DAY_MS).toISOString(),
        inspector: INSPECTORS[i % INSPECTORS.length]!,
        result: hit ? 'conditional' : 'pass',
        notes: hit
          ? hit.kind === 'batch_missing_part'
            ? 'Sampled 20 of 400: 1 pack without its strap, repacked; supplier told to check the packing line.'
            : 'Sampled 20 of 400: minor finish defects on 2, accepted.'
          : 'Sampled 20: all as specified.',
        photos: [],
      } satisfies InspectionInput;
    });
}
