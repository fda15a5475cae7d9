import { describe, expect, it } from 'vitest';
import { evaluateSla } from './evaluate-sla.js';
import type { SlaReply, SlaStatusChange } from './sla-activity.js';
import { at, buildApplied } from './testing.js';

// Urgent, received Monday 2 March 2026 10:00Z: first reply at risk 13:00, due 14:00 (wall clock);
// resolution at risk Tuesday 22:00, due Wednesday 10:00.
const urgent = (mustBeHuman = false) => buildApplied({ slaClass: 'urgent', receivedAt: '2026-03-02T10:00:00Z', mustBeHuman });

function evaluate(
  now: string,
  replies: SlaReply[] = [],
  statusChanges: SlaStatusChange[] = [],
  applied = urgent(),
  atRiskFraction?: number,
) {
  return evaluateSla(applied, { now: at(now), replies, statusChanges, atRiskFraction });
}
const types = (e: ReturnType<typeof evaluate>) => e.events.map((x) => x.type);
const human = (iso: string): SlaReply => ({ at: at(iso) });
const bot = (iso: string): SlaReply => ({ at: at(iso), byAutomation: true });
const status = (iso: string, s: SlaStatusChange['status']): SlaStatusChange => ({ at: at(iso), status: s });

describe('first response: on track, at risk, breached', () => {
  it('is on track with no events before 75% of the target is used', () => {
    const e = evaluate('2026-03-02T12:59:59Z');
    expect(e.firstResponse.state).toBe('on_track');
    expect(e.overall).toBe('on_track');
    expect(e.events).toEqual([]);
    expect(e.nextCheckAt?.toISOString()).toBe('2026-03-02T13:00:00.000Z');
  });

  it('turns at risk at 75% of the target and records when that happened', () => {
    const e = evaluate('2026-03-02T13:00:00Z');
    expect(e.firstResponse.state).toBe('at_risk');
    expect(e.overall).toBe('at_risk');
    expect(e.events).toMatchObject([{ type: 'first_response_at_risk', at: at('2026-03-02T13:00:00Z') }]);
    expect(e.nextCheckAt?.toISOString()).toBe('2026-03-02T14:00:00.000Z');
  });

  it('takes a configurable at-risk fraction', () => {
    expect(evaluate('2026-03-02T12:00:00Z', [], [], urgent(), 0.5).firstResponse.state).toBe('at_risk');
    expect(evaluate('2026-03-02T12:00:00Z').firstResponse.state).toBe('on_track');
    expect(() => evaluate('2026-03-02T12:00:00Z', [], [], urgent(), 1)).toThrow(RangeError);
  });

  it('is breached once the due time passes without a reply', () => {
    const e = evaluate('2026-03-02T14:30:00Z');
    expect(e.firstResponse.state).toBe('breached');
    expect(e.overall).toBe('breached');
    expect(e.events).toMatchObject([
      { type: 'first_response_at_risk', at: at('2026-03-02T13:00:00Z') },
      { type: 'first_response_breached', at: at('2026-03-02T14:00:00Z'), key: 'sla:sig-1:urgent:first_response_breached' },
    ]);
  });

  it('counts at-risk in business hours for a business-hours class', () => {
    // Order issue from Monday 10:00: 18 of 24 business hours are used by Wednesday 10:00.
    const applied = buildApplied({ slaClass: 'order_issue', receivedAt: '2026-03-02T10:00:00Z' });
    const e = evaluateSla(applied, { now: at('2026-03-04T10:00:00Z'), replies: [], statusChanges: [] });
    expect(e.firstResponse.atRiskAt.toISOString()).toBe('2026-03-04T10:00:00.000Z');
    expect(e.firstResponse.state).toBe('at_risk');
  });
});

describe('first response: a reply that meets the target', () => {
  it('is met by a human reply before the due time', () => {
    const e = evaluate('2026-03-02T15:00:00Z', [human('2026-03-02T12:00:00Z')]);
    expect(e.firstResponse).toMatchObject({ state: 'met', stoppedBy: 'human', stoppedAt: at('2026-03-02T12:00:00Z') });
    expect(types(e)).toEqual(['first_response_met']);
  });

  it('keeps the at-risk event when the reply came after the at-risk point', () => {
    const e = evaluate('2026-03-02T15:00:00Z', [human('2026-03-02T13:30:00Z')]);
    expect(types(e)).toEqual(['first_response_at_risk', 'first_response_met']);
  });

  it('is met by a reply exactly at the due time', () => {
    expect(evaluate('2026-03-02T15:00:00Z', [human('2026-03-02T14:00:00Z')]).firstResponse.state).toBe('met');
  });

  it('stays breached when the reply comes late', () => {
    const e = evaluate('2026-03-02T15:00:00Z', [human('2026-03-02T14:10:00Z')]);
    expect(e.firstResponse.state).toBe('breached');
    expect(types(e)).toEqual(['first_response_at_risk', 'first_response_breached']);
  });

  it('ignores a reply dated after now', () => {
    const e = evaluate('2026-03-02T13:10:00Z', [human('2026-03-02T13:30:00Z')]);
    expect(e.firstResponse.state).toBe('at_risk');
  });
});

