import path from 'node:path';
import type { AppContext } from '../platform/http/context.js';
import { loadDemoStore, seedDemoUsers } from '../demo/index.js';
import { runDueJobs } from '../jobs.js';
import { photoStoreFor, type PhotoStore } from '../modules/portal/index.js';
import { withStore, type CommonFlags } from './store.js';
import { progressBar } from './progress.js';

/** The demo ends on the last complete Sunday before today, so its weeks are whole. */
export function demoEndDate(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
  while (d.getUTCDay() !== 0) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

async function load(
  ctx: AppContext,
  opts: { seed?: number; extraSignals?: number; endDate?: string; users: boolean; photoStore?: PhotoStore },
  quiet: boolean,
) {
  const bar = !quiet && process.stderr.isTTY ? progressBar('loading demo') : undefined;
  const r = await loadDemoStore(
    ctx,
    {
      seed: opts.seed,
      extraSignals: opts.extraSignals,
      endDate: opts.endDate ?? demoEndDate(ctx.clock.now()),
      photoStore: opts.photoStore,
    },
    (d, t) => bar?.update(d / t, `${d}/${t} signals`),
  );
  bar?.done();
  // The people first, so the job pass tells them what it finds (SLA at risk, decisions asked) and their bells show it.
  const users = opts.users ? await seedDemoUsers(ctx) : 0;
  await runDueJobs(ctx);
  return { products: r.products, orders: r.orders, signals: r.signals, incidents: r.incidents, fixes: r.fixes, users };
}

/**
 * Loads the demo store into an empty database (no signals yet); used by `serve` on first run. Its
 * people (known password) come too only when `users` (serve on a loopback address).
 */
export async function loadDemoIfEmpty(
  ctx: AppContext,
  opts: { users: boolean; photoStore?: PhotoStore },
): Promise<Record<string, number> | null> {
  const row = await ctx.db.selectFrom('signals').select('id').limit(1).executeTakeFirst();
  if (row) return null;
  return load(ctx, opts, false);
}

export async function demoCommand(
  flags: CommonFlags & { seed?: string; signals?: string; 'end-date'?: string; json?: boolean },
): Promise<number> {
  const seed = flags.seed === undefined ? 1 : Number(flags.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${flags.seed}"`);
  const extra = flags.signals === undefined ? 0 : Number(flags.signals);
  if (!Number.isInteger(extra) || extra < 0) throw new Error(`--signals must be a whole number, not "${flags.signals}"`);
  if (flags['end-date'] && !/^\d{4}-\d{2}-\d{2}$/.test(flags['end-date'])) throw new Error('--end-date must be YYYY-MM-DD');
  const summary = await withStore(flags, (ctx, _database, config) =>
    load(
      ctx,
      {
        seed,
        extraSignals: extra,
        endDate: flags['end-date'],
        users: true,
        photoStore: photoStoreFor({ storageUrl: config.storageUrl, uploadDir: path.join(config.dataDir, 'uploads') }),
      },
      Boolean(flags.json),
    ),
  );
  console.log(
    flags.json
      ? JSON.stringify(summary)
      : `demo store (seed ${seed}): ${summary.products} products, ${summary.orders} orders, ${summary.signals} new signals, ${summary.incidents} incidents, ${summary.users} people`,
  );
  return 0;
}
