import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from './testing.js';
import { jsonRows } from './json-rows.js';
import type { Database } from './client.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const read = async (rows: object[]) =>
  (
    await sql<{ s: string | null; n: number | null; b: boolean | null; at: Date | null; j: unknown }>`
  SELECT u.s, u.n, u.b, u.at, u.j::jsonb AS j FROM ${jsonRows(rows)} AS u(s text, n smallint, b boolean, at timestamptz, j json)`.execute(
      database.db,
    )
  ).rows;

describe('jsonRows', () => {
  it('carries text, numbers, booleans, dates and documents through unchanged; a missing key is NULL', async () => {
    const text = 'quote " backslash \\ tab \t newline \n comma, brace } emoji 😀 ü \\ud800';
    const rows = await read([
      { s: text, n: 5, b: true, at: new Date('2026-11-01T10:00:00Z'), j: { a: [1, 'x'] } },
      { s: null, b: false, at: '2026-11-01T12:00:00+02:00' },
    ]);
    expect(rows).toEqual([
      { s: text, n: 5, b: true, at: new Date('2026-11-01T10:00:00Z'), j: { a: [1, 'x'] } },
      { s: null, n: null, b: false, at: new Date('2026-11-01T10:00:00Z'), j: null },
    ]);
  });

  it('a lone surrogate becomes U+FFFD instead of failing the statement; a pair is kept', async () => {
    const rows = await read([{ s: 'a\uD800b \uDC00 \uD83D\uDE00', j: { t: 'x\uDBFF' } }]);
    expect(rows[0]).toMatchObject({ s: 'a\uFFFDb \uFFFD \uD83D\uDE00', j: { t: 'x\uFFFD' } });
  });
});
