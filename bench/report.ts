/**
 * Weekly report time at 100,000 and 1,000,000 signals, on the embedded engine and on a
 * PostgreSQL server, and the ratio between the two sizes. `npm run bench:report`.
 *
 * Setup writes straight into the tables with INSERT ... SELECT over generate_series (no
 * per-signal round trips): signals already triaged, their orders, applied SLAs, replies,
 * resolutions and breaches. The rollups are then built by the reports module's own backfill
 * (ensureZone: the grouped recount a newly maintained zone gets). Only the report is timed.
 *
 * BENCH_DATABASE_URL (default postgres://root@127.0.0.1:5432/test, or DATABASE_URL) names the
 * server; a fresh database is created and dropped. BENCH_SIZES=100000,1000000 and
 * BENCH_ENGINES=pglite,postgres change what runs; BENCH_KEEP=1 keeps the server database for a look.
 */
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { openDatabase, migrateToLatest, type Database } from '../server/platform/db/index.js';
import type { DB } from '../server/platform/db/schema.js';
import { fixedClock } from '../server/platform/clock.js';
import { generateWeeklyReport, ensureZone, drainSlaChanges, ensureSlaZone } from '../server/modules/reports/index.js';

const END = '2026-11-15T23:59:59Z';
const WEEK = '2026-W40';
const ZONES = ['UTC', 'Europe/Berlin'];
const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

/** A deterministic pseudo-random number in [0,1) per row g and stream k, computed in SQL. */
const r = (k: number) => sql.raw(`(((g::bigint * ${2654435761 + k * 40503}) + ${k * 7919}) % 1000003) / 1000003.0`);

const TYPES = [
  'fit_size',
  'fit_size',
  'fit_size',
  'delivery_delay',
  'delivery_delay',
  'returns_refunds',
  'returns_refunds',
  'material_quality',
  'defect',
  'damaged_in_transit',
  'missing_item',
  'wrong_item',
  'listing_mismatch',
  'setup_usage',
  'payment_checkout',
  'warranty_policy',
  'support_experience',
  'ai_wrong_answer',
  'praise',
  'praise',
  'fit_size,returns_refunds',
  'defect,returns_refunds',
  'missing_item,returns_refunds',
  'safety,defect',
];
const CHANNELS = [
  'email',
  'email',
  'chat',
  'chat',
  'review',
  'review',
  'refund_reason',
  'return_reason',
  'dispute',
  'chargeback',
  'ai_chat',
  'social_comment',
  'social_dm',
  'survey',
];
const lit = (xs: string[]) => sql.raw(`ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`);

async function seedCatalog(db: Kysely<DB>) {
  await sql`INSERT INTO products (sku, title, supplier) SELECT 'SKU-' || i, 'Product ' || i, 'Supplier ' || (i % 8) FROM generate_series(0, 59) i`.execute(
    db,
  );
  await sql`INSERT INTO orders (order_id, ordered_at, route, batch, supplier, country)
    SELECT 'BO-' || i, ${END}::timestamptz - (i % 365) * interval '1 day', (ARRAY['CN-US-air','CN-EU-air','US-US-ground','DE-DE-ground','DE-EU-ground','US-CA-ground'])[1 + i % 6],
      'B-' || (i % 40), 'Supplier ' || (i % 8), 'US' FROM generate_series(0, 19999) i`.execute(db);
}

