/** The weekly voice-of-customer report as data: every format renders from this one shape. */

export interface Change { count: number; previous: number; change: number; changePct: number | null }

export interface ThemeLine extends Change {
  issueType: string;
  /** '*' when the theme is the issue type across SKUs (no SKU holds half of it). */
  sku: string;
  title: string | null;
  /** The SKUs carrying most of it. */
  skus: { sku: string; count: number }[];
  negative: number;
  mustBeHuman: number;
  /** Weekly counts, oldest first, ending with this week. */
  trend: { week: string; count: number }[];
}

export interface BlockerLine extends Change { issueType: string; sku: string; title: string | null }

export interface AfterSalesRisks {
  byRisk: ({ risk: string } & Change)[];
  bySku: { sku: string; title: string | null; total: number; risks: Record<string, number> }[];
  byBatch: { sku: string; batch: string; risk: string; count: number }[];
  byRoute: { route: string; risk: string; count: number }[];
}

export interface AssetLine {
  assetId: number; signalId: number; kind: string; sku: string | null; channel: string; rating: number | null;
  excerpt: string; permission: string; channels: string[]; until: string | null; placements: number;
}

export interface ActionLine {
  id: number; issueId: number; issueType: string; sku: string; location: string; change: string;
  ownerTeam: string; owner: string | null; status: string; dueAt: string | null; reviewDate: string | null;
}

export interface VerdictLine {
  actionId: number; issueId: number; issueType: string; sku: string; location: string; change: string; reviewDate: string | null;
  result: string; rateBefore: number | null; rateAfter: number | null; ratio: number | null; ciLow: number | null; ciHigh: number | null;
  explanation: string | null;
}

export interface Rate { count: number; total: number; rate: number | null }

export interface SlaSection {
  /** Signals with an applied SLA received that week. Medians and p90s come from histograms with buckets 10% wide. */
  signals: number;
  firstResponse: { count: number; medianMinutes: number | null; p90Minutes: number | null };
  resolution: { count: number; medianMinutes: number | null; p90Minutes: number | null };
  firstContactResolution: Rate;
  breach: Rate;
}

export interface AutomationSection {
  handled: number; crossed: number; crossedRate: number | null; mustBeHuman: number;
  crossedEvents: number; reasons: { reason: string; events: number }[];
}

export interface CopyableLine {
  wording: string; signalId: number; channel: string; receivedAt: string; issueType: string; sku: string; title: string | null;
  pageChange: string | null; faqAnswer: string | null; nextReply: string | null;
  metric: { name: string; goal: string; checkFrom: string; checkTo: string } | null;
  /** Everything above on one line, ready to paste. */
  line: string;
}

export type ClosingKind = 'page_faq_macro_changed' | 'risky_promise_paused' | 'permission_recorded' | 'quality_issue_escalated';
export interface ClosingItem { kind: ClosingKind; what: string; ref: string }

export interface WeeklyReport {
  kind: 'weekly';
  week: string;
  timeZone: string;
  firstDay: string;
  lastDay: string;
  window: { from: string; to: string };
  generatedAt: string;
  totals: Change & { negative: number; negativeReviews: number; mustBeHuman: number; preSale: number; postPurchase: number };
  topThemes: ThemeLine[];
  conversionBlockers: BlockerLine[];
  afterSalesRisks: AfterSalesRisks;
  reusableAssets: { items: AssetLine[]; figures: Record<string, unknown> | null };
  nextActions: ActionLine[];
  verdicts: VerdictLine[];
  sla: SlaSection;
  automation: AutomationSection;
  copyableLine: CopyableLine | null;
  complete: boolean;
  completion: { complete: boolean; closed: ClosingItem[]; statement: string };
}

export function change(count: number, previous: number): Change {
  return { count, previous, change: count - previous, changePct: previous === 0 ? null : Math.round(((count - previous) / previous) * 1000) / 10 };
}
