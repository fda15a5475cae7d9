import { describe, expect, it } from 'vitest';
import { generateDemoStore } from './generate-demo-store.js';
import { rateRatio } from './testing.js';
import type { DemoFix, DemoStore } from './types.js';

const DAY = 86_400_000;

/**
 * The verdict the loop will compute: matching signals per order of the SKU, by order date where
 * the signal has an order and by received date where it does not, over the review window before
 * and after the change.
 */
function measure(store: DemoStore, fix: DemoFix) {
  const done = Date.parse(fix.doneAt);
  const w = fix.reviewWindowDays * DAY;
  const side = (ms: number) => (ms >= done - w && ms < done ? 'before' : ms >= done && ms < done + w ? 'after' : null);
  const exposure = { before: 0, after: 0 };
  const orderSide = new Map<string, 'before' | 'after'>();
  for (const o of store.orders) {
    if (!o.lines.some((l) => l.sku === fix.sku)) continue;
    const s = side(Date.parse(o.orderedAt));
    if (!s) continue;
    exposure[s]++;
    orderSide.set(o.orderId, s);
  }
  const count = { before: 0, after: 0 };
  store.signals.forEach((sig, i) => {
    if (sig.sku !== fix.sku || !store.labels[i]!.issueTypes.includes(fix.issueType)) return;
    const s = sig.orderId ? orderSide.get(sig.orderId) : side(Date.parse(sig.receivedAt));
    if (s) count[s]++;
  });
  return { exposure, count, rr: rateRatio(count.before, exposure.before, count.after, exposure.after) };
}

describe('demo fixes', () => {
  for (const seed of [1, 2, 3]) {
    const store = generateDemoStore({ seed });
    const works = store.fixes.find((f) => f.expected === 'shrinking')!;
    const fails = store.fixes.find((f) => f.expected === 'no_change')!;

    it(`closes both review windows, with their complaints in, before the data ends (seed ${seed})`, () => {
      const end = Date.parse('2026-11-17T00:00:00Z');
      for (const fix of store.fixes) {
        expect(store.incidents.some((i) => i.id === fix.incidentId && i.sku === fix.sku)).toBe(true);
        expect(Date.parse(fix.doneAt) + (fix.reviewWindowDays + 21) * DAY).toBeLessThan(end);
        const m = measure(store, fix);
        expect(m.exposure.before).toBeGreaterThan(60);
        expect(m.exposure.after).toBeGreaterThan(60);
      }
    });

    it(`halves (or better) the fit rate after the size-chart fix (seed ${seed})`, () => {
      const { rr, count } = measure(store, works);
      expect(count.before).toBeGreaterThan(20);
      expect(rr.ratio).toBeLessThanOrEqual(0.5);
      expect(rr.ciHigh).toBeLessThan(1);
    });

    it(`leaves the setup rate where it was after the FAQ fix (seed ${seed})`, () => {
      const { rr, count } = measure(store, fails);
      expect(count.before).toBeGreaterThan(10);
      expect(rr.ratio).toBeGreaterThan(0.67);
      expect(rr.ratio).toBeLessThan(1.5);
      expect(rr.ciLow).toBeLessThan(1);
      expect(rr.ciHigh).toBeGreaterThan(1);
    });
  }
});