/** Signals g in [first, last], already triaged, with their SLA rows, replies and resolutions. */
async function seedSignals(db: Kysely<DB>, first: number, last: number) {
  const step = (name: string, t0: number) => {
    if (process.env.BENCH_VERBOSE) console.error(`  ${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  let t0 = performance.now();
  await sql`
    INSERT INTO signals (id, channel, external_id, received_at, text, rating, sku, batch, order_id, handled_by, issue_types, stage, sentiment_label,
      must_be_human, triaged_at, triage_version, status)
    SELECT g, c.channel, 'bench-' || g, ${END}::timestamptz - (${r(1)} * 364 * 86400) * interval '1 second',
      'Bench wording ' || (g % 97) || ' about ' || c.types, CASE WHEN c.channel = 'review' THEN 1 + floor(${r(3)} * 5)::int END,
      'SKU-' || floor(60 * ${r(4)} * ${r(4)})::int, CASE WHEN ${r(5)} < 0.3 THEN 'B-' || (g % 40) END,
      CASE WHEN ${r(6)} < 0.6 THEN 'BO-' || (g % 20000) END, CASE WHEN ${r(7)} < 0.2 THEN 'automation' ELSE 'human' END,
      string_to_array(c.types, ','), CASE WHEN c.types IN ('fit_size', 'payment_checkout', 'listing_mismatch') AND ${r(8)} < 0.6 THEN 'pre_sale' ELSE 'post_purchase' END,
      CASE WHEN ${r(9)} < 0.4 THEN 'negative' WHEN ${r(9)} < 0.7 THEN 'neutral' ELSE 'positive' END, ${r(10)} < 0.15,
      now(), 'bench', CASE WHEN ${r(11)} < 0.5 THEN 'resolved' ELSE 'open' END
    FROM generate_series(${first}::int, ${last}::int) g
    CROSS JOIN LATERAL (SELECT (${lit(CHANNELS)})[1 + floor(${r(2)} * ${CHANNELS.length})::int] AS channel,
      (${lit(TYPES)})[1 + floor(${r(12)} * ${TYPES.length})::int] AS types) c`.execute(db);
  step('signals', t0);
  t0 = performance.now();
  await sql`SELECT setval('signals_id_seq', ${last}::bigint)`.execute(db);
  await sql`INSERT INTO applied_slas (signal_id, sla_class, applied, state, first_response_due_at, resolution_due_at)
    SELECT id, 'order_issue', '{}'::jsonb, CASE WHEN id % 17 = 0 THEN 'breached' ELSE 'met' END, received_at + interval '24 hours', received_at + interval '72 hours'
    FROM signals WHERE id BETWEEN ${first} AND ${last}`.execute(db);
  step('applied_slas', t0);
  t0 = performance.now();
  await sql`INSERT INTO signal_replies (signal_id, at, author, text, findings)
    SELECT id, received_at + (id % 1440) * interval '1 minute', 'agent', 'Thanks, we are on it.', '[]'::jsonb
    FROM signals WHERE id BETWEEN ${first} AND ${last} AND id % 10 < 7`.execute(db);
  await sql`INSERT INTO signal_status_changes (signal_id, at, status, actor)
    SELECT id, received_at + (id % 4320) * interval '1 minute' + interval '1 hour', 'resolved', 'agent'
    FROM signals WHERE id BETWEEN ${first} AND ${last} AND status = 'resolved'`.execute(db);
  await sql`INSERT INTO sla_events (key, signal_id, type, at, payload)
    SELECT 'sla:' || id || ':order_issue:first_response_breached', id, 'first_response_breached', received_at + interval '24 hours', '{}'::jsonb
    FROM signals WHERE id BETWEEN ${first} AND ${last} AND id % 17 = 0`.execute(db);
}

/** Rebuilds every zone's rollups through the module's backfill (the signals were written around it). */
async function rebuildRollups(db: Kysely<DB>) {
  const t0 = performance.now();
  for (const t of [
    'report_rollup_themes',
    'report_rollup_channels',
    'report_rollup_risks',
    'report_rollup_batches',
    'report_rollup_weekly_themes',
    'report_rollup_weekly_channels',
    'report_rollup_weekly_risks',
    'report_zones',
  ])
    await sql.raw(`DELETE FROM ${t}`).execute(db);
  for (const zone of ZONES) await ensureZone(db, zone);
  // The SLA rollup counts what the triggers queued (every new signal's SLA facts), then fills its zones.
  const t1 = performance.now();
  const recounted = await drainSlaChanges(db);
  for (const zone of ZONES) await ensureSlaZone(db, zone);
  if (process.env.BENCH_VERBOSE) console.error(`  SLA rollup: ${recounted} signals in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  if (process.env.BENCH_VERBOSE) console.error(`  rollups: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await sql`VACUUM ANALYZE`.execute(db);
}

async function timeReport(db: Kysely<DB>): Promise<{ medianMs: number; signalsInWeek: number }> {
  const ctx = { db, clock: fixedClock(END) };
  let signalsInWeek = 0;
  await generateWeeklyReport(ctx, { week: WEEK, timeZone: 'Europe/Berlin' }); // warm-up: plans and caches
  const times: number[] = [];
  const timings: Record<string, number> = {};
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const rep = await generateWeeklyReport(ctx, { week: WEEK, timeZone: i % 2 ? 'UTC' : 'Europe/Berlin', timings });
    times.push(performance.now() - t0);
    signalsInWeek = rep.totals.count;
  }
  times.sort((a, b) => a - b);
  if (process.env.BENCH_VERBOSE)
    console.error(
      `  per section (mean ms): ${Object.entries(timings)
        .map(([k, v]) => `${k} ${(v / 5).toFixed(0)}`)
        .join(', ')}`,
    );
  return { medianMs: times[2]!, signalsInWeek };
}

async function openEngine(engine: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (engine === 'pglite') return { database: await openDatabase({ dataDir: 'memory://' }), drop: async () => {} };
  const name = process.env.BENCH_KEEP ? 'wb_bench_report_kept' : `wb_bench_report_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return {
    database: await openDatabase({ databaseUrl: u.toString(), poolSize: 2 }),
    drop: async () => {
      if (process.env.BENCH_KEEP) return;
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

const results: { engine: string; signals: number; ms: number; inWeek: number; setupS: number }[] = [];
for (const engine of engines) {
  let opened: Awaited<ReturnType<typeof openEngine>>;
  try {
    opened = await openEngine(engine);
  } catch (e) {
    console.log(`${engine}: skipped (${(e as Error).message})`);
    continue;
  }
  const { database, drop } = opened;
  try {
    await migrateToLatest(database.db);
    await seedCatalog(database.db);
    let have = 0;
    for (const n of sizes) {
      const t0 = performance.now();
      // Bulk load the way a restore would: the full-text and label GIN indexes are rebuilt once afterwards.
      await sql`DROP INDEX IF EXISTS signals_search; DROP INDEX IF EXISTS signals_issue_types`.execute(database.db);
      await seedSignals(database.db, have + 1, n);
      await sql`CREATE INDEX signals_search ON signals USING gin (search); CREATE INDEX signals_issue_types ON signals USING gin (issue_types)`.execute(
        database.db,
      );
      have = n;
      await rebuildRollups(database.db);
      const setupS = (performance.now() - t0) / 1000;
      const t = await timeReport(database.db);
      results.push({ engine, signals: n, ms: t.medianMs, inWeek: t.signalsInWeek, setupS });
      console.log(
        `${engine.padEnd(8)} ${n.toLocaleString('en').padStart(9)} signals: weekly report ${t.medianMs.toFixed(0).padStart(5)} ms (median of 5; ${t.signalsInWeek} signals in ${WEEK}; setup ${setupS.toFixed(0)} s)`,
      );
    }
  } finally {
    await database.close();
    await drop();
  }
}
for (const engine of engines) {
  const rows = results.filter((x) => x.engine === engine).sort((a, b) => a.signals - b.signals);
  if (rows.length >= 2)
    console.log(
      `${engine.padEnd(8)} ratio ${rows.at(-1)!.signals.toLocaleString('en')} / ${rows[0]!.signals.toLocaleString('en')}: ${(rows.at(-1)!.ms / rows[0]!.ms).toFixed(2)} (target ≤ 1.5)`,
    );
}
