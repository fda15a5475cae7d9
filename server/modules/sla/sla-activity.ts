import type { AppliedSla } from './apply-sla.js';
import { addTargetMinutes } from './business-time.js';

/**
 * What happened to a signal, as the SLA sees it: replies and status changes. The rules that
 * read them live here so the evaluation and the figures cannot drift apart.
 */

export interface SlaReply {
  at: Date;
  byAutomation?: boolean;
}
export type SignalStatus = 'open' | 'pending' | 'resolved' | 'reopened';
export interface SlaStatusChange {
  at: Date;
  status: SignalStatus;
}

export interface SlaActivity {
  replies: SlaReply[];
  statusChanges: SlaStatusChange[];
}

/** One resolution clock: the first starts at receipt, each reopen starts another. */
export interface ResolutionCycle {
  index: number;
  startedAt: Date;
  dueAt: Date;
  resolvedAt: Date | null;
}

const byTime = <T extends { at: Date }>(xs: readonly T[]) => [...xs].sort((a, b) => a.at.getTime() - b.at.getTime());

/**
 * Facts dated after `now` are not yet true, and facts dated before the signal arrived cannot
 * be about it; both are ignored, which keeps evaluation a pure function of (facts, now).
 */
function inWindow(applied: AppliedSla, at: Date, now: Date): boolean {
  const t = at.getTime();
  return t >= applied.receivedAt.getTime() && t <= now.getTime();
}

/**
 * Replies that count as a response: all of them, except that an automated reply never
 * counts for a signal that must go to a human (an auto-acknowledgement is not an answer there).
 */
export function countingReplies(applied: AppliedSla, replies: readonly SlaReply[], now: Date): SlaReply[] {
  return byTime(replies).filter((r) => inWindow(applied, r.at, now) && !(applied.mustBeHuman && r.byAutomation));
}

/**
 * Walk status changes into resolution clocks. `resolved` stops the running clock; `reopened`,
 * or `open`/`pending` arriving while resolved, starts a new clock with the full resolution
 * target from the moment of reopening. Repeats (resolved twice) change nothing. `pending`
 * does not pause a clock: the due date is a promise to the customer, who is still waiting.
 */
export function resolutionCycles(applied: AppliedSla, statusChanges: readonly SlaStatusChange[], now: Date): ResolutionCycle[] {
  const cycles: ResolutionCycle[] = [{ index: 0, startedAt: applied.receivedAt, dueAt: applied.resolutionDueAt, resolvedAt: null }];
  for (const change of byTime(statusChanges)) {
    if (!inWindow(applied, change.at, now)) continue;
    const current = cycles[cycles.length - 1]!;
    const isResolved = current.resolvedAt !== null;
    if (change.status === 'resolved') {
      if (!isResolved) current.resolvedAt = change.at;
    } else if (isResolved) {
      cycles.push({
        index: cycles.length,
        startedAt: change.at,
        dueAt: addTargetMinutes(change.at, applied.target.resolutionMinutes, applied.target.businessHoursOnly, applied.calendar),
        resolvedAt: null,
      });
    }
  }
  return cycles;
}
