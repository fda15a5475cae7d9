import { describe, expect, it } from 'vitest';
import { instantAtLocal, isValidTimeZone, localDateOf, weekdayOf, zoneOffsetMs } from './zoned-time.js';

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

describe('zone offsets from Intl', () => {
  it('reads Berlin as +1 in winter and +2 in summer', () => {
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(HOUR);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(2 * HOUR);
  });

  it('reads New York as -5 before and -4 after the March change', () => {
    expect(zoneOffsetMs(Date.parse('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(-5 * HOUR);
    expect(zoneOffsetMs(Date.parse('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-4 * HOUR);
  });

  it('gives the local date, which differs from the UTC date near midnight', () => {
    // 23:30 UTC on Friday is already Saturday in Berlin.
    const d = localDateOf(Date.parse('2026-03-06T23:30:00Z'), 'Europe/Berlin');
    expect(d).toEqual({ year: 2026, month: 3, day: 7 });
    expect(weekdayOf(d)).toBe('sat');
  });

  it('rejects a zone that does not exist', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('local wall time to instant', () => {
  it('maps 09:00 Berlin to 08:00Z in winter and 07:00Z in summer', () => {
    expect(iso(instantAtLocal({ year: 2026, month: 3, day: 27 }, 9 * 60, 'Europe/Berlin'))).toBe('2026-03-27T08:00:00.000Z');
    expect(iso(instantAtLocal({ year: 2026, month: 3, day: 30 }, 9 * 60, 'Europe/Berlin'))).toBe('2026-03-30T07:00:00.000Z');
  });

  it('moves a wall time skipped by spring-forward to just after the gap', () => {
    // 02:30 does not exist in Berlin on 29 March 2026; it reads as 03:30 CEST.
    expect(iso(instantAtLocal({ year: 2026, month: 3, day: 29 }, 150, 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of two repeated wall times at fall-back', () => {
    // 01:30 happens twice in New York on 1 November 2026: first at EDT (05:30Z).
    expect(iso(instantAtLocal({ year: 2026, month: 11, day: 1 }, 90, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('reads 24:00 as the next midnight', () => {
    expect(iso(instantAtLocal({ year: 2026, month: 3, day: 28 }, 1440, 'Europe/Berlin'))).toBe('2026-03-28T23:00:00.000Z');
  });
});
