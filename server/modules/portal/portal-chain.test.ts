import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildOrder } from '../../test/factories.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

it("traces a complaint to its order line, the batch's inspection records and the parcel's scans", async () => {
  const order = buildOrder({
    orderId: 'T-1',
    customerEmail: 'rita@example.com',
    batch: 'B-STRAP-9',
    supplier: 'Acme Leather',
    shippedAt: '2026-11-03T10:00:00Z',
    carrier: 'CTT',
    trackingNumber: 'RR123456789PT',
    carrierEvents: [
      { at: '2026-11-04T08:00:00Z', status: 'in transit', location: 'Lisboa' },
      { at: '2026-11-05T15:00:00Z', status: 'delivered', location: 'Porto' },
    ],
    lines: [
      { sku: 'BAG-1', qty: 1, price: 49 },
      { sku: 'CUP-2', qty: 1, price: 9 },
    ],
  });
  expect((await t.call('POST', '/api/orders', order)).status).toBe(201);
  const inspection = {
    batch: 'B-STRAP-9',
    sku: 'BAG-1',
    inspectedAt: '2026-10-28T09:00:00Z',
    inspector: 'Rui Costa',
    result: 'conditional',
    notes: 'Strap clips short on 2 of 50 sampled',
    photos: ['https://qa.example/b-strap-9/1.jpg'],
  };
  expect((await t.call('POST', '/api/inspections', inspection)).status).toBe(201);
  expect((await t.call('POST', '/api/inspections', { ...inspection, result: 'maybe' })).status).toBe(400);
  await t.call('POST', '/api/inspections', { ...inspection, batch: 'OTHER', inspector: 'Someone else' });

  const form = new FormData();
  for (const [k, v] of Object.entries({
    orderNumber: 'T-1',
    email: 'rita@example.com',
    items: 'BAG-1',
    problem: 'part_missing',
    text: 'The strap is not in the box.',
    wants: 'replacement',
  }))
    form.append(k, v);
  const photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: 'white' } })
    .png()
    .toBuffer();
  form.append('photos[]', new Blob([new Uint8Array(photo)]), 'box.png');
  const filed = await t.app.request('/portal/api/complaints', { method: 'POST', body: form });
  expect(filed.status).toBe(201);
  const { reference } = (await filed.json()) as { reference: string };

  const chain = await t.call('GET', `/api/portal/complaints/${reference}/chain`);
  expect(chain.status).toBe(200);
  expect(chain.body).toMatchObject({
    reference,
    order: {
      orderId: 'T-1',
      supplier: 'Acme Leather',
      carrier: 'CTT',
      trackingNumber: 'RR123456789PT',
      shippedAt: '2026-11-03T10:00:00.000Z',
    },
    lines: [{ sku: 'BAG-1', variant: null, qty: 1 }],
    batch: 'B-STRAP-9',
    carrierScans: [
      { at: '2026-11-04T08:00:00.000Z', status: 'in transit', location: 'Lisboa' },
      { at: '2026-11-05T15:00:00.000Z', status: 'delivered', location: 'Porto' },
    ],
    complaint: { problem: 'part_missing' },
  });
  expect(chain.body.inspections).toHaveLength(1);
  expect(chain.body.inspections[0]).toMatchObject({ inspector: 'Rui Costa', result: 'conditional', photos: inspection.photos });
  expect(chain.body.complaint.photos).toHaveLength(1);
  expect((await t.call('GET', '/api/portal/complaints/C-NOPE-NOPE/chain')).status).toBe(404);
  expect((await t.call('GET', '/api/inspections?batch=B-STRAP-9')).body.items).toHaveLength(1);
});
