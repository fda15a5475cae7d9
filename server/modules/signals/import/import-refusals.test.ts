import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../platform/db/testing.js';
import { fixedClock } from '../../../platform/clock.js';
import type { Database } from '../../../platform/db/index.js';
import { importFile } from './import-file.js';
import { storeIsolating } from './isolate-refusals.js';
import { rejectLine } from './reject-line.js';

let database: Database;
let dir: string;
const ctx = () => ({ db: database.db, clock: fixedClock('2026-11-16T00:00:00Z') });
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};
const rejects = (p: string | null) =>
  p
    ? fs
        .readFileSync(p, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { row: number; reason: string; raw?: unknown })
    : [];
const countOf = async (table: 'signals' | 'applied_slas' | 'orders') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  database = await openTestDatabase();
  // A refusal only the database makes (the doors let every other kind of bad row through to the
  // reject file before it gets this far): a check constraint on a word.
  await sql`ALTER TABLE signals ADD CONSTRAINT test_no_poison CHECK (position('POISON' in text) = 0)`.execute(database.db);
  await sql`ALTER TABLE orders ADD CONSTRAINT test_no_poison_order CHECK (position('POISON' in order_id) = 0)`.execute(database.db);
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-refusals-'));
  await database.db.deleteFrom('signals').execute();
});

const line = (i: number, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    channel: 'email',
    externalId: `h${i}`,
    receivedAt: '2026-11-01T10:00:00Z',
    text: `The lid cracked on day ${i}`,
    ...over,
  });

describe('an import never aborts on a row', () => {
  it('1,500 rows with one bad row of each kind: every good row is stored, each bad one rejected with its reason', async () => {
    const deep = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
    const bad: Record<number, string> = {
      100: line(100, { receivedAt: '0000-01-01T00:00:00Z' }),
      200: line(200, { text: 'a\u0000b' }),
      300: line(300).replace('The lid', 'The \\ud800 lid'),
      400: line(400).replace(/"text":"[^"]*"/, `"text":${deep}`),
      500: line(500, { text: 'x'.repeat(3_000_000) }),
      600: line(600, { rating: 2_147_483_648 }),
      700: line(700, { text: 12345 }),
      800: line(800, { receivedAt: '9999-12-31T00:00:00Z' }),
      900: line(900, { text: 'This one is POISON to the database' }),
      1000: '{"channel":',
      1100: line(1100, { customerId: '' }),
      1200: line(1200).replace('"channel"', '"ch\\u0000annel"'),
    };
    const lines = Array.from({ length: 1500 }, (_, i) => bad[i] ?? line(i));
    const p = file('hostile.ndjson', lines.join('\n') + '\n');
    const s = await importFile(ctx(), { kind: 'signals', file: p, rejectFile: path.join(dir, 'r.ndjson') });
    const badRows = Object.keys(bad).map((i) => Number(i) + 1);
    expect(s).toMatchObject({ read: 1500, inserted: 1500 - badRows.length, rejected: badRows.length });
    expect(await countOf('signals')).toBe(1500 - badRows.length);
    expect(await countOf('applied_slas')).toBe(1500 - badRows.length);
    const r = rejects(s.rejectFile);
    expect(r.map((x) => x.row).sort((a, b) => a - b)).toEqual(badRows);
    const reason = (row: number) => r.find((x) => x.row === row)!.reason;
    expect(reason(101)).toMatch(/^receivedAt: must be on or after 2000-01-01/);
    expect(reason(201)).toMatch(/NUL/);
    expect(reason(301)).toMatch(/surrogate/);
    expect(reason(901)).toMatch(/database refused this row: .*test_no_poison/);
    for (const x of r) expect(JSON.stringify(x).length).toBeLessThan(20_000);
  });

  it('orders: the refused order is isolated and the other 299 go in', async () => {
    const header = 'orderId,orderedAt,sku,qty,price\n';
    const rows = Array.from({ length: 300 }, (_, i) => `${i === 150 ? 'POISON-1' : `ord-${i}`},2026-11-01T10:00:00Z,BAG-1,1,10\n`).join('');
    const before = await countOf('orders');
    const s = await importFile(ctx(), { kind: 'orders', file: file('orders.csv', header + rows), rejectFile: path.join(dir, 'o.ndjson') });
    expect(s).toMatchObject({ inserted: 299, rejected: 1 });
    expect(await countOf('orders')).toBe(before + 299);
    expect(rejects(s.rejectFile)[0]).toMatchObject({ row: 151, reason: expect.stringMatching(/test_no_poison_order/) });
  });
});

describe('the pieces', () => {
  it('the reject writer survives any input: 5,000 levels deep, NUL, lone surrogates, megabytes', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5_000; i++) deep = { d: deep };
    const l = rejectLine(7, 'bad \u0000 reason \ud800', {
      deep,
      huge: 'y'.repeat(10_000_000),
      list: Array.from({ length: 100_000 }, (_, i) => i),
    });
    const parsed = JSON.parse(l);
    expect(parsed.row).toBe(7);
    expect(l.length).toBeLessThan(10_000);
  });

  it('an outage is not split into rejects: the import stops and a re-run continues', async () => {
    const rejected: number[] = [];
    const outage = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    await expect(
      storeIsolating(
        [
          { row: 1, value: 1 },
          { row: 2, value: 2 },
        ],
        async () => {
          throw outage;
        },
        (row) => rejected.push(row),
      ),
    ).rejects.toBe(outage);
    expect(rejected).toEqual([]);
  });

  it('splits down to the refused rows only, keeping file order', async () => {
    const stored: number[][] = [];
    const refused: number[] = [];
    const rows = Array.from({ length: 16 }, (_, i) => ({ row: i, value: i }));
    const statuses = await storeIsolating(
      rows,
      async (v) => {
        if (v.includes(5) || v.includes(11)) throw Object.assign(new Error('check constraint'), { code: '23514' });
        stored.push(v);
        return v.map(() => 'inserted');
      },
      (row) => refused.push(row),
    );
    expect(refused).toEqual([5, 11]);
    expect(statuses.length).toBe(14);
    expect(stored.flat()).toEqual(rows.map((r) => r.value).filter((v) => v !== 5 && v !== 11));
  });
});
