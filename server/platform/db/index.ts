export { openDatabase, type Database, type Engine, type OpenOptions } from './client.js';
export { migrateToLatest } from './migrate.js';
export { DataDirLockedError } from './lock.js';
export type { DB } from './schema.js';
export { jsonRows } from './json-rows.js';
export { cachedConfig, type ConfigTable } from './config-cache.js';
