import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildOrder, buildSignal } from '../../test/factories.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../signals/index.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

async function postSignal(over: Parameters<typeof buildSignal>[0]): Promise<number> {
  const r = await t.call('POST', '/api/signals', buildSignal(over));
  expect(r.status).toBe(201);
  return r.body.id;
}

describe('GET /api/signals/:id/review-response', () => {
  it('decides from stored triage and the linked order: evidence known, draft clean, blocked move, metric', async () => {
    await t.call(
      'POST',
      '/api/orders',
      buildOrder({
        orderId: 'RR-1',
        shippedAt: '2026-11-03T10:00:00Z',
        deliveredAt: '2026-11-08T10:00:00Z',
        promisedMinDays: 3,
        promisedMaxDays: 5,
        batch: 'B-77',
        lines: [{ sku: 'LAMP-1', qty: 1, price: 30 }],
      }),
    );
    const id = await postSignal({
      channel: 'review',
      public: true,
      rating: 1,
      sku: 'LAMP-1',
      orderId: 'RR-1',
      text: 'Arrived with the glass shade smashed, the box was crushed on one corner.',
      attachments: [{ kind: 'photo', url: 'https://img.test/shade.jpg' }],
    });
    const r = await t.call('GET', `/api/signals/${id}/review-response`);
    expect(r.status).toBe(200);
    const d = r.body.decision;
    expect(d.issueTypes).toContain('damaged_in_transit');
    expect(d.primaryIssueType).toBe('damaged_in_transit');
    expect(d.privateAction).toBe('replacement');
    expect(d.blockedMove.move).toBe('blame_carrier_in_public');
    expect(d.reviewMetric).toMatchObject({ windowDays: 21 });
    expect(d.writeBackLocation).toMatch(/packaging/);
    const known = Object.fromEntries(d.evidenceToGather.map((e: { kind: string; known: boolean }) => [e.kind, e.known]));
    expect(known).toMatchObject({ order_id: true, photos: true, ship_date: true, carrier_events: false });
    expect(r.body.facts).toMatchObject({
      orderId: 'RR-1',
      batch: 'B-77',
      shippedAt: '2026-11-03T10:00:00.000Z',
      photos: 1,
      promisedDays: { min: 3, max: 5 },
      carrier: null,
    });
    expect(d.publicReplyDraft).not.toContain('RR-1');
    expect(r.body.findings.filter((f: { blocking: boolean }) => f.blocking)).toEqual([]);
  });

  it("lists the order's carrier scans instead of leaving carrier events to gather: last scan, delivery, the silence", async () => {
    await t.call(
      'POST',
      '/api/orders',
      buildOrder({
        orderId: 'RR-2',
        orderedAt: '2026-10-20T08:00:00Z',
        shippedAt: '2026-10-21T10:00:00Z',
        promisedMinDays: 7,
        promisedMaxDays: 12,
        route: 'CN-US-air',
        carrier: 'Pearl Air Post',
        trackingNumber: 'PA000000001CN',
        lines: [{ sku: 'DESK-1', qty: 1, price: 120 }],
        carrierEvents: [
          { at: '2026-10-21T12:00:00Z', status: 'picked_up', location: 'Shenzhen, CN' },
          { at: '2026-10-22T03:00:00Z', status: 'departed_origin', location: 'Shenzhen, CN' },
        ],
      }),
    );
    const id = await postSignal({
      channel: 'review',
      public: true,
      rating: 1,
      sku: 'DESK-1',
      orderId: 'RR-2',
      receivedAt: '2026-11-06T09:00:00Z',
      text: 'Page said 7 to 12 days, it is day 17 and my desk has still not arrived.',
    });
    const r = await t.call('GET', `/api/signals/${id}/review-response`);
    const ce = r.body.decision.evidenceToGather.find((e: { kind: string }) => e.kind === 'carrier_events');
    expect(ce.known).toBe(true);
    expect(ce.detail).toBe(
      'Last scan: departed origin, 2026-10-22 03:00 UTC, Shenzhen, CN (2 scans, Pearl Air Post). Not delivered. No scan for 15 days before the review (since 2026-10-22).',
    );
    expect(r.body.facts.carrier).toMatchObject({
      carrier: 'Pearl Air Post',
      scans: 2,
      deliveredAt: null,
      last: { status: 'departed_origin', location: 'Shenzhen, CN' },
      longestGap: { days: 15, untilReview: true },
    });
    expect(r.body.decision.publicReplyDraft).not.toMatch(/Shenzhen|Pearl|PA0/);
  });

  it('marks the first support reply time as known once an agent has answered', async () => {
    const id = await postSignal({
      channel: 'review',
      public: true,
      rating: 2,
      sku: 'MUG-1',
      text: 'Support took a week to answer about my chipped mug handle.',
    });
    const before = await t.call('GET', `/api/signals/${id}/review-response`);
    expect(before.body.facts.firstSupportReplyAt).toBeNull();
    await t.call('POST', `/api/signals/${id}/replies`, {
      text: 'Sorry about the chipped handle on your mug, a new one is on its way.',
      author: 'agent:li',
    });
    const after = await t.call('GET', `/api/signals/${id}/review-response`);
    expect(after.body.facts.firstSupportReplyAt).toBe('2026-11-16T12:00:00.000Z');
  });

  it('uses the official channel when given', async () => {
    const id = await postSignal({ channel: 'review', public: true, rating: 1, text: 'The zip broke on the second day of normal use.' });
    const r = await t.call('GET', `/api/signals/${id}/review-response?officialChannel=${encodeURIComponent('help@shop.example')}`);
    expect(r.body.decision.publicReplyDraft).toContain('help@shop.example');
  });

  it('falls back to signals of the same SKU and batch when no issue is stored, without claiming a batch check', async () => {
    for (let i = 0; i < 2; i++)
      await postSignal({ channel: 'email', sku: 'KETTLE-9', batch: 'K-1', text: `The kettle lid hinge snapped off after a week (${i})` });
    const id = await postSignal({
      channel: 'review',
      public: true,
      rating: 1,
      sku: 'KETTLE-9',
      batch: 'K-1',
      text: 'The kettle lid hinge snapped off after a week of normal use.',
    });
    const r = await t.call('GET', `/api/signals/${id}/review-response`);
    expect(r.body.linkedCase.openBatchCheck).toBe(false);
    if (r.body.linkedCase.source === 'signals') expect(r.body.linkedCase.similarOpenSignals).toBeGreaterThanOrEqual(2);
    expect(r.body.decision.batchCheck).not.toBe('already_open');
  });

  it('says so when an open issue for that SKU and batch exists', async () => {
    await sql`INSERT INTO issues (key, sku, batch, issue_type, status) VALUES ('test:missing_item:STRAP-2:S-9', 'STRAP-2', 'S-9', 'missing_item', 'needs_action'),
      ('test:missing_item:STRAP-2:S-11', 'STRAP-2', 'S-11', 'missing_item', 'watching')`.execute(t.ctx.db);
    const id = await postSignal({
      channel: 'review',
      public: true,
      rating: 2,
      sku: 'STRAP-2',
      batch: 'S-9',
      text: 'The shoulder strap was missing from the box, the bag is useless without it.',
    });
    const r = await t.call('GET', `/api/signals/${id}/review-response`);
    expect(r.body.linkedCase).toMatchObject({ source: 'issues', openBatchCheck: true });
    expect(r.body.decision.batchCheck).toBe('already_open');
    expect(r.body.decision.publicReplyDraft).toMatch(/batch/i);
    // Another batch is another case; a batch issue still only being watched is no check yet.
    for (const batch of ['S-10', 'S-11']) {
      const other = await postSignal({
        channel: 'review',
        public: true,
        rating: 2,
        sku: 'STRAP-2',
        batch,
        text: 'The shoulder strap was missing from the box again, annoying.',
      });
      const r2 = await t.call('GET', `/api/signals/${other}/review-response`);
      expect(r2.body.linkedCase.openBatchCheck).toBe(false);
      expect(r2.body.decision.batchCheck).not.toBe('already_open');
    }
  });

  it('404 for an unknown signal', async () => {
    const r = await t.call('GET', '/api/signals/999999/review-response');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('signal_not_found');
  });
});

