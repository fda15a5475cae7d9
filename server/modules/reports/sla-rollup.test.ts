import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from '../../platform/db/testing.js';
import type { Database } from '../../platform/db/index.js';
import { fixedClock } from '../../platform/clock.js';
import { silentLogger } from '../../platform/logger.js';
import type { AppContext } from '../../platform/http/context.js';
import { ingestSignals, deleteSignal } from '../signals/index.js';
import { updateSignals } from '../signals/index.js';
import { recordReply } from '../replies/index.js';
import { storeWorkSteps, sweepSla } from '../sla/index.js';
import { triageStoredSignals, loadTriageContext, idsAfter } from '../triage/index.js';
import { buildSignal } from '../../test/factories.js';
import {
  drainSlaChanges,
  ensureSlaZone,
  histogramQuantile,
  minuteBucket,
  recountedSlaRollup,
  slaWeek,
  storedSlaRollup,
  SLA_BUCKETS,
} from './sla-rollup.js';
import { generateWeeklyReport } from './generate-weekly-report.js';
import { recountedProcessingRollup, storedProcessingRollup } from './processing-rollup.js';

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('minute histograms', () => {
  it('puts minutes in buckets 10% wide and reads quantiles within 10% of the exact value', () => {
    expect(minuteBucket(null)).toBeNull();
    expect(minuteBucket(-3)).toBe(0);
    expect(minuteBucket(0.5)).toBe(0);
    expect(minuteBucket(1)).toBe(1);
    expect(minuteBucket(1.0999)).toBe(1);
    expect(minuteBucket(1.1)).toBe(2);
    expect(minuteBucket(1e12)).toBe(SLA_BUCKETS - 1);
    expect(histogramQuantile(new Array(SLA_BUCKETS).fill(0), 0.5)).toBeNull();
    const rnd = prng(3);
    for (let trial = 0; trial < 20; trial++) {
      const xs = Array.from({ length: 50 + Math.floor(rnd() * 500) }, () => Math.exp(rnd() * 9)); // 1 minute to ~5.6 days
      const hist = new Array(SLA_BUCKETS).fill(0);
      for (const x of xs) hist[minuteBucket(x)!]++;
      const sorted = [...xs].sort((a, b) => a - b);
      for (const p of [0.5, 0.9]) {
        const exact = sorted[Math.ceil(p * sorted.length) - 1]!;
        expect(Math.abs(histogramQuantile(hist, p)! - exact) / exact, `trial ${trial} p${p}`).toBeLessThanOrEqual(0.1);
      }
    }
  });
});

let database: Database;
let ctx: AppContext;
const clock = fixedClock('2026-11-02T08:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { db: database.db, clock, logger: silentLogger, config: { timeZone: 'UTC' } };
});
afterAll(async () => {
  await database.close();
});

async function expectEqualToRecount(zones: string[]) {
  await drainSlaChanges(ctx.db);
  for (const zone of zones) {
    expect(await storedSlaRollup(ctx.db, zone), `SLA rollup for ${zone}`).toEqual(await recountedSlaRollup(ctx.db, zone));
    expect(await storedProcessingRollup(ctx.db, zone), `processing rollup for ${zone}`).toEqual(
      await recountedProcessingRollup(ctx.db, zone),
    );
  }
}

const TEXTS = [
  'Where is my parcel? Two weeks late',
  'I want a refund now, this is a scam',
  'The charger caught fire',
  'Does it come in blue?',
  'Arrived broken',
  'Love it',
];

