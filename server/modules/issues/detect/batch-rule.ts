import type { IssueType } from '../../../../contracts/signal.js';

/** Types where three reports from one batch point at production, not bad luck. */
export const BATCH_RULE_TYPES: readonly IssueType[] = [
  'defect',
  'material_quality',
  'missing_item',
  'wrong_item',
  'safety',
  'damaged_in_transit',
];

export interface BatchRuleSignal {
  id: string;
  issueType: IssueType;
  sku?: string | null;
  batch?: string | null;
  receivedAt: Date;
  orderId?: string | null;
  customerId?: string | null;
}

export interface BatchRuleOptions {
  /** Distinct reports needed (default 3). */
  threshold?: number;
  issueTypes?: readonly IssueType[];
  /** Only signals received in the lookback before `asOf` count (default 90 days). */
  lookbackDays?: number;
  asOf?: Date;
}

export interface BatchFlag {
  sku: string;
  batch: string;
  issueType: IssueType;
  /** Distinct reports (orders or customers) in the lookback. */
  count: number;
  /** When the threshold-th distinct report arrived. */
  flaggedAt: Date;
  signalIds: string[];
}

/**
 * The hard rule small batches need: a spike test cannot see three broken units among forty,
 * but three is already a pattern. One customer writing by email, review and refund form is one
 * report, so reports are counted per order (or customer, or signal when neither is known).
 */
export function batchRule(signals: readonly BatchRuleSignal[], options: BatchRuleOptions = {}): BatchFlag[] {
  const threshold = options.threshold ?? 3;
  const types = new Set(options.issueTypes ?? BATCH_RULE_TYPES);
  // Without asOf every signal counts: the caller already chose the slice.
  const asOf = options.asOf?.getTime() ?? Number.POSITIVE_INFINITY;
  const from = options.asOf ? asOf - (options.lookbackDays ?? 90) * 86_400_000 : Number.NEGATIVE_INFINITY;
  const groups = new Map<string, BatchRuleSignal[]>();
  for (const s of signals) {
    const t = s.receivedAt.getTime();
    if (!s.sku || !s.batch || !types.has(s.issueType) || t > asOf || t < from) continue;
    const k = JSON.stringify([s.sku, s.batch, s.issueType]);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  const flags: BatchFlag[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id.localeCompare(b.id));
    const reporters = new Set<string>();
    let flaggedAt: Date | null = null;
    for (const s of sorted) {
      reporters.add(s.orderId ? `o:${s.orderId}` : s.customerId ? `c:${s.customerId}` : `s:${s.id}`);
      if (!flaggedAt && reporters.size >= threshold) flaggedAt = s.receivedAt;
    }
    if (!flaggedAt) continue;
    const first = sorted[0]!;
    flags.push({
      sku: first.sku!,
      batch: first.batch!,
      issueType: first.issueType,
      count: reporters.size,
      flaggedAt,
      signalIds: sorted.map((s) => s.id),
    });
  }
  return flags.sort((a, b) => a.flaggedAt.getTime() - b.flaggedAt.getTime() || a.sku.localeCompare(b.sku));
}
