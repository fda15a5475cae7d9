/**
 * `writeback serve` on an empty folder per embedded engine, under load: shared by
 * `npm run bench:engines` (figures) and the fault suite (acknowledged = stored).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../server/platform/db/index.js';

const BIN = path.resolve('bin/writeback.js');

function pssKb(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** CPU time of one process in ms (user + system), and of its children it has reaped. */
function cpuMs(pid: number): { own: number; reaped: number } {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const tick = 10; // USER_HZ is 100 on Linux
    return { own: ((f[11] ?? 0) + (f[12] ?? 0)) * tick, reaped: ((f[13] ?? 0) + (f[14] ?? 0)) * tick };
  } catch {
    return { own: 0, reaped: 0 };
  }
}

/** CPU used so far by the serving process, and by the database's processes (PGlite runs inside the first). */
function serverCpu(root: number, dir: string): { node: number; db: number } {
  let db = 0;
  for (const p of processesOf(root, dir)) {
    if (p === root) continue;
    const c = cpuMs(p);
    db += c.own + c.reaped; // the postmaster reaps backends that ended
  }
  return { node: cpuMs(root).own, db };
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

/**
 * A demo store has accounts (README, People and sign-in): the load signs in as its admin and sends
 * a personal API token, as an integration would. An empty store runs single-person: no header.
 */
async function authHeaders(base: string): Promise<Record<string, string>> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ada@demo.writeback.test', password: 'writeback-demo' }),
  });
  if (login.status !== 200) return {};
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const made = await fetch(`${base}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: base },
    body: JSON.stringify({ name: 'bench' }),
  });
  return { authorization: `Bearer ${((await made.json()) as { token: string }).token}` };
}

async function load(base: string, label: string, SECONDS: number, CONCURRENCY: number, BATCH: number) {
  const auth = await authHeaders(base);
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
        const one = (k: number) => ({
          channel: 'email',
          externalId: `${label}-${w}-${i}-${k}`,
          receivedAt: new Date().toISOString(),
          text: texts[(i + k) % texts.length],
          sku: `BENCH-${(i + k) % 20}`,
        });
        // One signal per request, or a batch of BATCH (what an import script or a connector sends).
        const body = JSON.stringify(BATCH > 1 ? Array.from({ length: BATCH }, (_, k) => one(k)) : one(0));
        const t = performance.now();
        try {
          const r = await fetch(`${base}/api/signals`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...auth },
            body,
            signal: AbortSignal.timeout(30_000),
          });
          await r.text();
          if (r.ok) ok += BATCH;
          else failed += BATCH;
        } catch {
          failed += BATCH;
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
    requestsPerSecond: Math.round(lat.length / SECONDS),
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    max: Math.round(lat.at(-1) ?? 0),
  };
}

/** One engine: serve on an empty folder (demo, jobs every 5 s), idle memory, then `seconds` of load, SIGTERM, and a count. */
export async function measureEngine(
  engine: 'pglite' | 'postgres',
  seconds: number,
  concurrency: number,
  opts: { demo?: boolean; idleMs?: number; batch?: number } = {},
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `wb-bench-engine-${engine}-`));
  fs.chmodSync(dir, 0o755); // as root the embedded server runs as `postgres` and must enter it
  const env = {
    ...process.env,
    DATABASE_URL: '',
    WRITEBACK_EMBEDDED: engine,
    WRITEBACK_DEMO: opts.demo === false ? 'off' : 'auto',
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
  // The engine the folder really got (a new folder falls back to PGlite where the server cannot run).
  const running = ((await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { engine: string }).engine;
  await new Promise((r) => setTimeout(r, opts.idleMs ?? 20_000));
  const idleMb = Math.round(processesOf(child.pid!, dir).reduce((s, p) => s + pssKb(p), 0) / 1024);
  const cpu0 = serverCpu(child.pid!, dir);
  const result = await load(`http://127.0.0.1:${port}`, `bench-${engine}`, seconds, concurrency, opts.batch ?? 1);
  const cpu1 = serverCpu(child.pid!, dir);
  // CPU per acknowledged signal during the load (job passes included): steadier than latency on a shared machine.
  const perSignal = (ms: number) => Number((ms / Math.max(1, result.acknowledged)).toFixed(2));
  const nodeCpuMs = perSignal(cpu1.node - cpu0.node);
  const dbCpuMs = perSignal(cpu1.db - cpu0.db);
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
  return {
    engine: running,
    readyS: Number(readyS.toFixed(1)),
    idleMb,
    ...result,
    nodeCpuMs,
    dbCpuMs,
    stored,
    stopS: Number(stopS.toFixed(1)),
  };
}