describe('automated replies', () => {
  it('do not count as the first response when a human must answer', () => {
    const e = evaluate('2026-03-02T14:30:00Z', [bot('2026-03-02T10:01:00Z')], [], urgent(true));
    expect(e.firstResponse).toMatchObject({ state: 'breached', stoppedBy: null });
  });

  it('then the first human reply is the one that counts', () => {
    const e = evaluate('2026-03-02T14:30:00Z', [bot('2026-03-02T10:01:00Z'), human('2026-03-02T11:00:00Z')], [], urgent(true));
    expect(e.firstResponse).toMatchObject({ state: 'met', stoppedBy: 'human', stoppedAt: at('2026-03-02T11:00:00Z') });
  });

  it('do count when automation may answer alone', () => {
    const e = evaluate('2026-03-02T14:30:00Z', [bot('2026-03-02T10:01:00Z')]);
    expect(e.firstResponse).toMatchObject({ state: 'met', stoppedBy: 'automation' });
    expect(e.events[0]).toMatchObject({ type: 'first_response_met', by: 'automation' });
  });
});

describe('resolution', () => {
  it('is met when resolved before its due time, and the whole SLA is met', () => {
    const e = evaluate('2026-03-03T12:00:00Z', [human('2026-03-02T10:30:00Z')], [status('2026-03-02T16:00:00Z', 'resolved')]);
    expect(e.resolution).toMatchObject({ state: 'met', cycle: 0 });
    expect(e.overall).toBe('met');
    expect(e.nextCheckAt).toBeNull();
  });

  it('closing without a reply ends the wait for a first reply, unless a human must answer', () => {
    const closed = [status('2026-03-02T11:00:00Z', 'resolved')];
    expect(evaluate('2026-03-02T15:00:00Z', [], closed).firstResponse).toMatchObject({ state: 'met', stoppedBy: 'resolved' });
    const e = evaluate('2026-03-02T15:00:00Z', [], closed, urgent(true));
    expect(e.firstResponse.state).toBe('breached');
    expect(e.overall).toBe('breached');
  });

  it('keeps running while pending: waiting on the customer does not pause the promise', () => {
    const e = evaluate('2026-03-04T10:00:00Z', [human('2026-03-02T10:30:00Z')], [status('2026-03-02T11:00:00Z', 'pending')]);
    expect(e.resolution.state).toBe('breached');
    expect(types(e)).toEqual(['first_response_met', 'resolution_at_risk', 'resolution_breached']);
  });
});

describe('reopen', () => {
  const replied = [human('2026-03-02T10:30:00Z')];

  it('starts a new resolution clock with the full target from the reopen', () => {
    const changes = [status('2026-03-02T11:00:00Z', 'resolved'), status('2026-03-03T09:00:00Z', 'reopened')];
    const e = evaluate('2026-03-03T12:00:00Z', replied, changes);
    expect(e.cycles).toHaveLength(2);
    expect(e.resolution).toMatchObject({ cycle: 1, state: 'on_track', startedAt: at('2026-03-03T09:00:00Z') });
    expect(e.resolution.dueAt.toISOString()).toBe('2026-03-05T09:00:00.000Z');
    expect(e.overall).toBe('on_track');
    expect(e.events.map((x) => x.key)).toEqual([
      'sla:sig-1:urgent:first_response_met',
      'sla:sig-1:urgent:resolution_met:0',
      'sla:sig-1:urgent:reopened:1',
    ]);
  });

  it('is not breached by the old due date when reopened after it', () => {
    const changes = [status('2026-03-02T11:00:00Z', 'resolved'), status('2026-03-05T12:00:00Z', 'open')];
    const e = evaluate('2026-03-05T13:00:00Z', replied, changes);
    expect(e.resolution).toMatchObject({ cycle: 1, state: 'on_track' });
  });

  it('breaches the new clock on its own due date, under its own key', () => {
    const changes = [status('2026-03-02T11:00:00Z', 'resolved'), status('2026-03-03T09:00:00Z', 'reopened')];
    const e = evaluate('2026-03-05T09:00:00Z', replied, changes);
    expect(e.resolution.state).toBe('breached');
    expect(e.overall).toBe('breached');
    expect(e.events.at(-1)).toMatchObject({ key: 'sla:sig-1:urgent:resolution_breached:1', at: at('2026-03-05T09:00:00Z') });
  });

  it('ignores a reopen of a signal that is not resolved and a second resolve', () => {
    const changes = [
      status('2026-03-02T10:40:00Z', 'reopened'),
      status('2026-03-02T11:00:00Z', 'resolved'),
      status('2026-03-02T12:00:00Z', 'resolved'),
    ];
    const e = evaluate('2026-03-03T12:00:00Z', replied, changes);
    expect(e.cycles).toHaveLength(1);
    expect(e.resolution).toMatchObject({ state: 'met', stoppedAt: at('2026-03-02T11:00:00Z') });
  });
});
