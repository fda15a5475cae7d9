import { readFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, type Database } from './client.js';
import { migrateToLatest } from './migrate.js';

/**
 * Set by the test run's global setup (server/test-global-setup.ts): a migrated database to copy,
 * so each test file starts from it instead of running every migration again — a PGlite data
 * folder tarball, or a template database on the server named by TEST_DATABASE_URL.
 */
export const TEMPLATE_ENV = 'WRITEBACK_TEST_TEMPLATE';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the server named by TEST_DATABASE_URL (created here, dropped on close).
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const template = process.env[TEMPLATE_ENV];
  if (!url) {
    const loadDataDir = template ? new Blob([readFileSync(template)]) : undefined;
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir });
    await migrateToLatest(database.db);
    return database;
  }
  const name = `wb_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await createDatabase(url, name, template);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 4 });
  await migrateToLatest(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A new database on the server, copied from `template` when given (names are ours, never input). */
export async function createDatabase(url: string, name: string, template?: string): Promise<void> {
  const sql = template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(url, sql);
      return;
    } catch (e) {
      // Two files copying the template in the same instant: PostgreSQL refuses the second
      // while the first holds it ("source database … is being accessed by other users").
      if (!template || attempt >= 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export function testEngine(): 'pglite' | 'postgres' {
  return process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
}
