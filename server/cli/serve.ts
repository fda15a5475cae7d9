import net from 'node:net';
import { serve } from '@hono/node-server';
import { configFrom, type CommonFlags } from './store.js';
import { ConfigError, isLoopback, networkExposureProblem } from '../platform/config.js';
import { countUsers } from '../modules/people/index.js';
import { openDatabase, migrateToLatest } from '../platform/db/index.js';
import { systemClock } from '../platform/clock.js';
import { createLogger } from '../platform/logger.js';
import type { AppContext } from '../platform/http/context.js';
import { createApp } from '../app.js';
import { photoStoreFor } from '../modules/portal/index.js';
import { webRoutes, ensureWebBuilt } from '../web.js';
import { loadDemoIfEmpty } from './demo.js';
import { startJobLoop } from './job-loop.js';
import { registerSubscribers } from '../subscribers.js';
import { startDeliveryLoop } from './delivery-loop.js';
import { startMailLoop } from './mail-loop.js';
import path from 'node:path';

export async function serveCommand(flags: CommonFlags): Promise<void> {
  registerSubscribers(); // before anything stores: the demo store loads ahead of the app
  const config = configFrom(flags);
  const logger = createLogger(config.logLevel);
  // Before the database starts (the embedded server takes seconds) and the demo loads.
  await checkPortFree(config.host, config.port);
  // A storage URL without its keys is named now, before anything starts.
  const photoStore = photoStoreFor({ storageUrl: config.storageUrl, uploadDir: path.join(config.dataDir, 'uploads') });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, embedded: config.embedded });
  const ctx: AppContext = { db: database.db, clock: systemClock, logger, config };
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length) logger.info('migrated', { applied });
    const exposed = networkExposureProblem(config.host, config.adminToken, await countUsers(database.db));
    if (exposed) throw new ConfigError([exposed]);
    if (config.demo === 'auto') {
      const loaded = await loadDemoIfEmpty(ctx, { users: isLoopback(config.host), photoStore });
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
    mailAttachmentsDir: path.join(config.dataDir, 'mail-attachments'),
    mail: { imapUrl: config.imapUrl, smtpUrl: config.smtpUrl },
    photoStore,
  });
  const stop = new AbortController();
  const stopJobLoop = config.jobs ? startJobLoop(ctx, config.jobIntervalSeconds, stop.signal) : () => Promise.resolve();
  const stopDeliveries = config.jobs
    ? startDeliveryLoop(ctx, { secret: config.webhookSecret, allowPrivate: config.webhookAllowPrivate, signal: stop.signal })
    : () => Promise.resolve();
  const stopMail = config.jobs
    ? startMailLoop(ctx, {
        imapUrl: config.imapUrl,
        smtpUrl: config.smtpUrl,
        pollSeconds: config.imapPollSeconds,
        attachmentsDir: path.join(config.dataDir, 'mail-attachments'),
        signal: stop.signal,
      })
    : () => Promise.resolve();
  const stopJobs = () => Promise.all([stopJobLoop(), stopDeliveries(), stopMail()]);
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    logger.info('listening', { url: `http://${config.host}:${info.port}`, engine: database.engine });
    console.log(
      `Writeback is serving http://${config.host}:${info.port} (${database.engine === 'postgres' ? 'PostgreSQL server' : `embedded database (${database.engine}) in ${config.dataDir}`})`,
    );
  });

  // Taken between the check above and now (or refused for another reason): one line, exit 1.
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(`writeback: ${listenProblem(e, config.host, config.port)}`);
    stop.abort();
    void Promise.all([stopJobs(), database.close()]).finally(() => process.exit(1));
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

function listenProblem(e: NodeJS.ErrnoException, host: string, port: number): string {
  const choose = 'choose another with --port <number> or PORT=<number> (0 picks a free one)';
  if (e.code === 'EADDRINUSE') return `port ${port} on ${host} is already in use by another program; ${choose}`;
  if (e.code === 'EACCES') return `port ${port} on ${host} needs more privileges than this user has; ${choose}`;
  if (e.code === 'EADDRNOTAVAIL') return `cannot listen on ${host}: no such address on this machine; set --host or HOST`;
  return `cannot listen on ${host}:${port}: ${e.message}`;
}

/** Listens on the port for a moment, so a port in use is reported before anything starts. */
async function checkPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => reject(new Error(listenProblem(e, host, port))));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
