import { maskPii } from '../../lib/pii.js';
import type { Reason, TriageDetail } from '../../../contracts/triage.js';
import type { SignalDetail, SignalItem } from '../../../contracts/signals.js';
import type { Signal } from './signal.js';

export interface SlaView {
  state: string;
  slaClass: string;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

/**
 * The API's view of a signal. `view: 'list'` masks personal data (emails, phones, addresses,
 * card numbers) in the wording, because lists are what gets shared and screenshotted; the
 * detail view an agent opens shows the verbatim words.
 */
export function presentSignal(s: Signal, opts: { view: 'list'; sla?: SlaView }): SignalItem;
export function presentSignal(s: Signal, opts?: { view?: 'detail'; sla?: SlaView }): SignalDetail;
export function presentSignal(s: Signal, opts: { view?: 'list' | 'detail'; sla?: SlaView } = {}): SignalItem | SignalDetail {
  const list = opts.view === 'list';
  // The triage JSON this server stored: a TriageResult's detail fields (signals' triage writer).
  const detail = s.triage?.detail as (Omit<TriageDetail, 'version'> & { reasons?: Reason[] }) | null | undefined;
  return {
    id: s.id,
    channel: s.channel,
    externalId: s.externalId,
    receivedAt: s.receivedAt.toISOString(),
    text: list ? maskPii(s.text) : s.text,
    title: s.title === null ? null : list ? maskPii(s.title) : s.title,
    rating: s.rating,
    sku: s.sku,
    variant: s.variant,
    batch: s.batch,
    orderId: s.orderId,
    customerId: s.customerId,
    customerTier: s.customerTier,
    language: s.language,
    public: s.public,
    published: s.published,
    handledBy: s.handledBy,
    attachments: s.attachments,
    status: s.status,
    issueTypes: s.triage?.issueTypes ?? [],
    labelsCorrected: s.labelsCorrected,
    stage: s.triage?.stage ?? null,
    sentiment: s.triage?.sentiment ?? null,
    clues: s.triage?.clues ?? [],
    ownerTeam: s.triage?.ownerTeam ?? null,
    assigneeId: s.assigneeId,
    mustBeHuman: s.triage?.mustBeHuman ?? false,
    reasons: detail?.reasons ?? [],
    slaClass: s.triage?.slaClass ?? null,
    sla: opts.sla
      ? {
          state: opts.sla.state,
          slaClass: opts.sla.slaClass,
          firstResponseDueAt: opts.sla.firstResponseDueAt.toISOString(),
          resolutionDueAt: opts.sla.resolutionDueAt.toISOString(),
        }
      : null,
    ...(list
      ? {}
      : {
          triage: detail
            ? {
                labels: detail.labels,
                evidence: detail.evidence,
                pii: detail.pii,
                flags: detail.flags,
                language: detail.language,
                version: s.triage?.version ?? null,
              }
            : null,
        }),
  } satisfies SignalItem | SignalDetail;
}
