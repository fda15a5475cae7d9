import { applySla, type AppliedSla, type ApplySlaInput } from './apply-sla.js';
import type { BusinessCalendar } from './business-calendar.js';
import { parseSlaPolicy, type SlaPolicy } from './sla-policy.js';

/** Test factories: sensible defaults, override only what a case is about. */

const weekdays = (from: string, to: string) => [{ from, to }];

export function buildCalendar(overrides: Partial<BusinessCalendar> = {}): BusinessCalendar {
  return {
    timeZone: 'UTC',
    hours: {
      mon: weekdays('09:00', '18:00'),
      tue: weekdays('09:00', '18:00'),
      wed: weekdays('09:00', '18:00'),
      thu: weekdays('09:00', '18:00'),
      fri: weekdays('09:00', '18:00'),
      sat: [],
      sun: [],
    },
    holidays: [],
    ...overrides,
  };
}

export function buildPolicy(overrides: Record<string, unknown> = {}): SlaPolicy {
  return parseSlaPolicy(overrides);
}

export function buildApplied(overrides: Partial<Omit<ApplySlaInput, 'receivedAt'>> & { receivedAt?: Date | string } = {}): AppliedSla {
  return applySla({
    signalId: overrides.signalId ?? 'sig-1',
    slaClass: overrides.slaClass ?? 'order_issue',
    receivedAt: new Date(overrides.receivedAt ?? '2026-03-02T10:00:00Z'),
    policy: overrides.policy ?? buildPolicy(),
    mustBeHuman: overrides.mustBeHuman,
  });
}

export const at = (iso: string) => new Date(iso);
