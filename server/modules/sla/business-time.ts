import { minuteOfDay, type BusinessCalendar } from './business-calendar.js';
import { addDays, compareLocalDates, instantAtLocal, isoDateOf, localDateOf, weekdayOf, type LocalDate } from '../../lib/time/index.js';

/**
 * Business-time arithmetic: walk the calendar one local day at a time and turn each opening
 * window into real instants. Converting per day (rather than adding a fixed offset) is what
 * keeps 09:00 at 09:00 on both sides of a DST change.
 */

const MINUTE_MS = 60_000;
// Holidays are finite, so any calendar with weekly hours reaches an open day within a few
// weeks; this bound only turns a bug into an error instead of a hung sweep.
export const BUSINESS_SEARCH_DAYS = 366 * 30;
const MAX_DAYS = BUSINESS_SEARCH_DAYS;

interface Interval {
  start: number;
  end: number;
}

function openIntervals(date: LocalDate, calendar: BusinessCalendar, holidays: ReadonlySet<string>): Interval[] {
  if (holidays.has(isoDateOf(date))) return [];
  return calendar.hours[weekdayOf(date)].map((w) => ({
    start: instantAtLocal(date, minuteOfDay(w.from), calendar.timeZone),
    end: instantAtLocal(date, minuteOfDay(w.to), calendar.timeZone),
  }));
}

function hasWeeklyHours(calendar: BusinessCalendar): boolean {
  return Object.values(calendar.hours).some((ws) => ws.length > 0);
}

/**
 * The instant `minutes` of open time after `start`. Time before opening, after closing, on
 * closed weekdays and on holidays does not count. A target that uses up the last minute of a
 * day falls due at closing time (Friday 18:00), not at the next opening.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  return businessClock(calendar)(start, [minutes])[0]!;
}

/**
 * addBusinessMinutes for many starts under one calendar: each local day's opening windows are
 * turned into instants once, not once per call. For intake, where a thousand SLAs are built at
 * once. The calendar must not change while the returned function is in use.
 */
export function businessClock(calendar: BusinessCalendar): (start: Date, minutes: readonly number[]) => Date[] {
  const holidays = new Set(calendar.holidays);
  const hasHours = hasWeeklyHours(calendar);
  const days = new Map<string, Interval[]>();
  const windows = (date: LocalDate) => {
    const key = isoDateOf(date);
    let w = days.get(key);
    if (!w) days.set(key, (w = openIntervals(date, calendar, holidays)));
    return w;
  };
  // Each start's local date is read once for all its targets (it costs more than the walk).
  return (start, minutes) => {
    let first: LocalDate | undefined;
    return minutes.map((m) => {
      if (!Number.isFinite(m) || m < 0) throw new RangeError(`minutes must be a finite number ≥ 0, got ${m}`);
      if (!hasHours) throw new RangeError('the calendar has no business hours');
      if (m === 0) return new Date(start.getTime());
      let cursor = start.getTime();
      // Whole milliseconds, so a fractional target (75% of 7 minutes) still yields an exact instant.
      let remaining = Math.round(m * MINUTE_MS);
      let date = (first ??= localDateOf(cursor, calendar.timeZone));
      for (let i = 0; i < MAX_DAYS; i++, date = addDays(date, 1)) {
        for (const w of windows(date)) {
          if (w.end <= cursor) continue;
          const from = Math.max(w.start, cursor);
          const available = w.end - from;
          if (remaining <= available) return new Date(from + remaining);
          remaining -= available;
          cursor = w.end;
        }
      }
      throw new RangeError(`no business time left within ${MAX_DAYS} days of ${start.toISOString()}`);
    });
  };
}

/**
 * Open minutes between two instants (may be fractional). Antisymmetric, so a reversed pair
 * gives a negative number rather than silently zero.
 */
export function businessMinutesBetween(a: Date, b: Date, calendar: BusinessCalendar): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to < from) return -businessMinutesBetween(b, a, calendar);
  const holidays = new Set(calendar.holidays);
  const last = localDateOf(to, calendar.timeZone);
  let total = 0;
  for (let date = localDateOf(from, calendar.timeZone); compareLocalDates(date, last) <= 0; date = addDays(date, 1)) {
    for (const w of openIntervals(date, calendar, holidays)) {
      const overlap = Math.min(w.end, to) - Math.max(w.start, from);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE_MS;
}

/** Due date for a target, counted in open time or in plain elapsed time as the target says. */
export function addTargetMinutes(start: Date, minutes: number, businessHoursOnly: boolean, calendar: BusinessCalendar): Date {
  return businessHoursOnly ? addBusinessMinutes(start, minutes, calendar) : new Date(start.getTime() + Math.round(minutes * MINUTE_MS));
}
