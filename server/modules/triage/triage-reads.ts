import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { lockSignalFacts } from '../signals/index.js';
import { orderFacts } from '../orders/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface OrderForTriage {
  ordered_at: Date;
  promised_min_days: number | null;
  promised_max_days: number | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
  value: number | null;
}

export interface SignalForTriage {
  id: number;
  text: string;
  title: string | null;
  channel: string;
  rating: number | null;
  language: string | null;
  public: boolean;
  handled_by: string;
  customer_tier: string | null;
  received_at: Date;
  order_id: string | null;
  sku: string | null;
  triaged_at: Date | null;
  attachments: { kind: string; url: string }[];
  order: OrderForTriage | null;
  /** The triage stored now (what a re-triage replaces). */
  stage: string | null;
  issue_types: string[];
  sentiment_label: string | null;
  must_be_human: boolean;
}

/**
 * Stored signals with what triage needs, through their owners' reads: the signals (rows locked, so
 * a concurrent re-triage of the same signal waits and then reads what this one wrote) with their
 * attachments, and their linked orders.
 */
export async function loadSignalsForTriage(db: Db, ids: number[]): Promise<SignalForTriage[]> {
  const signals = await lockSignalFacts(db, ids);
  const orders = await loadOrderFacts(db, [...new Set(signals.map((s) => s.orderId).filter((x): x is string => Boolean(x)))]);
  return signals.map((s) => ({
    id: s.id,
    text: s.text,
    title: s.title,
    channel: s.channel,
    rating: s.rating,
    language: s.language,
    public: s.public,
    handled_by: s.handledBy,
    customer_tier: s.customerTier,
    received_at: s.receivedAt,
    order_id: s.orderId,
    sku: s.sku,
    triaged_at: s.triagedAt,
    attachments: s.attachments,
    order: (s.orderId && orders.get(s.orderId)) || null,
    stage: s.stage,
    issue_types: s.issueTypes,
    sentiment_label: s.sentimentLabel,
    must_be_human: s.mustBeHuman,
  }));
}

/** The facts triage cross-checks on a signal's linked order. */
export async function loadOrderFacts(db: Db, orderIds: string[]): Promise<Map<string, OrderForTriage>> {
  const facts = await orderFacts(db, orderIds);
  return new Map(
    [...facts].map(([id, o]) => [
      id,
      {
        ordered_at: o.orderedAt,
        promised_min_days: o.promisedMinDays,
        promised_max_days: o.promisedMaxDays,
        shipped_at: o.shippedAt,
        delivered_at: o.deliveredAt,
        value: o.value,
      },
    ]),
  );
}
