// What the carrier's scans say about a parcel, for the review response's "carrier events": the last
// scan (status, when, where), when it was delivered, and the longest stretch without a scan when it
// is long enough to name — between two scans, or from the last scan to the review for a parcel that
// had not arrived by then.
import type { Order } from '../orders/index.js';

/** A parcel this long without a scan is worth naming before anyone replies. */
export const SCAN_GAP_DAYS = 3;
const DAY = 86_400_000;

export interface CarrierSummary {
  carrier: string | null;
  trackingNumber: string | null;
  scans: number;
  last: { status: string; at: string; location: string | null };
  deliveredAt: string | null;
  /** Whole days; null when no stretch reaches SCAN_GAP_DAYS. */
  longestGap: { days: number; from: string; to: string; untilReview: boolean } | null;
}

const isDelivered = (status: string) =>
  status
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ') === 'delivered';

export function summarizeCarrierEvents(
  order: Pick<Order, 'carrier' | 'trackingNumber' | 'carrierEvents' | 'deliveredAt'>,
  reviewAt: Date,
): CarrierSummary | null {
  const events = [...order.carrierEvents].sort((a, b) => a.at.localeCompare(b.at));
  const last = events.at(-1);
  if (!last) return null;
  const deliveredAt = events.findLast((e) => isDelivered(e.status))?.at ?? order.deliveredAt?.toISOString() ?? null;
  const stretches = events.slice(1).map((e, i) => ({ from: events[i]!.at, to: e.at, untilReview: false }));
  if (!deliveredAt && reviewAt.getTime() > Date.parse(last.at))
    stretches.push({ from: last.at, to: reviewAt.toISOString(), untilReview: true });
  let longestGap: CarrierSummary['longestGap'] = null;
  for (const s of stretches) {
    const days = Math.floor((Date.parse(s.to) - Date.parse(s.from)) / DAY);
    if (days >= SCAN_GAP_DAYS && days > (longestGap?.days ?? 0)) longestGap = { days, ...s };
  }
  return {
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    scans: events.length,
    last: { status: last.status, at: last.at, location: last.location },
    deliveredAt,
    longestGap,
  };
}

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** One line for the evidence list, e.g. "Last scan: in transit, 2026-10-02 14:00 UTC, Chicago, US. Not delivered yet. 6 days without a scan …". */
export function describeCarrierSummary(s: CarrierSummary): string {
  const parts = [
    `Last scan: ${s.last.status.replace(/_/g, ' ')}, ${when(s.last.at)}${s.last.location ? `, ${s.last.location}` : ''} (${s.scans} scan${s.scans === 1 ? '' : 's'}${s.carrier ? `, ${s.carrier}` : ''}).`,
    s.deliveredAt ? `Delivered ${s.deliveredAt.slice(0, 10)}.` : 'Not delivered.',
  ];
  if (s.longestGap) {
    parts.push(
      s.longestGap.untilReview
        ? `No scan for ${s.longestGap.days} days before the review (since ${s.longestGap.from.slice(0, 10)}).`
        : `No scan for ${s.longestGap.days} days (${s.longestGap.from.slice(0, 10)} to ${s.longestGap.to.slice(0, 10)}).`,
    );
  }
  return parts.join(' ');
}
