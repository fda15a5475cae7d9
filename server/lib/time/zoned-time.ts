/**
 * Wall-clock time in an IANA zone, built on Intl alone. We need only two moves: instant → local
 * date/time, and local date + minute-of-day → instant. Everything else (business time) is built
 * on these, so DST correctness lives in one place.
 */

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_MS = 86_400_000;

// Building a DateTimeFormat costs far more than formatting with one; a sweep over thousands of
// signals in a handful of zones must not rebuild it per call.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in ms (Berlin in summer: +7,200,000). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  // Some ICU builds still print midnight as 24 even with h23; it is the same wall time.
  const hour = get('hour') % 24;
  const wallAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), hour, get('minute'), get('second'));
  // Intl drops milliseconds, so compare against the instant truncated to the second.
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}

/** The calendar date an instant falls on in the zone. */
export function localDateOf(instantMs: number, timeZone: string): LocalDate {
  const wall = new Date(instantMs + zoneOffsetMs(instantMs, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

// Every signal in a sweep asks for the same few opening and closing times (09:00 and 18:00 on
// the same few weeks), and each answer costs several Intl calls; keyed by exact wall time, the
// cache is never wrong, only sometimes cold.
const instantCache = new Map<string, number>();
const INSTANT_CACHE_MAX = 100_000;

/**
 * The instant at which the zone's clocks show `minuteOfDay` on `date` (1440 means the next
 * midnight). Follows Temporal's "compatible" rule: a wall time skipped by a spring-forward gap
 * lands just after the gap, and one repeated by a fall-back lands on its first occurrence.
 */
export function instantAtLocal(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  const key = `${timeZone}|${date.year}-${date.month}-${date.day}|${minuteOfDay}`;
  let instant = instantCache.get(key);
  if (instant === undefined) {
    // A plain size cap: entries are tiny and exact, so dropping them all now and then is harmless.
    if (instantCache.size >= INSTANT_CACHE_MAX) instantCache.clear();
    instant = resolveLocal(date, minuteOfDay, timeZone);
    instantCache.set(key, instant);
  }
  return instant;
}

function resolveLocal(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * 60_000;
  // Real zones change offset at most once within two days, so the offsets a day either side
  // are the only two candidates.
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  const early = wall - Math.max(before, after);
  const late = wall - Math.min(before, after);
  const fits = (t: number) => t + zoneOffsetMs(t, timeZone) === wall;
  if (fits(early)) return early;
  if (fits(late)) return late;
  // In a gap neither candidate shows this wall time; read it with the pre-gap offset, which
  // pushes it forward by the size of the gap.
  return wall - before;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
}

/** `YYYY-MM-DD`, the form holidays are written in. */
export function isoDateOf(date: LocalDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}
