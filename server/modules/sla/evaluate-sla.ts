import type { AppliedSla, SlaState } from './apply-sla.js';
import { addTargetMinutes } from './business-time.js';
import { countingReplies, resolutionCycles, type SlaActivity } from './sla-activity.js';
import { slaEventKey, SLA_EVENT_TYPES, type SlaEvent, type SlaEventType } from './sla-events.js';

/**
 * Evaluate one applied SLA as of `now` (chatwoot's evaluate-applied-SLA, made pure): the state
 * of each clock and every event that should exist by `now`. Each event depends only on facts
 * dated before it, so the result for a later `now` is a superset of the one for an earlier
 * `now`, and a sweep can run any number of times, late or early, and converge.
 */

export interface EvaluateSlaOptions extends SlaActivity {
  now: Date;
  /** Overrides the fraction stored on the applied SLA (policy default 0.75). */
  atRiskFraction?: number;
}

export interface ClockView {
  state: SlaState;
  startedAt: Date;
  atRiskAt: Date;
  dueAt: Date;
  /** When the clock stopped (reply or resolution); null while it runs. */
  stoppedAt: Date | null;
}

export interface FirstResponseView extends ClockView {
  stoppedBy: 'human' | 'automation' | 'resolved' | null;
}

export interface ResolutionView extends ClockView {
  cycle: number;
}

export interface SlaEvaluation {
  firstResponse: FirstResponseView;
  /** The current resolution clock (the latest cycle). */
  resolution: ResolutionView;
  /** Every resolution clock, oldest first; more than one means the signal was reopened. */
  cycles: ResolutionView[];
  overall: SlaState;
  events: SlaEvent[];
  /** Next instant the state changes if nothing happens; null when every clock has stopped. */
  nextCheckAt: Date | null;
}

interface ClockFacts {
  startedAt: Date;
  dueAt: Date;
  minutes: number;
  stoppedAt: Date | null;
}

function viewClock(applied: AppliedSla, facts: ClockFacts, now: Date, fraction: number): ClockView {
  const { startedAt, dueAt, stoppedAt } = facts;
  const atRiskAt = addTargetMinutes(startedAt, facts.minutes * fraction, applied.target.businessHoursOnly, applied.calendar);
  let state: SlaState;
  if (stoppedAt) state = stoppedAt <= dueAt ? 'met' : 'breached';
  else if (now >= dueAt) state = 'breached';
  else if (now >= atRiskAt) state = 'at_risk';
  else state = 'on_track';
  return { state, startedAt, atRiskAt, dueAt, stoppedAt };
}

/** A threshold's event exists once it has passed, unless the clock stopped at or before it. */
function passedUnstopped(clock: ClockView, threshold: Date, now: Date): boolean {
  return now >= threshold && !(clock.stoppedAt && clock.stoppedAt <= threshold);
}

function clockEvents(
  applied: AppliedSla,
  clock: ClockView,
  now: Date,
  types: { atRisk: SlaEventType; breached: SlaEventType; met: SlaEventType },
  cycle?: number,
  by?: SlaEvent['by'],
): SlaEvent[] {
  const make = (type: SlaEventType, at: Date, extra: Partial<SlaEvent> = {}): SlaEvent => ({
    key: slaEventKey(applied.signalId, applied.slaClass, type, cycle),
    type,
    signalId: applied.signalId,
    slaClass: applied.slaClass,
    at,
    dueAt: clock.dueAt,
    ...(cycle === undefined ? {} : { cycle }),
    ...extra,
  });
  const out: SlaEvent[] = [];
  if (passedUnstopped(clock, clock.atRiskAt, now)) out.push(make(types.atRisk, clock.atRiskAt));
  if (passedUnstopped(clock, clock.dueAt, now)) out.push(make(types.breached, clock.dueAt));
  if (clock.stoppedAt && clock.stoppedAt <= clock.dueAt) out.push(make(types.met, clock.stoppedAt, by ? { by } : {}));
  return out;
}

