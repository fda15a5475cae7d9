import { AppError } from '../../../platform/errors.js';

const DAY_MS = 86_400_000;

export interface DailyPoint {
  /** Calendar day, YYYY-MM-DD (UTC). */
  date: string;
  count: number;
  /** Orders of the SKU that day, when known. */
  exposure?: number | null;
}

export function dayNumber(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new AppError('detect_invalid_date', `not a YYYY-MM-DD day: ${date}`);
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) throw new AppError('detect_invalid_date', `not a calendar day: ${date}`);
  return Math.round(t / DAY_MS);
}

export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Day → point; days missing from the series count as zero signals with unknown exposure. */
export function indexSeries(series: readonly DailyPoint[]): Map<number, DailyPoint> {
  const byDay = new Map<number, DailyPoint>();
  for (const p of series) {
    if (!Number.isInteger(p.count) || p.count < 0) {
      throw new AppError('detect_invalid_series', `count on ${p.date} must be a whole number ≥ 0`);
    }
    if (p.exposure != null && !(p.exposure >= 0)) {
      throw new AppError('detect_invalid_series', `exposure on ${p.date} must be ≥ 0`);
    }
    byDay.set(dayNumber(p.date), p);
  }
  return byDay;
}

export interface RangeSum {
  count: number;
  exposure: number;
  exposureKnown: boolean;
}

/** Sum of counts and exposures over days [from, to]. */
export function sumRange(byDay: Map<number, DailyPoint>, from: number, to: number): RangeSum {
  let count = 0;
  let exposure = 0;
  let exposureKnown = true;
  for (let d = from; d <= to; d++) {
    const p = byDay.get(d);
    count += p?.count ?? 0;
    if (p?.exposure == null) exposureKnown = false;
    else exposure += p.exposure;
  }
  return { count, exposure, exposureKnown };
}
