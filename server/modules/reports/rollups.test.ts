import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../platform/db/testing.js';
import type { Database } from '../../platform/db/index.js';
import { fixedClock } from '../../platform/clock.js';
import { silentLogger } from '../../platform/logger.js';
import type { AppContext } from '../../platform/http/context.js';
import { ingestSignals, deleteSignal } from '../signals/index.js';
import { updateSignals } from '../signals/index.js';
import { upsertOrders } from '../orders/index.js';
import { triageStoredSignals, loadTriageContext, idsAfter } from '../triage/index.js';
import { buildOrder, buildSignal } from '../../test/factories.js';
import { ensureZone, storedRollups, recountedRollups } from './index.js';
import { twoWeekTotals } from './rollup-read-repository.js';
import { afterSalesRisks, RISK_LINES } from './weekly-sections.js';
import type { SignalInput } from '../../../contracts/signal.js';

/** A small deterministic PRNG so a failure names its seed. */
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

const TEXTS = [
  'The strap was missing from the box',
  'Arrived broken, the glass was crushed',
  'Still not delivered after three weeks, tracking stuck',
  'Will this fit a 15 inch laptop?',
  'I want a refund, this is terrible',
  'Colour is nothing like the photos',
  'Love it, great quality!',
  'The charger started smoking and burned my hand',
  'Your chatbot told me returns are free but they are not',
  'How do I assemble the frame? The manual is unclear',
  'Wrong size sent, I ordered a medium',
  'Smells of chemicals, the fabric is thin',
];
const CHANNELS = ['email', 'chat', 'review', 'refund_reason', 'dispute', 'ai_chat', 'social_comment'] as const;
const ZONES = ['UTC', 'Europe/Berlin', 'Asia/Kolkata'];

let database: Database;
let ctx: AppContext;
const clock = fixedClock('2026-11-20T12:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  ctx = { db: database.db, clock, logger: silentLogger, config: { timeZone: 'UTC' } };
});
afterAll(async () => {
  await database.close();
});

async function expectEqualToRecount(zones: string[]) {
  for (const zone of zones) {
    const stored = await storedRollups(ctx.db, zone);
    const recount = await recountedRollups(ctx.db, zone);
    expect(stored, `rollups for ${zone}`).toEqual(recount);
    // The weekly rollups are checked too, and must hold rows (a vacuous equality proves nothing).
    for (const part of ['weeklyThemes', 'weeklyChannels', 'weeklyRisks'] as const)
      expect(stored[part].length, `${part} for ${zone}`).toBeGreaterThan(0);
    expect(new Set(stored.weeklyRisks.map((l) => JSON.parse(l).projection))).toEqual(new Set(['sku', 'sku_batch', 'route']));
  }
}

