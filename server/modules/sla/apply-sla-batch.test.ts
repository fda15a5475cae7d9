import { describe, expect, it } from 'vitest';
import { applySla, applySlaBatch, dueDatesUnder } from './apply-sla.js';
import { addTargetMinutes } from './business-time.js';
import { parseSlaPolicy, SLA_CLASSES } from './sla-policy.js';
import type { BusinessCalendar } from './business-calendar.js';

// The batch path must give exactly the due dates of addTargetMinutes and the SLAs of applySla,
// across zones with DST (including a 30-minute one), holidays, split days and fractional targets.
const calendars: BusinessCalendar[] = [
  {
    timeZone: 'UTC',
    hours: {
      mon: [{ from: '09:00', to: '18:00' }],
      tue: [{ from: '09:00', to: '18:00' }],
      wed: [],
      thu: [{ from: '00:00', to: '23:59' }],
      fri: [{ from: '09:00', to: '18:00' }],
      sat: [],
      sun: [],
    },
    holidays: ['2026-03-03'],
  },
  {
    timeZone: 'Europe/Berlin',
    hours: {
      mon: [
        { from: '01:30', to: '03:30' },
        { from: '13:00', to: '17:15' },
      ],
      tue: [],
      wed: [{ from: '02:00', to: '02:45' }],
      thu: [],
      fri: [{ from: '09:00', to: '15:00' }],
      sat: [{ from: '10:00', to: '12:00' }],
      sun: [{ from: '01:00', to: '04:00' }],
    },
    holidays: ['2026-10-26', '2026-12-24'],
  },
  {
    timeZone: 'Australia/Lord_Howe',
    hours: {
      mon: [{ from: '01:00', to: '03:00' }],
      tue: [{ from: '08:00', to: '20:00' }],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [{ from: '01:30', to: '02:30' }],
    },
    holidays: [],
  },
  {
    timeZone: 'America/Sao_Paulo',
    hours: { mon: [{ from: '00:00', to: '06:00' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    holidays: [],
  },
];

describe('SLAs worked out for a batch', () => {
  it('gives the due dates of addTargetMinutes', () => {
    let x = 7;
    const rnd = () => {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      return x / 0x7fffffff;
    };
    for (const calendar of calendars) {
      const due = dueDatesUnder(calendar);
      for (let i = 0; i < 400; i++) {
        // Around the 2026 DST changes of both hemispheres, on minute boundaries and off them.
        const start = new Date(
          Date.UTC(2026, [2, 3, 9, 10][i % 4]!, 1) + Math.floor(rnd() * 40 * 86_400_000) - (i % 3 === 0 ? Math.floor(rnd() * 1000) : 0),
        );
        const minutes = [0, 1, 59.5, 60 * 9, 60 * 45, 7 * 0.75, rnd() * 5000];
        for (const business of [true, false]) {
          expect(
            due(start, minutes, business).map((d) => d.getTime()),
            `${calendar.timeZone} ${start.toISOString()}`,
          ).toEqual(minutes.map((m) => addTargetMinutes(start, m, business, calendar).getTime()));
        }
      }
    }
  });

  it('gives the SLAs of applySla, sharing frozen copies of the target and calendar', () => {
    const policy = parseSlaPolicy({
      calendar: calendars[1],
      classes: { urgent: { firstResponseMinutes: 30, resolutionMinutes: 600, businessHoursOnly: true } },
    });
    const inputs = Array.from({ length: 60 }, (_, i) => ({
      signalId: i + 1,
      slaClass: SLA_CLASSES[i % 3]!,
      receivedAt: new Date(Date.UTC(2026, 9, 20) + i * 3_600_000 * 7),
      mustBeHuman: i % 2 === 0,
    }));
    const batch = applySlaBatch(policy, inputs);
    expect(batch).toEqual(inputs.map((i) => applySla({ ...i, policy })));
    expect(Object.isFrozen(batch[0]!.calendar.hours.mon[0])).toBe(true);
    expect(batch[0]!.calendar).not.toBe(policy.calendar);
    expect(() =>
      dueDatesUnder({ ...calendars[0]!, hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } })(new Date(), [5], true),
    ).toThrow(RangeError);
  });
});
