import type { WeeklyReport } from './weekly-report.js';
import type { MonthlyReview } from './monthly-review.js';
import { processingCsvRows } from './render-processing.js';

/**
 * One long table (section, then the section's columns) so a spreadsheet can filter by section.
 * Cells starting with = + - @ are prefixed with a quote: a customer's words must not run as a
 * formula when the file is opened.
 */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
export const csvLine = (cells: unknown[]) => cells.map(csvCell).join(',');

const HEAD = ['section', 'rank', 'issue_type', 'sku', 'detail', 'count', 'previous', 'change', 'extra'];

export function weeklyCsv(r: WeeklyReport): string {
  const rows: unknown[][] = [HEAD];
  rows.push([
    'totals',
    '',
    '',
    '',
    'signals',
    r.totals.count,
    r.totals.previous,
    r.totals.change,
    `negative=${r.totals.negative};must_be_human=${r.totals.mustBeHuman}`,
  ]);
  r.topThemes.forEach((t, i) => {
    rows.push([
      'top_theme',
      i + 1,
      t.issueType,
      t.sku,
      t.title ?? '',
      t.count,
      t.previous,
      t.change,
      t.trend.map((x) => x.count).join(' '),
    ]);
  });
  r.conversionBlockers.forEach((b, i) => {
    rows.push(['conversion_blocker', i + 1, b.issueType, b.sku, b.title ?? '', b.count, b.previous, b.change, '']);
  });
  for (const x of r.afterSalesRisks.byRisk) rows.push(['after_sales_risk', '', '', '', x.risk, x.count, x.previous, x.change, '']);
  for (const x of r.afterSalesRisks.byBatch) rows.push(['risk_by_batch', '', '', x.sku, `${x.batch} ${x.risk}`, x.count, '', '', '']);
  for (const x of r.afterSalesRisks.byRoute) rows.push(['risk_by_route', '', '', '', `${x.route} ${x.risk}`, x.count, '', '', '']);
  for (const a of r.reusableAssets.items)
    rows.push(['reusable_asset', a.assetId, '', a.sku ?? '', `${a.kind} ${a.permission}`, a.placements, '', '', a.excerpt]);
  for (const a of r.nextActions)
    rows.push([
      'next_action',
      a.id,
      a.issueType,
      a.sku,
      `${a.location}: ${a.change}`,
      '',
      '',
      '',
      `owner=${a.owner ?? a.ownerTeam};due=${a.dueAt ?? ''};review=${a.reviewDate ?? ''}`,
    ]);
  for (const v of r.verdicts)
    rows.push([
      'verdict',
      v.actionId,
      v.issueType,
      v.sku,
      `${v.location} ${v.result}`,
      '',
      '',
      '',
      `ratio=${v.ratio ?? ''};ci=${v.ciLow ?? ''}-${v.ciHigh ?? ''}`,
    ]);
  const s = r.sla;
  rows.push([
    'sla',
    '',
    '',
    '',
    'first_response_median_minutes',
    s.firstResponse.medianMinutes,
    '',
    '',
    `p90=${s.firstResponse.p90Minutes ?? ''}`,
  ]);
  rows.push(['sla', '', '', '', 'resolution_median_minutes', s.resolution.medianMinutes, '', '', `p90=${s.resolution.p90Minutes ?? ''}`]);
  rows.push([
    'sla',
    '',
    '',
    '',
    'first_contact_resolution',
    s.firstContactResolution.count,
    s.firstContactResolution.total,
    '',
    s.firstContactResolution.rate,
  ]);
  rows.push(['sla', '', '', '', 'breach', s.breach.count, s.breach.total, '', s.breach.rate]);
  if (r.processing) {
    const p = r.processing;
    rows.push(['portal_share', '', '', '', 'complaints', p.portalComplaints, p.complaints, '', p.portalShare]);
    for (const x of processingCsvRows(p))
      rows.push([
        `processing_${x.dim}`,
        '',
        x.dim === 'issue_type' ? x.group : '',
        '',
        `${x.dim === 'issue_type' ? '' : `${x.group} `}${x.stage}`,
        x.count,
        '',
        '',
        x.figures,
      ]);
  }
  if (r.satisfaction)
    rows.push([
      'csat',
      '',
      '',
      '',
      'satisfied_of_answers',
      r.satisfaction.satisfied,
      r.satisfaction.answers,
      '',
      `csat=${r.satisfaction.csat ?? ''};average=${r.satisfaction.average ?? ''}`,
    ]);
  rows.push(['automation', '', '', '', 'crossed_boundary', r.automation.crossed, r.automation.handled, '', r.automation.crossedRate]);
  if (r.copyableLine)
    rows.push(['copyable_line', '', r.copyableLine.issueType, r.copyableLine.sku, r.copyableLine.channel, '', '', '', r.copyableLine.line]);
  rows.push(['complete', '', '', '', r.complete ? 'yes' : 'no', r.completion.closed.length, '', '', r.completion.statement]);
  return rows.map(csvLine).join('\n') + '\n';
}

export function monthlyCsv(m: MonthlyReview): string {
  // `extra` (key=value figures) came with the processing-time rows; the columns before it are as they were.
  const rows: unknown[][] = [
    ['grouping', 'group', 'issue_type', 'count', 'share', 'previous_share', 'share_change', 'group_total', 'group_previous_total', 'extra'],
  ];
  const add = (grouping: string, groups: MonthlyReview['bySku']) => {
    for (const g of groups)
      for (const t of g.types)
        rows.push([
          grouping,
          g.group,
          t.issueType,
          t.count,
          t.share.toFixed(4),
          t.previousShare.toFixed(4),
          t.shareChange.toFixed(4),
          g.total,
          g.previousTotal,
        ]);
  };
  add('sku', m.bySku);
  add('supplier', m.bySupplier);
  add('batch', m.byBatch);
  for (const c of m.crossed) rows.push(['crossed_threshold', c.sku, c.issueType, c.count ?? '', '', '', '', c.at, c.reason]);
  const p = m.processing;
  rows.push(['portal_share', 'portal', '', p.portalComplaints, p.portalShare ?? '', '', '', p.complaints, '', '']);
  for (const x of processingCsvRows(p)) rows.push([`processing_${x.dim}`, x.group, x.stage, x.count, '', '', '', '', '', x.figures]);
  const s = m.satisfaction;
  rows.push(['csat', 'all', '', s.satisfied, s.csat ?? '', '', '', s.answers, '', `average=${s.average ?? ''}`]);
  for (const r of m.complaintsPer100Orders)
    rows.push([
      'complaints_per_100_orders',
      r.sku,
      '',
      r.complaints,
      '',
      '',
      '',
      r.orders,
      r.previousOrders,
      `per_100=${r.per100Orders ?? ''};previous_complaints=${r.previousComplaints};previous_per_100=${r.previousPer100Orders ?? ''}`,
    ]);
  return rows.map(csvLine).join('\n') + '\n';
}
