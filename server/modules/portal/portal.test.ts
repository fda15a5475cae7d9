import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEMS } from '../../../contracts/portal.js';
import { createApp } from '../../app.js';
import { buildTestApp } from '../../test/http.js';
import { buildOrder, buildProduct } from '../../test/factories.js';
import { ATTEMPT_LIMITS, MISMATCH_MESSAGE, SLOWDOWN, slowdownMs } from './index.js';
import { needsPhoto } from './file-complaint.js';
import { clientAddress } from './http.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let app: ReturnType<typeof createApp>;
let uploadDir: string;
let n = 0;

const EMAIL = 'ana.silva@example.com';

/** A request as if from `address` (the socket's remote address, as @hono/node-server gives it). */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

async function request(p: string, init: RequestInit = {}, address = '198.51.100.1') {
  const res = await app.request(p, init, from(address));
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
  return { status: res.status, body, headers: res.headers };
}

/** A JPEG carrying EXIF with a camera make and a GPS position, like a phone photo. */
async function phonePhoto(colour = 'red'): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: colour } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Phone 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 42/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '9/1 8/1 0/1' },
    })
    .toBuffer();
}

async function newOrder(over: Record<string, unknown> = {}) {
  const o = buildOrder({
    orderId: `P-${++n}`,
    customerEmail: EMAIL,
    batch: 'B-2026-07',
    lines: [
      { sku: 'BAG-1', variant: 'black', qty: 1, price: 49.5 },
      { sku: 'CUP-2', qty: 2, price: 9 },
    ],
    ...over,
  });
  expect((await t.call('POST', '/api/orders', o)).status).toBe(201);
  return o;
}

function form(fields: Record<string, string>, photos: Buffer[] = []) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  for (const [i, p] of photos.entries()) f.append('photos[]', new Blob([new Uint8Array(p)], { type: 'image/jpeg' }), `IMG_${i}.jpg`);
  return f;
}

const complaint = (orderNumber: string, over: Record<string, string> = {}) => ({
  orderNumber,
  email: EMAIL,
  items: 'BAG-1',
  problem: 'part_missing',
  text: 'The shoulder strap was not in the box. <b>Please</b> send one.',
  wants: 'replacement',
  language: 'en',
  ...over,
});

async function file(fields: Record<string, string>, photos: Buffer[] = [], address?: string) {
  return request('/portal/api/complaints', { method: 'POST', body: form(fields, photos) }, address);
}

