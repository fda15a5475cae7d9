import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BIN = path.resolve('bin/writeback.js');
/** FAULTS_SHORT=1 (CI): smaller files, shorter traffic; the same checks. */
export const SHORT = process.env.FAULTS_SHORT === '1';

const dirs: string[] = [];
export function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `wb-fault-${prefix}-`));
  fs.chmodSync(d, 0o755); // as root the embedded server runs as `postgres` and must reach folders inside
  dirs.push(d);
  return d;
}
export function removeTempDirs(): void {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export const baseEnv = { ...process.env, DATABASE_URL: '', WRITEBACK_DEMO: 'off', LOG_LEVEL: 'error', WRITEBACK_JOB_INTERVAL_SECONDS: '5' };

/** `writeback serve` on a folder or a DATABASE_URL; resolves with its port once it listens. */
export async function startServe(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not listen within 180 s: ${out} ${err}`)), 180_000);
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (c) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${c}: ${out} ${err}`));
    });
  });
  return { child, port };
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.on('exit', () => r()));
}

/**
 * Clients posting single signals until `stop()`; every 2xx is an acknowledged external id.
 * Statuses other than 2xx are counted by code (a fault may answer 503; it must never answer 500).
 */
export function traffic(base: string, label: string, concurrency: number) {
  const acknowledged: string[] = [];
  const statuses = new Map<number, number>();
  let stopped = false;
  let n = 0;
  const workers = Array.from({ length: concurrency }, async (_, w) => {
    while (!stopped) {
      const id = `${label}-${w}-${n++}`;
      const body = JSON.stringify({
        channel: 'email',
        externalId: id,
        receivedAt: new Date().toISOString(),
        text: 'The strap broke after two days of normal use',
        sku: `FAULT-${n % 5}`,
      });
      try {
        const r = await fetch(`${base}/api/signals`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(20_000),
        });
        await r.text();
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.ok) acknowledged.push(id);
        else await new Promise((res) => setTimeout(res, 100));
      } catch {
        statuses.set(0, (statuses.get(0) ?? 0) + 1); // connection refused or reset: the server is down
        await new Promise((res) => setTimeout(res, 100));
      }
    }
  });
  return {
    acknowledged,
    statuses,
    stop: async () => {
      stopped = true;
      await Promise.all(workers);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
