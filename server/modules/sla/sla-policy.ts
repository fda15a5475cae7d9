import { z } from 'zod';
import { AppError, zodIssues } from '../../platform/errors.js';
import { businessCalendarSchema, DEFAULT_BUSINESS_CALENDAR } from './business-calendar.js';
import { policyTimeIssues } from './policy-time.js';

/**
 * The policy: per SLA class, how soon the first reply and the resolution are due, and whether
 * those minutes count business hours only; plus the team's calendar. Policies are data, so
 * the defaults below are only a starting point (DESIGN.md, "SLA defaults").
 */

export const SLA_CLASSES = ['pre_sale', 'order_issue', 'urgent'] as const;
export type SlaClass = (typeof SLA_CLASSES)[number];

const minutes = z
  .number()
  .positive()
  .max(60 * 24 * 366, 'must be at most a year of minutes');

export const slaTargetSchema = z
  .object({
    firstResponseMinutes: minutes,
    resolutionMinutes: minutes,
    businessHoursOnly: z.boolean(),
  })
  .strict()
  // A resolution due before the first reply is due is a typo, not a policy.
  .refine((t) => t.resolutionMinutes >= t.firstResponseMinutes, {
    message: 'must be at least firstResponseMinutes',
    path: ['resolutionMinutes'],
  });
export type SlaTarget = z.infer<typeof slaTargetSchema>;

export const slaPolicySchema = z
  .object({
    calendar: businessCalendarSchema,
    classes: z.object({ pre_sale: slaTargetSchema, order_issue: slaTargetSchema, urgent: slaTargetSchema }).strict(),
    /** Share of a target used up before a clock counts as at risk. */
    atRiskFraction: z.number().gt(0).lt(1).default(0.75),
  })
  .strict();
export type SlaPolicy = z.infer<typeof slaPolicySchema>;

const HOUR = 60;

// Shared defaults must not be mutable by whoever reads them.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Non-urgent targets count business hours: a question sent at 17:00 should not be late at
 * 05:00 before anyone is at work. Urgent ones (disputes, chargebacks, safety, negative public
 * reviews) run on the wall clock, because dispute deadlines and public threads do not wait
 * for Monday; a seller without weekend cover can switch that off.
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = deepFreeze({
  calendar: DEFAULT_BUSINESS_CALENDAR,
  classes: {
    // A pre-sale question is answered or not; a day and a half of open time covers one follow-up.
    pre_sale: { firstResponseMinutes: 12 * HOUR, resolutionMinutes: 24 * HOUR, businessHoursOnly: true },
    // Order issues often wait on a carrier or a replacement: five 9-hour working days.
    order_issue: { firstResponseMinutes: 24 * HOUR, resolutionMinutes: 45 * HOUR, businessHoursOnly: true },
    urgent: { firstResponseMinutes: 4 * HOUR, resolutionMinutes: 48 * HOUR, businessHoursOnly: false },
  },
  atRiskFraction: 0.75,
});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Lay a seller's partial settings over the defaults. Fields merge one by one, except weekly
 * hours: whoever writes hours describes the whole week, so a day left out is closed.
 */
function overDefaults(input: Record<string, unknown>): Record<string, unknown> {
  const calendar = isRecord(input.calendar)
    ? { ...DEFAULT_SLA_POLICY.calendar, ...input.calendar }
    : (input.calendar ?? DEFAULT_SLA_POLICY.calendar);
  let classes: unknown = input.classes ?? DEFAULT_SLA_POLICY.classes;
  if (isRecord(input.classes)) {
    const given = input.classes;
    const merged: Record<string, unknown> = { ...given };
    for (const c of SLA_CLASSES)
      merged[c] = isRecord(given[c]) ? { ...DEFAULT_SLA_POLICY.classes[c], ...given[c] } : (given[c] ?? DEFAULT_SLA_POLICY.classes[c]);
    classes = merged;
  }
  return { ...input, calendar, classes };
}

/**
 * Parse settings (partial allowed) into a frozen policy. Bad settings throw one error that
 * lists every field at fault, so a seller fixes them in one pass.
 */
export function parseSlaPolicy(input: unknown = {}): SlaPolicy {
  const parsed = slaPolicySchema.safeParse(isRecord(input) ? overDefaults(input) : input);
  const issues = parsed.success ? policyTimeIssues(parsed.data) : zodIssues(parsed.error);
  if (issues.length) {
    throw new AppError('invalid_input', `invalid SLA policy: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  return deepFreeze(parsed!.data!);
}