describe('report rollups', () => {
  it('equal a full recount after random imports, retriage with changed rules, label corrections and deletions', async () => {
    for (const zone of ZONES.slice(0, 2)) await ensureZone(ctx.db, zone);
    const rnd = prng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    // ro-1 always has a route, so the risks by route are exercised whatever the draws.
    const orders = Array.from({ length: 12 }, (_, i) =>
      buildOrder({
        orderId: `ro-${i}`,
        route: pick(['CN-US-air', 'EU-road', null]) ?? (i === 1 ? 'EU-road' : null),
        batch: pick(['B1', 'B2', null]),
        value: pick([20, 700]),
      }),
    );
    await upsertOrders(ctx, orders, { actor: 'test', source: 'test' });
    let serial = 0;
    const makeSignal = (): SignalInput => {
      // Around local midnight in Berlin and Kolkata, so zone days differ from UTC days.
      const at = new Date(Date.UTC(2026, 10, 2 + Math.floor(rnd() * 20), pick([0, 5, 18, 22, 23]), Math.floor(rnd() * 60)));
      return buildSignal({
        externalId: `p-${serial++}`,
        channel: pick(CHANNELS),
        receivedAt: at.toISOString(),
        text: pick(TEXTS),
        rating: pick([null, 1, 2, 4, 5]),
        sku: pick(['BAG-1', 'LAMP-2', null]),
        batch: pick([null, null, 'B9']),
        orderId: pick([null, 'ro-1', 'ro-4', 'ro-7']),
        handledBy: pick(['human', 'automation']),
        customerTier: pick([null, 'vip']),
      });
    };
    for (let round = 0; round < 4; round++) {
      const batch = Array.from({ length: 40 }, makeSignal);
      batch.push(batch[0]!); // a duplicate inside the batch changes nothing
      await ingestSignals(ctx, batch, { actor: 'test', source: 'test' });
    }
    await expectEqualToRecount(ZONES.slice(0, 2));

    // A zone added after the fact is backfilled and then maintained like the others.
    await ensureZone(ctx.db, 'Asia/Kolkata');
    await expectEqualToRecount(ZONES);

    // The seller's rules change: retriage moves counts between issue types.
    await ctx.db
      .insertInto('triage_rules')
      .values([
        { issue_type: 'defect', phrase: 'strap', created_by: 'seller', weight: 3 },
        { issue_type: 'safety', phrase: 'frame', created_by: 'seller', weight: 3 },
      ])
      .execute();
    const triage = await loadTriageContext(ctx.db);
    const ids = await idsAfter(ctx.db, 0, 10_000);
    await ctx.db.transaction().execute((tx) => triageStoredSignals({ db: tx, clock }, ids, triage, { actor: 'test' }));
    await expectEqualToRecount(ZONES);

    // Agents correct labels and delete a few signals; more arrive.
    const all = await idsAfter(ctx.db, 0, 10_000);
    for (let i = 0; i < 6; i++)
      await updateSignals(ctx, [pick(all)], { issueTypes: [pick(['praise', 'fit_size', 'defect'] as const)], actor: 'agent' });
    const doomed = new Set(Array.from({ length: 10 }, () => pick(all)));
    for (const id of doomed) await deleteSignal(ctx, id, 'test');
    await ingestSignals(ctx, Array.from({ length: 30 }, makeSignal), { actor: 'test', source: 'test' });
    // Retriage again with a rule removed (labels corrected by agents are kept).
    await ctx.db.deleteFrom('triage_rules').where('phrase', '=', 'strap').execute();
    const again = await idsAfter(ctx.db, 0, 10_000);
    await ctx.db
      .transaction()
      .execute(async (tx) => triageStoredSignals({ db: tx, clock }, again, await loadTriageContext(tx), { actor: 'test' }));
    await expectEqualToRecount(ZONES);

    const total = await ctx.db
      .selectFrom('report_rollup_channels')
      .select((eb) => eb.fn.sum<number>('signals').as('n'))
      .where('zone', '=', 'UTC')
      .executeTakeFirstOrThrow();
    const signals = await ctx.db
      .selectFrom('signals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(total.n)).toBe(Number(signals.n));
  });

  it('reads the top batch and route rows with ties, so the report, not the database, orders equal counts', async () => {
    const zone = 'America/Lima';
    const row = (projection: 'sku_batch' | 'route', batch: string, route: string, signals: number) => ({
      zone,
      week: '2026-11-16',
      projection,
      risk: 'damage',
      sku: projection === 'route' ? '' : 'S1',
      batch,
      route,
      signals,
    });
    await ctx.db
      .insertInto('report_rollup_weekly_risks')
      .values([
        ...['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08'].map((b) => row('sku_batch', b, '', 5)),
        ...['Z9', 'C3', 'M1', 'C1'].map((b) => row('sku_batch', b, '', 2)),
        row('sku_batch', 'B00', '', 0),
      ])
      .execute();
    const risks = await twoWeekTotals(ctx.db, zone, '2026-11-16', RISK_LINES).then((t) => t.risks);
    expect(risks.topBatches).toHaveLength(12);
    const section = afterSalesRisks(risks.bySku.cur, risks.bySku.prev, risks, new Map());
    expect(section.byBatch.map((b) => b.batch)).toEqual(['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'C1', 'C3']);
  });

  it('refuses to delete a signal that does not exist', async () => {
    await expect(deleteSignal(ctx, 999_999, 'test')).rejects.toMatchObject({ code: 'signal_not_found' });
  });
});
