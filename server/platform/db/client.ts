import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type { DB } from './schema.js';
import { lockDataDir } from './lock.js';
import { EmbeddedPostgresError, embeddedLayout, startEmbeddedPostgres, type EmbeddedCluster } from './embedded-postgres.js';

// bigint (count, bigserial) and numeric arrive as strings from pg; we keep ids as numbers
// because they stay far below 2^53, and money as numbers for arithmetic.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** `postgres`: a server named by DATABASE_URL; `embedded-postgres`: the one kept in the data folder. */
export type Engine = 'pglite' | 'postgres' | 'embedded-postgres';

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Only for the embedded engine: the raw handle (COPY in benchmarks). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** Folder for PGlite; 'memory://' for an in-memory database (tests). */
  dataDir?: string;
  poolSize?: number;
  /**
   * Which engine a data folder gets when it holds none yet (default `postgres`, a real
   * PostgreSQL server kept in the folder); a folder keeps the engine it was created with.
   */
  embedded?: 'postgres' | 'pglite';
  /** Told when a new folder falls back to PGlite because this machine cannot run the server. */
  warn?: (message: string) => void;
  /** PGlite only: start from this data folder (a `dumpDataDir` tarball) instead of an empty one. */
  loadDataDir?: Blob;
}

/**
 * PGlite's buffer pool lives in its WebAssembly heap, which never shrinks: the default 128 MB
 * (plus 4 MB of WAL buffers) stays resident once touched. 32 MB keeps a long import's resident
 * memory well under 500 MB; pages beyond it are read from the files (the OS caches them).
 */
const PGLITE_SETTINGS = ['shared_buffers=32MB'];

function openServer(url: string, poolSize: number | undefined): Kysely<DB> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle connection the server closed (restart, admin termination) is dropped and replaced
  // by the pool; without a listener Node would treat it as an uncaught error and exit.
  pool.on('error', () => {});
  // A connection lost while checked out (the server stopped between a request's queries) fails
  // its queries, then emits 'error' on the client, where nobody listens: an uncaught exception
  // that ends the process. The queries' own errors are what callers see (503), so this is silent.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const db = openServer(opts.databaseUrl, opts.poolSize);
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const dir = opts.dataDir ?? './data';
  const memory = dir.startsWith('memory://');
  const release = memory ? () => {} : lockDataDir(path.resolve(dir));
  try {
    const layout = memory ? 'pglite' : embeddedLayout(path.resolve(dir));
    let cluster: EmbeddedCluster | undefined;
    if (layout === 'postgres') cluster = await startEmbeddedPostgres(path.resolve(dir));
    else if (layout === 'empty' && (opts.embedded ?? 'postgres') === 'postgres') {
      try {
        cluster = await startEmbeddedPostgres(path.resolve(dir));
      } catch (e) {
        // First run stays two commands: where the server cannot run here (root without a
        // `postgres` user, a folder it cannot enter, no binaries for this platform) the new
        // folder gets PGlite, and says so.
        if (!(e instanceof EmbeddedPostgresError)) throw e;
        (opts.warn ?? ((m) => console.error(m)))(`Using PGlite (no fsync on commit) for ${path.resolve(dir)}: ${e.message}`);
      }
    }
    if (cluster) {
      const db = openServer(cluster.url, opts.poolSize);
      const running = cluster;
      return {
        db,
        engine: 'embedded-postgres',
        close: async () => {
          try {
            await db.destroy();
            await running.stop();
          } finally {
            release();
          }
        },
      };
    }
    const pglite = new PGlite(memory ? dir : path.resolve(dir, 'pg'), {
      startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((c) => ['-c', c])],
      loadDataDir: opts.loadDataDir,
    });
    await pglite.waitReady;
    const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'pglite',
      pglite,
      close: async () => {
        try {
          await db.destroy();
          await pglite.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
