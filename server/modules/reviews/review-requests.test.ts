import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildOrder, buildSignal } from '../../test/factories.js';
import { listEvents } from '../../platform/events.js';
import { runDueJobs } from '../../jobs.js';
import { exportReviewRequestOutbox } from './export-review-request-outbox.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-16T12:00:00Z' });
});
afterAll(async () => {
  await t.close();
});

let seq = 0;
async function delivered(deliveredAt: string | null, over: Parameters<typeof buildOrder>[0] = {}): Promise<string> {
  const orderId = `RQ-${++seq}`;
  const r = await t.call(
    'POST',
    '/api/orders',
    buildOrder({ orderId, customerId: `cust-${seq}`, orderedAt: '2026-10-01T10:00:00Z', deliveredAt, ...over }),
  );
  expect(r.status).toBe(201);
  return orderId;
}
const run = async () => (await runDueJobs(t.ctx, ['review-requests']))[0]!;
const request = async (orderId: string) => (await t.call('GET', `/api/review-requests?orderId=${orderId}`)).body.items[0];
async function signal(over: Parameters<typeof buildSignal>[0]): Promise<number> {
  return (await t.call('POST', '/api/signals', buildSignal(over))).body.id;
}

describe('review requests: when', () => {
  it('schedules at delivery + the default 7 days, and queues it to the outbox once due', async () => {
    t.clock.set('2026-11-16T12:00:00Z');
    const id = await delivered('2026-11-14T09:00:00Z');
    await run();
    expect(await request(id)).toMatchObject({ state: 'scheduled', dueAt: '2026-11-21T09:00:00.000Z' });
    t.clock.set('2026-11-21T09:00:00Z');
    await run();
    expect(await request(id)).toMatchObject({ state: 'queued', dueAt: '2026-11-21T09:00:00.000Z' });
  });

  it('never before delivery: an order without delivery, or delivered in the future, gets no request', async () => {
    t.clock.set('2026-11-16T12:00:00Z');
    const none = await delivered(null);
    const future = await delivered('2026-11-18T00:00:00Z');
    await run();
    expect(await request(none)).toBeUndefined();
    expect(await request(future)).toBeUndefined();
    t.clock.set('2026-11-18T00:00:01Z');
    await run();
    expect(await request(future)).toMatchObject({ state: 'scheduled', dueAt: '2026-11-25T00:00:00.000Z' });
  });

  it('is idempotent: running again writes no new request, outbox row or event', async () => {
    t.clock.set('2026-11-30T00:00:00Z');
    const id = await delivered('2026-11-20T00:00:00Z');
    await run();
    const events = (await listEvents(t.ctx.db, { subjectType: 'order', subjectId: id })).length;
    const second = await run();
    await run();
    expect((await listEvents(t.ctx.db, { subjectType: 'order', subjectId: id })).length).toBe(events);
    expect(second.result).toMatchObject({ scheduled: 0, suppressed: 0, queued: 0 });
    const rows = await t.ctx.db.selectFrom('review_request_outbox').select('id').where('order_id', '=', id).execute();
    expect(rows).toHaveLength(1);
  });

  it('does not ask orders delivered before the look-back window (maxAgeDays, default 30)', async () => {
    t.clock.set('2026-11-30T00:00:00Z');
    const old = await delivered('2026-09-01T00:00:00Z');
    await run();
    expect(await request(old)).toBeUndefined();
  });
});

