/**
 * The embedded engines side by side, as a seller runs them: `writeback serve` on an empty folder
 * (demo store loaded, jobs on every 5 s), then idle memory, then BENCH_SECONDS of POST /api/signals
 * at concurrency BENCH_CONCURRENCY, then SIGTERM and a count of what was stored. PGlite is the
 * baseline; ratios are against it, measured in the same run.
 *
 *   npm run bench:engines            BENCH_SECONDS=60 BENCH_CONCURRENCY=16 BENCH_ENGINES=pglite,postgres
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../server/platform/db/index.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
const BIN = path.resolve('bin/writeback.js');

function pssKb(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Every process whose command line names the folder (the embedded server) or descends from `root`. */
function processesOf(root: number, dir: string): number[] {
  const out: number[] = [];
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1]);
      if (Number(p) === root || ppid === root || cmd.includes(dir)) out.push(Number(p));
    } catch {
      /* gone */
    }
  }
  // postgres backends are children of the postmaster, which names the folder
  const post = out.slice();
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1]);
      if (post.includes(ppid) && !out.includes(Number(p))) out.push(Number(p));
    } catch {
      /* gone */
    }
  }
  return out;
}

async function load(base: string, label: string) {
  const lat: number[] = [];
  let ok = 0,
    failed = 0,
    n = 0;
  const end = Date.now() + SECONDS * 1000;
  const texts = [
    'The strap broke after two days',
    'Arrived late and tracking has not moved for a week',
    'Does the medium fit a 38 inch chest?',
    'The parcel was crushed and the bottle leaked',
    'Love it, great quality for the price',
  ];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
      while (Date.now() < end) {
        const i = n++;
        const body = JSON.stringify({
          channel: 'email',
          externalId: `${label}-${w}-${i}`,
          receivedAt: new Date().toISOString(),
          text: texts[i % texts.length],
          sku: `BENCH-${i % 20}`,
        });
        const t = performance.now();
        try {
          const r = await fetch(`${base}/api/signals`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            signal: AbortSignal.timeout(30_000),
          });
          await r.text();
          if (r.ok) ok++;
          else failed++;
        } catch {
          failed++;
        }
        lat.push(performance.now() - t);
      }
    }),
  );
  lat.sort((a, b) => a - b);
  const q = (p: number) => Math.round(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? 0);
  return {
    acknowledged: ok,
    failed,
    perSecond: Math.round(ok / SECONDS),
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    max: Math.round(lat.at(-1) ?? 0),
  };
}

async function measure(engine: 'pglite' | 'postgres') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `wb-bench-engine-${engine}-`));
  const env = {
    ...process.env,
    DATABASE_URL: '',
    WRITEBACK_EMBEDDED: engine,
    WRITEBACK_DEMO: 'auto',
    WRITEBACK_JOBS: 'on',
    WRITEBACK_JOB_INTERVAL_SECONDS: '5',
    LOG_LEVEL: 'error',
  };
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--data', dir, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (c) => reject(new Error(`serve exited ${c}: ${out}`)));
  });
  const readyS = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 20_000));
  const idleMb = Math.round(processesOf(child.pid!, dir).reduce((s, p) => s + pssKb(p), 0) / 1024);
  const result = await load(`http://127.0.0.1:${port}`, `bench-${engine}`);
  const t1 = performance.now();
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  const stopS = (performance.now() - t1) / 1000;
  const d = await openDatabase({ dataDir: dir });
  const stored =
    (await sql<{ c: number }>`select count(*)::int as c from signals where external_id like ${`bench-${engine}-%`}`.execute(d.db)).rows[0]
      ?.c ?? 0;
  await d.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { engine, readyS: Number(readyS.toFixed(1)), idleMb, ...result, stored, stopS: Number(stopS.toFixed(1)) };
}

const rows = [];
for (const engine of ENGINES) {
  const r = await measure(engine);
  console.log(JSON.stringify(r));
  rows.push(r);
}
const base = rows.find((r) => r.engine === 'pglite');
console.log(
  `\nconcurrency ${CONCURRENCY}, ${SECONDS} s, jobs every 5 s, demo store loaded; load average at the end ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log('| engine | ready (s) | idle PSS (MB) | signals/s | p50 | p95 | p99 | max (ms) | acknowledged | stored | failed |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const ratio = base && r !== base ? ` (${(r.perSecond / base.perSecond).toFixed(2)}×)` : '';
  console.log(
    `| ${r.engine} | ${r.readyS} | ${r.idleMb} | ${r.perSecond}${ratio} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.acknowledged} | ${r.stored} | ${r.failed} |`,
  );
}
