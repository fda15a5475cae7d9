import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Database } from './platform/db/client.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { fixedClock } from './platform/clock.js';
import { closeReviewWindows } from './modules/actions/index.js';
import { tryJobLock } from './platform/jobs.js';
import { updateSignals } from './modules/signals/index.js';
import { detectIssues } from './modules/issues/index.js';
import { dayIso, seedStrapStore } from './test/strap-store.js';

const url = process.env.TEST_DATABASE_URL;

// Two processes racing needs two real connections to one server; the embedded engine has one
// connection per process, so there is nothing to race there.
describe.skipIf(!url)('issues-detect on two connections at once (PostgreSQL; skipped without TEST_DATABASE_URL)', () => {
  const name = `wb_race_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let a: Database;
  let b: Database;
  const clock = fixedClock(dayIso(40, 23));
  const ctxOf = (d: Database) => ({ db: d.db, clock });

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(url!);
    u.pathname = `/${name}`;
    a = await openDatabase({ databaseUrl: u.toString(), poolSize: 2 });
    b = await openDatabase({ databaseUrl: u.toString(), poolSize: 2 });
    await migrateToLatest(a.db);
    await seedStrapStore(ctxOf(a), { days: 41, ordersPerDay: 8, quietEvery: 5, burstDay: 40, burst: 8 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('runs from both connections at once without double counting or double alarms', async () => {
    const runs = await Promise.all([detectIssues(ctxOf(a)), detectIssues(ctxOf(b)), detectIssues(ctxOf(a)), detectIssues(ctxOf(b))]);
    expect(runs.some((r) => r.ran)).toBe(true);
    const again = await Promise.all([
      detectIssues(ctxOf(b)),
      detectIssues(ctxOf(a)),
      closeReviewWindows(ctxOf(a)),
      closeReviewWindows(ctxOf(b)),
    ]);
    for (const r of again.slice(0, 2)) if (r.ran) expect((r.result as { assigned: number }).assigned).toBe(0);

    const memberships = await sql<{ n: number }>`SELECT count(*)::int AS n FROM issue_signals`.execute(a.db);
    const expected = await sql<{ n: number }>`SELECT coalesce(sum(cardinality(issue_types)), 0)::int AS n FROM signals`.execute(a.db);
    expect(memberships.rows[0]!.n).toBe(expected.rows[0]!.n);
    const counts = await sql<{ stored: number; actual: number }>`
      SELECT i.signal_count AS stored, (SELECT count(*)::int FROM issue_signals m WHERE m.issue_id = i.id) AS actual FROM issues i`.execute(
      a.db,
    );
    for (const c of counts.rows) expect(c.stored).toBe(c.actual);
    const dupKeys = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM (SELECT key FROM issues GROUP BY key HAVING count(*) > 1) d`.execute(a.db);
    expect(dupKeys.rows[0]!.n).toBe(0);
    const alarms = await sql<{ subject_id: string; day: string; n: number }>`
      SELECT subject_id, payload->>'day' AS day, count(*)::int AS n FROM events WHERE type = 'issue.spike_flagged' GROUP BY 1, 2`.execute(
      a.db,
    );
    expect(alarms.rows.length).toBeGreaterThan(0);
    for (const r of alarms.rows) expect(r.n).toBe(1);
    const strap = await a.db
      .selectFrom('issues')
      .select(['signal_count', 'status'])
      .where('issue_type', '=', 'missing_item')
      .where('sku', '=', 'BAG-1')
      .where('batch', '=', 'B1')
      .executeTakeFirstOrThrow();
    expect(strap.signal_count).toBe(8 + 8); // a quiet complaint every fifth day (0..35) and the burst
  });

  it('a label edit while the job runs elsewhere stays queued, and the job moves it', async () => {
    const { id } = await a.db
      .selectFrom('signals')
      .select('id')
      .where('sku', '=', 'BAG-1')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    let release!: () => void;
    let locked!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const gotLock = new Promise<void>((r) => {
      locked = r;
    });
    const holder = b.db.transaction().execute(async (tx) => {
      expect(await tryJobLock(tx, 'issues-detect')).toBe(true);
      locked();
      await held;
    });
    await gotLock;
    await updateSignals({ db: a.db, clock } as never, [id], { issueTypes: ['wrong_item'], actor: 'ana' });
    const still = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM issue_signals WHERE signal_id = ${id} AND issue_type <> 'wrong_item'`.execute(a.db);
    expect(still.rows[0]!.n).toBeGreaterThan(0);
    expect(await a.db.selectFrom('issue_resync').select('signal_id').where('signal_id', '=', id).execute()).toHaveLength(1);
    release();
    await holder;
    const run = await detectIssues(ctxOf(a));
    expect(run).toMatchObject({ ran: true, result: { moved: 1 } });
    const now = await sql<{ issue_type: string }>`SELECT issue_type FROM issue_signals WHERE signal_id = ${id}`.execute(a.db);
    expect(now.rows.map((r) => r.issue_type)).toEqual(['wrong_item']);
    expect(await a.db.selectFrom('issue_resync').select('signal_id').execute()).toHaveLength(0);
  });
});