function overallState(first: ClockView, cycles: ClockView[]): SlaState {
  const current = cycles[cycles.length - 1]!;
  // A breach is history: a later met clock does not undo a promise already broken.
  if (first.state === 'breached' || cycles.some((c) => c.state === 'breached')) return 'breached';
  if (first.state === 'met' && current.state === 'met') return 'met';
  if (first.state === 'at_risk' || current.state === 'at_risk') return 'at_risk';
  return 'on_track';
}

export function evaluateSla(applied: AppliedSla, options: EvaluateSlaOptions): SlaEvaluation {
  const { now } = options;
  const fraction = options.atRiskFraction ?? applied.atRiskFraction;
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`atRiskFraction must be between 0 and 1, got ${fraction}`);

  const cycleFacts = resolutionCycles(applied, options.statusChanges, now);
  const firstReply = countingReplies(applied, options.replies, now)[0];
  // Closing a signal without a reply (spam, duplicate) also ends the wait for a first reply,
  // except where a human must answer: there only a human reply will do.
  const firstResolution = cycleFacts[0]!.resolvedAt;
  let stoppedAt: Date | null = firstReply?.at ?? null;
  let stoppedBy: FirstResponseView['stoppedBy'] = firstReply ? (firstReply.byAutomation ? 'automation' : 'human') : null;
  if (!applied.mustBeHuman && firstResolution && (!stoppedAt || firstResolution < stoppedAt)) {
    stoppedAt = firstResolution;
    stoppedBy = 'resolved';
  }

  const firstResponse: FirstResponseView = {
    ...viewClock(
      applied,
      {
        startedAt: applied.receivedAt,
        dueAt: applied.firstResponseDueAt,
        minutes: applied.target.firstResponseMinutes,
        stoppedAt,
      },
      now,
      fraction,
    ),
    stoppedBy,
  };
  const cycles: ResolutionView[] = cycleFacts.map((c) => ({
    ...viewClock(
      applied,
      {
        startedAt: c.startedAt,
        dueAt: c.dueAt,
        minutes: applied.target.resolutionMinutes,
        stoppedAt: c.resolvedAt,
      },
      now,
      fraction,
    ),
    cycle: c.index,
  }));

  const events: SlaEvent[] = [
    ...clockEvents(
      applied,
      firstResponse,
      now,
      { atRisk: 'first_response_at_risk', breached: 'first_response_breached', met: 'first_response_met' },
      undefined,
      stoppedBy ?? undefined,
    ),
  ];
  for (const c of cycles) {
    if (c.cycle > 0) {
      events.push({
        key: slaEventKey(applied.signalId, applied.slaClass, 'reopened', c.cycle),
        type: 'reopened',
        signalId: applied.signalId,
        slaClass: applied.slaClass,
        at: c.startedAt,
        cycle: c.cycle,
        dueAt: c.dueAt,
      });
    }
    events.push(
      ...clockEvents(
        applied,
        c,
        now,
        { atRisk: 'resolution_at_risk', breached: 'resolution_breached', met: 'resolution_met' },
        c.cycle,
        'resolved',
      ),
    );
  }
  // A stable order, so two runs over the same facts produce identical lists.
  const rank = (t: SlaEventType) => SLA_EVENT_TYPES.indexOf(t);
  events.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.cycle ?? -1) - (b.cycle ?? -1) || rank(a.type) - rank(b.type));

  const current = cycles[cycles.length - 1]!;
  const upcoming = [firstResponse, current]
    .filter((c) => !c.stoppedAt)
    .flatMap((c) => [c.atRiskAt, c.dueAt])
    .filter((t) => t > now)
    .sort((a, b) => a.getTime() - b.getTime());

  return {
    firstResponse,
    resolution: current,
    cycles,
    overall: overallState(firstResponse, cycles),
    events,
    nextCheckAt: upcoming[0] ?? null,
  };
}
