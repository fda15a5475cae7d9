/** What Today picks out of the API's answers; pure so it is tested without a browser. */
import type { BoardItem, Decision } from '../../../../contracts/actions.js';
import type { ThemeLine, WeeklyReport } from '../../../../contracts/reports.js';

const DAY = 86_400_000;
const OPEN = new Set(['proposed', 'accepted', 'in_progress']);

/** Themes that grew against the week before, the largest growth first (not the largest size). */
export function growingThemes(r: WeeklyReport, max = 8): ThemeLine[] {
  return r.topThemes
    .filter((t) => t.change > 0)
    .sort((a, b) => b.change - a.change || b.count - a.count)
    .slice(0, max);
}

/** Open actions due within two days or already overdue, the most overdue first. */
export function dueActions(items: BoardItem[], now: Date, aheadDays = 2): BoardItem[] {
  return items
    .filter((a) => OPEN.has(a.status) && a.dueAt && Date.parse(a.dueAt) <= now.getTime() + aheadDays * DAY)
    .sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
}

/** Actions whose verdict arrived in the last `days` days. */
export function recentVerdicts(items: BoardItem[], now: Date, days = 7): BoardItem[] {
  return items
    .filter((a) => a.verdict && Date.parse(a.reviewedAt ?? a.verdict.computedAt) >= now.getTime() - days * DAY)
    .sort((a, b) => Date.parse(b.reviewedAt ?? b.verdict!.computedAt) - Date.parse(a.reviewedAt ?? a.verdict!.computedAt));
}

/** Supplier evidence asked for and due before now. */
export function overdueEvidence(items: Decision[], now: Date): Decision[] {
  return items.filter(
    (d) => d.type === 'ask_supplier_evidence' && typeof d.details.dueAt === 'string' && Date.parse(d.details.dueAt) < now.getTime(),
  );
}

/** The store is stale when its newest signal is older than three days. */
export function isStale(newestReceivedAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(newestReceivedAt) > 3 * DAY;
}
