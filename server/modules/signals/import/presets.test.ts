import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from '../../../platform/db/testing.js';
import { fixedClock } from '../../../platform/clock.js';
import type { Database } from '../../../platform/db/index.js';
import { importFile, type ImportOptions } from './import-file.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../../../test-data/imports');
let database: Database;
let dir: string;
const ctx = () => ({ db: database.db, clock: fixedClock('2026-11-16T00:00:00Z') });
const run = (name: string, o: Partial<ImportOptions> = {}) =>
  importFile(ctx(), { kind: 'signals', file: path.join(SAMPLES, name), rejectFile: path.join(dir, `${name}.rejects`), ...o });
const signals = async () =>
  (
    await sql<{
      channel: string;
      external_id: string;
      received_at: Date;
      rating: number | null;
      sku: string | null;
      order_id: string | null;
      public: boolean;
      text: string;
    }>`
      select channel, external_id, received_at, rating, sku, order_id, public, text from signals order by external_id`.execute(database.db)
  ).rows;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-presets-'));
  await database.db.deleteFrom('signals').execute();
});

describe('presets recognised from the header row, sample exports imported', () => {
  it('Shopify orders export: one order per Name, its line items folded, dates with offsets, unread columns listed once', async () => {
    const s = await run('shopify-orders.csv', { kind: 'orders' });
    expect(s.preset).toBe('shopify-orders');
    expect(s).toMatchObject({ read: 3, inserted: 3, rejected: 0 });
    expect(s.ignoredColumns).toContain('Financial Status');
    expect(s.ignoredColumns.filter((c) => c === 'Billing Zip')).toHaveLength(1);
    const o = (
      await sql<{ order_id: string; ordered_at: Date; country: string; route: string }>`
      select order_id, ordered_at, country, route from orders where order_id = '#1001'`.execute(database.db)
    ).rows[0]!;
    expect(o.ordered_at.toISOString()).toBe('2026-11-02T09:15:30.000Z');
    expect(o.route).toBe('DE-BE');
    const lines = (
      await sql<{
        sku: string;
        variant: string | null;
      }>`select sku, variant from order_lines where order_id = '#1001' order by sku`.execute(database.db)
    ).rows;
    expect(lines).toEqual([
      { sku: 'FLT-2', variant: null },
      { sku: 'KET-1-BLK', variant: 'Matte Black' },
    ]);
    // The same export again stores nothing twice.
    expect(await run('shopify-orders.csv', { kind: 'orders' })).toMatchObject({ inserted: 0, rejected: 0 });
  });

  it('refuses the Shopify export as signals with a reason that names the kind', async () => {
    await expect(run('shopify-orders.csv')).rejects.toThrow(/shopify-orders imports orders, not signals/);
  });

  it('Judge.me: a stable hash is the id, so a second import finds the same reviews; spam is not public', async () => {
    const s = await run('judgeme-reviews.csv');
    expect(s).toMatchObject({ preset: 'judgeme', inserted: 3, rejected: 0 });
    expect(s.ignoredColumns).toEqual(expect.arrayContaining(['ip_address', 'reviewer_name']));
    expect(await run('judgeme-reviews.csv')).toMatchObject({ inserted: 0, duplicates: 3 });
    const rows = await signals();
    expect(rows.every((r) => /^judgeme-[0-9a-f]{24}$/.test(r.external_id))).toBe(true);
    expect(rows.filter((r) => r.public)).toHaveLength(2);
    expect(rows.map((r) => r.received_at.toISOString()).sort()).toContain('2026-11-03T14:22:10.000Z');
  });

  it('Yotpo: day/month order comes from --date-format; without it the row is refused naming the flag', async () => {
    const without = await run('yotpo-reviews.csv');
    expect(without).toMatchObject({ preset: 'yotpo', inserted: 0, rejected: 2 });
    expect(fs.readFileSync(without.rejectFile!, 'utf8')).toMatch(/receivedAt: .*--date-format/);
    const s = await run('yotpo-reviews.csv', { dateFormat: 'MM/DD/YYYY' });
    expect(s).toMatchObject({ inserted: 2, rejected: 0 });
    expect(s.ignoredColumns).toContain('Published');
    expect((await signals()).map((r) => r.received_at.toISOString())).toContain('2026-11-03T00:00:00.000Z');
  });

  it('Trustpilot JSON inside its {"reviews": [...]} envelope', async () => {
    const s = await run('trustpilot-reviews.json');
    expect(s).toMatchObject({ preset: 'trustpilot', inserted: 2, rejected: 0 });
    const one = (await signals()).find((r) => r.external_id === 'trustpilot-64a1b2c3d4e5f6a7b8c9d0e1')!;
    expect(one).toMatchObject({ rating: 1, order_id: '#1003', channel: 'review' });
  });

  it('Google product review feed (XML): rating scaled to 1–5, SKU from the product ids', async () => {
    const s = await run('google-product-reviews.xml');
    expect(s).toMatchObject({ preset: 'google-reviews', inserted: 2, rejected: 0 });
    const rows = await signals();
    expect(rows.find((r) => r.external_id === 'google-g-9001')).toMatchObject({ rating: 2, sku: 'KET-1-STL', order_id: '#1003' });
    expect(rows.find((r) => r.external_id === 'google-g-9002')).toMatchObject({ rating: 5, sku: 'KET-1-BLK' });
  });

  it('PayPal disputes from CSV and JSON: a card-issuer dispute is a chargeback, the buyer words are the text', async () => {
    expect(await run('paypal-disputes.csv')).toMatchObject({ preset: 'paypal-disputes', inserted: 2, rejected: 0 });
    expect(await run('paypal-disputes.json')).toMatchObject({ preset: 'paypal-disputes', inserted: 1, rejected: 0 });
    const rows = await signals();
    expect(rows.find((r) => r.external_id === 'paypal-PP-D-1002')).toMatchObject({ channel: 'chargeback', order_id: '#1001' });
    const json = rows.find((r) => r.external_id === 'paypal-PP-D-2001')!;
    expect(json).toMatchObject({ channel: 'dispute', order_id: '#1003' });
    expect(json.text).toContain('steel-coloured plastic');
    expect(json.text).not.toContain('we will look into it');
  });
});

describe('forgiving --map imports', () => {
  it('accepts Shopify-style and RFC 2822 dates and ignores unmapped columns instead of refusing the row', async () => {
    const f = path.join(dir, 'export.csv');
    fs.writeFileSync(
      f,
      'Id,Body,When,Email,Financial Status\n' +
        'a1,"Lid cracked",2026-11-02 10:15:30 +0100,x@example.com,paid\n' +
        'a2,"Late parcel","Mon, 02 Nov 2026 10:15:30 +0100",y@example.com,paid\n' +
        'a3,"No date",someday,z@example.com,paid\n',
    );
    const s = await importFile(ctx(), {
      kind: 'signals',
      file: f,
      map: { Id: 'externalId', Body: 'text', When: 'receivedAt' },
      set: { channel: 'email' },
      rejectFile: path.join(dir, 'r'),
    });
    expect(s).toMatchObject({ preset: null, inserted: 2, rejected: 1 });
    expect(s.ignoredColumns.sort()).toEqual(['Email', 'Financial Status']);
    expect((await signals()).map((r) => r.received_at.toISOString())).toEqual(['2026-11-02T09:15:30.000Z', '2026-11-02T09:15:30.000Z']);
  });
});