describe('review requests: open problems', () => {
  it('suppressed while the order has an open problem, routed to support (event); resumes once resolved', async () => {
    t.clock.set('2026-12-01T00:00:00Z');
    const id = await delivered('2026-11-28T00:00:00Z');
    const s = await signal({
      orderId: id,
      customerId: `cust-${seq}`,
      text: 'The strap was missing from my bag, please send one',
      receivedAt: '2026-11-29T00:00:00Z',
    });
    await run();
    expect(await request(id)).toMatchObject({ state: 'suppressed', suppressedReason: 'open_problem', routedTo: 'support', dueAt: null });
    const routed = await listEvents(t.ctx.db, { subjectType: 'order', subjectId: id, type: 'review_request.routed_to_support' });
    expect(routed).toHaveLength(1);
    expect(routed[0]!.payload).toMatchObject({ routeTo: 'support', reason: 'open_problem' });
    await run();
    expect(await listEvents(t.ctx.db, { subjectType: 'order', subjectId: id, type: 'review_request.routed_to_support' })).toHaveLength(1);
    // Resolved after the due date: the ask goes out then, never while the problem was open.
    t.clock.set('2026-12-06T00:00:00Z');
    expect((await t.call('PATCH', `/api/signals/${s}`, { status: 'resolved' })).status).toBe(200);
    await run();
    expect(await request(id)).toMatchObject({ state: 'queued', dueAt: '2026-12-05T00:00:00.000Z' });
  });

  it('an open problem from the same customer on another order also suppresses', async () => {
    t.clock.set('2026-12-01T00:00:00Z');
    const id = await delivered('2026-11-27T00:00:00Z', { customerId: 'cust-shared' });
    await signal({ customerId: 'cust-shared', orderId: 'some-other-order', text: 'My parcel arrived crushed and the lamp is broken' });
    await run();
    expect(await request(id)).toMatchObject({ state: 'suppressed' });
  });

  it('an open must-be-human signal suppresses whatever its type', async () => {
    t.clock.set('2026-12-01T00:00:00Z');
    const id = await delivered('2026-11-27T00:00:00Z');
    const s = await signal({ channel: 'dispute', orderId: id, text: 'I opened a dispute with my bank for this order' });
    const got = await t.call('GET', `/api/signals/${s}`);
    expect(got.body.mustBeHuman).toBe(true);
    await run();
    expect(await request(id)).toMatchObject({ state: 'suppressed' });
  });

  it('open praise is not a problem', async () => {
    t.clock.set('2026-12-01T00:00:00Z');
    const id = await delivered('2026-11-27T00:00:00Z');
    await signal({
      channel: 'review',
      orderId: id,
      rating: 5,
      public: true,
      text: 'Love it, the warm light is perfect for reading, thank you!',
    });
    await run();
    expect(await request(id)).toMatchObject({ state: 'scheduled' });
  });

  it('a problem opened after queueing withdraws the unsent request at export, back to suppressed', async () => {
    t.clock.set('2026-12-10T00:00:00Z');
    const id = await delivered('2026-12-01T00:00:00Z');
    await run();
    expect(await request(id)).toMatchObject({ state: 'queued' });
    await signal({ orderId: id, text: 'The handle broke off the first time I used it, it is defective.' });
    const file = join(mkdtempSync(join(tmpdir(), 'wb-outbox-')), 'out.csv');
    await exportReviewRequestOutbox(t.ctx, { out: file });
    expect(readFileSync(file, 'utf8')).not.toContain(`,${id},`);
    expect(await request(id)).toMatchObject({ state: 'suppressed', suppressedReason: 'open_problem' });
  });
});

describe('review requests: no review gating', () => {
  it('a customer who left 1 star (resolved) and one who left 5 stars are asked alike', async () => {
    t.clock.set('2026-12-20T00:00:00Z');
    const unhappy = await delivered('2026-12-12T00:00:00Z');
    const happy = await delivered('2026-12-12T00:00:00Z');
    const bad = await signal({
      channel: 'review',
      orderId: unhappy,
      rating: 1,
      public: true,
      text: 'Terrible, I hate it, worst purchase ever.',
    });
    await t.call('PATCH', `/api/signals/${bad}`, { status: 'resolved' });
    await signal({ channel: 'review', orderId: happy, rating: 5, public: true, text: 'Wonderful, I love it!' });
    await run();
    const a = await request(unhappy);
    const b = await request(happy);
    expect(a.state).toBe('queued');
    expect({ ...a, id: 0, orderId: '', customerId: '' }).toEqual({ ...b, id: 0, orderId: '', customerId: '' });
  });

  it('the settings accept nothing sentiment-related', async () => {
    const r = await t.call('PUT', '/api/review-requests/settings', { minRating: 4 });
    expect(r.status).toBe(400);
    const s = await t.call('PUT', '/api/review-requests/settings', { onlySentiment: 'positive' });
    expect(s.status).toBe(400);
  });
});

