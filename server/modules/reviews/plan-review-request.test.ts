import { describe, expect, it } from 'vitest';
import type { PlanReviewRequestInput } from './plan-review-request.js';
import { planReviewRequest } from './plan-review-request.js';

const NOW = new Date('2026-03-10T12:00:00Z');

function buildInput(overrides: Partial<PlanReviewRequestInput> = {}): PlanReviewRequestInput {
  return { order: { orderId: 'A1', deliveredAt: '2026-03-05T09:00:00Z' }, openProblems: false, delayDays: 7, now: NOW, ...overrides };
}

describe('planReviewRequest', () => {
  it('schedules the ask the configured delay after delivery', () => {
    expect(planReviewRequest(buildInput())).toEqual({ dueAt: new Date('2026-03-12T09:00:00Z') });
    expect(planReviewRequest(buildInput({ delayDays: 0 }))).toEqual({ dueAt: new Date('2026-03-05T09:00:00Z') });
  });

  it('never schedules before delivery: no delivery date', () => {
    expect(planReviewRequest(buildInput({ order: { orderId: 'A1' } }))).toEqual({ suppressed: 'not_delivered' });
    expect(planReviewRequest(buildInput({ order: { deliveredAt: null } }))).toEqual({ suppressed: 'not_delivered' });
  });

  it('never schedules before delivery: a delivery date still in the future', () => {
    expect(planReviewRequest(buildInput({ order: { deliveredAt: '2026-03-11T00:00:00Z' } }))).toEqual({ suppressed: 'not_delivered' });
  });

  it('the due date is never before delivery, whatever the delay', () => {
    for (const delayDays of [0, 0.5, 1, 3, 14, 60]) {
      const plan = planReviewRequest(buildInput({ delayDays }));
      expect('dueAt' in plan && plan.dueAt.getTime() >= Date.parse('2026-03-05T09:00:00Z')).toBe(true);
    }
  });

  it('refuses a negative or non-numeric delay rather than ask early', () => {
    expect(() => planReviewRequest(buildInput({ delayDays: -1 }))).toThrow(/delayDays/);
    expect(() => planReviewRequest(buildInput({ delayDays: Number.NaN }))).toThrow(/delayDays/);
  });

  it('suppresses while a problem is open and routes to support', () => {
    expect(planReviewRequest(buildInput({ openProblems: true }))).toEqual({ suppressed: 'open_problem', routeTo: 'support' });
  });

  it('an undelivered order with an open problem is reported as not delivered', () => {
    expect(planReviewRequest(buildInput({ order: {}, openProblems: true }))).toEqual({ suppressed: 'not_delivered' });
  });

  it('rejects an unreadable delivery date with the field name', () => {
    expect(() => planReviewRequest(buildInput({ order: { deliveredAt: 'yesterday' } }))).toThrow(/order\.deliveredAt/);
  });

  it('accepts a Date for deliveredAt', () => {
    expect(planReviewRequest(buildInput({ order: { deliveredAt: new Date('2026-03-01T00:00:00Z') }, delayDays: 2 }))).toEqual({
      dueAt: new Date('2026-03-03T00:00:00Z'),
    });
  });
});

describe('planReviewRequest: no review gating', () => {
  it('takes no sentiment input: rating, sentiment or CSAT fields do not change the plan', () => {
    const base = planReviewRequest(buildInput());
    for (const extra of [{ rating: 1 }, { rating: 5 }, { sentiment: 'negative' }, { csat: 1 }, { happy: false }]) {
      const withExtra = { ...buildInput(), ...extra, order: { ...buildInput().order, ...extra } } as PlanReviewRequestInput;
      expect(planReviewRequest(withExtra)).toEqual(base);
    }
  });

  it('its input type has no sentiment field', () => {
    const keys: (keyof PlanReviewRequestInput)[] = ['order', 'openProblems', 'delayDays', 'now'];
    // @ts-expect-error rating is not an input: the rule must not be able to see it
    const bad: PlanReviewRequestInput = { ...buildInput(), rating: 5 };
    expect(Object.keys(buildInput()).sort()).toEqual([...keys].sort());
    expect(bad).toBeDefined();
  });
});
