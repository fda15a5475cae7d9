// The whole packet, built from stored signals: names, IBANs and emails are masked in every file,
// photo links included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { buildTestApp } from '../../test/http.js';
import { buildProduct, buildSignal } from '../../test/factories.js';
import { upsertProducts } from '../products/index.js';
import { buildSupplierPacket } from './index.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-24T12:00:00Z' });
  await upsertProducts(t.ctx, [buildProduct({ sku: 'BAG-9', title: 'Tote', supplier: 'Acme Bags' })], { actor: 'test' });
  const r = await t.call('POST', '/api/signals', [
    buildSignal({
      sku: 'BAG-9',
      receivedAt: '2026-11-16T10:00:00Z',
      text: 'Hi, my name is Maria Silva. The handle tore off. Refund to DE89 3704 0044 0532 0130 00, or write to maria.silva@example.com\n— Maria',
      attachments: [
        { kind: 'photo', url: 'https://cdn.shop.example/uploads/maria.silva@example.com/Maria_Silva-handle.jpg?customer=Maria%20Silva' },
        { kind: 'photo', url: 'https://cdn.shop.example/refund-DE89370400440532013000.png' },
        { kind: 'photo', url: 'https://img.example/handle.jpg' },
      ],
    }),
  ]);
  expect(r.status).toBe(201);
});
afterAll(async () => {
  await t.close();
});

describe('supplier packet', () => {
  it('holds no name, IBAN or email in any file, and marks the links it had to mask', async () => {
    const packet = await buildSupplierPacket(t.ctx, {
      supplier: 'Acme Bags',
      from: new Date('2026-11-01'),
      to: new Date('2026-11-30'),
      actor: 'test',
    });
    const files = unzipSync(packet.zip);
    const all = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    for (const leak of ['Maria', 'Silva', 'DE89', '370400440532013000', '@example.com', 'maria']) expect(all).not.toContain(leak);
    expect(strFromU8(files['signals.csv']!)).toContain('my name is [name]. The handle tore off. Refund to [iban], or write to [email]');
    const photos = strFromU8(files['photos.csv']!).trim().split('\n');
    expect(photos[0]).toBe('signal_id,kind,url,link_masked');
    expect(photos.slice(1).map((l) => l.split(',').slice(2).join(','))).toEqual([
      'https://cdn.shop.example/uploads/[masked]/[masked].jpg?customer=[masked],yes',
      'https://cdn.shop.example/[masked].png,yes',
      'https://img.example/handle.jpg,no',
    ]);
  });
});
