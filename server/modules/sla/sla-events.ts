import type { SlaClass } from './sla-policy.js';

/**
 * The immutable SLA events. Each has a key made only of what identifies the fact (signal,
 * class, kind, clock number), never of the time it was noticed, so however often and however
 * late a sweep runs, one fact maps to one key and is written once.
 */

export const SLA_EVENT_TYPES = [
  'first_response_at_risk',
  'first_response_breached',
  'first_response_met',
  'resolution_at_risk',
  'resolution_breached',
  'resolution_met',
  'reopened',
] as const;
export type SlaEventType = (typeof SLA_EVENT_TYPES)[number];

export interface SlaEvent {
  key: string;
  type: SlaEventType;
  signalId: string;
  slaClass: SlaClass;
  /** When the fact became true (the threshold, the reply, the resolution), not when a sweep saw it. */
  at: Date;
  /** Resolution clock number (0 = from receipt, n = after the n-th reopen); absent for first response. */
  cycle?: number;
  /** The due date the fact is measured against. */
  dueAt: Date;
  /** Met events: who stopped the clock. */
  by?: 'human' | 'automation' | 'resolved';
}

/**
 * The class is part of the key because a re-triage may move a signal to another class, whose
 * clocks are a different promise with their own events.
 */
export function slaEventKey(signalId: string, slaClass: SlaClass, type: SlaEventType, cycle?: number): string {
  const base = `sla:${signalId}:${slaClass}:${type}`;
  return cycle === undefined ? base : `${base}:${cycle}`;
}
