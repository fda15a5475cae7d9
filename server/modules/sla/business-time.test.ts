import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, addTargetMinutes, businessMinutesBetween } from './business-time.js';
import { at, buildCalendar } from './testing.js';

const add = (start: string, minutes: number, calendar = buildCalendar()) => addBusinessMinutes(at(start), minutes, calendar).toISOString();

const utc = buildCalendar();
const berlin = buildCalendar({ timeZone: 'Europe/Berlin' });
const newYork = buildCalendar({ timeZone: 'America/New_York' });

describe('addBusinessMinutes across a weekend (Mon–Fri 09:00–18:00)', () => {
  it('carries a Friday-evening start over to Monday morning', () => {
    // 60 minutes left on Friday, the other 60 from Monday 09:00.
    expect(add('2026-03-06T17:00:00Z', 120)).toBe('2026-03-09T10:00:00.000Z');
  });

  it('starts counting at Monday opening for a signal that arrived on Saturday', () => {
    expect(add('2026-03-07T12:00:00Z', 30)).toBe('2026-03-09T09:30:00.000Z');
  });

  it('starts counting at opening for a signal that arrived before work', () => {
    expect(add('2026-03-02T07:00:00Z', 30)).toBe('2026-03-02T09:30:00.000Z');
  });

  it('falls due at closing time when the target ends exactly there', () => {
    expect(add('2026-03-06T17:00:00Z', 60)).toBe('2026-03-06T18:00:00.000Z');
  });

  it('skips a lunch break between two windows', () => {
    const split = buildCalendar({
      hours: {
        ...utc.hours,
        tue: [
          { from: '09:00', to: '12:00' },
          { from: '13:00', to: '17:00' },
        ],
      },
    });
    expect(add('2026-03-03T11:30:00Z', 60, split)).toBe('2026-03-03T13:30:00.000Z');
  });
});

describe('addBusinessMinutes in a time zone', () => {
  it('closes Berlin at 18:00 Berlin time, not UTC', () => {
    // 16:30Z on Friday is 17:30 in Berlin (CET): 30 minutes on Friday, 30 on Monday.
    expect(add('2026-03-06T16:30:00Z', 60, berlin)).toBe('2026-03-09T08:30:00.000Z');
    // The same instant is 11:30 in New York, with the whole afternoon still open.
    expect(add('2026-03-06T16:30:00Z', 60, newYork)).toBe('2026-03-06T17:30:00.000Z');
    // And in UTC it is 16:30, one and a half hours before closing.
    expect(add('2026-03-06T16:30:00Z', 60, utc)).toBe('2026-03-06T17:30:00.000Z');
  });
});

describe('addBusinessMinutes over holidays', () => {
  it('skips Good Friday, the weekend and Easter Monday', () => {
    const withEaster = buildCalendar({ timeZone: 'Europe/Berlin', holidays: ['2026-04-03', '2026-04-06'] });
    // Thursday 17:00 CEST: 60 minutes on Thursday, the rest from Tuesday 09:00 CEST.
    expect(add('2026-04-02T15:00:00Z', 120, withEaster)).toBe('2026-04-07T08:00:00.000Z');
    expect(add('2026-04-02T15:00:00Z', 120, berlin)).toBe('2026-04-03T08:00:00.000Z');
  });

  it('treats a holiday as a local date in the calendar zone', () => {
    // 23:30Z on 2 April is already 3 April (a holiday) in Berlin, so nothing counts until the 7th.
    const withEaster = buildCalendar({ timeZone: 'Europe/Berlin', holidays: ['2026-04-03', '2026-04-06'] });
    expect(add('2026-04-02T23:30:00Z', 10, withEaster)).toBe('2026-04-07T07:10:00.000Z');
  });
});

