import { describe, expect, it } from 'vitest';
import { generateDemoStore } from './generate-demo-store.js';
import { demoInspections } from './inspections.js';

describe('demo inspection records', () => {
  const store = generateDemoStore({ endDate: '2026-11-15' });
  const records = demoInspections(store);

  it('inspects every batch once, before its first order', () => {
    const batches = new Set(store.orders.map((o) => o.batch).filter(Boolean));
    expect(records.map((r) => r.batch).sort()).toEqual([...batches].sort());
    for (const r of records) {
      const first = Math.min(...store.orders.filter((o) => o.batch === r.batch).map((o) => Date.parse(o.orderedAt)));
      expect(Date.parse(r.inspectedAt)).toBeLessThan(first);
    }
  });

  it('records what slipped through on the strap-missing batch', () => {
    const strap = store.incidents[0]!;
    const r = records.find((x) => x.batch === strap.batch)!;
    expect(r.result).toBe('conditional');
    expect(r.notes).toMatch(/without its strap/);
    expect(records.filter((x) => x.result === 'pass').length).toBeGreaterThan(0);
  });
});
