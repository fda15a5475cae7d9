import { describe, expect, it } from 'vitest';
import { describeCarrierSummary, summarizeCarrierEvents } from './carrier-summary.js';
import { draftReviewResponse } from './draft-review-response.js';

const order = (carrierEvents: { at: string; status: string; location: string | null }[], deliveredAt: string | null = null) => ({
  carrier: 'Pearl Air Post',
  trackingNumber: 'PA1',
  carrierEvents,
  deliveredAt: deliveredAt ? new Date(deliveredAt) : null,
});
const scan = (at: string, status: string, location: string | null = 'Shenzhen, CN') => ({ at, status, location });

describe('summarizeCarrierEvents', () => {
  it('no scans: nothing to summarize', () => {
    expect(summarizeCarrierEvents(order([]), new Date('2026-11-10T00:00:00Z'))).toBeNull();
  });

  it('names the last scan, the delivery date, and a stretch of days between two scans', () => {
    const s = summarizeCarrierEvents(
      order([
        scan('2026-10-08T09:00:00.000Z', 'arrived_destination', 'Chicago, US'),
        scan('2026-10-01T10:00:00.000Z', 'picked_up'),
        scan('2026-10-01T20:00:00.000Z', 'departed_origin'),
        scan('2026-10-09T15:00:00.000Z', 'Delivered', 'Chicago, US'),
      ]),
      new Date('2026-10-12T00:00:00Z'),
    )!;
    expect(s).toMatchObject({
      scans: 4,
      last: { status: 'Delivered', at: '2026-10-09T15:00:00.000Z', location: 'Chicago, US' },
      deliveredAt: '2026-10-09T15:00:00.000Z',
      longestGap: { days: 6, from: '2026-10-01T20:00:00.000Z', to: '2026-10-08T09:00:00.000Z', untilReview: false },
    });
    expect(describeCarrierSummary(s)).toBe(
      'Last scan: Delivered, 2026-10-09 15:00 UTC, Chicago, US (4 scans, Pearl Air Post). Delivered 2026-10-09. No scan for 6 days (2026-10-01 to 2026-10-08).',
    );
  });

  it('a parcel not delivered by the review: the silence runs up to the review', () => {
    const s = summarizeCarrierEvents(
      order([scan('2026-10-01T10:00:00.000Z', 'picked_up'), scan('2026-10-02T10:00:00.000Z', 'departed_origin')]),
      new Date('2026-10-11T12:00:00Z'),
    )!;
    expect(s.deliveredAt).toBeNull();
    expect(s.longestGap).toEqual({ days: 9, from: '2026-10-02T10:00:00.000Z', to: '2026-10-11T12:00:00.000Z', untilReview: true });
    expect(describeCarrierSummary(s)).toMatch(
      /departed origin, 2026-10-02 10:00 UTC, Shenzhen, CN .*Not delivered\. No scan for 9 days before the review \(since 2026-10-02\)\.$/,
    );
  });

  it('scans less than three days apart are no gap worth naming; the order delivery date counts without a delivered scan', () => {
    const s = summarizeCarrierEvents(
      order([scan('2026-10-01T10:00:00.000Z', 'picked_up'), scan('2026-10-03T22:00:00.000Z', 'in_transit', null)], '2026-10-04T12:00:00Z'),
      new Date('2026-10-20T00:00:00Z'),
    )!;
    expect(s.longestGap).toBeNull();
    expect(s.deliveredAt).toBe('2026-10-04T12:00:00.000Z');
    expect(describeCarrierSummary(s)).toBe('Last scan: in transit, 2026-10-03 22:00 UTC (2 scans, Pearl Air Post). Delivered 2026-10-04.');
  });
});

describe('draftReviewResponse with what the store knows', () => {
  it('a detail marks that evidence known and carries its words; others stay to gather', () => {
    const review = { text: 'Page said 5 day delivery, it took 19 days.', rating: 1, channel: 'review', public: true, orderId: 'A1' };
    const d = draftReviewResponse({
      review,
      triage: { issueTypes: ['delivery_delay'] },
      evidenceDetails: { carrier_events: 'Last scan: delivered.' },
    });
    const ce = d.evidenceToGather.find((e) => e.kind === 'carrier_events')!;
    expect(ce).toMatchObject({ known: true, detail: 'Last scan: delivered.' });
    expect(d.evidenceToGather.find((e) => e.kind === 'ship_date')).toEqual(expect.not.objectContaining({ detail: expect.anything() }));
    expect(
      draftReviewResponse({ review, triage: { issueTypes: ['delivery_delay'] } }).evidenceToGather.find((e) => e.kind === 'carrier_events')!
        .known,
    ).toBe(false);
  });
});
