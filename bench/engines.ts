/**
 * The embedded engines side by side, as a seller runs them: `writeback serve` on an empty folder
 * (demo store loaded, jobs on every 5 s), then idle memory, then BENCH_SECONDS of POST /api/signals
 * at concurrency BENCH_CONCURRENCY, then SIGTERM and a count of what was stored. PGlite is the
 * baseline; ratios are against it, measured in the same run.
 *
 *   npm run bench:engines            BENCH_SECONDS=60 BENCH_CONCURRENCY=16 BENCH_ENGINES=pglite,postgres
 */
import os from 'node:os';
import { measureEngine } from './serve-load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const BATCH = Number(process.env.BENCH_BATCH ?? 1);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];

const rows = [];
for (const engine of ENGINES) {
  const r = await measureEngine(engine, SECONDS, CONCURRENCY, { batch: BATCH });
  console.log(JSON.stringify(r));
  rows.push(r);
}
const base = rows.find((r) => r.engine === 'pglite');
console.log(
  `\nconcurrency ${CONCURRENCY}, ${BATCH} signal(s) per request, ${SECONDS} s, jobs every 5 s, demo store loaded; load average at the end ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log(
  '| engine | ready (s) | idle PSS (MB) | signals/s | p50 | p95 | p99 | max (ms) | CPU ms per signal: Node + database | acknowledged | stored | failed |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const ratio = base && r !== base ? ` (${(r.perSecond / base.perSecond).toFixed(2)}×)` : '';
  console.log(
    `| ${r.engine} | ${r.readyS} | ${r.idleMb} | ${r.perSecond}${ratio} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.nodeCpuMs} + ${r.dbCpuMs} | ${r.acknowledged} | ${r.stored} | ${r.failed} |`,
  );
}
