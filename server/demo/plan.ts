/**
 * When and where the demo's incidents happen, in days since the first order day. Offsets count
 * back from the last day so the review windows of both fixes close, and the complaints about
 * orders inside them have arrived, before the data ends — whatever endDate is.
 */
export interface IncidentPlan {
  strap: { sku: string; part: string; arrivalDay: number; correctedDay: number; rate: number };
  route: { code: string; fromDay: number; toDay: number; extraMin: number; extraMax: number };
  bot: { fromDay: number; toDay: number; wrongDays: number; realDays: number; perDay: number };
  hero: { sku: string; day: number; rate: number };
  fitFix: { sku: string; batchDay: number; fixDay: number; rateBefore: number; rateAfter: number };
  plugFix: { sku: string; updateDay: number; fixDay: number; rate: number; installedBaseShare: number };
  /** Stock-outs before planned batches: orders wait and ship together on arrival. */
  restocks: Array<{ sku: string; day: number; stockoutDays: number }>;
}

export const MIN_DAYS = 100;
export const RETURN_WINDOW_DAYS = 30;
export const REVIEW_WINDOW_DAYS = 14;

export function planIncidents(days: number): IncidentPlan {
  if (days < MIN_DAYS) throw new Error(`days must be at least ${MIN_DAYS} so every demo incident fits, got ${days}`);
  const d = (fromEnd: number) => days - fromEnd;
  return {
    strap: { sku: 'OT-DUFFEL-40', part: 'shoulder strap', arrivalDay: d(68), correctedDay: d(42), rate: 0.55 },
    route: { code: 'CN-US-air', fromDay: d(62), toDay: d(44), extraMin: 4, extraMax: 11 },
    bot: { fromDay: d(30), toDay: d(24), wrongDays: 60, realDays: RETURN_WINDOW_DAYS, perDay: 11 },
    hero: { sku: 'HO-KNIT-THROW', day: d(52), rate: 0.3 },
    fitFix: { sku: 'AP-RAIN-JKT', batchDay: d(96), fixDay: d(46), rateBefore: 0.32, rateAfter: 0.08 },
    plugFix: { sku: 'EL-SMART-PLUG', updateDay: d(90), fixDay: d(43), rate: 0.18, installedBaseShare: 0.12 },
    restocks: [
      { sku: 'OT-DUFFEL-40', day: d(68), stockoutDays: 6 },
      { sku: 'AP-RAIN-JKT', day: d(96), stockoutDays: 9 },
    ],
  };
}

/** Batch arrivals the incidents depend on (see buildBatches). */
export function forcedArrivals(plan: IncidentPlan): Record<string, number[]> {
  return {
    [plan.strap.sku]: [plan.strap.arrivalDay, plan.strap.correctedDay],
    [plan.fitFix.sku]: [plan.fitFix.batchDay],
  };
}