describe('addBusinessMinutes across DST weekends', () => {
  it('Berlin spring forward: Monday opens at 09:00 CEST, an hour earlier in UTC', () => {
    // Friday 27 March 17:00 CET = 16:00Z; Monday 30 March 10:00 CEST = 08:00Z.
    expect(add('2026-03-27T16:00:00Z', 120, berlin)).toBe('2026-03-30T08:00:00.000Z');
  });

  it('Berlin fall back: Monday opens at 09:00 CET, an hour later in UTC', () => {
    // Friday 23 October 17:00 CEST = 15:00Z; Monday 26 October 10:00 CET = 09:00Z.
    expect(add('2026-10-23T15:00:00Z', 120, berlin)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('New York spring forward: Friday 17:00 EST to Monday 10:00 EDT', () => {
    expect(add('2026-03-06T22:00:00Z', 120, newYork)).toBe('2026-03-09T14:00:00.000Z');
  });

  it('New York fall back: Friday 17:00 EDT to Monday 10:00 EST', () => {
    expect(add('2026-10-30T21:00:00Z', 120, newYork)).toBe('2026-11-02T15:00:00.000Z');
  });

  it('counts a round-the-clock Sunday as 23 hours in spring and 25 in autumn', () => {
    const sundays = buildCalendar({
      timeZone: 'Europe/Berlin',
      hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [{ from: '00:00', to: '24:00' }] },
    });
    expect(businessMinutesBetween(at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z'), sundays)).toBe(23 * 60);
    expect(businessMinutesBetween(at('2026-10-24T00:00:00Z'), at('2026-10-26T00:00:00Z'), sundays)).toBe(25 * 60);
  });
});

describe('businessMinutesBetween', () => {
  it('counts only open time across a weekend', () => {
    expect(businessMinutesBetween(at('2026-03-06T17:00:00Z'), at('2026-03-09T10:00:00Z'), utc)).toBe(120);
  });

  it('counts a whole working week as five 9-hour days', () => {
    expect(businessMinutesBetween(at('2026-03-02T00:00:00Z'), at('2026-03-09T00:00:00Z'), utc)).toBe(5 * 540);
  });

  it('is zero over a weekend and negative when reversed', () => {
    expect(businessMinutesBetween(at('2026-03-07T08:00:00Z'), at('2026-03-08T20:00:00Z'), utc)).toBe(0);
    expect(businessMinutesBetween(at('2026-03-09T10:00:00Z'), at('2026-03-06T17:00:00Z'), utc)).toBe(-120);
  });

  it('counts the Berlin DST weekend as 120 open minutes, not 60 or 180', () => {
    expect(businessMinutesBetween(at('2026-03-27T16:00:00Z'), at('2026-03-30T08:00:00Z'), berlin)).toBe(120);
  });

  it('inverts addBusinessMinutes for starts inside and outside business hours', () => {
    const starts = ['2026-03-06T17:00:00Z', '2026-03-07T12:00:00Z', '2026-03-27T16:59:00Z', '2026-10-30T21:00:00Z'];
    for (const calendar of [utc, berlin, newYork]) {
      for (const s of starts) {
        const due = addBusinessMinutes(at(s), 777, calendar);
        const counted = businessMinutesBetween(at(s), due, calendar);
        expect(counted, `${calendar.timeZone} from ${s}`).toBe(777);
      }
    }
  });
});

describe('guards', () => {
  it('rejects a negative target and a calendar with no open hours', () => {
    expect(() => addBusinessMinutes(at('2026-03-02T10:00:00Z'), -1, utc)).toThrow(RangeError);
    const closed = buildCalendar({ hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    expect(() => addBusinessMinutes(at('2026-03-02T10:00:00Z'), 10, closed)).toThrow(/no business hours/);
  });

  it('adds plain elapsed minutes when a target is not business-hours-only', () => {
    expect(addTargetMinutes(at('2026-03-06T17:00:00Z'), 240, false, utc).toISOString()).toBe('2026-03-06T21:00:00.000Z');
    expect(addTargetMinutes(at('2026-03-06T17:00:00Z'), 240, true, utc).toISOString()).toBe('2026-03-09T12:00:00.000Z');
  });
});
