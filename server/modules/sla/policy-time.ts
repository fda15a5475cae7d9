import type { FieldIssue } from '../../platform/errors.js';
import { minuteOfDay, type BusinessCalendar } from './business-calendar.js';
import { BUSINESS_SEARCH_DAYS } from './business-time.js';

/** Open minutes in one week of the calendar (wall time; a DST change moves at most an hour). */
export function weeklyOpenMinutes(calendar: BusinessCalendar): number {
  return Object.values(calendar.hours)
    .flat()
    .reduce((sum, w) => sum + minuteOfDay(w.to) - minuteOfDay(w.from), 0);
}

/**
 * A policy whose business-hours targets the calendar cannot reach is refused: with one open
 * minute a week, a 45-hour resolution target would fall due after the search for business time
 * gives up, and every new signal would then fail. Worst case counted: every holiday closes a full
 * day of the longest opening, and two DST changes a year take an hour each.
 */
/** The policy as parsed by sla-policy.ts (which calls this), typed by what this check reads. */
interface PolicyShape {
  calendar: BusinessCalendar;
  classes: Record<string, { businessHoursOnly: boolean; resolutionMinutes: number }>;
}

export function policyTimeIssues(policy: PolicyShape): FieldIssue[] {
  const weekly = weeklyOpenMinutes(policy.calendar);
  const longestDay = Math.max(
    0,
    ...Object.values(policy.calendar.hours).map((ws) => ws.reduce((s, w) => s + minuteOfDay(w.to) - minuteOfDay(w.from), 0)),
  );
  const weeks = Math.floor(BUSINESS_SEARCH_DAYS / 7);
  const reachable = weeks * weekly - policy.calendar.holidays.length * longestDay - 30 * 2 * 60;
  const issues: FieldIssue[] = [];
  for (const [name, target] of Object.entries(policy.classes)) {
    if (!target.businessHoursOnly) continue;
    if (target.resolutionMinutes > reachable) {
      issues.push({
        path: `classes.${name}.resolutionMinutes`,
        message: `the calendar opens ${weekly} minutes a week${policy.calendar.holidays.length ? ` less ${policy.calendar.holidays.length} holidays` : ''}, so ${target.resolutionMinutes} business minutes may never fall due; add hours, remove holidays or count wall-clock time (businessHoursOnly: false)`,
      });
    }
  }
  return issues;
}
