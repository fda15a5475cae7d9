/** The action board's rows as the page shows and exports them: one flat record per action of GET /api/actions. */
import type { BoardItem } from '../../../../contracts/actions.js';

export interface BoardRow {
  id: number;
  issueId: number | null;
  status: string;
  source: string;
  issueType: string;
  sku: string;
  wording: string;
  evidence: string;
  impactScope: string;
  slaState: string;
  escalation: string;
  owner: string;
  ownerTeam: string;
  location: string;
  action: string;
  metric: string;
  reviewDate: string;
  dueAt: string;
  verdict: string;
}

export const BOARD_COLUMNS: { key: keyof BoardRow; label: string }[] = [
  { key: 'source', label: 'Signal source' },
  { key: 'issueType', label: 'Issue type' },
  { key: 'sku', label: 'SKU' },
  { key: 'wording', label: 'Customer wording' },
  { key: 'evidence', label: 'Evidence' },
  { key: 'impactScope', label: 'Impact scope' },
  { key: 'slaState', label: 'SLA state' },
  { key: 'escalation', label: 'Escalation condition' },
  { key: 'owner', label: 'Current owner' },
  { key: 'location', label: 'Write-back location' },
  { key: 'action', label: 'Current action' },
  { key: 'status', label: 'Status' },
  { key: 'metric', label: 'Review metric' },
  { key: 'reviewDate', label: 'Review date' },
];

const w = (s: string | null | undefined) => (s ?? '').replace(/_/g, ' ');

function topEntries(counts: Record<string, number> | null | undefined, n = 3): string {
  return Object.entries(counts ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${w(k)} ${v}`)
    .join(', ');
}

export function toBoardRow(a: BoardItem): BoardRow {
  const i = a.issue;
  const scope = i?.impactScope;
  const scopeText = scope && 'level' in scope ? `${w(scope.level)} · ${scope.orders} orders · ${scope.customers} customers` : '';
  const ev = i?.evidence;
  const evidence = [
    i?.signalCount ? `${i.signalCount} signals` : '',
    ev?.photos.length ? `${ev.photos.length} photos` : '',
    ev?.orders ? `${ev.orders} orders` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const sla = i?.sla ?? {};
  const slaState = sla.breached ? 'breached' : sla.at_risk ? 'at risk' : Object.keys(sla).length ? 'on track' : '';
  return {
    id: a.id,
    issueId: i?.id ?? a.issueId,
    status: a.status,
    source: topEntries(i?.channels),
    issueType: w(i?.issueType),
    sku: i?.sku ?? '',
    wording: i?.customerWording ?? '',
    evidence,
    impactScope: scopeText,
    slaState,
    escalation: i?.escalation ?? '',
    owner: a.owner ? `${a.owner} (${w(a.ownerTeam)})` : w(a.ownerTeam),
    ownerTeam: w(a.ownerTeam),
    location: w(a.location),
    action: a.change,
    metric: a.metric,
    reviewDate: (a.reviewDate ?? '').slice(0, 10),
    dueAt: (a.dueAt ?? '').slice(0, 10),
    verdict: w(a.verdict?.result),
  };
}

export type SortState = { key: keyof BoardRow; dir: 'asc' | 'desc' };

export function sortRows(rows: BoardRow[], sort: SortState | null): BoardRow[] {
  if (!sort) return rows;
  const m = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) => String(a[sort.key] ?? '').localeCompare(String(b[sort.key] ?? ''), undefined, { numeric: true }) * m || a.id - b.id,
  );
}

export function filterRows(rows: BoardRow[], f: { text?: string; status?: string; ownerTeam?: string }): BoardRow[] {
  const t = f.text?.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.ownerTeam || r.ownerTeam === w(f.ownerTeam)) &&
      (!t || Object.values(r).some((v) => String(v).toLowerCase().includes(t))),
  );
}

export function groupRows(rows: BoardRow[], by: 'none' | 'sku' | 'ownerTeam'): [string, BoardRow[]][] {
  if (by === 'none') return [['', rows]];
  const groups = new Map<string, BoardRow[]>();
  for (const r of rows) {
    const k = r[by] || '(none)';
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * CSV of exactly what the view shows (filtered, sorted, grouped). A cell that starts with = + - @
 * is prefixed with ' so a spreadsheet does not run customer words as a formula.
 */
export function toCsv(groups: [string, BoardRow[]][], groupLabel: string | null): string {
  const cell = (v: unknown) => {
    let s = String(v ?? '');
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const head = [...(groupLabel ? [groupLabel] : []), 'Action', 'Issue', ...BOARD_COLUMNS.map((c) => c.label)];
  const lines = [head.map(cell).join(',')];
  for (const [g, rows] of groups)
    for (const r of rows) {
      lines.push([...(groupLabel ? [g] : []), r.id, r.issueId ?? '', ...BOARD_COLUMNS.map((c) => r[c.key])].map(cell).join(','));
    }
  return `${lines.join('\r\n')}\r\n`;
}
