import { addIsoDays as addDays } from '../../../lib/time/index.js';

export interface Trend {
  days: { day: string; count: number }[];
  weeks: { weekStart: string; count: number }[];
}

/** Counts per day over the last `days`, and per ISO week (Monday start) over the same span. */
export function buildTrend(counts: { day: string; count: number }[], today: string, days: number): Trend {
  const by = new Map(counts.map((c) => [c.day, c.count]));
  const out: Trend = { days: [], weeks: [] };
  const weeks = new Map<string, number>();
  for (let d = addDays(today, -(days - 1)); d <= today; d = addDays(d, 1)) {
    const n = by.get(d) ?? 0;
    out.days.push({ day: d, count: n });
    const dow = (new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7;
    const monday = addDays(d, -dow);
    weeks.set(monday, (weeks.get(monday) ?? 0) + n);
  }
  out.weeks = [...weeks].map(([weekStart, count]) => ({ weekStart, count }));
  return out;
}
