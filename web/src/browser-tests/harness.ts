// Test and benchmark harness for the web app: the real server (API + built web app) in process on
// an ephemeral port over a fresh database, and Debian's chromium driven by playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openTestDatabase, TEMPLATE_ENV } from '../../../server/platform/db/testing.js';
import { openDatabase, migrateToLatest } from '../../../server/platform/db/index.js';
import { fixedClock } from '../../../server/platform/clock.js';
import { silentLogger } from '../../../server/platform/logger.js';
import type { AppContext } from '../../../server/platform/http/context.js';
import { createApp } from '../../../server/app.js';
import { ensureWebBuilt, webRoutes } from '../../../server/web.js';
import { loadDemoStore } from '../../../server/demo/index.js';
import { runDueJobs } from '../../../server/jobs.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** The demo store ends on this day; the server's clock is the morning after, so SLA states are stable. */
export const DEMO_END = '2026-11-15';
export const SERVER_NOW = '2026-11-16T09:00:00Z';

export interface RunningServer {
  url: string;
  ctx: AppContext;
  close: () => Promise<void>;
}

/**
 * Starts the app on 127.0.0.1:<ephemeral>. `demo` loads the demo store (plus `extraSignals`) and runs
 * every due job once, as `writeback demo` does. `dataDir` uses an on-disk PGlite instead of the
 * test database (the benchmark's 200,000-signal store).
 */
export async function startServer(opts: { demo?: boolean; extraSignals?: number; dataDir?: string } = {}): Promise<RunningServer> {
  await ensureWebBuilt(silentLogger);
  const snapshot = opts.demo && !opts.dataDir && !opts.extraSignals ? await demoSnapshot() : undefined;
  const database = opts.dataDir
    ? await openDatabase({ dataDir: opts.dataDir })
    : snapshot
      ? await openDatabase({ dataDir: 'memory://', loadDataDir: snapshot })
      : await openTestDatabase();
  if (opts.dataDir) await migrateToLatest(database.db);
  const ctx = serverContext(database.db);
  if (opts.demo && !snapshot) {
    await loadDemoStore(ctx, { endDate: DEMO_END, extraSignals: opts.extraSignals ?? 0 });
    await runDueJobs(ctx);
  }
  const app = createApp(ctx, { engine: database.engine, web: webRoutes() });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

function serverContext(db: AppContext['db']): AppContext {
  return { db, clock: fixedClock(SERVER_NOW), logger: silentLogger, config: { adminToken: undefined, timeZone: 'UTC' } };
}

/**
 * The demo store as `startServer({ demo: true })` builds it, made once per test run and copied by
 * every browser test file after the first: loading it takes about 15 s, copying it under one.
 * Kept beside the run's migrated template (server/test-global-setup.ts); without one (PostgreSQL,
 * or a run without the global setup) each file builds its own.
 */
async function demoSnapshot(): Promise<Blob | undefined> {
  const template = process.env[TEMPLATE_ENV];
  if (!template || process.env.TEST_DATABASE_URL) return undefined;
  const file = path.join(path.dirname(template), 'demo.tar');
  const lock = `${file}.lock`;
  for (const started = Date.now(); !fs.existsSync(file); ) {
    let mine: number | undefined;
    try {
      mine = fs.openSync(lock, 'wx');
    } catch {
      // Another test file is building it.
      if (Date.now() - started > 300_000) throw new Error(`demo snapshot: ${lock} held for 5 minutes`);
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      const database = await openTestDatabase();
      const ctx = serverContext(database.db);
      await loadDemoStore(ctx, { endDate: DEMO_END, extraSignals: 0 });
      await runDueJobs(ctx);
      const dump = await database.pglite?.dumpDataDir('none');
      await database.close();
      if (!dump) return undefined;
      fs.writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
      fs.renameSync(`${file}.tmp`, file);
    } finally {
      fs.closeSync(mine);
      fs.rmSync(lock, { force: true });
    }
  }
  return new Blob([fs.readFileSync(file)]);
}

/**
 * A fresh chromium profile (its own --user-data-dir) per call. Fails with a readable message when
 * the browser is missing: CI installs it with apt, so a missing browser is an error, not a skip.
 */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `chromium is not installed at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does this) or set CHROMIUM_PATH`,
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const SCREENSHOTS = path.resolve('artifacts', 'screenshots');
export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, `${name}.png`);
}

/**
 * Records every /api answer a page receives, so a test fails when an endpoint it uses is missing
 * (404) or broken (5xx) even where the page would only show an error note. `expect` allows one
 * such answer a test provokes on purpose; `settle` waits for the page's API calls in flight, then
 * returns (and forgets) what went wrong.
 */
export function watchApi(page: Page) {
  const unexpected: string[] = [];
  const allowed: { status: number; path: RegExp }[] = [];
  let inFlight = 0;
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (req) => {
    if (isApi(req.url())) inFlight++;
  });
  page.on('requestfailed', (req) => {
    if (isApi(req.url())) inFlight--;
  });
  page.on('requestfinished', (req) => {
    if (isApi(req.url())) inFlight--;
  });
  page.on('response', (res) => {
    const { pathname } = new URL(res.url());
    if (!pathname.startsWith('/api/')) return;
    const status = res.status();
    if (status !== 404 && status < 500) return;
    const i = allowed.findIndex((a) => a.status === status && a.path.test(pathname));
    if (i >= 0) allowed.splice(i, 1);
    else unexpected.push(`${res.request().method()} ${pathname} answered ${status}`);
  });
  return {
    expect(status: number, path: RegExp) {
      allowed.push({ status, path });
    },
    async settle(timeoutMs = 15_000): Promise<string[]> {
      const until = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      allowed.length = 0;
      return unexpected.splice(0);
    },
  };
}

/**
 * The test's own calls to the API (node's fetch), under the same rule: a 404 or a 5xx fails the
 * test unless the call names that status as expected.
 */
export async function apiJson<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  expectStatus?: number,
): Promise<{ status: number; body: T }> {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if ((res.status === 404 || res.status >= 500) && res.status !== expectStatus) {
    throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  }
  return { status: res.status, body: (await res.json()) as T };
}

/**
 * The test's own API calls, sent as this server's pages send them (its Origin), with a session
 * cookie when given; a 404 or 5xx fails the test as in watchApi. `login` answers the cookie.
 */
export function sessionCalls(base: () => string) {
  async function call<T>(method: string, path: string, o: { body?: unknown; cookie?: string } = {}) {
    const url = base();
    const res = await fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', origin: url, ...(o.cookie ? { cookie: o.cookie } : {}) },
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
    if (res.status === 404 || res.status >= 500) throw new Error(`${method} ${path} answered ${res.status}`);
    return { status: res.status, body: (await res.json()) as T, cookie: res.headers.get('set-cookie')?.split(';')[0] };
  }
  const login = async (who: { email: string; password: string }) =>
    (await call<unknown>('POST', '/api/auth/login', { body: { email: who.email, password: who.password } })).cookie!;
  return { call, login };
}

/** Signs in through the sign-in page as a person would, and waits until the app shows them signed in. */
export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in to Writeback' }).waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
