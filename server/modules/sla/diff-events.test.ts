import { describe, expect, it } from 'vitest';
import type { AppliedSla } from './apply-sla.js';
import { diffEvents } from './diff-events.js';
import { evaluateSla } from './evaluate-sla.js';
import type { SlaActivity } from './sla-activity.js';
import type { SlaEvent } from './sla-events.js';
import { at, buildApplied, buildPolicy } from './testing.js';

/** The sweep job in miniature: an event table keyed by event key, written only with what is new. */
function eventStore() {
  const rows = new Map<string, SlaEvent>();
  return {
    rows,
    sweep(applied: AppliedSla, activity: SlaActivity, now: string): SlaEvent[] {
      const fresh = diffEvents(rows.keys(), evaluateSla(applied, { ...activity, now: at(now) }).events);
      for (const e of fresh) rows.set(e.key, e);
      return fresh;
    },
  };
}

const urgent = buildApplied({ slaClass: 'urgent', receivedAt: '2026-03-02T10:00:00Z' });
const silent: SlaActivity = { replies: [], statusChanges: [] };

describe('a sweep that runs twice', () => {
  it('writes nothing new on the second run', () => {
    const store = eventStore();
    const first = store.sweep(urgent, silent, '2026-03-02T14:30:00Z');
    expect(first.map((e) => e.type)).toEqual(['first_response_at_risk', 'first_response_breached']);
    expect(store.sweep(urgent, silent, '2026-03-02T14:30:00Z')).toEqual([]);
    expect(store.rows.size).toBe(2);
  });

  it('writes each transition once as time moves on, even with repeated runs in between', () => {
    const store = eventStore();
    expect(store.sweep(urgent, silent, '2026-03-02T12:00:00Z')).toEqual([]);
    expect(store.sweep(urgent, silent, '2026-03-02T13:05:00Z').map((e) => e.type)).toEqual(['first_response_at_risk']);
    expect(store.sweep(urgent, silent, '2026-03-02T13:10:00Z')).toEqual([]);
    expect(store.sweep(urgent, silent, '2026-03-02T14:05:00Z').map((e) => e.type)).toEqual(['first_response_breached']);
    expect(store.sweep(urgent, silent, '2026-03-02T14:06:00Z')).toEqual([]);
  });

  it('ends with the same events, stamped with the same times, whether it ran often or once late', () => {
    const activity: SlaActivity = {
      replies: [{ at: at('2026-03-02T13:30:00Z') }],
      statusChanges: [
        { at: at('2026-03-02T15:00:00Z'), status: 'resolved' },
        { at: at('2026-03-03T09:00:00Z'), status: 'reopened' },
      ],
    };
    const often = eventStore();
    for (const now of [
      '2026-03-02T12:00:00Z',
      '2026-03-02T13:15:00Z',
      '2026-03-02T14:00:00Z',
      '2026-03-03T10:00:00Z',
      '2026-03-05T12:00:00Z',
    ]) {
      often.sweep(urgent, activity, now);
    }
    const once = eventStore();
    once.sweep(urgent, activity, '2026-03-05T12:00:00Z');
    expect([...often.rows.values()]).toEqual([...once.rows.values()]);
    expect([...once.rows.keys()]).toEqual([
      'sla:sig-1:urgent:first_response_at_risk',
      'sla:sig-1:urgent:first_response_met',
      'sla:sig-1:urgent:resolution_met:0',
      'sla:sig-1:urgent:reopened:1',
      'sla:sig-1:urgent:resolution_at_risk:1',
      'sla:sig-1:urgent:resolution_breached:1',
    ]);
    // Stamped with the threshold, not with the sweep that noticed it.
    expect(once.rows.get('sla:sig-1:urgent:resolution_breached:1')?.at.toISOString()).toBe('2026-03-05T09:00:00.000Z');
  });

  it('keeps a reopen and the new clock in separate events from the first clock', () => {
    const store = eventStore();
    const base: SlaActivity = {
      replies: [{ at: at('2026-03-02T10:30:00Z') }],
      statusChanges: [{ at: at('2026-03-02T11:00:00Z'), status: 'resolved' }],
    };
    store.sweep(urgent, base, '2026-03-02T12:00:00Z');
    const reopened = { ...base, statusChanges: [...base.statusChanges, { at: at('2026-03-02T12:30:00Z'), status: 'reopened' as const }] };
    expect(store.sweep(urgent, reopened, '2026-03-02T13:00:00Z').map((e) => e.key)).toEqual(['sla:sig-1:urgent:reopened:1']);
    const resolvedAgain = {
      ...reopened,
      statusChanges: [...reopened.statusChanges, { at: at('2026-03-02T16:00:00Z'), status: 'resolved' as const }],
    };
    expect(store.sweep(urgent, resolvedAgain, '2026-03-02T17:00:00Z').map((e) => e.key)).toEqual(['sla:sig-1:urgent:resolution_met:1']);
    expect(store.sweep(urgent, resolvedAgain, '2026-03-02T17:00:00Z')).toEqual([]);
  });

  it('collapses duplicates within one batch', () => {
    const events = evaluateSla(urgent, { ...silent, now: at('2026-03-02T14:30:00Z') }).events;
    expect(diffEvents([], [...events, ...events])).toHaveLength(2);
    expect(diffEvents([events[0]!.key], events)).toEqual([events[1]]);
  });
});

describe('a sweep over a business-hours SLA in Berlin across Easter and DST', () => {
  it('breaches on the business due date, not the calendar one', () => {
    // Order issue received Thursday 26 March 17:00 CET; Good Friday 3 April and Easter Monday
    // 6 April closed; DST starts Sunday 29 March. 24 business hours (9 a day):
    // Thu 1h, Fri 27 9h, Mon 30 9h, Tue 31 5h → Tuesday 31 March 14:00 CEST = 12:00Z.
    const policy = buildPolicy({
      calendar: { timeZone: 'Europe/Berlin', holidays: ['2026-04-03', '2026-04-06'] },
      classes: { order_issue: { resolutionMinutes: 50 * 60 } },
    });
    const applied = buildApplied({ slaClass: 'order_issue', receivedAt: '2026-03-26T16:00:00Z', policy });
    expect(applied.firstResponseDueAt.toISOString()).toBe('2026-03-31T12:00:00.000Z');
    // 50 business hours: 1 + 9 (Fri) + 9 (Mon) + 9 (Tue) + 9 (Wed) + 9 (Thu 2 April) = 46, then
    // Good Friday, the weekend and Easter Monday are skipped: Tuesday 7 April 13:00 CEST.
    expect(applied.resolutionDueAt.toISOString()).toBe('2026-04-07T11:00:00.000Z');
    const store = eventStore();
    expect(store.sweep(applied, silent, '2026-03-31T11:59:00Z').map((e) => e.type)).toEqual(['first_response_at_risk']);
    expect(store.sweep(applied, silent, '2026-03-31T12:00:00Z').map((e) => e.type)).toEqual(['first_response_breached']);
    expect(store.sweep(applied, silent, '2026-03-31T12:00:00Z')).toEqual([]);
    // On Good Friday the resolution clock is only at risk; it breaches after Easter Monday.
    expect(store.sweep(applied, silent, '2026-04-06T20:00:00Z').map((e) => e.type)).toEqual(['resolution_at_risk']);
    expect(store.sweep(applied, silent, '2026-04-07T11:00:00Z').map((e) => e.type)).toEqual(['resolution_breached']);
  });
});
