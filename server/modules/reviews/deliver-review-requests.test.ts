// Review-request webhooks against real HTTP receivers on loopback (allowed by the flag the way
// WRITEBACK_WEBHOOK_ALLOW_PRIVATE=on allows it): signed, retried with back-off, a few at a time per
// endpoint, cut at the timeout, never inside the job pass, and refused towards private addresses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildOrder } from '../../test/factories.js';
import { listEvents } from '../../platform/events.js';
import { isPrivateAddress, postWebhook } from '../../platform/webhooks.js';
import { runDueJobs } from '../../jobs.js';
import { PER_ENDPOINT_CONCURRENCY, runReviewRequestDeliveries } from './index.js';
import { exportReviewRequestOutbox } from './export-review-request-outbox.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SECRET = 'webhook-secret-0123456789';
const deliver = (o: { allowPrivate?: boolean; secret?: string | null; timeoutMs?: number } = {}) =>
  runReviewRequestDeliveries(t.ctx, {
    secret: o.secret === null ? undefined : (o.secret ?? SECRET),
    allowPrivate: o.allowPrivate ?? true,
    timeoutMs: o.timeoutMs,
  });

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp({ now: '2027-03-20T00:00:00Z' });
});
afterAll(async () => {
  await t.close();
});

let seq = 0;
/** Orders delivered ten days ago, queued to the outbox by the job pass. */
async function queued(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => `WH-${++seq}`);
  for (const orderId of ids) {
    const r = await t.call(
      'POST',
      '/api/orders',
      buildOrder({ orderId, customerId: `c-${orderId}`, orderedAt: '2027-03-01T10:00:00Z', deliveredAt: '2027-03-10T00:00:00Z' }),
    );
    expect(r.status).toBe(201);
  }
  await runDueJobs(t.ctx, ['review-requests']);
  return ids;
}
const request = async (orderId: string) => (await t.call('GET', `/api/review-requests?orderId=${orderId}`)).body.items[0];

interface Received {
  headers: IncomingMessage['headers'];
  raw: string;
}
async function receiver(handle: (req: IncomingMessage, res: ServerResponse, r: Received) => void) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const r = { headers: req.headers, raw };
      received.push(r);
      handle(req, res, r);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  expect((await t.call('PUT', '/api/review-requests/settings', { webhookUrl: url })).status).toBe(200);
  return {
    url,
    received,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}
// Every row of a test is settled before the next starts: what is still unsent goes out by CSV.
async function settle() {
  await t.call('PUT', '/api/review-requests/settings', { webhookUrl: null });
  await exportReviewRequestOutbox(t.ctx, { out: join(mkdtempSync(join(tmpdir(), 'wb-hook-')), 'rest.csv') });
}

