import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildOrder, buildSignal } from '../../test/factories.js';
import { detectIssues } from '../issues/index.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

it('a batch defect reported through the form joins the same issue as the emails about that batch', async () => {
  await t.call('POST', '/api/products', { sku: 'BAG-9', title: 'Weekender', promises: {} });
  const orders = [1, 2, 3].map((i) =>
    buildOrder({ orderId: `S-${i}`, customerEmail: `c${i}@example.com`, batch: 'B-STRAP', lines: [{ sku: 'BAG-9', qty: 1, price: 60 }] }),
  );
  expect((await t.call('POST', '/api/orders', orders)).status).toBe(201);
  const emails = [1, 2].map((i) =>
    buildSignal({ orderId: `S-${i}`, sku: 'BAG-9', batch: 'B-STRAP', text: 'The shoulder strap was missing from the box.' }),
  );
  expect((await t.call('POST', '/api/signals', emails)).status).toBe(201);

  const form = new FormData();
  for (const [k, v] of Object.entries({
    orderNumber: 'S-3',
    email: 'c3@example.com',
    items: 'BAG-9',
    problem: 'part_missing',
    text: 'No strap in the box, only the bag.',
    wants: 'replacement',
  }))
    form.append(k, v);
  const photo = await sharp({ create: { width: 200, height: 150, channels: 3, background: 'gray' } })
    .jpeg()
    .toBuffer();
  form.append('photos[]', new Blob([new Uint8Array(photo)]), 'box.jpg');
  expect((await t.app.request('/portal/api/complaints', { method: 'POST', body: form })).status).toBe(201);

  await detectIssues(t.ctx);
  const issues = (await t.call('GET', '/api/issues?sku=BAG-9&limit=50')).body.items as {
    issueType: string;
    batch: string | null;
    channels: Record<string, number>;
    signalCount: number;
    hasMedia: boolean;
  }[];
  const strap = issues.find((i) => i.issueType === 'missing_item');
  expect(strap).toBeDefined();
  expect(strap!.batch).toBe('B-STRAP');
  expect(strap!.channels).toEqual({ email: 2, portal: 1 });
  expect(strap!.hasMedia).toBe(true);
});
