import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The tables whose every change bumps a version in `config_versions` (migration 0014). */
export type ConfigTable = 'settings' | 'triage_rules' | 'triage_models';

type Versions = ReadonlyMap<string, number>;

/**
 * One read of the versions per transaction: intake asks for several cached values (the triage
 * context, the SLA policy) and they share it. Outside a transaction every call reads.
 */
const versionsOfTransaction = new WeakMap<object, Promise<Versions>>();

async function readVersions(db: Db): Promise<Versions> {
  const rows = await db.selectFrom('config_versions').select(['name', 'version']).execute();
  return new Map(rows.map((r) => [r.name, Number(r.version)]));
}

function versions(db: Db): Promise<Versions> {
  if (!db.isTransaction) return readVersions(db);
  let v = versionsOfTransaction.get(db);
  if (!v) {
    v = readVersions(db);
    versionsOfTransaction.set(db, v);
    v.catch(() => versionsOfTransaction.delete(db));
  }
  return v;
}

/**
 * One cache per database handle: a handle's transactions share its dialect adapter, and another
 * handle has its own, so databases copied from one template (same versions, same instance) never
 * see each other's values.
 */
const caches = new WeakMap<object, Map<string, { key: string; value: unknown }>>();

function cacheOf(db: Db): Map<string, { key: string; value: unknown }> {
  const owner = db.getExecutor().adapter;
  let cache = caches.get(owner);
  if (!cache) {
    cache = new Map();
    caches.set(owner, cache);
  }
  return cache;
}

/**
 * What `load` builds from `tables`, kept per process and rebuilt only when one of the tables has
 * changed since (in this process or any other sharing the database), so a request pays one small
 * read instead of reading and compiling the configuration again. The versions are read before
 * `load` runs: a change that lands in between leaves a value newer than its key, which is
 * rebuilt on the next call, never an old value under a new key. A cached value is shared:
 * callers must not change it.
 */
export async function cachedConfig<T>(db: Db, name: string, tables: readonly ConfigTable[], load: (db: Db) => Promise<T>): Promise<T> {
  const v = await versions(db);
  const parts = ['instance', ...tables].map((t) => v.get(t));
  if (parts.some((p) => p === undefined)) return load(db);
  const key = parts.join('.');
  const cache = cacheOf(db);
  const hit = cache.get(name);
  if (hit && hit.key === key) return hit.value as T;
  const value = await load(db);
  cache.set(name, { key, value });
  return value;
}