describe('review-request webhook delivery', () => {
  it('signs the raw body with the shared secret (sha256=HMAC, timestamp inside the signed body), marks sent on 2xx', async () => {
    const rx = await receiver((_req, res) => {
      res.statusCode = 204;
      res.end();
    });
    try {
      const [id] = await queued(1);
      expect(await deliver()).toEqual({ sent: 1, failed: 0 });
      const got = rx.received.find((r) => JSON.parse(r.raw).orderId === id)!;
      const body = JSON.parse(got.raw);
      expect(body).toMatchObject({ type: 'review_request', orderId: id, sentAt: t.clock.now().toISOString() });
      expect(got.headers['x-writeback-timestamp']).toBe(String(Math.floor(t.clock.now().getTime() / 1000)));
      expect(got.headers['x-writeback-event']).toBe('review_request');
      const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(got.raw).digest('hex')}`);
      const sig = Buffer.from(String(got.headers['x-writeback-signature']));
      expect(sig.length === expected.length && timingSafeEqual(sig, expected)).toBe(true);
      // A body changed in transit no longer matches.
      expect(`sha256=${createHmac('sha256', SECRET).update(got.raw.replace(id!, 'WH-x')).digest('hex')}`).not.toBe(String(sig));
      expect(await request(id!)).toMatchObject({ state: 'sent', sentVia: 'webhook', attempts: 1, lastError: null });
      expect(await listEvents(t.ctx.db, { subjectType: 'order', subjectId: id, type: 'review_request.sent' })).toHaveLength(1);
    } finally {
      await rx.close();
      await settle();
    }
  });

  it('without a secret nothing is sent and the rows wait', async () => {
    const rx = await receiver((_req, res) => {
      res.end();
    });
    try {
      const [id] = await queued(1);
      expect(await deliver({ secret: null })).toEqual({ sent: 0, failed: 0, waiting: 'no_secret' });
      expect(rx.received).toHaveLength(0);
      expect(await request(id!)).toMatchObject({ state: 'queued', attempts: 0 });
    } finally {
      await rx.close();
      await settle();
    }
  });

  it('retries a non-2xx with exponential back-off, then sends', async () => {
    let status = 503;
    const rx = await receiver((_req, res) => {
      res.statusCode = status;
      res.end();
    });
    try {
      const [id] = await queued(1);
      const attempt = async () => {
        await deliver();
        return (await listEvents(t.ctx.db, { subjectType: 'order', subjectId: id, type: 'review_request.send_failed' })).at(-1)?.payload as
          | { retryAt: string }
          | undefined;
      };
      const first = await attempt();
      expect(await request(id!)).toMatchObject({ state: 'queued', attempts: 1, lastError: 'HTTP 503' });
      expect(new Date(first!.retryAt).getTime() - t.clock.now().getTime()).toBe(60_000);
      rx.received.length = 0;
      await deliver(); // before its back-off: not tried
      expect(rx.received).toHaveLength(0);
      t.clock.advance(60_000);
      const second = await attempt();
      expect(new Date(second!.retryAt).getTime() - t.clock.now().getTime()).toBe(120_000);
      status = 200;
      t.clock.advance(120_000);
      expect(await deliver()).toEqual({ sent: 1, failed: 0 });
      expect(await request(id!)).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
    } finally {
      await rx.close();
      await settle();
    }
  });

  it(`keeps at most ${PER_ENDPOINT_CONCURRENCY} calls in flight to one endpoint`, async () => {
    let inFlight = 0;
    let most = 0;
    const rx = await receiver((_req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        res.end();
      }, 150);
    });
    try {
      const ids = await queued(12);
      const r = await deliver();
      expect(r).toEqual({ sent: 12, failed: 0 });
      expect(most).toBe(PER_ENDPOINT_CONCURRENCY);
      for (const id of ids) expect((await request(id)).state).toBe('sent');
    } finally {
      await rx.close();
      await settle();
    }
  });

  it('a silent receiver: the job pass does not wait for it, and each call is cut at the timeout', async () => {
    const rx = await receiver(() => {
      /* never answers */
    });
    try {
      const ids = await queued(8);
      const t0 = performance.now();
      await runDueJobs(t.ctx); // the whole pass, with due requests and a receiver that never answers
      expect(performance.now() - t0).toBeLessThan(5_000);
      expect(rx.received).toHaveLength(0);

      const t1 = performance.now();
      expect(await deliver({ timeoutMs: 1_000 })).toEqual({ sent: 0, failed: 8 });
      const seconds = (performance.now() - t1) / 1000;
      expect(seconds).toBeLessThan((8 / PER_ENDPOINT_CONCURRENCY) * 1 + 1.5); // two waves of 1 s, not 8 × 1 s
      expect(rx.received).toHaveLength(8);
      for (const id of ids) expect(await request(id)).toMatchObject({ state: 'queued', attempts: 1, lastError: 'timed out after 1 s' });
    } finally {
      await rx.close();
      await settle();
    }
  }, 60_000);

  it('refuses loopback, private and link-local addresses unless allowed, without connecting', async () => {
    const rx = await receiver((_req, res) => {
      res.end();
    });
    try {
      const [id] = await queued(1);
      expect(await deliver({ allowPrivate: false })).toEqual({ sent: 0, failed: 1 });
      expect(rx.received).toHaveLength(0);
      expect((await request(id!)).lastError).toMatch(/^refused: 127\.0\.0\.1 is a private, loopback or link-local address/);
      // A name that resolves to loopback is refused at connect time, on the address the socket would use.
      const viaName = await postWebhook(rx.url.replace('127.0.0.1', 'localhost'), '{}', {}, { allowPrivate: false });
      expect(viaName).toMatchObject({ ok: false, error: expect.stringMatching(/^refused: localhost resolves to/) });
      expect(rx.received).toHaveLength(0);
      for (const literal of [
        'http://10.0.0.7/h',
        'http://169.254.169.254/latest/meta-data',
        'http://[::1]:9/h',
        'http://[::ffff:127.0.0.1]/h',
        'http://[fd00::1]/h',
        'http://0.0.0.0/h',
      ]) {
        expect(await postWebhook(literal, '{}', {}, { allowPrivate: false }), literal).toMatchObject({
          ok: false,
          error: expect.stringMatching(/^refused/),
        });
      }
      expect(isPrivateAddress('93.184.216.34')).toBe(false);
      expect(isPrivateAddress('2606:2800:220:1::1')).toBe(false);
      expect(isPrivateAddress('172.31.255.255')).toBe(true);
      expect(isPrivateAddress('100.64.1.1')).toBe(true);
    } finally {
      await rx.close();
      await settle();
    }
  });
});
