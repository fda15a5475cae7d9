import { describe, expect, it } from 'vitest';
import { applySla } from './apply-sla.js';
import { at, buildApplied, buildPolicy } from './testing.js';

// Monday 2 March 2026, 10:00 UTC; default calendar Mon–Fri 09:00–18:00 UTC.
const monday10 = '2026-03-02T10:00:00Z';

describe('applySla due dates', () => {
  it('gives an urgent signal 4 wall-clock hours to first reply and 48 to resolve', () => {
    const a = buildApplied({ slaClass: 'urgent', receivedAt: monday10 });
    expect(a.firstResponseDueAt.toISOString()).toBe('2026-03-02T14:00:00.000Z');
    expect(a.resolutionDueAt.toISOString()).toBe('2026-03-04T10:00:00.000Z');
    expect(a.status).toBe('on_track');
  });

  it('gives an order issue 24 business hours: Wednesday 16:00', () => {
    // Mon 8h + Tue 9h + Wed 7h.
    const a = buildApplied({ slaClass: 'order_issue', receivedAt: monday10 });
    expect(a.firstResponseDueAt.toISOString()).toBe('2026-03-04T16:00:00.000Z');
    // 45 business hours = five working days: next Monday 10:00.
    expect(a.resolutionDueAt.toISOString()).toBe('2026-03-09T10:00:00.000Z');
  });

  it('gives a pre-sale question 12 business hours: Tuesday 13:00', () => {
    const a = buildApplied({ slaClass: 'pre_sale', receivedAt: monday10 });
    expect(a.firstResponseDueAt.toISOString()).toBe('2026-03-03T13:00:00.000Z');
  });

  it('keeps its due dates and targets when the policy is edited afterwards', () => {
    const policy = structuredClone(buildPolicy()) as ReturnType<typeof buildPolicy>;
    const a = applySla({ signalId: 7, slaClass: 'urgent', receivedAt: at(monday10), policy });
    (policy.classes.urgent as { firstResponseMinutes: number }).firstResponseMinutes = 10;
    expect(a.signalId).toBe('7');
    expect(a.firstResponseDueAt.toISOString()).toBe('2026-03-02T14:00:00.000Z');
    expect(a.target.firstResponseMinutes).toBe(240);
  });

  it('records whether a human must answer', () => {
    expect(buildApplied({ mustBeHuman: true }).mustBeHuman).toBe(true);
    expect(buildApplied().mustBeHuman).toBe(false);
  });
});
