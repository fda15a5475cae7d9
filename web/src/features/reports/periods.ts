/** Report periods as the pages step through them: ISO weeks (Monday start) and calendar months. */

/** The Monday of ISO week `2026-W46`, as a UTC date. */
function mondayOf(week: string): Date {
  const [y, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const jan4Day = (jan4.getUTCDay() + 6) % 7; // Monday 0
  return new Date(Date.UTC(y, 0, 4 - jan4Day + (w - 1) * 7));
}

/** The ISO week a UTC date falls in. */
export function isoWeekOf(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - day + 3); // the week's Thursday decides its year
  const year = t.getUTCFullYear();
  const week = 1 + Math.floor((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function shiftWeek(week: string, by: number): string {
  const m = mondayOf(week);
  return isoWeekOf(new Date(m.getTime() + by * 7 * 86_400_000));
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
