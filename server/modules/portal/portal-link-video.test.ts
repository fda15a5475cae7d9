import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { buildTestApp } from '../../test/http.js';
import { buildOrder, buildProduct } from '../../test/factories.js';
import { LINK_REFUSED_MESSAGE } from './index.js';
import { blankVideoMetadata } from './video-metadata.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let app: ReturnType<typeof createApp>;
let uploadDir: string;
let n = 0;

const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
async function request(p: string, init: RequestInit = {}, address = '198.51.100.9') {
  const res = await app.request(p, init, from(address));
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
  return { status: res.status, body, headers: res.headers };
}
const lookup = (body: unknown, address?: string) =>
  request(
    '/portal/api/orders/lookup',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    address,
  );

async function newOrder() {
  const o = buildOrder({
    orderId: `L-${++n}`,
    customerEmail: 'joao@example.com',
    batch: 'B-2026-09',
    lines: [{ sku: 'BAG-1', variant: 'black', qty: 1, price: 49.5 }],
  });
  expect((await t.call('POST', '/api/orders', o)).status).toBe(201);
  return o;
}

function form(fields: Record<string, string>, files: Buffer[] = []) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  for (const [i, p] of files.entries()) f.append('photos[]', new Blob([new Uint8Array(p)]), `clip_${i}.bin`);
  return f;
}
const fields = (over: Record<string, string>) => ({
  items: 'BAG-1',
  problem: 'arrived_damaged',
  text: 'The box was crushed; the video shows the zip.',
  wants: 'replacement',
  language: 'pt',
  ...over,
});
const file = (f: Record<string, string>, files: Buffer[] = [], address?: string) =>
  request('/portal/api/complaints', { method: 'POST', body: form(f, files) }, address);

