import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/http.js';
import { buildOrder } from '../../../test/factories.js';
import { importFile } from './import-file.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let dir: string;
beforeAll(async () => {
  t = await buildTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-carrier-'));
});
afterAll(async () => {
  await t.close();
});

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
        .map((l) => JSON.parse(l))
    : [];
const SCANS = [
  { at: '2026-11-05T09:30:00+01:00', status: 'in_transit', location: 'Depot "B", Hall\\2 {Frankfurt}, DE' },
  { at: '2026-11-03T14:00:00Z', status: 'picked_up', location: 'Leipzig, DE' },
  { at: '2026-11-06T11:00:00Z', status: 'delivered' },
];

describe('orders carry carrier tracking', () => {
  it('POST stores carrier, tracking number and scans; GET returns the scans in UTC, oldest first', async () => {
    const r = await t.call(
      'POST',
      '/api/orders',
      buildOrder({ orderId: 'CE-1', carrier: 'Elbe Paket', trackingNumber: 'EP123', carrierEvents: SCANS }),
    );
    expect(r.status).toBe(201);
    const g = await t.call('GET', '/api/orders/CE-1');
    expect(g.body).toMatchObject({ carrier: 'Elbe Paket', trackingNumber: 'EP123' });
    expect(g.body.carrierEvents).toEqual([
      { at: '2026-11-03T14:00:00.000Z', status: 'picked_up', location: 'Leipzig, DE' },
      { at: '2026-11-05T08:30:00.000Z', status: 'in_transit', location: 'Depot "B", Hall\\2 {Frankfurt}, DE' },
      { at: '2026-11-06T11:00:00.000Z', status: 'delivered', location: null },
    ]);
  });

  it('an order without tracking has none, and a new scan later is an update; the same scans again a duplicate', async () => {
    await t.call('POST', '/api/orders', buildOrder({ orderId: 'CE-2' }));
    expect((await t.call('GET', '/api/orders/CE-2')).body).toMatchObject({ carrier: null, trackingNumber: null, carrierEvents: [] });
    const withScan = buildOrder({ orderId: 'CE-2', carrier: 'Liberty Parcel', carrierEvents: [SCANS[1]!] });
    expect((await t.call('POST', '/api/orders', withScan)).body.status).toBe('updated');
    expect((await t.call('POST', '/api/orders', withScan)).body.status).toBe('duplicate');
    expect((await t.call('GET', '/api/orders/CE-2')).body.carrierEvents).toHaveLength(1);
  });

  it('a bad scan is a 400 naming the field, and nothing is stored', async () => {
    const r = await t.call(
      'POST',
      '/api/orders',
      buildOrder({
        orderId: 'CE-3',
        carrierEvents: [SCANS[0]!, { at: 'last Tuesday', status: 'in_transit' }, { at: '2026-11-06T11:00:00Z', status: '' }],
      }),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(['carrierEvents[1].at', 'carrierEvents[2].status']);
    const unknownKey = await t.call(
      'POST',
      '/api/orders',
      buildOrder({ orderId: 'CE-3', carrierEvents: [{ ...SCANS[0]!, scannedBy: 'x' } as never] }),
    );
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.details[0].path).toBe('carrierEvents[0]');
    expect((await t.call('GET', '/api/orders/CE-3')).status).toBe(404);
  });

  it('writeback import orders reads scans as an array in NDJSON and JSON', async () => {
    const order = (id: string) => ({ ...buildOrder({ orderId: id }), carrier: 'Pearl Air Post', carrierEvents: SCANS });
    const nd = await importFile(t.ctx, {
      kind: 'orders',
      file: file('orders.ndjson', [order('CE-ND1'), order('CE-ND2')].map((o) => JSON.stringify(o)).join('\n') + '\n'),
    });
    expect(nd).toMatchObject({ inserted: 2, rejected: 0 });
    const js = await importFile(t.ctx, { kind: 'orders', file: file('orders.json', JSON.stringify([order('CE-JS1')])) });
    expect(js).toMatchObject({ inserted: 1, rejected: 0 });
    for (const id of ['CE-ND2', 'CE-JS1']) {
      const g = await t.call('GET', `/api/orders/${id}`);
      expect(g.body.carrierEvents.map((e: { status: string }) => e.status)).toEqual(['picked_up', 'in_transit', 'delivered']);
    }
  });

  it('writeback import orders reads a JSON array in the carrierEvents cell of CSV, and rejects a bad one naming it', async () => {
    const cell = (v: unknown) => `"${JSON.stringify(v).replace(/"/g, '""')}"`;
    const p = file(
      'orders.csv',
      'orderId,orderedAt,sku,qty,price,carrier,trackingNumber,carrierEvents\n' +
        `CE-CSV1,2026-11-01T10:00:00Z,BAG-1,1,40,Elbe Paket,EP9,${cell(SCANS)}\n` +
        'CE-CSV1,2026-11-01T10:00:00Z,STRAP-1,2,5,,,\n' +
        'CE-CSV2,2026-11-01T10:00:00Z,BAG-1,1,40,Elbe Paket,EP10,"[{""at"":""soon"",""status"":""in_transit""}]"\n' +
        'CE-CSV3,2026-11-01T10:00:00Z,BAG-1,1,40,Elbe Paket,EP11,not json\n' +
        'CE-CSV4,2026-11-01T10:00:00Z,BAG-1,1,40,,,\n',
    );
    const s = await importFile(t.ctx, { kind: 'orders', file: p, rejectFile: path.join(dir, 'orders.csv.rejects') });
    expect(s).toMatchObject({ read: 4, inserted: 2, rejected: 2 });
    const r = rejects(s.rejectFile);
    expect(r.map((x) => x.row)).toEqual([3, 4]);
    expect(r[0].reason).toMatch(/^carrierEvents\[0\]\.at: must be an ISO 8601/);
    expect(r[1].reason).toMatch(/^carrierEvents: /);
    const g = await t.call('GET', '/api/orders/CE-CSV1');
    expect(g.body).toMatchObject({ carrier: 'Elbe Paket', trackingNumber: 'EP9' });
    expect(g.body.lines).toHaveLength(2);
    expect(g.body.carrierEvents).toHaveLength(3);
    expect((await t.call('GET', '/api/orders/CE-CSV4')).body.carrierEvents).toEqual([]);
  });
});
