export {
  addDays,
  compareLocalDates,
  instantAtLocal,
  isoDateOf,
  isValidTimeZone,
  localDateOf,
  weekdayOf,
  WEEKDAYS,
  zoneOffsetMs,
} from './zoned-time.js';
export type { LocalDate, Weekday } from './zoned-time.js';
export { addIsoDays, dayIn, startOfDayIn, utcDayOf } from './calendar-days.js';