beforeAll(async () => {
  t = await buildTestApp();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-link-test-'));
  app = createApp(t.ctx, { uploadDir });
  await t.call('POST', '/api/products', [buildProduct({ sku: 'BAG-1', title: 'Travel bag' })]);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

describe('the signed link in order emails', () => {
  it('identifies the order without typing, for the lookup and the complaint', async () => {
    const o = await newOrder();
    const r = await t.call('GET', `/api/portal/orders/${o.orderId}/link`);
    expect(r.status).toBe(200);
    expect(r.body.path).toBe(`/portal#link=${r.body.link}`);
    expect(Date.parse(r.body.expiresAt) - t.clock.now().getTime()).toBe(90 * 86_400_000);
    // The order id is readable in the link, but not the email, and the MAC is 128 bits.
    expect(r.body.link).not.toContain('joao');
    const items = await lookup({ link: r.body.link });
    expect(items.status).toBe(200);
    expect(items.body).toEqual({ orderNumber: o.orderId, items: [{ sku: 'BAG-1', title: 'Travel bag', variant: 'black' }] });
    const filed = await file(fields({ link: r.body.link, problem: 'late_or_lost', text: 'Still not here.' }));
    expect(filed.status).toBe(201);
    const staff = await t.call('GET', `/api/portal/complaints/${filed.body.reference}`);
    expect(staff.body.orderId).toBe(o.orderId);
    // Without a link, the number and email are both asked for, by name.
    const none = await lookup({});
    expect(none.status).toBe(400);
    expect(none.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'orderNumber']);
    expect((await t.call('GET', '/api/portal/orders/NOPE-1/link')).status).toBe(404);
  });

  it('refuses a tampered or expired link with the same answer', async () => {
    const a = await newOrder();
    const b = await newOrder();
    const { link } = (await t.call('GET', `/api/portal/orders/${a.orderId}/link?days=1`)).body as { link: string };
    const [id, exp, mac] = link.split('.') as [string, string, string];
    const otherOrder = `${Buffer.from(b.orderId).toString('base64url')}.${exp}.${mac}`;
    const longer = `${id}.${(Number.parseInt(exp, 36) + 86_400).toString(36)}.${mac}`;
    const flipped = `${id}.${exp}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    const answers = [];
    for (const [i, bad] of [otherOrder, longer, flipped, 'garbage'].entries())
      answers.push(await lookup({ link: bad }, `198.51.100.${50 + i}`));
    t.clock.advance(86_400_000 + 1000);
    answers.push(await lookup({ link }, '198.51.100.60'));
    answers.push(await file(fields({ link, problem: 'late_or_lost', text: 'x' }), [], '198.51.100.61'));
    for (const r of answers) {
      expect(r.status).toBe(422);
      expect(r.body).toEqual({ error: { code: 'portal_link_refused', message: LINK_REFUSED_MESSAGE } });
    }
    // A fresh link for the same order works again.
    const fresh = (await t.call('GET', `/api/portal/orders/${a.orderId}/link`)).body.link;
    expect((await lookup({ link: fresh }, '198.51.100.62')).status).toBe(200);
  });

  it('counts refused links against the address like wrong pairs', async () => {
    const address = '198.51.100.77';
    expect((await lookup({ link: 'a.b.cccccccccccccccccccccc' }, address)).status).toBe(422);
    expect((await lookup({ link: 'a.b.cccccccccccccccccccccc' }, address)).status).toBe(422);
    expect((await lookup({ link: 'a.b.cccccccccccccccccccccc' }, address)).status).toBe(422);
    const slowed = await lookup({ link: 'a.b.cccccccccccccccccccccc' }, address);
    expect(slowed.status).toBe(429);
    expect(slowed.body.error.code).toBe('portal_slowed_down');
  });
});

const box = (type: string, payload: Buffer) => {
  const b = Buffer.alloc(8 + payload.length);
  b.writeUInt32BE(8 + payload.length);
  b.write(type, 4, 'latin1');
  payload.copy(b, 8);
  return b;
};
/** A minimal MP4 (or QuickTime) whose user data carries a GPS position (©xyz) and a camera make, as a phone writes. */
function phoneVideo(brand = 'isom', mdatBytes = 4096): Buffer {
  const ftyp = box('ftyp', Buffer.concat([Buffer.from(brand, 'latin1'), Buffer.alloc(4), Buffer.from('isomiso2mp41')]));
  const udta = box(
    'udta',
    Buffer.concat([
      box('\u00a9xyz', Buffer.from('\u0000\u0012\u0015\u00c7+38.7223-009.1393/', 'latin1')),
      box('\u00a9mak', Buffer.from('TestCam')),
    ]),
  );
  const trak = box('trak', Buffer.concat([box('tkhd', Buffer.alloc(84)), box('meta', Buffer.from('TestCam track'))]));
  const moov = box('moov', Buffer.concat([box('mvhd', Buffer.alloc(100)), trak, udta]));
  return Buffer.concat([ftyp, moov, box('mdat', Buffer.alloc(mdatBytes, 7))]);
}

describe('a short video as evidence', () => {
  it('blanks the metadata boxes of an MP4 in place, keeping every offset', () => {
    const v = phoneVideo();
    const copy = Buffer.from(v);
    expect(blankVideoMetadata(copy)).toBe(2);
    expect(copy.length).toBe(v.length);
    expect(copy.includes(Buffer.from('+38.7223'))).toBe(false);
    expect(copy.includes(Buffer.from('TestCam'))).toBe(false);
    expect(copy.subarray(copy.length - 4104).equals(v.subarray(v.length - 4104))).toBe(true); // mdat untouched
    // A box claiming to run past the end stops the walk instead of reading beyond it.
    const broken = Buffer.from(v);
    broken.writeUInt32BE(0x7fffffff, 0);
    expect(blankVideoMetadata(broken)).toBe(0);
  });

  it('takes one video beside photos, checked by content, stored without its GPS, served to staff and the link holder only', async () => {
    const o = await newOrder();
    const photo = await sharp({ create: { width: 200, height: 150, channels: 3, background: 'orange' } })
      .png()
      .toBuffer();
    const filed = await file(fields({ orderNumber: o.orderId, email: 'joao@example.com' }), [photo, phoneVideo()]);
    expect(filed.status).toBe(201);
    const token = filed.body.statusUrl.split('/').pop();
    const status = (await request(`/portal/api/status/${token}`)).body;
    expect(status.photos.map((p: { mime: string }) => p.mime)).toEqual(['image/jpeg', 'video/mp4']);
    const video = status.photos[1];
    const served = await request(video.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('video/mp4');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = served.body as Buffer;
    expect(bytes.length).toBe(phoneVideo().length);
    expect(bytes.includes(Buffer.from('+38.7223'))).toBe(false);
    expect(bytes.includes(Buffer.from('TestCam'))).toBe(false);
    // A phone's player asks for parts of it.
    const part = await request(video.url, { headers: { range: 'bytes=0-7' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-7/${bytes.length}`);
    expect((part.body as Buffer).equals(bytes.subarray(0, 8))).toBe(true);
    const tail = await request(video.url, { headers: { range: 'bytes=-4' } });
    expect((tail.body as Buffer).equals(bytes.subarray(bytes.length - 4))).toBe(true);
    expect((await request(video.url, { headers: { range: `bytes=${bytes.length}-` } })).status).toBe(416);
    // Its poster is a generated still, not a frame.
    expect((await request(video.thumbUrl)).headers.get('content-type')).toBe('image/webp');
    // Staff see it; another complaint's link does not, nor does a made-up name.
    const name = video.url.split('/').pop();
    expect((await request(`/api/portal/photos/${name}`)).status).toBe(200);
    const other = await file(fields({ orderNumber: o.orderId, email: 'joao@example.com', problem: 'late_or_lost', text: 'And another.' }));
    const otherToken = other.body.statusUrl.split('/').pop();
    expect((await request(`/portal/api/status/${otherToken}/photos/${name}`)).status).toBe(404);
    expect((await request(`/api/portal/photos/${'0'.repeat(32)}.mp4`)).status).toBe(404);
  });

  it('takes MOV and WebM by their bytes, and refuses a second video, a fake and one too large', async () => {
    const o = await newOrder();
    const who = { orderNumber: o.orderId, email: 'joao@example.com' };
    const webm = Buffer.from([
      0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08, 0x42,
      0x82, 0x84, 0x77, 0x65, 0x62, 0x6d, 0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02, 0x18, 0x53, 0x80, 0x67, 0x01, 0, 0, 0, 0, 0, 0, 0,
    ]);
    const mov = await file(fields(who), [phoneVideo('qt  ')]);
    expect(mov.status).toBe(201);
    const movStatus = (await request(`/portal/api/status/${mov.body.statusUrl.split('/').pop()}`)).body;
    expect(movStatus.photos[0].mime).toBe('video/quicktime');
    expect(movStatus.photos[0].url).toMatch(/\.mov$/);
    expect((await file(fields(who), [webm])).status).toBe(201);
    const two = await file(fields(who), [phoneVideo(), webm]);
    expect(two.status).toBe(400);
    expect(two.body.error.details[0].path).toBe('photos[1]');
    // Named .mp4 by the sender, but the bytes are a script.
    const fake = await file(fields(who), [Buffer.from('#!/bin/sh\necho not a video\n')]);
    expect(fake.status).toBe(400);
    expect(fake.body.error.details[0].message).toMatch(/not a photo .* or a video/);
    const big = await file(fields(who), [phoneVideo('isom', 33 * 1024 * 1024)]);
    expect(big.status).toBe(400);
    expect(big.body.error.details[0].message).toMatch(/video larger than 32 MB/);
  });
});

