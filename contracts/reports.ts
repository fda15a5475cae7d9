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

/** Median and 90th percentile in hours of one step, over the work orders that reached it. */
export interface StageTimes {
  /** Work orders that reached this step. */
  count: number;
  hours: { median: number | null; p90: number | null };
  /** Counted only inside the SLA policy's business hours (its time zone, weekdays, holidays). */
  businessHours: { median: number | null; p90: number | null };
}

/** Processing time of a group of work orders: from receipt to first response, decision and resolution. */
export interface ProcessingLine {
  /** 'all', an issue type (a work order with two counts in both) or a channel. */
  group: string;
  workOrders: number;
  firstResponse: StageTimes;
  decision: StageTimes;
  resolution: StageTimes;
}

/** One month's processing time, for the month-over-month line (seed 004's headline). */
export interface ProcessingMonth {
  month: string;
  workOrders: number;
  firstResponse: StageTimes;
  resolution: StageTimes;
  /** Change of the resolution median (business hours) against the month before, in percent. */
  resolutionMedianChangePct: number | null;
}

/**
 * Work orders (signals with an applied SLA) received in the period. Medians and p90s come from
 * histograms with buckets 10% wide (docs/processing-time.md).
 */
export interface ProcessingSection {
  workOrders: number;
  /** Work orders after the sale with an issue type other than praise. */
  complaints: number;
  portalComplaints: number;
  /** Of the complaints: filed through the portal. */
  portalShare: number | null;
  all: ProcessingLine;
  byIssueType: ProcessingLine[];
  byChannel: ProcessingLine[];
  /** The period's month and the five before it, oldest first. */
  months: ProcessingMonth[];
}

/** Satisfaction answers (1–5) given in the period, from a helpdesk's history and the portal's question. */
export interface SatisfactionSection {
  answers: number;
  average: number | null;
  /** Answers of 4 or 5. */
  satisfied: number;
  /** CSAT: satisfied / answers. */
  csat: number | null;
}

/** Complaints per 100 orders of one SKU, this month and last (orders by when placed, complaints by when received). */
export interface SkuComplaintRate {
  sku: string;
  title: string | null;
  complaints: number;
  orders: number;
  per100Orders: number | null;
  previousComplaints: number;
  previousOrders: number;
  previousPer100Orders: number | null;
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
  /** Absent from weeks stored before processing time was measured. */
  processing?: ProcessingSection;
  satisfaction?: SatisfactionSection;
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
  processing: ProcessingSection;
  satisfaction: SatisfactionSection;
  /** Per SKU with complaints or orders in either month, most complaints first (up to 25). */
  complaintsPer100Orders: SkuComplaintRate[];
}

/** One step of a work order: when it happened and how long after receipt, or nulls until it does. */
export interface WorkOrderStep {
  at: string | null;
  hours: number | null;
  businessHours: number | null;
}

/** GET /api/reports/work-orders/:id: one work order's processing time. */
export interface WorkOrderTimes {
  signalId: number;
  channel: string;
  issueTypes: string[];
  sku: string | null;
  complaint: boolean;
  receivedAt: string;
  firstResponse: WorkOrderStep;
  /** The recorded decision (the portal's "decided" step), else the resolution. */
  decision: WorkOrderStep;
  resolution: WorkOrderStep;
}
