// Runs one import in its own process so the benchmark can read this process's peak memory.
import { openDatabase, migrateToLatest } from '../server/platform/db/index.js';
import { systemClock } from '../server/platform/clock.js';
import { importFile } from '../server/modules/signals/index.js';

const [kind, file, preset, dataDir, databaseUrl] = process.argv.slice(2);
const database = await openDatabase({ dataDir: dataDir || undefined, databaseUrl: databaseUrl || undefined });
await migrateToLatest(database.db);
const t0 = performance.now();
const summary = await importFile({ db: database.db, clock: systemClock }, { kind: kind as 'signals', file: file!, preset: preset || undefined, rejectFile: '/tmp/wb-bench.rejects' });
const ms = performance.now() - t0;
await database.close();
console.log(JSON.stringify({ summary, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
