import { describe, expect, it } from 'vitest';
import { generateDemoStore } from './generate-demo-store.js';
import { planSupportHistory } from './support-history.js';

describe("the demo team's support history", () => {
  const store = generateDemoStore({ seed: 3, endDate: '2026-03-01' });
  const until = new Date('2026-03-03T12:00:00Z');
  const plan = planSupportHistory(store.signals, 3, until);

  it('is the same for the same seed and cut-off', () => {
    expect(planSupportHistory(store.signals, 3, until)).toEqual(plan);
    expect(planSupportHistory(store.signals, 4, until)).not.toEqual(plan);
  });

  it('answers most signals after they arrive, in order, and nothing after the cut-off', () => {
    const received = new Map(store.signals.map((s) => [s.externalId, Date.parse(s.receivedAt)]));
    expect(plan.length / store.signals.length).toBeGreaterThan(0.9);
    expect(plan.length / store.signals.length).toBeLessThan(1);
    for (const h of plan) {
      const times = h.steps.map((s) => s.at.getTime());
      expect(times[0]).toBeGreaterThan(received.get(h.externalId)!);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(until.getTime());
      expect(h.steps[0]!.reply).toBeDefined();
    }
  });

  it('replies to public reviews in public, to private channels in private, and reopens a few', () => {
    const channel = new Map(store.signals.map((s) => [s.externalId, s.channel]));
    const firsts = plan.map((h) => ({ channel: channel.get(h.externalId), isPublic: h.steps[0]!.reply!.public }));
    expect(firsts.filter((f) => f.channel === 'review').every((f) => f.isPublic)).toBe(true);
    expect(firsts.filter((f) => f.channel === 'email').some((f) => f.isPublic)).toBe(false);
    const reopened = plan.filter((h) => h.steps.some((s) => s.status === 'reopened')).length;
    expect(reopened).toBeGreaterThan(0);
    expect(reopened / plan.length).toBeLessThan(0.1);
  });
});
