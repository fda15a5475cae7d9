import path from 'node:path';
import { serve } from '@hono/node-server';
import { configFrom, type CommonFlags } from './store.js';
import { openDatabase, migrateToLatest } from '../platform/db/index.js';
import { systemClock } from '../platform/clock.js';
import { createLogger } from '../platform/logger.js';
import type { AppContext } from '../platform/http/context.js';
import { createApp } from '../app.js';
import { webRoutes, ensureWebBuilt } from '../web.js';
import { loadDemoIfEmpty } from './demo.js';
import { startJobLoop } from './job-loop.js';
import { registerSubscribers } from '../subscribers.js';
import { startDeliveryLoop } from './delivery-loop.js';

export async function serveCommand(flags: CommonFlags): Promise<void> {
  registerSubscribers(); // before anything stores: the demo store loads ahead of the app
  const config = configFrom(flags);
  const logger = createLogger(config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, embedded: config.embedded });
  const ctx: AppContext = { db: database.db, clock: systemClock, logger, config };
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length) logger.info('migrated', { applied });
    if (config.demo === 'auto') {
      const loaded = await loadDemoIfEmpty(ctx);
      if (loaded) logger.info('demo store loaded', loaded);
    }
    await ensureWebBuilt(logger);
  } catch (e) {
    // A start that fails stops the embedded server and frees the folder before the process exits.
    await database.close().catch(() => {});
    throw e;
  }
  const app = createApp(ctx, {
    engine: database.engine,
    version: process.env.npm_package_version,
    web: webRoutes(),
    host: config.host,
    allowedHosts: config.allowedHosts,
    uploadDir: path.join(config.dataDir, 'uploads'),
  });
  const stop = new AbortController();
  const stopJobLoop = config.jobs ? startJobLoop(ctx, config.jobIntervalSeconds, stop.signal) : () => Promise.resolve();
  const stopDeliveries = config.jobs
    ? startDeliveryLoop(ctx, { secret: config.webhookSecret, allowPrivate: config.webhookAllowPrivate, signal: stop.signal })
    : () => Promise.resolve();
  const stopJobs = () => Promise.all([stopJobLoop(), stopDeliveries()]);
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    logger.info('listening', { url: `http://${config.host}:${info.port}`, engine: database.engine });
    console.log(
      `Writeback is serving http://${config.host}:${info.port} (${database.engine === 'postgres' ? 'PostgreSQL server' : `embedded database (${database.engine}) in ${config.dataDir}`})`,
    );
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    stop.abort();
    // Whatever is still running when the deadline comes is cut off: jobs are idempotent and a
    // transaction cut off is rolled back, as after a crash. Orchestrators kill at 10 s.
    setTimeout(() => {
      logger.warn('stop deadline passed; exiting with work unfinished');
      process.exit(0);
    }, STOP_DEADLINE_MS).unref();
    // close() stops accepting connections and resolves once in-flight requests have finished;
    // idle keep-alive connections go now, requests still running after the grace period are cut.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const http = server as unknown as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
    http.closeIdleConnections?.();
    const cut = setTimeout(() => http.closeAllConnections?.(), HTTP_GRACE_MS);
    await Promise.all([closed, stopJobs()]);
    clearTimeout(cut);
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

const STOP_DEADLINE_MS = 9_000;
const HTTP_GRACE_MS = 5_000;
