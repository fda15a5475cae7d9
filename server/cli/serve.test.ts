import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFiles } from '../platform/db/lock.js';

const BIN = path.resolve('bin/writeback.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-serve-'));
const env = { ...process.env, WRITEBACK_DEMO: 'off', WRITEBACK_JOBS: 'off', LOG_LEVEL: 'warn', DATABASE_URL: '' };
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
});

function waitForLine(child: ChildProcess, re: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}: ${out}`)), 180_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = re.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before ${re}: ${out}`));
    });
  });
}

// The serving process on the embedded database: one process per folder, clean stop on SIGTERM.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))(
  'writeback serve (embedded database; the PostgreSQL run covers the same doors in process)',
  () => {
    it('serves, refuses a second process on the same folder, and on SIGTERM exits 0 and frees the folder', async () => {
      server = spawn(process.execPath, [BIN, 'serve', '--data', dataDir, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const line = await waitForLine(server, /http:\/\/127\.0\.0\.1:(\d+)/);
      const port = Number(/:(\d+)$/.exec(line)![1]);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.json());
      expect(health).toMatchObject({ ok: true, engine: 'embedded-postgres' });

      const second = spawnSync(process.execPath, [BIN, 'db', 'migrate', '--data', dataDir], { env, encoding: 'utf8', timeout: 60_000 });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`The data folder ${dataDir} is in use by another Writeback process (pid ${server.pid})`);

      expect((await fetch(`http://127.0.0.1:${port}/api/signals?limit=5`)).status).toBe(200);
      server.kill('SIGTERM');
      const code = await new Promise<number | null>((r) => server!.on('exit', r));
      expect(code).toBe(0);
      expect(lockFiles(dataDir)).toEqual([]);

      // The folder is free again and the data is intact.
      const again = spawnSync(process.execPath, [BIN, 'db', 'migrate', '--data', dataDir], { env, encoding: 'utf8', timeout: 60_000 });
      expect(again.stdout.trim()).toBe('already up to date');
    }, 180_000);

    it('SIGTERM stops within 10 s with jobs on and a request that never finishes sending its body', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-serve-stop-'));
      const child = spawn(process.execPath, [BIN, 'serve', '--data', dir, '--port', '0'], {
        env: { ...env, WRITEBACK_JOBS: 'on', WRITEBACK_JOB_INTERVAL_SECONDS: '5' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const line = await waitForLine(child, /http:\/\/127\.0\.0\.1:(\d+)/);
        const port = Number(/:(\d+)$/.exec(line)![1]);
        // A client that announces a body and sends only part of it: close() alone would wait for it forever.
        const socket = net.connect(port, '127.0.0.1');
        await new Promise((r) => socket.once('connect', r));
        socket.write(
          'POST /api/signals HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"channel":',
        );
        socket.on('error', () => {});
        await new Promise((r) => setTimeout(r, 5500)); // past the first job pass's start
        const t0 = performance.now();
        child.kill('SIGTERM');
        const code = await new Promise<number | null>((r) => child.on('exit', r));
        const seconds = (performance.now() - t0) / 1000;
        expect(code).toBe(0);
        expect(seconds).toBeLessThan(10);
        expect(lockFiles(dir)).toEqual([]);
        socket.destroy();
      } finally {
        child.kill('SIGKILL');
      }
    }, 180_000);
  },
);

// What `npm start` does on a fresh machine: an empty folder gets the demo store before the first
// request, through the same intake (triage and SLA steps) as any signal.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('writeback serve on an empty folder (npm start)', () => {
  it('loads the demo store and serves it', async () => {
    const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-serve-demo-'));
    fs.chmodSync(demoDir, 0o755); // as root the embedded server runs as `postgres` and must enter it
    const child = spawn(process.execPath, [BIN, 'serve', '--data', demoDir, '--port', '0'], {
      env: { ...env, WRITEBACK_DEMO: 'auto' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (d) => {
      err += d;
    });
    try {
      const line = await waitForLine(child, /http:\/\/127\.0\.0\.1:(\d+)/).catch((e: Error) => {
        throw new Error(`${e.message}\n${err}`);
      });
      const base = `http://127.0.0.1:${/:(\d+)$/.exec(line)?.[1]}`;
      // The demo store comes with its people: sign in as its admin (README), anonymous calls are refused.
      expect((await fetch(`${base}/api/issues?limit=5`)).status).toBe(401);
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ada@demo.writeback.test', password: 'writeback-demo' }),
      });
      expect(login.status).toBe(200);
      const headers = { cookie: login.headers.get('set-cookie')!.split(';')[0]! };
      const issues = (await fetch(`${base}/api/issues?limit=5`, { headers }).then((r) => r.json())) as { items: unknown[] };
      expect(issues.items.length).toBeGreaterThan(0);
      const users = (await fetch(`${base}/api/users`, { headers }).then((r) => r.json())) as { items: { role: string }[] };
      expect(new Set(users.items.map((u) => u.role))).toEqual(new Set(['admin', 'lead', 'agent', 'owner', 'viewer']));
      const signals = (await fetch(`${base}/api/signals?limit=5`, { headers }).then((r) => r.json())) as { items: { triage?: unknown }[] };
      expect(signals.items.length).toBe(5);
      expect((await fetch(`${base}/`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
      fs.rmSync(demoDir, { recursive: true, force: true });
    }
  }, 240_000);
});

// A server reachable from the network lets nobody in until someone can sign in (issue 14).
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('writeback serve on a network address', () => {
  it('refuses to start with no account and no admin token, and starts once an account exists', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-serve-net-'));
    const pglite = { ...env, WRITEBACK_EMBEDDED: 'pglite' };
    try {
      const refused = spawnSync(process.execPath, [BIN, 'serve', '--data', dir, '--host', '0.0.0.0', '--port', '0'], {
        env: pglite,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(refused.status).toBe(78);
      expect(refused.stderr).toMatch(/0\.0\.0\.0 is not a loopback address and the store has no account/);
      const added = spawnSync(
        process.execPath,
        [
          BIN,
          'users',
          'add',
          '--data',
          dir,
          '--email',
          'Ann@Shop.example',
          '--name',
          'Ann',
          '--role',
          'admin',
          '--team',
          'support',
          '--password-stdin',
        ],
        {
          env: pglite,
          encoding: 'utf8',
          input: 'a long password\n',
          timeout: 120_000,
        },
      );
      expect(added.status).toBe(0);
      expect(JSON.parse(added.stdout)).toMatchObject({
        email: 'ann@shop.example',
        name: 'Ann',
        role: 'admin',
        teams: ['support'],
        active: true,
      });
      const listed = spawnSync(process.execPath, [BIN, 'users', 'list', '--json', '--data', dir], {
        env: pglite,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(JSON.parse(listed.stdout)).toHaveLength(1);
      const child = spawn(process.execPath, [BIN, 'serve', '--data', dir, '--host', '0.0.0.0', '--port', '0'], {
        env: pglite,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const line = await waitForLine(child, /http:\/\/0\.0\.0\.0:(\d+)/);
        const base = `http://127.0.0.1:${/:(\d+)$/.exec(line)?.[1]}`;
        expect((await fetch(`${base}/api/signals`)).status).toBe(401);
        expect((await fetch(`${base}/api/health`)).status).toBe(200);
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.on('exit', r));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('writeback serve on a port in use', () => {
  it('says which port is taken and how to choose another, in one line, and exits non-zero', async () => {
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-port-'));
      const r = spawnSync(process.execPath, [BIN, 'serve', '--data', dir, '--port', String(port)], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(lines[0]).toContain('--port');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      taken.close();
    }
  }, 90_000);
});
