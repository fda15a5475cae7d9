import { describe, expect, it } from 'vitest';
import { percentile, slaFigures, type SlaFigureItem } from './sla-figures.js';
import { at, buildApplied } from './testing.js';

// Default calendar: Mon–Fri 09:00–18:00 UTC. Figures as of Monday 9 March 2026, 12:00Z.
const now = at('2026-03-09T12:00:00Z');

const items: SlaFigureItem[] = [
  {
    // Dispute: replied in 30 min, resolved in 2 h with that one reply.
    applied: buildApplied({ signalId: 'a', slaClass: 'urgent', receivedAt: '2026-03-02T10:00:00Z' }),
    channel: 'dispute',
    replies: [{ at: at('2026-03-02T10:30:00Z') }],
    statusChanges: [{ at: at('2026-03-02T12:00:00Z'), status: 'resolved' }],
    csat: 5,
  },
  {
    // Friday 17:00 email answered Monday 09:30: 3870 calendar minutes but only 90 business minutes.
    applied: buildApplied({ signalId: 'b', slaClass: 'order_issue', receivedAt: '2026-03-06T17:00:00Z' }),
    channel: 'email',
    replies: [{ at: at('2026-03-09T09:30:00Z') }, { at: at('2026-03-09T11:00:00Z') }],
    statusChanges: [{ at: at('2026-03-09T12:00:00Z'), status: 'resolved' }],
    csat: 3,
  },
  {
    // Resolved, then reopened and still open.
    applied: buildApplied({ signalId: 'c', slaClass: 'order_issue', receivedAt: '2026-03-02T10:00:00Z' }),
    channel: 'email',
    replies: [{ at: at('2026-03-02T11:00:00Z') }],
    statusChanges: [
      { at: at('2026-03-02T12:00:00Z'), status: 'resolved' },
      { at: at('2026-03-03T10:00:00Z'), status: 'reopened' },
    ],
  },
  {
    // Chargeback only a bot answered: no first response counts, and it breached.
    applied: buildApplied({ signalId: 'd', slaClass: 'urgent', receivedAt: '2026-03-09T06:00:00Z', mustBeHuman: true }),
    channel: 'chargeback',
    replies: [{ at: at('2026-03-09T06:01:00Z'), byAutomation: true }],
    statusChanges: [],
    csat: null,
  },
];

describe('slaFigures', () => {
  const f = slaFigures(items, { now });

  it('gives first response time in calendar and business minutes, without the bot reply', () => {
    expect(f.firstResponse.calendarMinutes).toEqual({ count: 3, median: 60, p90: 60 + 0.8 * (3870 - 60) });
    expect(f.firstResponse.businessMinutes).toEqual({ count: 3, median: 60, p90: 84 });
  });

  it('gives resolution time over the signals resolved now', () => {
    expect(f.resolution.calendarMinutes).toEqual({ count: 2, median: (120 + 4020) / 2, p90: 120 + 0.9 * (4020 - 120) });
    // b: Friday 17:00–18:00 plus Monday 09:00–12:00.
    expect(f.resolution.businessMinutes).toEqual({ count: 2, median: 180, p90: 228 });
  });

  it('counts first-contact resolution: one reply, no reopen', () => {
    expect(f.firstContactResolution).toEqual({ count: 1, total: 2, rate: 0.5 });
  });

  it('counts the reopen rate over signals ever resolved', () => {
    expect(f.reopen).toEqual({ count: 1, total: 3, rate: 1 / 3 });
  });

  it('breaks the breach rate down by class and by channel', () => {
    expect(f.breach.overall).toEqual({ count: 1, total: 4, rate: 0.25 });
    expect(f.breach.byClass).toEqual({
      order_issue: { count: 0, total: 2, rate: 0 },
      urgent: { count: 1, total: 2, rate: 0.5 },
    });
    expect(f.breach.byChannel).toEqual({
      chargeback: { count: 1, total: 1, rate: 1 },
      dispute: { count: 0, total: 1, rate: 0 },
      email: { count: 0, total: 2, rate: 0 },
    });
  });

  it('averages CSAT over the signals with a survey score', () => {
    expect(f.csat).toEqual({ count: 2, average: 4, satisfied: 1, rate: 0.5 });
  });

  it('does not count a signal reopened and resolved again as first-contact resolution', () => {
    const again: SlaFigureItem = {
      ...items[2]!,
      statusChanges: [...items[2]!.statusChanges, { at: at('2026-03-03T11:00:00Z'), status: 'resolved' }],
    };
    expect(slaFigures([again], { now }).firstContactResolution).toEqual({ count: 0, total: 1, rate: 0 });
  });

  it('ignores facts dated after now', () => {
    const early = slaFigures(items, { now: at('2026-03-02T11:30:00Z') });
    // Only a (10:30) and c (11:00) had replied by then; b and d had not arrived.
    expect(early.firstResponse.calendarMinutes.count).toBe(2);
    expect(early.resolution.calendarMinutes.count).toBe(0);
  });

  it('returns empty figures with null rates for no signals', () => {
    const empty = slaFigures([], { now });
    expect(empty.breach.overall).toEqual({ count: 0, total: 0, rate: null });
    expect(empty.firstResponse.calendarMinutes).toEqual({ count: 0, median: null, p90: null });
    expect(empty.csat).toEqual({ count: 0, average: null, satisfied: 0, rate: null });
  });
});

describe('percentile', () => {
  it('interpolates between ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10], 0.9)).toBe(10);
    expect(percentile([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(90);
  });
});
