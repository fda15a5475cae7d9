import { z } from 'zod';
import { isValidTimeZone, type Weekday } from '../../lib/time/index.js';

/**
 * When the team works: a zone, opening windows per weekday in that zone's wall time, and
 * whole-day holidays. Stored as data so a seller changes hours without a release.
 */

const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be HH:MM between 00:00 and 24:00');

export function minuteOfDay(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export const businessWindowSchema = z
  .object({ from: clock, to: clock })
  .refine((w) => minuteOfDay(w.from) < minuteOfDay(w.to), { message: 'from must be before to', path: ['to'] });
export type BusinessWindow = z.infer<typeof businessWindowSchema>;

// Several windows a day allow a lunch break or split shifts; none means closed.
const dayWindows = z
  .array(businessWindowSchema)
  .max(8)
  .default([])
  .refine((ws) => ws.every((w, i) => i === 0 || minuteOfDay(ws[i - 1]!.to) <= minuteOfDay(w.from)), {
    message: 'windows must be in order and must not overlap',
  });

export const weeklyHoursSchema = z
  .object({
    mon: dayWindows,
    tue: dayWindows,
    wed: dayWindows,
    thu: dayWindows,
    fri: dayWindows,
    sat: dayWindows,
    sun: dayWindows,
  })
  .strict();
export type WeeklyHours = Record<Weekday, BusinessWindow[]>;

const isoDay = z.iso.date();
const holiday = z.string().superRefine((d, ctx) => {
  if (!isoDay.safeParse(d).success) ctx.addIssue({ code: 'custom', message: 'Invalid ISO date' });
  else if (d < '2000-01-01' || d > '2100-12-31') ctx.addIssue({ code: 'custom', message: 'must be between 2000-01-01 and 2100-12-31' });
});

export const businessCalendarSchema = z
  .object({
    timeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone, e.g. Europe/Berlin'),
    hours: weeklyHoursSchema,
    /** Local dates (`YYYY-MM-DD` in `timeZone`) when the team is closed all day. */
    // Bounded: 300,000 holidays were once accepted; a thousand is three years of every day.
    holidays: z.array(holiday).max(1000).default([]),
  })
  .strict()
  // A week with no open minute would make every business-hours deadline infinite.
  .refine((c) => Object.values(c.hours).some((ws) => ws.length > 0), {
    message: 'at least one weekday needs business hours',
    path: ['hours'],
  });
export type BusinessCalendar = z.infer<typeof businessCalendarSchema>;

const weekdays9to18 = [{ from: '09:00', to: '18:00' }];

/** Mon–Fri 09:00–18:00 UTC, no holidays: a neutral start a seller is expected to change. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = {
  timeZone: 'UTC',
  hours: {
    mon: weekdays9to18,
    tue: weekdays9to18,
    wed: weekdays9to18,
    thu: weekdays9to18,
    fri: weekdays9to18,
    sat: [],
    sun: [],
  },
  holidays: [],
};