describe('SLA rollup', () => {
  it('equals a full recount after replies, resolutions, reopens, sweeps, retriage and deletions', async () => {
    const rnd = prng(11);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    await ensureSlaZone(ctx.db, 'UTC');
    await ensureSlaZone(ctx.db, 'Europe/Berlin');
    let serial = 0;
    const makeSignal = () =>
      buildSignal({
        externalId: `sla-${serial++}`,
        channel: pick(['email', 'chat', 'review', 'dispute', 'ai_chat'] as const),
        receivedAt: new Date(
          Date.UTC(2026, 10, 2 + Math.floor(rnd() * 10), pick([0, 6, 13, 22, 23]), Math.floor(rnd() * 60)),
        ).toISOString(),
        text: pick(TEXTS),
        handledBy: pick(['human', 'automation']),
      });
    await ingestSignals(ctx, Array.from({ length: 50 }, makeSignal), { actor: 'test', source: 'test' });
    await expectEqualToRecount(['UTC', 'Europe/Berlin']);

    const ids = await idsAfter(ctx.db, 0, 10_000);
    for (let step = 0; step < 60; step++) {
      clock.advance(Math.floor(rnd() * 600) * 60_000);
      const id = pick(ids);
      const what = rnd();
      if (what < 0.45)
        await recordReply(ctx, id, {
          text: 'Thanks for telling us, we are checking your order today.',
          author: 'agent',
          public: false,
          byAutomation: rnd() < 0.3,
        });
      else if (what < 0.8)
        await updateSignals(ctx, [id], { status: pick(['resolved', 'resolved', 'reopened', 'pending'] as const), actor: 'agent' });
      else if (what < 0.88)
        await storeWorkSteps(ctx.db, [
          { signalId: id, step: pick(['first_response', 'decision', 'resolution'] as const), at: clock.now(), source: 'test' },
        ]);
      else await sweepSla(ctx);
    }
    await expectEqualToRecount(['UTC', 'Europe/Berlin']);

    // A zone added later is filled from the counted facts, then kept like the others.
    await ensureSlaZone(ctx.db, 'Asia/Kolkata');
    await expectEqualToRecount(['UTC', 'Europe/Berlin', 'Asia/Kolkata']);

    // Retriage with a seller rule that makes signals must-be-human (automation replies stop counting), then deletions.
    await ctx.db
      .insertInto('triage_rules')
      .values([{ issue_type: 'safety', phrase: 'parcel', created_by: 'seller', weight: 3 }])
      .execute();
    await ctx.db
      .transaction()
      .execute(async (tx) => triageStoredSignals({ db: tx, clock }, ids, await loadTriageContext(tx), { actor: 'test' }));
    for (const id of new Set(Array.from({ length: 6 }, () => pick(ids)))) await deleteSignal(ctx, id, 'test');
    // A signal deleted with nothing but its applied SLA (no reply, no status change) leaves the rollup too.
    const [fresh] = await ingestSignals(ctx, [makeSignal()], { actor: 'test', source: 'test' });
    await expectEqualToRecount(['UTC']);
    await deleteSignal(ctx, fresh!.id, 'test');
    await ingestSignals(ctx, Array.from({ length: 10 }, makeSignal), { actor: 'test', source: 'test' });
    await expectEqualToRecount(['UTC', 'Europe/Berlin', 'Asia/Kolkata']);
    const facts = await ctx.db
      .selectFrom('report_sla_facts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const applied = await ctx.db
      .selectFrom('applied_slas')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(facts.n)).toBe(Number(applied.n));
    expect(Number(facts.n)).toBeGreaterThan(40);
  });

  it('gives the weekly report exact counts and medians within 10% of a direct query', async () => {
    const zone = 'Europe/Berlin';
    const report = await generateWeeklyReport(ctx, { week: '2026-W45', timeZone: zone });
    const direct = await sql<{ signals: number; responded: number; resolved: number; fr_median: number | null }>`
      WITH w AS (SELECT s.id, s.received_at, s.must_be_human, s.status FROM signals s JOIN applied_slas a ON a.signal_id = s.id
        WHERE s.received_at >= ${new Date(report.window.from)} AND s.received_at < ${new Date(report.window.to)}),
      fr AS (SELECT w.id, (SELECT min(r.at) FROM signal_replies r WHERE r.signal_id = w.id AND (NOT w.must_be_human OR NOT r.by_automation)) - w.received_at AS d FROM w)
      SELECT (SELECT count(*)::int FROM w) AS signals, (SELECT count(d)::int FROM fr) AS responded,
        (SELECT count(*)::int FROM w WHERE status = 'resolved' AND EXISTS (SELECT 1 FROM signal_status_changes c WHERE c.signal_id = w.id AND c.status = 'resolved')) AS resolved,
        (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d) / 60) FROM fr WHERE d IS NOT NULL) AS fr_median`.execute(
      ctx.db,
    );
    const x = direct.rows[0]!;
    expect(report.sla.signals).toBe(x.signals);
    expect(report.sla.signals).toBeGreaterThan(20);
    expect(report.sla.firstResponse.count).toBe(x.responded);
    expect(report.sla.resolution.count).toBe(x.resolved);
    expect(x.fr_median).not.toBeNull();
    // percentile_disc picks a member; the histogram interpolates inside the bucket holding it.
    const exact = Number(x.fr_median);
    expect(Math.abs(report.sla.firstResponse.medianMinutes! - exact)).toBeLessThanOrEqual(Math.max(0.1 * exact, 1));
    expect((await slaWeek(ctx.db, zone, report.firstDay, report.lastDay)).signals).toBe(x.signals);
  });
});
