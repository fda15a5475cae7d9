/** The weekly voice-of-customer report as data: every format renders from this one shape (contracts/reports.ts). */
import type { Change } from '../../../contracts/reports.js';

export type {
  Change,
  ThemeLine,
  BlockerLine,
  AfterSalesRisks,
  AssetLine,
  ActionLine,
  VerdictLine,
  Rate,
  SlaSection,
  AutomationSection,
  CopyableLine,
  ClosingKind,
  ClosingItem,
  WeeklyReport,
} from '../../../contracts/reports.js';

export function change(count: number, previous: number): Change {
  return {
    count,
    previous,
    change: count - previous,
    changePct: previous === 0 ? null : Math.round(((count - previous) / previous) * 1000) / 10,
  };
}
