import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { DEFAULT_SLA_POLICY, parseSlaPolicy } from './sla-policy.js';

describe('default SLA policy (DESIGN.md)', () => {
  it('answers pre-sale in 12h, order issues in 24h, urgent in 4h', () => {
    const p = parseSlaPolicy();
    expect(p.classes.pre_sale.firstResponseMinutes).toBe(720);
    expect(p.classes.order_issue.firstResponseMinutes).toBe(1440);
    expect(p.classes.urgent.firstResponseMinutes).toBe(240);
  });

  it('counts urgent targets on the wall clock and the others in business hours', () => {
    expect(DEFAULT_SLA_POLICY.classes.urgent.businessHoursOnly).toBe(false);
    expect(DEFAULT_SLA_POLICY.classes.pre_sale.businessHoursOnly).toBe(true);
    expect(DEFAULT_SLA_POLICY.classes.order_issue.businessHoursOnly).toBe(true);
    expect(DEFAULT_SLA_POLICY.atRiskFraction).toBe(0.75);
  });

  it('cannot be changed by a caller that holds it', () => {
    expect(() => {
      (DEFAULT_SLA_POLICY.classes.urgent as { firstResponseMinutes: number }).firstResponseMinutes = 1;
    }).toThrow(TypeError);
    expect(DEFAULT_SLA_POLICY.classes.urgent.firstResponseMinutes).toBe(240);
  });
});

describe('parseSlaPolicy with seller settings', () => {
  it('lays a partial setting over the defaults field by field', () => {
    const p = parseSlaPolicy({
      calendar: { timeZone: 'America/New_York', holidays: ['2026-11-26'] },
      classes: { urgent: { firstResponseMinutes: 60 } },
    });
    expect(p.calendar.timeZone).toBe('America/New_York');
    expect(p.calendar.holidays).toEqual(['2026-11-26']);
    expect(p.calendar.hours.mon).toEqual([{ from: '09:00', to: '18:00' }]);
    expect(p.classes.urgent).toEqual({ firstResponseMinutes: 60, resolutionMinutes: 2880, businessHoursOnly: false });
    expect(p.classes.pre_sale.firstResponseMinutes).toBe(720);
  });

  it('closes weekdays left out when a seller writes the week', () => {
    const p = parseSlaPolicy({ calendar: { hours: { sat: [{ from: '10:00', to: '14:00' }] } } });
    expect(p.calendar.hours.sat).toEqual([{ from: '10:00', to: '14:00' }]);
    expect(p.calendar.hours.mon).toEqual([]);
  });

  it('names every bad field in one error', () => {
    let error: unknown;
    try {
      parseSlaPolicy({
        calendar: { timeZone: 'Europe/Atlantis', hours: { mon: [{ from: '18:00', to: '09:00' }] }, holidays: ['26/12/2026'] },
        classes: { order_issue: { firstResponseMinutes: -5 } },
        atRiskFraction: 1.5,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const paths = ((error as AppError).details as { path: string }[]).map((i) => i.path).sort();
    expect(paths).toEqual([
      'atRiskFraction',
      'calendar.holidays[0]',
      'calendar.hours.mon[0].to',
      'calendar.timeZone',
      'classes.order_issue.firstResponseMinutes',
    ]);
  });

  it('refuses a week without business hours, overlapping windows and unknown keys', () => {
    const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(() => parseSlaPolicy({ calendar: { hours: closed } })).toThrow(/at least one weekday/);
    expect(() =>
      parseSlaPolicy({
        calendar: {
          hours: {
            mon: [
              { from: '09:00', to: '13:00' },
              { from: '12:00', to: '18:00' },
            ],
          },
        },
      }),
    ).toThrow(/must not overlap/);
    expect(() => parseSlaPolicy({ clases: {} })).toThrow(/invalid SLA policy/);
  });

  it('refuses a resolution target shorter than the first-response target', () => {
    expect(() => parseSlaPolicy({ classes: { pre_sale: { firstResponseMinutes: 600, resolutionMinutes: 60 } } })).toThrow(
      /classes\.pre_sale\.resolutionMinutes/,
    );
  });
});
