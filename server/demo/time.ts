import { type Rng, pick } from '../lib/random.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The demo's time frame: day 0 is the first day with orders, the last day is endDate. */
export interface Calendar {
  startMs: number;
  /** Exclusive: midnight after endDate. Nothing is generated at or after it. */
  endMs: number;
  days: number;
}

export function makeCalendar(endDate: string, days: number): Calendar {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate) || Number.isNaN(Date.parse(`${endDate}T00:00:00Z`))) {
    throw new Error(`endDate must be a calendar date like 2026-11-16, got "${endDate}"`);
  }
  if (!Number.isInteger(days) || days < 28 || days > 3650) {
    throw new Error(`days must be an integer between 28 and 3650, got ${days}`);
  }
  const endMs = Date.parse(`${endDate}T00:00:00Z`) + DAY;
  return { startMs: endMs - days * DAY, endMs, days };
}

export function dayStart(cal: Calendar, day: number): number {
  return cal.startMs + day * DAY;
}

export function dayIndex(cal: Calendar, ms: number): number {
  return Math.floor((ms - cal.startMs) / DAY);
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** 0 = Sunday, as Date.getUTCDay. */
export function weekday(ms: number): number {
  return new Date(ms).getUTCDay();
}

// Shoppers and writers cluster in late morning and the evening; few write at 4 a.m.
const HOURS = [7, 8, 9, 10, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 20, 21, 21, 22, 23, 1, 3];

/** A plausible moment within the given day. */
export function momentInDay(rng: Rng, dayMs: number): number {
  return dayMs + pick(rng, HOURS) * HOUR + Math.floor(rng() * HOUR);
}

/** A moment a given number of (fractional) days after `fromMs`, at a plausible hour. */
export function laterMoment(rng: Rng, fromMs: number, afterDays: number): number {
  const day = Math.floor((fromMs + afterDays * DAY) / DAY) * DAY;
  const at = momentInDay(rng, day);
  return at <= fromMs ? fromMs + HOUR + Math.floor(rng() * 3 * HOUR) : at;
}
