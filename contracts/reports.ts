/**
 * The reports as data (server/modules/reports): every format (JSON, Markdown, CSV, HTML, PDF)
 * renders from these shapes, and the JSON format is this shape as it is.
 */

export interface Change {
  count: number;
  previous: number;
  change: number;
  changePct: number | null;
}

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

export interface BlockerLine extends Change {
  issueType: string;
  sku: string;
  title: string | null;
}

export interface AfterSalesRisks {
  byRisk: ({ risk: string } & Change)[];
  bySku: { sku: string; title: string | null; total: number; risks: Record<string, number> }[];
  byBatch: { sku: string; batch: string; risk: string; count: number }[];
  byRoute: { route: string; risk: string; count: number }[];
}

export interface AssetLine {
  assetId: number;
  signalId: number;
  kind: string;
  sku: string | null;
  channel: string;
  rating: number | null;
  excerpt: string;
  permission: string;
  channels: string[];
  until: string | null;
  placements: number;
}

export interface ActionLine {
  id: number;
  issueId: number;
  issueType: string;
  sku: string;
  location: string;
  change: string;
  ownerTeam: string;
  owner: string | null;
  status: string;
  dueAt: string | null;
  reviewDate: string | null;
}

export interface VerdictLine {
  actionId: number;
  issueId: number;
  issueType: string;
  sku: string;
  location: string;
  change: string;
  reviewDate: string | null;
  result: string;
  rateBefore: number | null;
  rateAfter: number | null;
  ratio: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  explanation: string | null;
}

export interface Rate {
  count: number;
  total: number;
  rate: number | null;
}

export interface SlaSection {
  /** Signals with an applied SLA received that week. Medians and p90s come from histograms with buckets 10% wide. */
  signals: number;
  firstResponse: { count: number; medianMinutes: number | null; p90Minutes: number | null };
  resolution: { count: number; medianMinutes: number | null; p90Minutes: number | null };
  firstContactResolution: Rate;
  breach: Rate;
}

export interface AutomationSection {
  handled: number;
  crossed: number;
  crossedRate: number | null;
  mustBeHuman: number;
  crossedEvents: number;
  reasons: { reason: string; events: number }[];
}

export interface CopyableLine {
  wording: string;
  signalId: number;
  channel: string;
  receivedAt: string;
  issueType: string;
  sku: string;
  title: string | null;
  pageChange: string | null;
  faqAnswer: string | null;
  nextReply: string | null;
  metric: { name: string; goal: string; checkFrom: string; checkTo: string } | null;
  /** Everything above on one line, ready to paste. */
  line: string;
}

export type ClosingKind = 'page_faq_macro_changed' | 'risky_promise_paused' | 'permission_recorded' | 'quality_issue_escalated';
export interface ClosingItem {
  kind: ClosingKind;
  what: string;
  ref: string;
}

/** GET /api/reports/weekly (format=json) */
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

export interface TypeShare {
  issueType: string;
  count: number;
  share: number;
  previousShare: number;
  shareChange: number;
}
export interface ShareGroup {
  group: string;
  total: number;
  previousTotal: number;
  types: TypeShare[];
}
export interface CrossedLine {
  issueId: number | null;
  issueType: string;
  sku: string;
  batch: string | null;
  route: string | null;
  at: string;
  reason: string;
  count: number | null;
}

/** GET /api/reports/monthly (format=json): complaint-type shares per SKU, supplier and batch against last month. */
export interface MonthlyReview {
  kind: 'monthly';
  month: string;
  timeZone: string;
  firstDay: string;
  lastDay: string;
  generatedAt: string;
  totals: { complaints: number; previous: number };
  bySku: ShareGroup[];
  bySupplier: ShareGroup[];
  byBatch: ShareGroup[];
  crossed: CrossedLine[];
}
