import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Config } from '../config.js';

/** What every door (route, CLI command, job) hands to a use-case. */
export interface AppContext {
  db: Kysely<DB>;
  clock: Clock;
  logger: Logger;
  config: Pick<Config, 'adminToken' | 'timeZone' | 'connectorSecrets' | 'retentionMonths'>;
}
