import { AppError } from '../../platform/errors.js';
import { addIsoDays as addDays, dayIn, startOfDayIn } from '../../lib/time/index.js';

export interface WeekPeriod {
  week: string;
  firstDay: string;
  lastDay: string;
}

/** "2026-W47" → its Monday and Sunday (ISO 8601: week 1 holds the year's first Thursday). */
export function parseIsoWeek(week: string): WeekPeriod {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m)
    throw new AppError('invalid_input', `week must look like 2026-W47, not "${week}"`, [{ path: 'week', message: 'must be YYYY-Www' }]);
  const year = Number(m[1]);
  const n = Number(m[2]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday1 = addDays(jan4.toISOString().slice(0, 10), -((jan4.getUTCDay() + 6) % 7));
  const firstDay = addDays(monday1, (n - 1) * 7);
  if (n < 1 || isoWeekOf(firstDay) !== week)
    throw new AppError('invalid_input', `${week} does not exist`, [{ path: 'week', message: 'no such ISO week' }]);
  return { week, firstDay, lastDay: addDays(firstDay, 6) };
}

/** The ISO week a calendar day belongs to. */
export function isoWeekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const n = 1 + Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000));
  return `${year}-W${String(n).padStart(2, '0')}`;
}

export function shiftWeek(week: string, n: number): string {
  return isoWeekOf(addDays(parseIsoWeek(week).firstDay, 7 * n));
}

export interface MonthPeriod {
  month: string;
  firstDay: string;
  lastDay: string;
}

export function parseMonth(month: string): MonthPeriod {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
    throw new AppError('invalid_input', `month must look like 2026-11, not "${month}"`, [{ path: 'month', message: 'must be YYYY-MM' }]);
  const first = `${month}-01`;
  const next = new Date(Date.UTC(Number(m[1]), Number(m[2]), 1)).toISOString().slice(0, 10);
  return { month, firstDay: first, lastDay: addDays(next, -1) };
}

export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1 + n, 1)).toISOString().slice(0, 7);
}

export function assertTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new AppError('invalid_input', `tz must be an IANA time zone such as Europe/Berlin, not "${zone}"`, [
      { path: 'tz', message: 'unknown time zone' },
    ]);
  }
}

/** [start, end) instants of the local days firstDay..lastDay in a zone. */
export function instantRange(zone: string, firstDay: string, lastDay: string): { from: Date; to: Date } {
  return { from: startOfDayIn(zone, firstDay), to: startOfDayIn(zone, addDays(lastDay, 1)) };
}

/** The last complete ISO week (in the zone) before `now`. */
export function lastCompleteWeek(zone: string, now: Date): string {
  return isoWeekOf(addDays(dayIn(zone, now), -7));
}
