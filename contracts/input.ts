/**
 * Building blocks for input schemas that keep values inside what the database stores and gives
 * back unchanged: text without NUL or lone surrogates, dates from 2000 to tomorrow (or, for due
 * dates, to 2100), integers within their column types, time zones that exist, ISO currencies.
 * A value outside these ranges is refused at the door with the field's name, never half-stored.
 */
import { z } from 'zod';

/** NUL cannot be stored in a PostgreSQL text; a lone surrogate comes back as U+FFFD. */
export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain NUL characters';
  // isWellFormed is Node 20+; the regex is the fallback for older engines (browsers bundle this file too).
  const wellFormed =
    typeof (s as { isWellFormed?: () => boolean }).isWellFormed === 'function'
      ? (s as unknown as { isWellFormed(): boolean }).isWellFormed()
      : !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
  return wellFormed ? null : 'must be valid Unicode (a lone surrogate)';
}

/** A string the database stores exactly as given. */
export const safeText = () =>
  z.string().superRefine((s, ctx) => {
    const p = textProblem(s);
    if (p) ctx.addIssue({ code: 'custom', message: p });
  });

export const EARLIEST = Date.UTC(2000, 0, 1);
export const LATEST_DUE = Date.UTC(2101, 0, 1);
const DAY_MS = 86_400_000;

let clockNow: (() => number) | null = null;
/**
 * The app's injectable clock, so "tomorrow" follows it; the later of it and the system clock is
 * used, so a test clock set in the past does not refuse data a test writes for today.
 */
export function setInputClock(now: (() => number) | null): void {
  clockNow = now;
}

/** Midnight UTC after tomorrow: "tomorrow" holds in every time zone of the world. */
const endOfTomorrow = () => Math.floor(Math.max(Date.now(), clockNow?.() ?? 0) / DAY_MS) * DAY_MS + 2 * DAY_MS;
// A range check runs only on a well-formed date, so a bad one gets one issue, not two.
const onlyIfValid = { when: (p: { issues: readonly unknown[] }) => p.issues.length === 0 };

const DATE_TIME_MESSAGE = 'must be an ISO 8601 date-time, e.g. 2026-11-02T10:00:00Z';

/** A moment that has happened: from 2000-01-01 to tomorrow. */
export const pastDateTime = () =>
  z.iso.datetime({ offset: true, message: DATE_TIME_MESSAGE }).superRefine((v, ctx) => {
    const t = Date.parse(v);
    if (!(t >= EARLIEST)) ctx.addIssue({ code: 'custom', message: 'must be on or after 2000-01-01' });
    else if (t >= endOfTomorrow()) ctx.addIssue({ code: 'custom', message: 'must not be later than tomorrow' });
  }, onlyIfValid);

/** A moment that may lie ahead (a due date, a permission's end): from 2000 through 2100. */
export const dueDateTime = () =>
  z.iso.datetime({ offset: true, message: DATE_TIME_MESSAGE }).superRefine((v, ctx) => {
    const t = Date.parse(v);
    if (!(t >= EARLIEST && t < LATEST_DUE)) ctx.addIssue({ code: 'custom', message: 'must be between 2000-01-01 and 2100-12-31' });
  }, onlyIfValid);

export const INT4_MAX = 2_147_483_647;
/** A count or number of days stored in an integer column. */
export const int4Count = (max = INT4_MAX) => z.number().int().min(0).max(max);
/** A row id (bigint column); JavaScript numbers are exact up to 2^53 - 1, far below 2^63. */
export const rowId = () => z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A money amount in a numeric(14,2) column. */
export const money = () => z.number().nonnegative().lt(1e12, 'must be below 1,000,000,000,000');

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
export const timeZone = () =>
  z.string().min(1).max(64).refine(isTimeZone, { message: 'must be an IANA time zone that exists, e.g. Europe/Lisbon' });

export const currency = () => z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters, e.g. EUR');

export interface TextIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Every string (and key) in a parsed JSON value that the database could not store exactly, with its
 * path; also values nested deeper than `maxDepth`. Iterative, so no input can overflow the stack.
 */
export function textIssuesIn(value: unknown, maxDepth = 32, limit = 20): TextIssue[] {
  const out: TextIssue[] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length && out.length < limit) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const p = textProblem(v);
      if (p) out.push({ path, message: p });
    } else if (v !== null && typeof v === 'object') {
      if (path.length >= maxDepth) {
        out.push({ path, message: `nested more than ${maxDepth} levels deep` });
        continue;
      }
      if (Array.isArray(v))
        v.forEach((x, i) => {
          stack.push({ v: x, path: [...path, i] });
        });
      else
        for (const [k, x] of Object.entries(v)) {
          const p = textProblem(k);
          if (p) out.push({ path: [...path, k], message: `its name ${p}` });
          else stack.push({ v: x, path: [...path, k] });
        }
    }
  }
  return out;
}

/** An object schema whose strings, at any depth, are all storable. */
export function storable<S extends z.ZodType>(schema: S) {
  return schema.superRefine((v, ctx) => {
    for (const i of textIssuesIn(v)) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
  });
}
