import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const SHEET = [
  'Batch,SKU,Inspection date,Inspected by,Result,Remarks,Photo URLs',
  'B-2026-07,BAG-1,2026-10-28,Rui Costa,Conditional,"Strap clips short on 2 of 50, repacked",https://qa.example/1.jpg https://qa.example/2.jpg',
  'B-2026-07,,2026-10-29T08:30:00+01:00,Marta Reis,pass,,',
  'B-2026-08,BAG-1,2026-13-45,Rui Costa,pass,,',
  ',BAG-1,2026-10-28,Rui Costa,maybe,,',
].join('\n');

describe('importing inspection records from a QA sheet', () => {
  it('imports the good rows, names the bad ones by line and field, and does not store a row twice', async () => {
    const r = await t.call('POST', '/api/inspections/import', { csv: SHEET });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ read: 4, inserted: 2, duplicates: 0, rejected: 2 });
    expect(r.body.rejects[0]).toMatchObject({ line: 4, errors: [{ path: 'inspectedAt' }] });
    expect(r.body.rejects[1].line).toBe(5);
    expect(r.body.rejects[1].errors.map((e: { path: string }) => e.path).sort()).toEqual(['batch', 'result']);
    const listed = await t.call('GET', '/api/inspections?batch=B-2026-07');
    expect(listed.body.items).toMatchObject([
      { inspector: 'Marta Reis', result: 'pass', sku: null, inspectedAt: '2026-10-29T07:30:00.000Z', photos: [] },
      {
        inspector: 'Rui Costa',
        result: 'conditional',
        sku: 'BAG-1',
        notes: 'Strap clips short on 2 of 50, repacked',
        photos: ['https://qa.example/1.jpg', 'https://qa.example/2.jpg'],
      },
    ]);
    const again = await t.call('POST', '/api/inspections/import', { csv: SHEET });
    expect(again.body).toMatchObject({ inserted: 0, duplicates: 2, rejected: 2 });
  });

  it('refuses a sheet without the columns it needs, naming them', async () => {
    const r = await t.call('POST', '/api/inspections/import', { csv: 'batch,notes\nB-1,fine\n' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/no inspectedAt, inspector, result column/);
    expect((await t.call('POST', '/api/inspections/import', { csv: '' })).status).toBe(400);
  });
});
