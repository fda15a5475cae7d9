import { describe, expect, it } from 'vitest';
import { windowCounts } from './window-counts.js';

const change = new Date('2026-03-15T00:00:00Z');
const day = (n: number) => new Date(change.getTime() + n * 86_400_000);

describe('windowCounts', () => {
  it('uses orders as exposure and attributes signals by order date where known', () => {
    const r = windowCounts({
      changeAt: change,
      windowDays: 14,
      orders: [{ orderedAt: day(-10) }, { orderedAt: day(-1) }, { orderedAt: day(2) }, { orderedAt: day(20) }],
      signals: [
        // ordered before the change, complained after it: counts against the old page
        { receivedAt: day(3), orderedAt: day(-1), matches: true },
        { receivedAt: day(4), orderedAt: day(2), matches: true },
        { receivedAt: day(5), orderedAt: null, matches: true },
        { receivedAt: day(5), orderedAt: day(2), matches: false },
      ],
    });
    expect(r.mode).toBe('orders');
    expect(r.before).toEqual({ events: 1, exposure: 2 });
    expect(r.after).toEqual({ events: 2, exposure: 1 });
  });

  it('without orders, exposure is every signal of the SKU (share)', () => {
    const r = windowCounts({
      changeAt: change,
      windowDays: 7,
      signals: [
        { receivedAt: day(-3), matches: true },
        { receivedAt: day(-2), matches: false },
        { receivedAt: day(-1), matches: false },
        { receivedAt: day(1), matches: false },
        { receivedAt: day(9), matches: true },
      ],
    });
    expect(r.mode).toBe('share');
    expect(r.before).toEqual({ events: 1, exposure: 3 });
    expect(r.after).toEqual({ events: 0, exposure: 1 });
  });

  it('caps follow-up equally so late orders in the after window are not favoured', () => {
    const r = windowCounts({
      changeAt: change,
      windowDays: 14,
      followUpDays: 10,
      orders: [{ orderedAt: day(-12) }],
      signals: [
        { receivedAt: day(-1), orderedAt: day(-12), matches: true }, // 11 days later: outside follow-up
        { receivedAt: day(-3), orderedAt: day(-12), matches: true },
      ],
    });
    expect(r.before.events).toBe(1);
    expect(r.completeAt).toEqual(day(24));
  });

  it('a longer baseline window widens only the before side', () => {
    const r = windowCounts({
      changeAt: change,
      windowDays: 14,
      baselineDays: 28,
      orders: [{ orderedAt: day(-20) }, { orderedAt: day(-30) }, { orderedAt: day(16) }],
      signals: [],
    });
    expect(r.before.exposure).toBe(1);
    expect(r.after.exposure).toBe(0);
  });

  it('rejects an empty window', () => {
    expect(() => windowCounts({ changeAt: change, windowDays: 0, signals: [] })).toThrow(/windowDays/);
  });
});