describe('POST /api/replies/check', () => {
  it('returns spans and reasons; blocking in public', async () => {
    const text = 'Please post your order number here and we will check.';
    const r = await t.call('POST', '/api/replies/check', { text, public: true });
    expect(r.status).toBe(200);
    expect(r.body.blocking).toBe(true);
    const f = r.body.findings.find((x: { code: string }) => x.code === 'asks_private_details_in_public');
    expect(f).toMatchObject({ blocking: true, reason: expect.any(String) });
    expect(text.slice(f.start, f.end)).toMatch(/order number/);
  });

  it('the same text in private is not blocked for asking details', async () => {
    const r = await t.call('POST', '/api/replies/check', { text: 'Please send your order number and we will check.', public: false });
    expect(r.body.findings.map((x: { code: string }) => x.code)).not.toContain('asks_private_details_in_public');
  });

  it("with signalId, the signal's order id is personal data in public", async () => {
    const id = await postSignal({ channel: 'review', public: true, orderId: 'ZX-48213', text: 'The lamp flickers when it is dimmed.' });
    const r = await t.call('POST', '/api/replies/check', {
      text: 'We looked at ZX-48213 and a new lamp is on its way.',
      public: true,
      signalId: id,
    });
    expect(r.body.findings.map((x: { code: string }) => x.code)).toContain('pii_order_number');
  });

  it('a clean specific reply has no finding', async () => {
    const id = await postSignal({ channel: 'review', public: true, text: 'The lamp flickers when it is dimmed below half.' });
    const r = await t.call('POST', '/api/replies/check', {
      text: 'Sorry the lamp flickers when dimmed; a replacement is on its way and our team is checking the dimmer.',
      public: true,
      signalId: id,
    });
    expect(r.body).toEqual({ findings: [], blocking: false });
  });

  it('rejects a body without public, naming the field', async () => {
    const r = await t.call('POST', '/api/replies/check', { text: 'hi' });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('public');
  });
});

