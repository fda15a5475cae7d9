/**
 * Times one import of a generated NDJSON file on one engine, in this process (for profiling):
 *   BENCH_ROWS=30000 BENCH_ENGINE=pglite|postgres [BENCH_SYNC_COMMIT=off] npx tsx bench/profile-ingest.ts
 * With node --cpu-prof it gives a CPU profile of the whole import (on PGlite that includes the
 * database's own work, which runs in this thread). Prints the import's wall time and signals/s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, migrateToLatest } from '../server/platform/db/index.js';
import { systemClock } from '../server/platform/clock.js';
import { importFile } from '../server/modules/signals/index.js';
import { registerSubscribers } from '../server/subscribers.js';
import { generateNdjson } from './generate-signals.js';

registerSubscribers(); // intake's triage and SLA steps, the rollups: as every entry point does

const ROWS = Number(process.env.BENCH_ROWS ?? 30_000);
const ENGINE = process.env.BENCH_ENGINE ?? 'pglite';
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-prof-'));
const file = process.env.BENCH_FILE ?? path.join(work, 'gen.ndjson');

if (!process.env.BENCH_FILE) generateNdjson(file, ROWS);

let url: string | undefined;
if (ENGINE === 'postgres') {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS wb_prof_import WITH (FORCE)');
  await admin.query('CREATE DATABASE wb_prof_import');
  // BENCH_SYNC_COMMIT=off: what asynchronous commit would save (every transaction of this database).
  if (process.env.BENCH_SYNC_COMMIT === 'off') await admin.query('ALTER DATABASE wb_prof_import SET synchronous_commit = off');
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = '/wb_prof_import';
  url = u.toString();
}
const dir = path.join(work, 'store');
const database = await openDatabase(url ? { databaseUrl: url } : { dataDir: dir });
await migrateToLatest(database.db);
// CPU time, which a loaded machine disturbs less than wall time: this process's, and on the
// server that of this database's backends (read from /proc, so only with a local server).
const backendCpuMs = async () => {
  if (!url) return 0;
  const { sql } = await import('kysely');
  const pids = (await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(database.db)).rows;
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      /* not local */
    }
  }
  return ticks * 10;
};
const server0 = await backendCpuMs();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const summary = await importFile(
  { db: database.db, clock: systemClock },
  { kind: 'signals', file, rejectFile: path.join(work, 'rejects') },
);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const serverCpuMs = (await backendCpuMs()) - server0;
await database.close();
const timing = (globalThis as { __wbTiming?: Record<string, number> }).__wbTiming;
console.log(
  JSON.stringify({
    engine: ENGINE,
    rows: ROWS,
    inserted: summary.inserted,
    ms: Math.round(ms),
    nodeCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    ...(url ? { serverCpuMs } : {}),
    perSecond: Math.round(summary.inserted / (ms / 1000)),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ...(timing ? { timing: Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, Math.round(v)])) } : {}),
  }),
);
fs.rmSync(work, { recursive: true, force: true });