beforeAll(async () => {
  t = await buildTestApp();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'));
  app = createApp(t.ctx, { uploadDir });
  await t.call('POST', '/api/products', [
    buildProduct({ sku: 'BAG-1', title: 'Travel bag' }),
    buildProduct({ sku: 'CUP-2', title: 'Cup' }),
  ]);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

describe('POST /portal/api/complaints', () => {
  it('files a complaint as a triaged portal signal with its order, SKU, batch and photos, under its SLA', async () => {
    const o = await newOrder();
    const r = await file(complaint(o.orderId), [await phonePhoto()]);
    expect(r.status).toBe(201);
    expect(r.body.reference).toMatch(/^C-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(r.body.statusUrl).toMatch(/^\/portal\/status\/[A-Za-z0-9_-]{43}$/);

    const staff = await t.call('GET', `/api/portal/complaints/${r.body.reference}`);
    expect(staff.status).toBe(200);
    const signal = (await t.call('GET', `/api/signals/${staff.body.signalId}`)).body;
    expect(signal).toMatchObject({ channel: 'portal', externalId: r.body.reference, orderId: o.orderId, sku: 'BAG-1', batch: 'B-2026-07' });
    expect(signal.text).toBe('The shoulder strap was not in the box. <b>Please</b> send one.');
    expect(signal.issueTypes).toContain('missing_item');
    expect(signal.attachments).toHaveLength(1);
    expect(signal.attachments[0].url).toMatch(/^\/api\/portal\/photos\/[a-f0-9]{32}\.jpg$/);
    // Under the SLA of its class, the clock started when it was filed.
    expect(signal.sla.slaClass).toBe(signal.slaClass);
    expect(Date.parse(signal.sla.firstResponseDueAt)).toBeGreaterThan(Date.parse(signal.receivedAt));
    expect(signal.ownerTeam).toBeTruthy();
    expect(staff.body.ownerTeam).toBe(signal.ownerTeam);
    expect(staff.body.steps[1].note).toBe(signal.ownerTeam);
    expect(staff.body.steps.map((s: { step: string }) => s.step)).toEqual(['received', 'assigned']);
    expect(staff.body.status).toBe('assigned');
  });

  it('answers a wrong email and a wrong order number with the same 422', async () => {
    const o = await newOrder();
    const wrongEmail = await file(complaint(o.orderId, { email: 'someone@example.com' }), [await phonePhoto()], '198.51.100.20');
    const wrongOrder = await file(complaint('P-does-not-exist'), [await phonePhoto()], '198.51.100.20');
    expect(wrongEmail.status).toBe(422);
    expect(wrongOrder.status).toBe(422);
    expect(wrongEmail.body).toEqual(wrongOrder.body);
    expect(wrongEmail.body.error.message).toBe(MISMATCH_MESSAGE);
  });

  const lookup = (body: unknown, address: string) =>
    request(
      '/portal/api/orders/lookup',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      address,
    );

  it('slows wrong attempts from one address with a growing wait, the same whether the number or the email is wrong', async () => {
    const o = await newOrder();
    const address = '203.0.113.60';
    const waits: number[] = [];
    for (let i = 0; i < ATTEMPT_LIMITS.address; i++) {
      // Half the guesses get the email wrong on a real order, half guess order numbers.
      const body = i % 2 ? { orderNumber: o.orderId, email: `guess${i}@example.com` } : { orderNumber: `P-guess-${i}`, email: EMAIL };
      let r = await lookup(body, address);
      if (r.status === 429) {
        // Too soon after the last wrong one: nothing was checked, and the answer says how long to wait.
        expect(r.body.error.code).toBe('portal_slowed_down');
        const wait = Number(r.headers.get('retry-after'));
        expect(wait).toBe(Math.ceil(slowdownMs(i) / 1000));
        waits.push(wait);
        t.clock.advance(wait * 1000);
        r = await lookup(body, address);
      }
      expect(r.status).toBe(422);
      expect(r.body.error.message).toBe(MISMATCH_MESSAGE);
    }
    // The first few are free (people mistype); after them each wait doubles, up to the cap.
    expect(waits.length).toBe(ATTEMPT_LIMITS.address - SLOWDOWN.free);
    expect(waits.slice(0, 4)).toEqual([1, 2, 4, 8]);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * 60); // 20 guesses take minutes, not milliseconds
    // Past the 20th, the hour's limit: refused even with the right pair, once the wait is over.
    t.clock.advance(SLOWDOWN.maxMs);
    const right = await file(complaint(o.orderId), [await phonePhoto()], address);
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('portal_rate_limited');
    expect(Number(right.headers.get('retry-after'))).toBe(3600);
    // Another address is not slowed by this one (a fresh order: the first one's own count grew too).
    const other = await newOrder();
    expect((await file(complaint(other.orderId), [await phonePhoto()], '203.0.113.61')).status).toBe(201);
  });

  it('slows guessing on one order from many addresses, and refuses it past 10', async () => {
    const o = await newOrder();
    for (let i = 0; i < ATTEMPT_LIMITS.order; i++) {
      if (i === SLOWDOWN.free + 1) {
        // A new address asking at once about the same order waits like the others.
        const soon = await file(complaint(o.orderId, { email: 'guess-x@example.com' }), [], '192.0.2.150');
        expect(soon.status).toBe(429);
        expect(soon.body.error.code).toBe('portal_slowed_down');
      }
      t.clock.advance(slowdownMs(i));
      expect((await file(complaint(o.orderId, { email: `guess${i}@example.com` }), [], `192.0.2.${i + 1}`)).status).toBe(422);
    }
    t.clock.advance(SLOWDOWN.maxMs);
    const right = await file(complaint(o.orderId), [await phonePhoto()], '192.0.2.200');
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('portal_rate_limited');
  });

  it('stores a photo without EXIF or GPS, re-encoded, with a thumbnail', async () => {
    const original = await phonePhoto('blue');
    const exif = (await sharp(original).metadata()).exif;
    expect(exif).toBeDefined();
    expect(exif!.includes(Buffer.from('TestCam'))).toBe(true);
    expect(exif!.includes(Buffer.from([0x88, 0x25])) || exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true); // GPS IFD pointer

    const o = await newOrder();
    const r = await file(complaint(o.orderId), [original]);
    expect(r.status).toBe(201);
    const status = (await request(`/portal/api/status/${r.body.statusUrl.split('/').pop()}`)).body;
    expect(status.photos).toHaveLength(1);
    const stored = await request(status.photos[0].url);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-type')).toBe('image/jpeg');
    const bytes = stored.body as Buffer;
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(bytes.includes(Buffer.from('Exif\0'))).toBe(false);
    expect(bytes.includes(Buffer.from('TestCam'))).toBe(false);
    expect([meta.width, meta.height]).toEqual([640, 480]);
    const thumb = await request(status.photos[0].thumbUrl);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const tm = await sharp(thumb.body as Buffer).metadata();
    expect(Math.max(tm.width!, tm.height!)).toBeLessThanOrEqual(320);
    expect(tm.exif).toBeUndefined();
    // And on disk, under the upload folder: the same stripped file.
    const name = status.photos[0].url.split('/').pop();
    expect(fs.readFileSync(path.join(uploadDir, name.slice(0, 2), name)).equals(bytes)).toBe(true);
  });

  it('refuses an upload that is not a photo by its content, whatever its name, and stores nothing', async () => {
    const o = await newOrder();
    const before = (await t.call('GET', '/api/signals?channel=portal&limit=100')).body.items.length;
    const fake = Buffer.from('%PDF-1.4 this is not a photo at all');
    const r = await file(complaint(o.orderId), [fake]);
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('photos[0]');
    const truncated = (await phonePhoto()).subarray(0, 200);
    expect((await file(complaint(o.orderId), [truncated])).status).toBe(400);
    expect((await t.call('GET', '/api/signals?channel=portal&limit=100')).body.items.length).toBe(before);
  });

  it('asks for the evidence the problem needs: a photo for a missing part, none for a late parcel', async () => {
    const o = await newOrder();
    const noPhoto = await file(complaint(o.orderId));
    expect(noPhoto.status).toBe(400);
    expect(noPhoto.body.error.details[0].path).toBe('photos');
    expect((await file(complaint(o.orderId, { problem: 'late_or_lost', text: 'It has not arrived after three weeks.' }))).status).toBe(201);
    for (const p of PROBLEMS) expect(needsPhoto(p.id), p.id).toBe(p.photoOf !== null);
  });

  it('names bad fields with 400 and refuses items not on the order', async () => {
    const o = await newOrder();
    const bad = await file({ ...complaint(o.orderId), wants: 'a pony', problem: 'nope' }, [await phonePhoto()]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['problem', 'wants']);
    const other = await file(complaint(o.orderId, { items: 'SOMETHING-ELSE' }), [await phonePhoto()]);
    expect(other.status).toBe(400);
    expect(other.body.error.details[0].path).toBe('items');
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const o = await newOrder();
    const before = (await t.call('GET', '/api/signals?channel=portal&limit=100')).body.items.length;
    const r = await file(complaint(o.orderId, { website: 'http://spam.example' }), [await phonePhoto()]);
    expect(r.status).toBe(201);
    expect((await request(`/portal/api/status/${r.body.statusUrl.split('/').pop()}`)).status).toBe(404);
    expect((await t.call('GET', '/api/signals?channel=portal&limit=100')).body.items.length).toBe(before);
  });

  it('takes posts from its own page only: cross-site forms are refused, and /api still takes JSON only', async () => {
    const o = await newOrder();
    const crossSite = await app.request(
      '/portal/api/complaints',
      {
        method: 'POST',
        body: form(complaint(o.orderId), [await phonePhoto()]),
        headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      },
      from('198.51.100.1'),
    );
    expect(crossSite.status).toBe(403);
    const json = await request('/portal/api/complaints', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    const apiMultipart = await request('/api/orders', { method: 'POST', body: form({ orderId: 'x' }) });
    expect(apiMultipart.status).toBe(415);
  });
});

describe('the status link', () => {
  async function filed(colour: string) {
    const o = await newOrder();
    const r = await file(complaint(o.orderId), [await phonePhoto(colour)]);
    expect(r.status).toBe(201);
    return { reference: r.body.reference as string, token: r.body.statusUrl.split('/').pop() as string };
  }

  it('shows reference, status, steps and messages; an unknown token is 404 and a reference alone opens nothing', async () => {
    const a = await filed('green');
    const s = await request(`/portal/api/status/${a.token}`);
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ reference: a.reference, status: 'assigned', messages: [] });
    expect(s.body.steps.map((x: { step: string }) => x.step)).toEqual(['received', 'assigned']);
    expect((await request(`/portal/api/status/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await request(`/portal/api/status/${a.reference}`)).status).toBe(404);
  });

  it("one complaint's link reads neither another's status nor its photos", async () => {
    const a = await filed('yellow');
    const b = await filed('purple');
    const bStatus = (await request(`/portal/api/status/${b.token}`)).body;
    const bPhoto = bStatus.photos[0].url.split('/').pop();
    const bThumb = bStatus.photos[0].thumbUrl.split('/').pop();
    expect((await request(`/portal/api/status/${b.token}/photos/${bPhoto}`)).status).toBe(200);
    expect((await request(`/portal/api/status/${a.token}/photos/${bPhoto}`)).status).toBe(404);
    expect((await request(`/portal/api/status/${a.token}/photos/${bThumb}`)).status).toBe(404);
    expect((await request(`/portal/api/status/${a.token}`)).body.reference).toBe(a.reference);
    // Staff see every photo through /api (behind the admin token when one is set).
    expect((await request(`/api/portal/photos/${bPhoto}`)).status).toBe(200);
  });

  it('carries the thread and the steps staff record; customer text stays text', async () => {
    const a = await filed('orange');
    const staffReply = await request(`/api/portal/complaints/${a.reference}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Could you send a photo of the label inside the bag?' }),
    });
    expect(staffReply.status).toBe(201);
    const waiting = await request(`/api/portal/complaints/${a.reference}/steps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ step: 'waiting_for_customer' }),
    });
    expect(waiting.body.status).toBe('waiting_for_customer');
    const answer = await request(`/portal/api/status/${a.token}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '<script>alert(1)</script> label says B-2026-07' }),
    });
    expect(answer.status).toBe(201);
    const s = (await request(`/portal/api/status/${a.token}`)).body;
    expect(s.messages.map((m: { author: string; text: string }) => [m.author, m.text])).toEqual([
      ['staff', 'Could you send a photo of the label inside the bag?'],
      ['customer', '<script>alert(1)</script> label says B-2026-07'],
    ]);
    expect(s.steps.map((x: { step: string }) => x.step)).toEqual(['received', 'assigned', 'waiting_for_customer']);
    expect(s.next).toBe('decided');
    const badStep = await request(`/api/portal/complaints/${a.reference}/steps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ step: 'teleported' }),
    });
    expect(badStep.status).toBe(400);
  });

  it("is answered from the inbox like any signal: a private reply joins the customer's thread, a staff message is the signal's reply", async () => {
    const a = await filed('navy');
    const { signalId } = (await t.call('GET', `/api/portal/complaints/${a.reference}`)).body;
    const inbox = await t.call('POST', `/api/signals/${signalId}/replies`, {
      text: 'Sorry about the missing strap: a new one leaves our warehouse today with tracking.',
      public: false,
      byAutomation: false,
      author: 'ana',
    });
    expect(inbox.status).toBe(201);
    const door = await request(`/api/portal/complaints/${a.reference}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'The tracking number is in your email too.' }),
    });
    expect(door.status).toBe(201);
    const publicReply = await t.call('POST', `/api/signals/${signalId}/replies`, {
      text: 'Thanks for letting us know; we are sending the missing part.',
      public: true,
      byAutomation: false,
      author: 'ana',
    });
    expect(publicReply.status).toBe(201);
    const s = (await request(`/portal/api/status/${a.token}`)).body;
    expect(s.messages.map((m: { author: string; text: string }) => [m.author, m.text])).toEqual([
      ['staff', 'Sorry about the missing strap: a new one leaves our warehouse today with tracking.'],
      ['staff', 'The tracking number is in your email too.'],
    ]);
    const replies = (await t.call('GET', `/api/signals/${signalId}/replies`)).body;
    expect((replies.items ?? replies).map((r: { text: string }) => r.text)).toContain('The tracking number is in your email too.');
    const blocked = await request(`/api/portal/complaints/${a.reference}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'We will refund you if you delete your review.' }),
    });
    expect(blocked.status).toBe(422);
    expect((await request(`/portal/api/status/${a.token}`)).body.messages).toHaveLength(2);
  });

  it('follows the signal as staff work it in the inbox: reassigned, pending, resolved', async () => {
    const a = await filed('teal');
    const { signalId } = (await t.call('GET', `/api/portal/complaints/${a.reference}`)).body;
    expect((await t.call('PATCH', `/api/signals/${signalId}`, { ownerTeam: 'fulfilment', actor: 'ana' })).status).toBe(200);
    expect((await t.call('PATCH', `/api/signals/${signalId}`, { status: 'pending', actor: 'ana' })).status).toBe(200);
    expect((await t.call('PATCH', `/api/signals/${signalId}`, { status: 'resolved', actor: 'ana' })).status).toBe(200);
    const s = (await request(`/portal/api/status/${a.token}`)).body;
    expect(s.steps.map((x: { step: string; note: string | null }) => [x.step, x.note]).slice(2)).toEqual([
      ['assigned', 'fulfilment'],
      ['waiting_for_customer', null],
      ['closed', null],
    ]);
    expect(s.status).toBe('closed');
    expect(s.next).toBeNull();
    const late = await request(`/portal/api/status/${a.token}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'one more thing' }),
    });
    expect(late.status).toBe(400);
    expect((await t.call('GET', `/api/portal/complaints/${a.reference}`)).body.ownerTeam).toBe('fulfilment');
  });

  it("takes more photos from the status page, stripped like the form's, and refuses what is not a photo", async () => {
    const a = await filed('maroon');
    const f = new FormData();
    f.append('photos[]', new Blob([new Uint8Array(await phonePhoto('olive'))]), 'label.jpg');
    const added = await request(`/portal/api/status/${a.token}/photos`, { method: 'POST', body: f });
    expect(added.status).toBe(201);
    expect(added.body.photos).toHaveLength(2);
    const second = await request(added.body.photos[1].url);
    expect((await sharp(second.body as Buffer).metadata()).exif).toBeUndefined();
    const bad = new FormData();
    bad.append('photos[]', new Blob([new TextEncoder().encode('<svg onload=alert(1)></svg>')]), 'x.jpg');
    const refused = await request(`/portal/api/status/${a.token}/photos`, { method: 'POST', body: bad });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('photos[0]');
  });

  it('asks a closed complaint one satisfaction question, once, and counts it in the CSAT figure', async () => {
    const before = (await t.call('GET', '/api/portal/figures?from=2026-11-01&to=2026-12-01')).body;
    const a = await filed('silver');
    const b = await filed('gold');
    const rate = (token: string, body: unknown) =>
      request(`/portal/api/status/${token}/satisfaction`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await rate(a.token, { score: 5 })).status).toBe(400); // not closed yet
    for (const x of [a, b])
      await request(`/api/portal/complaints/${x.reference}/steps`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ step: 'closed' }),
      });
    expect((await rate(a.token, { score: 6 })).status).toBe(400);
    const rated = await rate(a.token, { score: 5, comment: 'Fast and kind' });
    expect(rated.status).toBe(201);
    expect(rated.body.satisfaction).toEqual({ score: 5, comment: 'Fast and kind' });
    expect((await rate(a.token, { score: 1 })).status).toBe(409);
    expect((await rate(b.token, { score: 2 })).status).toBe(201);
    const after = (await t.call('GET', '/api/portal/figures?from=2026-11-01&to=2026-12-01')).body;
    expect(after.complaints - before.complaints).toBe(2);
    expect(after.closed - before.closed).toBe(2);
    // Every answer in this file is one of these two: (5 + 2) / 2, and one of two scored 4 or 5.
    expect(after.satisfaction).toEqual({ answers: 2, average: 3.5, csat: 0.5 });
  });

  it('pushes a new step to an open event stream', async () => {
    const a = await filed('navy');
    const res = await app.request(`/portal/api/status/${a.token}/events`, {}, from('198.51.100.1'));
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil('"assigned"');
    await request(`/api/portal/complaints/${a.reference}/steps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ step: 'decided', note: 'A new strap is on its way' }),
    });
    await readUntil('A new strap is on its way');
    expect(text).toContain('event: status');
    await reader.cancel();
  });
});

describe('orders carry the customer email as personal data', () => {
  it('masks it in lists and shows it whole on the order', async () => {
    const o = await newOrder();
    const list = (await t.call('GET', '/api/orders?limit=200')).body.items.find((x: { orderId: string }) => x.orderId === o.orderId);
    expect(list.customerEmail).toBe('a•••@e•••.com');
    expect((await t.call('GET', `/api/orders/${o.orderId}`)).body.customerEmail).toBe(EMAIL);
  });
});

describe('processing time, measured', () => {
  it('matches a hand computation on a fixed set of work orders (calendar and business hours, Mon–Fri 9–18 UTC)', async () => {
    const at = (iso: string) => t.clock.set(iso);
    const post = (p: string, body: unknown) =>
      request(p, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const fileAt = async (iso: string, problem: string) => {
      at(iso);
      const o = await newOrder();
      const r = await file(complaint(o.orderId, { problem }), problem === 'late_or_lost' ? [] : [await phonePhoto()]);
      expect(r.status).toBe(201);
      return r.body.reference as string;
    };
    try {
      const a = await fileAt('2026-10-05T10:00:00Z', 'part_missing'); // Monday
      at('2026-10-05T12:00:00Z');
      await post(`/api/portal/complaints/${a}/messages`, { text: 'Sorry, a strap is on its way.' });
      const c = await fileAt('2026-10-06T08:00:00Z', 'late_or_lost'); // Tuesday, before opening
      at('2026-10-06T08:30:00Z');
      await post(`/api/portal/complaints/${c}/messages`, { text: 'The carrier has it in Lisbon.' });
      at('2026-10-06T10:00:00Z');
      await post(`/api/portal/complaints/${a}/steps`, { step: 'decided' });
      at('2026-10-07T10:00:00Z');
      await post(`/api/portal/complaints/${a}/steps`, { step: 'closed' });
      const b = await fileAt('2026-10-09T17:00:00Z', 'part_missing'); // Friday, an hour before closing
      at('2026-10-12T10:00:00Z');
      await post(`/api/portal/complaints/${b}/steps`, { step: 'decided' });
      at('2026-10-12T12:00:00Z');
      await post(`/api/portal/complaints/${b}/steps`, { step: 'closed' });

      const f = (await t.call('GET', '/api/portal/figures?from=2026-10-01&to=2026-11-01')).body;
      expect([f.complaints, f.closed]).toEqual([3, 2]);
      const [all, delay, missing] = f.processing;
      // By hand — A: response 2 h (business 2), decision 24 h (9), resolved 48 h (18).
      // B: first step is the decision, 65 h (business 2), resolved 67 h (4). C: response 0.5 h (0).
      expect(all).toEqual({
        issueType: 'all',
        workOrders: 3,
        firstResponse: { count: 3, calendarHours: { median: 2, p90: 52.4 }, businessHours: { median: 2, p90: 2 } },
        decision: { count: 2, calendarHours: { median: 44.5, p90: 60.9 }, businessHours: { median: 5.5, p90: 8.3 } },
        resolution: { count: 2, calendarHours: { median: 57.5, p90: 65.1 }, businessHours: { median: 11, p90: 16.6 } },
      });
      expect(delay).toEqual({
        issueType: 'delivery_delay',
        workOrders: 1,
        firstResponse: { count: 1, calendarHours: { median: 0.5, p90: 0.5 }, businessHours: { median: 0, p90: 0 } },
        decision: { count: 0, calendarHours: { median: null, p90: null }, businessHours: { median: null, p90: null } },
        resolution: { count: 0, calendarHours: { median: null, p90: null }, businessHours: { median: null, p90: null } },
      });
      expect(missing).toMatchObject({
        issueType: 'missing_item',
        workOrders: 2,
        firstResponse: { count: 2, calendarHours: { median: 33.5, p90: 58.7 }, businessHours: { median: 2, p90: 2 } },
      });
    } finally {
      at('2026-11-16T12:00:00Z');
    }
  });
});

describe('the address the rate limits count', () => {
  it('is the socket peer, or behind a local reverse proxy the address it appended last', () => {
    expect(clientAddress('203.0.113.5', '198.51.100.9')).toBe('203.0.113.5');
    expect(clientAddress('127.0.0.1', 'spoofed, 198.51.100.9')).toBe('198.51.100.9');
    expect(clientAddress('::1', '2001:db8::7')).toBe('2001:db8::7');
    expect(clientAddress('127.0.0.1', undefined)).toBe('127.0.0.1');
    expect(clientAddress(undefined, '198.51.100.9')).toBe('unknown');
  });
});

describe('erasing the customer who filed a complaint', () => {
  it('erases the thread, the notes and the photos as well as the words', async () => {
    const o = await newOrder({ customerId: 'cust-portal-erase' });
    const r = await file(complaint(o.orderId, { text: 'Strap missing, call me on +44 7700 900123' }), [await phonePhoto('blue')]);
    expect(r.status).toBe(201);
    const said = await t.call('POST', `/api/portal/complaints/${r.body.reference}/messages`, { text: 'Is +44 7700 900123 your number?' });
    expect(said.status).toBeLessThan(300);
    const before = (await t.call('GET', `/api/portal/complaints/${r.body.reference}`)).body;
    const photoUrl = (await t.call('GET', `/api/signals/${before.signalId}`)).body.attachments[0].url as string;
    expect((await request(photoUrl)).status).toBe(200);

    expect((await t.call('POST', '/api/customers/cust-portal-erase/erase', {})).status).toBe(200);
    const after = await t.call('GET', `/api/portal/complaints/${r.body.reference}`);
    expect(JSON.stringify(after.body)).not.toContain('7700 900123');
    expect((await request(photoUrl)).status).toBe(404);
  });
});
