import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../platform/db/testing.js';
import { fixedClock } from '../../../platform/clock.js';
import type { Database } from '../../../platform/db/index.js';
import { importFile, type ImportOptions } from './import-file.js';

let database: Database;
let dir: string;
const ctx = () => ({ db: database.db, clock: fixedClock('2026-11-16T00:00:00Z') });
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};
const run = (o: Omit<ImportOptions, 'rejectFile'> & { rejectFile?: string }) =>
  importFile(ctx(), { rejectFile: path.join(dir, `${path.basename(o.file)}.rejects`), ...o });
const rejects = (p: string | null) =>
  p
    ? fs
        .readFileSync(p, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : [];
const count = async () =>
  Number(
    (
      await database.db
        .selectFrom('signals')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-import-'));
  await database.db.deleteFrom('signals').execute();
});

const HEADER = 'channel,externalId,receivedAt,text,sku,rating\n';
const good = (i: number) => `review,r${i},2026-11-0${(i % 9) + 1}T10:00:00Z,"Lid cracked, sadly",KET-1,2\n`;

describe('importing CSV', () => {
  it('imports good rows and names each bad row with its reason', async () => {
    const p = file(
      'mixed.csv',
      HEADER +
        good(1) +
        'review,r2,2026-11-02T10:00:00Z,too,many,columns,here\n' +
        'review,r3,yesterday,"Arrived late",KET-1,3\n' +
        'fax,r4,2026-11-02T10:00:00Z,"Hello",KET-1,3\n' +
        good(5),
    );
    const s = await run({ kind: 'signals', file: p });
    expect(s).toMatchObject({ read: 5, inserted: 2, rejected: 3 });
    const r = rejects(s.rejectFile);
    expect(r.map((x) => x.row)).toEqual([2, 3, 4]);
    expect(r[0].reason).toMatch(/expected 6 columns, found 7/);
    expect(r[1].reason).toMatch(/^receivedAt: must be an ISO 8601/);
    expect(r[2].reason).toMatch(/^channel: /);
    expect(await count()).toBe(2);
  });

  it('broken quoting is reported and the rows around it still go in', async () => {
    const p = file('quotes.csv', HEADER + good(1) + 'review,r2,2026-11-02T10:00:00Z,"unterminated,KET-1,2\n');
    const s = await run({ kind: 'signals', file: p });
    expect(s.inserted).toBe(1);
    expect(s.rejected).toBe(1);
    expect(rejects(s.rejectFile)[0].reason).toMatch(/unreadable CSV|quote/i);
  });

  it('a 10 MB field is rejected with its reason, not the rows after it', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const p = file('big.csv', HEADER + good(1) + `review,r2,2026-11-02T10:00:00Z,${big},KET-1,2\n` + good(3));
    const s = await run({ kind: 'signals', file: p });
    expect(s).toMatchObject({ inserted: 2, rejected: 1 });
    const r = rejects(s.rejectFile)[0];
    expect(r.row).toBe(2);
    expect(r.reason).toMatch(/^text: /);
    expect(r.raw.text.length).toBeLessThan(1000);
  });

  it('invalid UTF-8 names the column and keeps the good rows', async () => {
    const p = file(
      'utf.csv',
      Buffer.concat([
        Buffer.from(HEADER + good(1) + 'review,r2,2026-11-02T10:00:00Z,"caf'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('",KET-1,2\n' + good(3)),
      ]),
    );
    const s = await run({ kind: 'signals', file: p });
    expect(s).toMatchObject({ inserted: 2, rejected: 1 });
    expect(rejects(s.rejectFile)[0]).toMatchObject({ row: 2, reason: 'column "text" is not valid UTF-8' });
  });

  it('an empty file is refused with a clear reason', async () => {
    await expect(run({ kind: 'signals', file: file('empty.csv', '') })).rejects.toThrow(/is empty: nothing to import/);
    await expect(run({ kind: 'signals', file: file('header.csv', HEADER) })).rejects.toThrow(/holds no records/);
  });

  it('--map renames columns and --set fills constants; rows without text are rejected', async () => {
    const p = file('mapped.csv', 'id,when,body,stars\n7,2026-11-01T08:00:00Z,"Too small, runs tight",2\n8,2026-11-01T09:00:00Z,,5\n');
    const s = await run({
      kind: 'signals',
      file: p,
      map: { id: 'externalId', when: 'receivedAt', body: 'text', stars: 'rating' },
      set: { channel: 'review', public: 'true' },
    });
    expect(s).toMatchObject({ inserted: 1, rejected: 1 });
    expect(rejects(s.rejectFile)[0].reason).toBe('text: Invalid input: expected string, received undefined');
    const row = await database.db.selectFrom('signals').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ external_id: '7', rating: 2, public: true, channel: 'review' });
  });

  it('running the same import twice inserts nothing the second time', async () => {
    const p = file('twice.csv', HEADER + [1, 2, 3, 4].map(good).join(''));
    expect((await run({ kind: 'signals', file: p })).inserted).toBe(4);
    expect(await run({ kind: 'signals', file: p })).toMatchObject({ inserted: 0, duplicates: 4, rejected: 0, rejectFile: null });
  });

  it('an import that dies midway, run again, ends with exactly the rows of one clean run', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `chat,c${i},2026-11-01T10:00:00Z,"question ${i}",,\n`).join('');
    const p = file('crash.csv', HEADER + rows);
    let batches = 0;
    await expect(
      run({
        kind: 'signals',
        file: p,
        batchSize: 1000,
        onProgress: () => {
          if (++batches === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await count()).toBe(2000);
    const again = await run({ kind: 'signals', file: p, batchSize: 1000 });
    expect(again).toMatchObject({ inserted: 500, duplicates: 2000 });
    expect(await count()).toBe(2500);
  });

  it('long texts cut a batch early, so memory follows the text held, not the row count', async () => {
    const long = (i: number) => `review,l${i},2026-11-01T10:00:00Z,"${'The strap broke. '.repeat(3000)}",BAG-1,1\n`;
    const p = file('long.csv', HEADER + [1, 2, 3, 4, 5].map(long).join(''));
    const sizes: number[] = [];
    const s = await run({
      kind: 'signals',
      file: p,
      batchChars: 100_000,
      onProgress: (x) => sizes.push(x.inserted - (sizes.length ? sizes.reduce((a, b) => a + b) : 0)),
    });
    expect(s.inserted).toBe(5);
    expect(sizes).toEqual([2, 2, 1]);
  });
});

describe('importing NDJSON and JSON', () => {
  const line = (i: number, over = {}) =>
    JSON.stringify({
      channel: 'email',
      externalId: `n${i}`,
      receivedAt: '2026-11-01T10:00:00Z',
      text: `Box arrived crushed ${i}`,
      ...over,
    });

  it('NDJSON: bad JSON, invalid UTF-8 and bad fields are rejected by line', async () => {
    const p = file(
      'x.ndjson',
      Buffer.concat([
        Buffer.from(`${line(1)}\n{"channel":\n${line(3, { receivedAt: '2026-13-45' })}\n`),
        Buffer.from('{"channel":"email","externalId":"n4","receivedAt":"2026-11-01T10:00:00Z","text":"bad '),
        Buffer.from([0xff]),
        Buffer.from('"}\n'),
        Buffer.from(`\n${line(6)}\n`),
      ]),
    );
    const s = await run({ kind: 'signals', file: p });
    expect(s).toMatchObject({ inserted: 2, rejected: 3 });
    expect(rejects(s.rejectFile).map((r) => [r.row, r.reason.split(':')[0]])).toEqual([
      [2, 'invalid JSON'],
      [3, 'receivedAt'],
      [4, 'line is not valid UTF-8'],
    ]);
  });

  it('JSON array: items stream in and bad items are named by position', async () => {
    const p = file('x.json', `[${line(1)},${line(2, { channel: 'pigeon' })},${line(3)}]`);
    const s = await run({ kind: 'signals', file: p });
    expect(s).toMatchObject({ read: 3, inserted: 2, rejected: 1 });
    expect(rejects(s.rejectFile)[0]).toMatchObject({ row: 2 });
  });

  it('orders from CSV: consecutive rows of one order become its lines', async () => {
    const p = file(
      'orders.csv',
      'orderId,orderedAt,sku,qty,price,route\nA1,2026-11-01T10:00:00Z,BAG-1,1,40,CN-US\nA1,2026-11-01T10:00:00Z,STRAP-1,2,5,CN-US\nA2,2026-11-02T10:00:00Z,BAG-1,1,40,CN-US\n',
    );
    const s = await run({ kind: 'orders', file: p });
    expect(s).toMatchObject({ inserted: 2, rejected: 0 });
    const lines = await database.db.selectFrom('order_lines').selectAll().where('order_id', '=', 'A1').execute();
    expect(lines.map((l) => [l.sku, l.qty])).toEqual([
      ['BAG-1', 1],
      ['STRAP-1', 2],
    ]);
    expect((await run({ kind: 'orders', file: p })).inserted).toBe(0);
  });
});
