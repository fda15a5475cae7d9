// The review response decision for one stored signal: the pure draftReviewResponse fed with what the
// store knows — the signal's triage, its order, when support first answered, and the open case it
// belongs to — plus the live guardrail findings of the draft, so the UI shows exactly what a send would.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { IssueType } from '../../../contracts/signal.js';
import { ISSUE_TYPES } from '../../../contracts/signal.js';
import { getSignal } from '../signals/index.js';
import { getOrders, type Order } from '../orders/index.js';
import { checkReply } from '../replies/index.js';
import { draftReviewResponse, type ReviewResponseDecision } from './draft-review-response.js';
import type { Finding } from '../replies/index.js';
import { findLinkedCase, type LinkedCase } from './find-linked-case.js';
import { describeCarrierSummary, summarizeCarrierEvents, type CarrierSummary } from './carrier-summary.js';
import { firstReplyAt } from '../replies/index.js';

export interface ReviewResponseFacts {
  orderId: string | null;
  batch: string | null;
  orderedAt: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  promisedDays: { min: number | null; max: number | null } | null;
  firstSupportReplyAt: string | null;
  photos: number;
  /** The carrier's scans of the order, summed up; null when the order has none. */
  carrier: CarrierSummary | null;
}

export interface ReviewResponse {
  signalId: number;
  public: boolean;
  decision: ReviewResponseDecision;
  facts: ReviewResponseFacts;
  linkedCase: LinkedCase;
  /** The draft checked as a public reply with the customer's words as context: what sending it would meet. */
  findings: Finding[];
}

interface TriageEvidence {
  orderIds?: { value?: string }[];
  batches?: { value?: string }[];
  media?: { url?: string }[];
}

export async function getReviewResponse(
  db: Kysely<DB>,
  signalId: number,
  opts: { officialChannel?: string } = {},
): Promise<ReviewResponse> {
  const signal = await getSignal(db, signalId);
  const evidence = ((signal.triage?.detail as { evidence?: TriageEvidence } | null)?.evidence ?? {}) as TriageEvidence;
  const orderId = signal.orderId ?? evidence.orderIds?.[0]?.value ?? null;
  const order: Order | undefined = orderId ? (await getOrders(db, [orderId]))[0] : undefined;
  const batch = signal.batch ?? order?.batch ?? evidence.batches?.[0]?.value ?? null;
  const issueTypes = (signal.triage?.issueTypes ?? []).filter((t): t is IssueType => (ISSUE_TYPES as readonly string[]).includes(t));
  const replyAt = await firstReplyAt(db, signalId);
  // Triage's evidence.media repeats the attachments; count distinct media once.
  const media = new Set([
    ...signal.attachments.filter((a) => a.kind === 'photo' || a.kind === 'video').map((a) => a.url),
    ...(evidence.media ?? []).map((m) => (m as { url?: string }).url).filter((u): u is string => !!u),
  ]);
  const photos = media.size;
  const carrier = order ? summarizeCarrierEvents(order, signal.receivedAt) : null;

  const linkedCase = await findLinkedCase(db, { signalId, sku: signal.sku, batch, issueTypes });
  const decision = draftReviewResponse({
    review: { text: signal.text, rating: signal.rating, channel: signal.channel, public: signal.public, sku: signal.sku, orderId },
    triage: {
      issueTypes,
      // Keys as review-response-rules' EVIDENCE_KEYS read them; only facts actually known are set.
      evidence: {
        ...(batch ? { batch } : {}),
        ...(order?.shippedAt ? { shippedAt: order.shippedAt.toISOString() } : {}),
        ...(order && (order.promisedMinDays !== null || order.promisedMaxDays !== null)
          ? { promisedWindow: { min: order.promisedMinDays, max: order.promisedMaxDays } }
          : {}),
        ...(replyAt ? { firstReplyAt: replyAt.toISOString() } : {}),
        ...(photos > 0 ? { photos } : {}),
      },
    },
    linkedCase: { openBatchCheck: linkedCase.openBatchCheck, openIssueId: linkedCase.openIssueId },
    officialChannel: opts.officialChannel,
    evidenceDetails: carrier ? { carrier_events: describeCarrierSummary(carrier) } : {},
  });
  const findings = checkReply({
    text: decision.publicReplyDraft,
    public: true,
    context: { customerWording: signal.text, orderId: orderId ?? undefined },
  });
  return {
    signalId,
    public: signal.public,
    decision,
    linkedCase,
    findings,
    facts: {
      orderId,
      batch,
      orderedAt: order?.orderedAt.toISOString() ?? null,
      shippedAt: order?.shippedAt?.toISOString() ?? null,
      deliveredAt: order?.deliveredAt?.toISOString() ?? null,
      promisedDays: order ? { min: order.promisedMinDays, max: order.promisedMaxDays } : null,
      firstSupportReplyAt: replyAt?.toISOString() ?? null,
      photos,
      carrier,
    },
  };
}
