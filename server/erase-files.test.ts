// Erasing a customer removes their files from disk, not only the rows: the attachments of their
// email (unless another customer's message holds the same file) and the photos and thumbnails of
// their portal complaints. Runs on both engines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test/http.js';
import { buildOrder } from './test/factories.js';
import { createApp } from './app.js';
import { customerKeyOf, importMail } from './modules/mail/index.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let mailDir: string;
let uploadDir: string;

const png = (r: number) =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: { r, g: 10, b: 10 } } })
    .png()
    .toBuffer();

function eml(from: string, id: string, attach: Buffer): Buffer {
  return Buffer.from(
    [
      `From: Someone <${from}>`,
      'To: Shop Support <support@shop.example>',
      'Subject: The strap is missing',
      'Date: Sun, 15 Nov 2026 10:00:00 +0000',
      `Message-ID: <${id}@customer.example>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The strap was not in the box, photo attached.',
      '--b1',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Disposition: attachment; filename="strap.png"',
      '',
      attach.toString('base64'),
      '--b1--',
      '',
    ].join('\r\n'),
  );
}

const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];

beforeAll(async () => {
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-erase-mail-'));
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-erase-uploads-'));
  t = await buildTestApp({ now: '2026-11-16T12:00:00Z', mailAttachmentsDir: mailDir });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(mailDir, { recursive: true, force: true });
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

describe('erasing a customer removes their files from disk', () => {
  it("email attachments: hers go, one another customer's message also holds stays until that customer is erased", async () => {
    const deps = { db: t.ctx.db, clock: t.clock, attachmentsDir: mailDir };
    const own = await png(200);
    const shared = await png(90);
    await importMail(deps, eml('ines@customer.example', 'a1', own), 'eml');
    await importMail(deps, eml('ines@customer.example', 'a2', shared), 'eml');
    await importMail(deps, eml('jonas@customer.example', 'b1', shared), 'eml');
    expect(filesUnder(mailDir)).toHaveLength(2);

    const ines = await t.call('POST', `/api/customers/${customerKeyOf('ines@customer.example')}/erase`, {});
    expect(ines.status).toBe(200);
    expect(ines.body.counts.attachments).toBeGreaterThanOrEqual(2);
    // Her own photo is gone from disk; the one Jonas sent too stays for him.
    expect(filesUnder(mailDir)).toHaveLength(1);
    const jonas = await t.call('POST', `/api/customers/${customerKeyOf('jonas@customer.example')}/erase`, {});
    expect(jonas.status).toBe(200);
    expect(filesUnder(mailDir)).toEqual([]);
  });

  it('portal photos and their thumbnails', async () => {
    const app = createApp(t.ctx, { uploadDir });
    const order = buildOrder({
      orderId: 'ERASE-1',
      customerId: 'cust-files',
      customerEmail: 'kim@customer.example',
      lines: [{ sku: 'BAG-1', qty: 1, price: 40 }],
    });
    expect((await t.call('POST', '/api/orders', order)).status).toBe(201);
    const form = new FormData();
    for (const [k, v] of Object.entries({
      orderNumber: 'ERASE-1',
      email: 'kim@customer.example',
      items: 'BAG-1',
      problem: 'part_missing',
      text: 'The strap was missing from the box.',
      wants: 'replacement',
      language: 'en',
    }))
      form.append(k, v);
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 90, b: 200 } } })
      .jpeg()
      .toBuffer();
    form.append('photos[]', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'IMG_1.jpg');
    const filed = await app.request(
      '/portal/api/complaints',
      { method: 'POST', body: form },
      { incoming: { socket: { remoteAddress: '198.51.100.7' } } },
    );
    expect(filed.status).toBe(201);
    expect(filesUnder(uploadDir)).toHaveLength(2); // the photo and its thumbnail

    expect((await t.call('POST', '/api/customers/cust-files/erase', {})).status).toBe(200);
    expect(filesUnder(uploadDir)).toEqual([]);
  });
});