describe('review requests: settings', () => {
  it('defaults, and a configured delay moves the due date', async () => {
    expect((await t.call('GET', '/api/review-requests/settings')).body).toEqual({
      delayDays: 7,
      maxAgeDays: 30,
      incentiveWording: null,
      webhookUrl: null,
    });
    const r = await t.call('PUT', '/api/review-requests/settings', { delayDays: 3, actor: 'owner' });
    expect(r.status).toBe(200);
    t.clock.set('2027-01-02T00:00:00Z');
    const id = await delivered('2027-01-01T00:00:00Z');
    await run();
    expect(await request(id)).toMatchObject({ state: 'scheduled', dueAt: '2027-01-04T00:00:00.000Z' });
    expect(await listEvents(t.ctx.db, { type: 'review_requests.settings_changed' })).toHaveLength(1);
    await t.call('PUT', '/api/review-requests/settings', { delayDays: 7 });
  });

  it('refuses incentive wording tied to a positive review, or undisclosed, and keeps the old settings', async () => {
    for (const wording of [
      'Leave a 5-star review and get 10% off your next order!',
      'Get a $5 voucher for your review.',
      'If you loved it, tell us in a review!',
    ]) {
      const r = await t.call('PUT', '/api/review-requests/settings', { incentiveWording: wording });
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('incentive_wording_rejected');
      expect(r.body.error.details[0]).toMatchObject({ code: expect.any(String), start: expect.any(Number), end: expect.any(Number) });
    }
    expect((await t.call('GET', '/api/review-requests/settings')).body.incentiveWording).toBeNull();
  });

  it('accepts a disclosed, sentiment-neutral incentive', async () => {
    const wording = 'Every review earns a 10% voucher, for any honest review, positive or negative.';
    const r = await t.call('PUT', '/api/review-requests/settings', { incentiveWording: wording });
    expect(r.status).toBe(200);
    expect(r.body.incentiveWording).toBe(wording);
    await t.call('PUT', '/api/review-requests/settings', { incentiveWording: null });
  });

  it('rejects a negative delay and a webhook that is not http(s)', async () => {
    expect((await t.call('PUT', '/api/review-requests/settings', { delayDays: -1 })).status).toBe(400);
    expect((await t.call('PUT', '/api/review-requests/settings', { webhookUrl: 'ftp://x.test/hook' })).status).toBe(400);
  });
});

describe('review requests: sending', () => {
  it('CSV export writes every unsent request once and marks them sent', async () => {
    t.clock.set('2027-02-20T00:00:00Z');
    const id = await delivered('2027-02-10T00:00:00Z', { customerId: '=cmd' });
    await run();
    const file = join(mkdtempSync(join(tmpdir(), 'wb-outbox-')), 'out.csv');
    const r = await exportReviewRequestOutbox(t.ctx, { out: file });
    expect(r.exported).toBeGreaterThanOrEqual(1);
    const csv = readFileSync(file, 'utf8').trim().split('\n');
    expect(csv[0]).toBe('request_id,order_id,customer_id,due_at,enqueued_at,incentive_wording');
    expect(csv.find((l) => l.includes(`,${id},`))).toContain(",'=cmd,");
    expect(await request(id)).toMatchObject({ state: 'sent', sentVia: 'csv' });
    const again = await exportReviewRequestOutbox(t.ctx, { out: file });
    expect(again.exported).toBe(0);
  });
});
