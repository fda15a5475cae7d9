import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';

/**
 * Every needle found anywhere in the database, as `table: needle`: each row of every table of the
 * schema read as text (jsonb, arrays and tsvectors included), compared case-insensitively. The
 * engine-independent stand-in for grepping a dump.
 */
export async function scanEveryTable(db: Kysely<DB>, needles: readonly string[]): Promise<string[]> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  const found = new Set<string>();
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ r: string }>`SELECT t::text AS r FROM ${sql.table(table_name)} t`.execute(db);
    for (const { r } of rows.rows) {
      const low = r.toLowerCase();
      for (const n of needles) if (low.includes(n.toLowerCase())) found.add(`${table_name}: ${n}`);
    }
  }
  return [...found].sort();
}

const PG_DUMP = ['/usr/lib/postgresql/15/bin/pg_dump', 'pg_dump'];

/** A plain-SQL `pg_dump` of the test database on the server (TEST_DATABASE_URL's server), as text. */
export async function pgDump(db: Kysely<DB>): Promise<string> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('pg_dump needs TEST_DATABASE_URL');
  const name = (await sql<{ d: string }>`SELECT current_database() AS d`.execute(db)).rows[0]!.d;
  const url = new URL(base);
  url.pathname = `/${name}`;
  const bin = PG_DUMP.find((p) => !p.includes('/') || existsSync(p))!;
  const { stdout } = await promisify(execFile)(bin, ['--no-owner', '--no-privileges', url.toString()], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}