describe('writeback portal link', () => {
  it('prints the signed link for an order, under a base address, and names what is wrong', () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cli-'));
    try {
      const run = (...args: string[]) =>
        execFileSync(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args, '--data', data], {
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URL: '', WRITEBACK_LOG_LEVEL: 'error' },
        });
      expect(() => run('portal', 'link')).toThrow(/usage: writeback portal link --order/);
      expect(() => run('portal', 'link', '--order', 'WB-1', '--days', '0')).toThrow(/--days must be/);
      const orders = path.join(data, 'orders.json');
      fs.writeFileSync(orders, JSON.stringify([buildOrder({ orderId: 'WB-7', customerEmail: 'ana@example.com' })]));
      run('import', 'orders', orders);
      const out = JSON.parse(run('portal', 'link', '--order', 'WB-7', '--base-url', 'https://shop.example/', '--json'));
      expect(out.orderId).toBe('WB-7');
      expect(out.url).toBe(`https://shop.example/portal#link=${out.link}`);
      expect(out.link.split('.')[0]).toBe(Buffer.from('WB-7').toString('base64url'));
      expect(() => run('portal', 'link', '--order', 'WB-404')).toThrow(/order WB-404 does not exist/);
    } finally {
      fs.rmSync(data, { recursive: true, force: true });
    }
  }, 120_000);
});
