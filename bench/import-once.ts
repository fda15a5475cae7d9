// Runs one import in its own process so the benchmark can read this process's peak memory.
import fs from 'node:fs';
import { openDatabase, migrateToLatest } from '../server/platform/db/index.js';
import { systemClock } from '../server/platform/clock.js';
import { importFile } from '../server/modules/signals/index.js';
import { registerSubscribers } from '../server/subscribers.js';

registerSubscribers(); // intake's triage and SLA steps, the rollups: as every entry point does

const [kind, file, preset, dataDir, databaseUrl] = process.argv.slice(2);
const database = await openDatabase({ dataDir: dataDir || undefined, databaseUrl: databaseUrl || undefined, embedded: 'pglite' });
await migrateToLatest(database.db);
const t0 = performance.now();
const summary = await importFile(
  { db: database.db, clock: systemClock },
  { kind: kind as 'signals', file: file!, preset: preset || undefined, rejectFile: '/tmp/wb-bench.rejects' },
);
const ms = performance.now() - t0;
await database.close();
console.log(JSON.stringify({ summary, ms, maxRssMb: peakRssMb() }));

/**
 * This process's peak resident memory. Not resourceUsage().maxRSS: Linux carries the high-water
 * mark of the memory a process had before exec into it, so a child of the benchmark (which holds
 * PGlite stores of its own by then) reported the benchmark's peak, not its own (a bare `node -e`
 * spawned by a parent holding 600 MB reports 604 MB). VmHWM is the peak of this process's own memory.
 */
function peakRssMb(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Math.round(Number(kb) / 1024);
  } catch {
    /* not Linux */
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
