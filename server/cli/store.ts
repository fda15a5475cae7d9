import { loadConfig, type Config } from '../platform/config.js';
import { openDatabase, migrateToLatest, type Database } from '../platform/db/index.js';
import { systemClock } from '../platform/clock.js';
import { createLogger } from '../platform/logger.js';
import type { AppContext } from '../platform/http/context.js';
import { registerSubscribers } from '../subscribers.js';

export interface CommonFlags {
  data?: string;
  host?: string;
  port?: string;
}

export function configFrom(flags: CommonFlags): Config {
  return loadConfig(process.env, { WRITEBACK_DATA_DIR: flags.data, HOST: flags.host, PORT: flags.port });
}

/** Opens the store named by --data or DATABASE_URL, brings it to the latest schema, runs fn, closes. */
export async function withStore<T>(
  flags: CommonFlags,
  fn: (ctx: AppContext, database: Database, config: Config) => Promise<T>,
): Promise<T> {
  registerSubscribers();
  const config = configFrom(flags);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, embedded: config.embedded });
  try {
    await migrateToLatest(database.db);
    const ctx: AppContext = {
      db: database.db,
      clock: systemClock,
      logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel),
      config,
    };
    return await fn(ctx, database, config);
  } finally {
    await database.close();
  }
}