describe('GET /api/reviews/moderation', () => {
  it('flags suppression when negative reviews are hidden far more than positive, and states the rule', async () => {
    const reviews: [number, boolean][] = [
      [1, false],
      [1, false],
      [2, false],
      [1, true],
      [5, true],
      [5, true],
      [4, true],
      [5, false],
      [4, true],
      [3, true],
    ];
    for (const [rating, published] of reviews)
      await postSignal({ channel: 'review', public: true, sku: 'MOD-1', rating, published, text: `Review text rated ${rating}` });
    await postSignal({ channel: 'review', public: true, sku: 'MOD-1', rating: 1, text: 'No state imported for this one' });
    const r = await t.call('GET', '/api/reviews/moderation?sku=MOD-1');
    expect(r.status).toBe(200);
    expect(r.body.negative).toEqual({ published: 1, hidden: 3, hiddenShare: 0.75 });
    expect(r.body.positive).toMatchObject({ published: 4, hidden: 1 });
    expect(r.body.suppressionRisk).toBe(true);
    expect(r.body.rule).toMatch(/Suppression risk when/);
    expect(r.body).toMatchObject({ reviews: 11, withoutState: 1 });
  });

  it('no risk when hiding falls evenly', async () => {
    for (const [rating, published] of [
      [1, false],
      [1, true],
      [5, false],
      [5, true],
      [2, false],
      [4, false],
    ] as [number, boolean][]) {
      await postSignal({ channel: 'review', public: true, sku: 'MOD-2', rating, published, text: `Even review ${rating}` });
    }
    const r = await t.call('GET', '/api/reviews/moderation?sku=MOD-2');
    expect(r.body.suppressionRisk).toBe(false);
  });

  it('only review-channel signals count, and the published field round-trips on the signal', async () => {
    const id = await postSignal({ channel: 'email', sku: 'MOD-3', rating: 1, published: false, text: 'not a review' });
    expect((await t.call('GET', `/api/signals/${id}`)).body.published).toBe(false);
    const r = await t.call('GET', '/api/reviews/moderation?sku=MOD-3');
    expect(r.body).toMatchObject({ reviews: 0, withoutState: 0, suppressionRisk: false });
  });

  it('a CSV import maps a visibility column to published with --map', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wb-mod-')), 'reviews.csv');
    writeFileSync(
      file,
      [
        'id,date,stars,body,visible',
        'r1,2026-11-01T10:00:00Z,1,Broke on day one,no',
        'r2,2026-11-01T10:00:00Z,2,Arrived scratched,false',
        'r3,2026-11-01T10:00:00Z,1,Never worked,0',
        'r4,2026-11-01T10:00:00Z,5,Great kettle,yes',
        'r5,2026-11-01T10:00:00Z,4,Nice,true',
        'r6,2026-11-01T10:00:00Z,2,Lid loose,',
      ].join('\n') + '\n',
    );
    const r = await importFile(t.ctx, {
      kind: 'signals',
      file,
      map: { id: 'externalId', date: 'receivedAt', stars: 'rating', body: 'text', visible: 'published' },
      set: { channel: 'review', sku: 'MOD-CSV' },
    });
    expect(r).toMatchObject({ inserted: 6, rejected: 0 });
    const m = await t.call('GET', '/api/reviews/moderation?sku=MOD-CSV');
    expect(m.body).toMatchObject({
      reviews: 6,
      withoutState: 1,
      suppressionRisk: true,
      negative: { hidden: 3, published: 0 },
      positive: { hidden: 0, published: 2 },
    });
  });
});
