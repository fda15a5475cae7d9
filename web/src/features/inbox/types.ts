/** The signal as GET /api/signals and GET /api/signals/:id present it (server/modules/signals/present-signal.ts). */
export interface Span { start: number; end: number; text?: string; rule?: string }
export interface EvidenceItem { value: string; start: number; end: number; kind?: string; amount?: number; currency?: string | null }
export interface Evidence {
  orderIds?: EvidenceItem[]; skus?: EvidenceItem[]; variants?: EvidenceItem[]; batches?: EvidenceItem[]; dates?: EvidenceItem[];
  amounts?: EvidenceItem[]; urls?: EvidenceItem[]; media?: { kind: string; url: string }[];
  delivery?: { promisedMinDays?: number; promisedMaxDays?: number; actualDays?: number; spans?: Span[]; mismatch?: string } | null;
}
export interface SignalSla { state: string; slaClass: string; firstResponseDueAt: string; resolutionDueAt: string }
export interface SignalItem {
  id: number; channel: string; externalId: string; receivedAt: string; text: string; title: string | null; rating: number | null;
  sku: string | null; variant: string | null; batch: string | null; orderId: string | null; customerId: string | null;
  customerTier: string | null; language: string | null; public: boolean; handledBy: string; status: string;
  attachments: { kind: string; url: string }[]; issueTypes: string[]; labelsCorrected: boolean; stage: string | null;
  sentiment: { label: string; score: number } | null; clues: string[]; ownerTeam: string | null; mustBeHuman: boolean;
  reasons: { code: string; evidence: string }[]; slaClass: string | null; sla: SignalSla | null;
}
export interface SignalDetail extends SignalItem {
  triage: {
    labels?: { type: string; score: number; source: string; spans: Span[] }[];
    evidence?: Evidence; pii?: { kind: string; start: number; end: number }[];
    flags?: Record<string, boolean>; language?: string; version?: string;
  } | null;
}
export interface SignalPage { items: SignalItem[]; nextCursor: string | null }
export interface Reply { id: number; at: string; author: string; byAutomation: boolean; public: boolean; text: string; findings: { code: string; reason?: string; blocking?: boolean }[]; overrideReason: string | null }

/** Filters the inbox keeps in the URL; names are the API's query parameters. */
export const FILTER_KEYS = ['channel', 'issueType', 'sku', 'batch', 'slaState', 'ownerTeam', 'mustBeHuman', 'status', 'from', 'to', 'q', 'issueId'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
