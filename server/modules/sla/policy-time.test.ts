import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const oneMinuteAWeek = {
  timeZone: 'UTC',
  hours: { mon: [{ from: '09:00', to: '09:01' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
};

describe('an SLA policy must leave business time', () => {
  it('refuses hours that can never reach a business-hours target, naming the target', async () => {
    const r = await t.call('PUT', '/api/sla/policy', { calendar: oneMinuteAWeek });
    expect(r.status).toBe(400);
    const paths = r.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('classes.order_issue.resolutionMinutes');
    expect(paths).not.toContain('classes.urgent.resolutionMinutes'); // wall-clock by default
    expect(r.body.error.details[0].message).toMatch(/opens 1 minutes a week/);
  });

  it('accepts the same hours when the targets count wall-clock time', async () => {
    const wall = { firstResponseMinutes: 60, resolutionMinutes: 120, businessHoursOnly: false };
    const r = await t.call('PUT', '/api/sla/policy', { calendar: oneMinuteAWeek, classes: { pre_sale: wall, order_issue: wall } });
    expect(r.status).toBe(200);
    await t.call('PUT', '/api/sla/policy', {});
  });

  it('bounds the holidays list and their dates', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    const r = await t.call('PUT', '/api/sla/policy', { calendar: { holidays: many } });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('calendar.holidays');
    const old = await t.call('PUT', '/api/sla/policy', { calendar: { holidays: ['0000-01-01'] } });
    expect(old.status).toBe(400);
    expect(old.body.error.details[0].path).toBe('calendar.holidays[0]');
  });

  it('never blocks intake: under a stored policy that yields no business time, the signal is stored with wall-clock due dates', async () => {
    const stored = {
      calendar: { ...oneMinuteAWeek, holidays: [] },
      classes: {
        pre_sale: { firstResponseMinutes: 720, resolutionMinutes: 1440, businessHoursOnly: true },
        order_issue: { firstResponseMinutes: 1440, resolutionMinutes: 527_000, businessHoursOnly: true },
        urgent: { firstResponseMinutes: 240, resolutionMinutes: 2880, businessHoursOnly: false },
      },
      atRiskFraction: 0.75,
    };
    // As it could have been saved before policies were checked.
    await t.ctx.db
      .insertInto('settings')
      .values({ key: 'sla_policy', value: JSON.stringify(stored) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(stored) }))
      .execute();
    const r = await t.call(
      'POST',
      '/api/signals',
      buildSignal({ text: 'My order arrived broken, the strap is torn', receivedAt: '2026-11-16T10:00:00Z' }),
    );
    expect(r.status).toBe(201);
    const sla = await t.ctx.db.selectFrom('applied_slas').selectAll().where('signal_id', '=', r.body.id).executeTakeFirstOrThrow();
    expect(sla.resolution_due_at).toBeInstanceOf(Date);
    await t.ctx.db.deleteFrom('settings').where('key', '=', 'sla_policy').execute();
  });
});

describe('applySlaBatch under a calendar with no business time left', () => {
  it('counts the targets on the wall clock for that signal instead of throwing', async () => {
    const { applySlaBatch } = await import('./apply-sla.js');
    const { DEFAULT_SLA_POLICY } = await import('./sla-policy.js');
    const policy = {
      ...DEFAULT_SLA_POLICY,
      calendar: { ...DEFAULT_SLA_POLICY.calendar, hours: { ...oneMinuteAWeek.hours } },
      classes: {
        ...DEFAULT_SLA_POLICY.classes,
        order_issue: { firstResponseMinutes: 60, resolutionMinutes: 527_000, businessHoursOnly: true },
      },
    };
    const receivedAt = new Date('2026-11-16T10:00:00Z');
    const [a] = applySlaBatch(policy, [{ signalId: '1', slaClass: 'order_issue', receivedAt }]);
    expect(a!.target.businessHoursOnly).toBe(false);
    expect(a!.resolutionDueAt.getTime()).toBe(receivedAt.getTime() + 527_000 * 60_000);
  });
});
