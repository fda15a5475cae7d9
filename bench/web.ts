/**
 * npm run bench:web — time from navigation to the inbox's first page rendered, in chromium, on a
 * store with 200,000 demo signals beside the same measure on an empty store, both in this run.
 * The figure is the `inbox-first-page-painted` mark the inbox sets (ms since navigation start):
 * the first page's rows are in the DOM and the browser has painted the frame after.
 *   BENCH_SIGNALS=200000 (extra demo signals), BENCH_RUNS=5 (measured navigations per store),
 *   BENCH_DATA=DIR (embedded database folder; a store already holding the signals is reused)
 */
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { openDatabase, migrateToLatest } from '../server/platform/db/index.js';
import { fixedClock } from '../server/platform/clock.js';
import { silentLogger } from '../server/platform/logger.js';
import { loadDemoStore } from '../server/demo/index.js';
import { runDueJobs } from '../server/jobs.js';
import { registerSubscribers } from '../server/subscribers.js';
import { DEMO_END, SERVER_NOW, launchBrowser, startServer } from '../web/src/browser-tests/harness.js';

registerSubscribers(); // intake's triage and SLA steps, the rollups: as every entry point does

const SIGNALS = Number(process.env.BENCH_SIGNALS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DATA = path.resolve(process.env.BENCH_DATA ?? path.join(os.tmpdir(), `wb-bench-web-${SIGNALS}`));

/** Loads the demo store plus SIGNALS extra signals into DATA, unless a previous run already did. */
async function prepareStore(): Promise<number> {
  const database = await openDatabase({ dataDir: DATA });
  try {
    await migrateToLatest(database.db);
    const have = async () =>
      (
        await database.db
          .selectFrom('signals')
          .select((e) => e.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    if (Number(await have()) < SIGNALS) {
      const ctx = {
        db: database.db,
        clock: fixedClock(SERVER_NOW),
        logger: silentLogger,
        config: { adminToken: undefined, timeZone: 'UTC' },
      };
      const t0 = performance.now();
      let last = 0;
      await loadDemoStore(ctx, { endDate: DEMO_END, extraSignals: SIGNALS }, (done, total) => {
        if (done - last >= 20_000 || done === total) {
          last = done;
          process.stderr.write(`\rloading demo store: ${done}/${total} signals`);
        }
      });
      await runDueJobs(ctx);
      process.stderr.write(`\nloaded in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    }
    return Number(await have());
  } finally {
    await database.close();
  }
}

async function measure(context: BrowserContext, url: string): Promise<{ dom: number; painted: number; rows: number }> {
  const page = await context.newPage();
  try {
    await page.goto(`${url}/inbox`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('inbox-first-page-painted').length > 0, undefined, { timeout: 60_000 });
    return await page.evaluate(() => ({
      dom: performance.getEntriesByName('inbox-first-page')[0]!.startTime,
      painted: performance.getEntriesByName('inbox-first-page-painted')[0]!.startTime,
      rows: document.querySelectorAll('[data-testid="signal-row"]').length,
    }));
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

async function run(label: string, server: Awaited<ReturnType<typeof startServer>>, signals: number) {
  const browser = await launchBrowser();
  try {
    const cold = await measure(browser.context, server.url); // first visit: nothing cached
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push(await measure(browser.context, server.url));
    const line = {
      store: label,
      signals,
      rowsRendered: cold.rows,
      coldMs: Math.round(cold.painted),
      medianMs: Math.round(median(warm.map((w) => w.painted))),
      maxMs: Math.round(Math.max(...warm.map((w) => w.painted))),
      medianDomMs: Math.round(median(warm.map((w) => w.dom))),
    };
    console.log(JSON.stringify(line));
    return line;
  } finally {
    await browser.close();
  }
}

const signals = await prepareStore();
const emptyServer = await startServer({});
const empty = await run('empty', emptyServer, 0);
await emptyServer.close();
const bigServer = await startServer({ dataDir: DATA });
const big = await run(`demo + ${SIGNALS}`, bigServer, signals);
await bigServer.close();
console.log(
  `inbox first page, navigation → painted: ${big.medianMs} ms median (cold ${big.coldMs} ms, max ${big.maxMs} ms) with ${signals.toLocaleString('en')} signals; ` +
    `empty-store baseline ${empty.medianMs} ms (cold ${empty.coldMs} ms); target < 1000 ms`,
);
