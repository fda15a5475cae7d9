import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from '../../platform/db/testing.js';
import type { Database } from '../../platform/db/index.js';
import { applySla, applySlaBatch, type AppliedSla } from './apply-sla.js';
import { DEFAULT_SLA_POLICY, parseSlaPolicy } from './sla-policy.js';
import { insertAppliedSlas, loadSlaPolicy, saveSlaPolicy } from './sla-repository.js';
import { applySlaToSignals, slasFor, storeSlas } from './apply-to-signals.js';

// The stored `applied` document is built in the database from each row's own fields and the
// parts SLAs share; it must be exactly the document of the AppliedSla it came from.
let d: Database;
const ids: number[] = [];
const policy = parseSlaPolicy({
  calendar: {
    timeZone: 'Europe/Berlin',
    holidays: ['2026-12-24'],
    hours: {
      mon: [
        { from: '08:30', to: '12:00' },
        { from: '13:00', to: '17:15' },
      ],
      fri: [{ from: '09:00', to: '15:00' }],
    },
  },
  classes: { pre_sale: { firstResponseMinutes: 90, resolutionMinutes: 600.5, businessHoursOnly: true } },
  atRiskFraction: 0.6,
});
const stored = async () =>
  (
    await sql<{
      signal_id: number;
      applied: Record<string, unknown>;
      state: string;
      first_response_due_at: Date;
      resolution_due_at: Date;
      next_check_at: Date;
    }>`
  SELECT signal_id, applied, state, first_response_due_at, resolution_due_at, next_check_at FROM applied_slas ORDER BY signal_id`.execute(
      d.db,
    )
  ).rows;
const asStored = (a: AppliedSla) => JSON.parse(JSON.stringify(a)) as Record<string, unknown>;

beforeAll(async () => {
  d = await openTestDatabase();
  for (let i = 0; i < 6; i++) {
    const r = await d.db
      .insertInto('signals')
      .values({
        channel: 'email',
        external_id: `sla-${i}`,
        received_at: new Date(Date.UTC(2026, 11, 18 + i, 7 + i, 13)),
        text: 'where is it',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(r.id));
  }
});
afterAll(async () => {
  await d.close();
});

describe('storing applied SLAs', () => {
  it("stores each SLA's own document, whether its target and calendar are shared or its own copies", async () => {
    const receivedAt = (i: number) => new Date(Date.UTC(2026, 11, 18 + i, 7 + i, 13, 5, 250));
    const own = [0, 1].map((i) =>
      applySla({ signalId: ids[i]!, slaClass: i ? 'urgent' : 'pre_sale', receivedAt: receivedAt(i), policy, mustBeHuman: i === 1 }),
    );
    const shared = applySlaBatch(
      policy,
      [2, 3, 4].map((i) => ({
        signalId: ids[i]!,
        slaClass: (['pre_sale', 'order_issue', 'pre_sale'] as const)[i - 2]!,
        receivedAt: receivedAt(i),
        mustBeHuman: i === 3,
      })),
    );
    const other = applySla({ signalId: ids[5]!, slaClass: 'pre_sale', receivedAt: receivedAt(5), policy: DEFAULT_SLA_POLICY });
    const all = [...own, ...shared, other];
    await insertAppliedSlas(d.db, all);
    const rows = await stored();
    expect(rows.map((r) => r.applied)).toEqual(all.map(asStored));
    expect(
      rows.map((r) => [
        Number(r.signal_id),
        r.state,
        r.first_response_due_at.getTime(),
        r.resolution_due_at.getTime(),
        r.next_check_at.getTime(),
      ]),
    ).toEqual(
      all.map((a) => [Number(a.signalId), 'on_track', a.firstResponseDueAt.getTime(), a.resolutionDueAt.getTime(), a.receivedAt.getTime()]),
    );
    // The batch gives the same SLA as one at a time under the same policy.
    expect(shared.map(asStored)).toEqual(
      [2, 3, 4].map((i) =>
        asStored(
          applySla({ signalId: ids[i]!, slaClass: shared[i - 2]!.slaClass, receivedAt: receivedAt(i), policy, mustBeHuman: i === 3 }),
        ),
      ),
    );
  });

  it("keeps the first SLA when a signal's is applied again, and prepares SLAs under the stored policy", async () => {
    const before = await stored();
    await saveSlaPolicy(d.db, policy);
    await applySlaToSignals(d.db, [{ signalId: ids[5]!, slaClass: 'urgent', receivedAt: new Date(), mustBeHuman: true }]);
    const prepared = await slasFor(d.db, [
      { slaClass: 'order_issue', receivedAt: new Date(Date.UTC(2026, 11, 21, 16)), mustBeHuman: false },
    ]);
    await storeSlas(d.db, [{ signalId: ids[0]!, sla: prepared[0]! }]);
    expect(await stored()).toEqual(before);
    expect(prepared[0]).toEqual(
      applySla({
        signalId: 0,
        slaClass: 'order_issue',
        receivedAt: new Date(Date.UTC(2026, 11, 21, 16)),
        policy: await loadSlaPolicy(d.db),
      }),
    );
  });
});
