/**
 * Calendar days as `YYYY-MM-DD` strings: UTC days (the spike test's and the trend's), and the
 * local day of an instant in a zone (reports, rollups). Zone arithmetic goes through
 * zoned-time.ts, so DST is handled in one place.
 */
import { instantAtLocal, isoDateOf, localDateOf } from './zoned-time.js';

const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant. */
export const utcDayOf = (d: Date): string => d.toISOString().slice(0, 10);

/** Calendar arithmetic on a `YYYY-MM-DD` day (no time of day, no zone involved). */
export const addIsoDays = (day: string, n: number): string => utcDayOf(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));

/** The calendar day an instant falls on in a time zone. */
export function dayIn(zone: string, at: Date): string {
  return isoDateOf(localDateOf(at.getTime(), zone));
}

/**
 * The instant a local calendar day starts in a zone. Where midnight is skipped by a
 * spring-forward gap the day starts when the clocks jump (zoned-time's "compatible" rule).
 */
export function startOfDayIn(zone: string, day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(instantAtLocal({ year: year!, month: month!, day: date! }, 0, zone));
}
