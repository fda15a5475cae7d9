import type { WeeklyReport } from './weekly-report.js';
import type { MonthlyReview } from './monthly-review.js';
import type { ProcessingSection, SatisfactionSection } from '../../../contracts/reports.js';
import { complaintRateTable, processingSummary, processingTables, satisfactionSummary, type PlainTable } from './render-processing.js';

/**
 * Markdown that pastes well into chat and docs. Customer words are quoted as code-free text with
 * the Markdown control characters escaped, so a wording cannot turn into a link or a heading.
 */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
const pct = (r: number | null) => (r === null ? 'n/a' : `${Math.round(r * 1000) / 10}%`);
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
const mins = (m: number | null) => (m === null ? 'n/a' : m >= 120 ? `${Math.round(m / 6) / 10} h` : `${Math.round(m)} min`);
const spark = (xs: number[]) => {
  const max = Math.max(1, ...xs);
  return xs.map((x) => '▁▂▃▄▅▆▇█'[Math.min(7, Math.floor((x / max) * 7.999))]).join('');
};
const table = (head: string[], rows: (string | number)[][]) =>
  rows.length === 0
    ? '_none_\n'
    : [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';

/** Seller-named cells (groups, SKUs, titles) are escaped; figures are ours. */
const plain = (t: PlainTable, named = 1) => [
  `### ${t.title}`,
  '',
  table(
    t.head,
    t.rows.map((r) => r.map((c, i) => (i < named ? mdEscape(String(c)) : c))),
  ),
];

function processingMarkdown(p: ProcessingSection | undefined, s: SatisfactionSection | undefined): string[] {
  const out: string[] = [];
  if (p) out.push('## Processing time', '', processingSummary(p), '', ...processingTables(p).flatMap((t) => plain(t)));
  if (s) out.push('## Customer satisfaction', '', satisfactionSummary(s), '');
  return out;
}

export function weeklyMarkdown(r: WeeklyReport): string {
  const out: string[] = [];
  out.push(`# Voice of the customer — ${r.week} (${r.firstDay} to ${r.lastDay}, ${r.timeZone})`, '');
  out.push(`**${r.completion.statement}**`, '');
  for (const c of r.completion.closed) out.push(`- ${mdEscape(c.what)} (${c.ref})`);
  out.push(
    '',
    `Signals: **${r.totals.count}** (${signed(r.totals.change)} vs last week), negative ${r.totals.negative}, negative reviews ${r.totals.negativeReviews}, must be human ${r.totals.mustBeHuman}, pre-sale ${r.totals.preSale}.`,
    '',
  );
  if (r.copyableLine) out.push('## The line to act on', '', `> ${mdEscape(r.copyableLine.line)}`, '');
  out.push(
    '## Top themes',
    '',
    table(
      ['#', 'issue type', 'SKU', 'count', 'vs last week', 'trend (8 wk)'],
      r.topThemes.map((t, i) => [
        i + 1,
        t.issueType,
        mdEscape(t.sku || 'no SKU'),
        t.count,
        signed(t.change),
        spark(t.trend.map((x) => x.count)),
      ]),
    ),
  );
  out.push(
    '## Conversion blockers (pre-sale questions the page should answer)',
    '',
    table(
      ['issue type', 'SKU', 'count', 'vs last week'],
      r.conversionBlockers.map((b) => [b.issueType, mdEscape(b.sku || 'no SKU'), b.count, signed(b.change)]),
    ),
  );
  out.push(
    '## After-sales risks',
    '',
    table(
      ['risk', 'count', 'vs last week'],
      r.afterSalesRisks.byRisk.filter((x) => x.count || x.previous).map((x) => [x.risk, x.count, signed(x.change)]),
    ),
  );
  out.push(
    table(
      ['SKU', 'batch', 'risk', 'count'],
      r.afterSalesRisks.byBatch.map((b) => [mdEscape(b.sku), mdEscape(b.batch), b.risk, b.count]),
    ),
  );
  out.push(
    table(
      ['route', 'risk', 'count'],
      r.afterSalesRisks.byRoute.map((b) => [mdEscape(b.route), b.risk, b.count]),
    ),
  );
  out.push(
    '## Reusable assets',
    '',
    table(
      ['asset', 'SKU', 'kind', 'permission', 'channels', 'excerpt'],
      r.reusableAssets.items.map((a) => [
        a.assetId,
        mdEscape(a.sku ?? ''),
        a.kind,
        a.permission,
        a.channels.join(', '),
        mdEscape(a.excerpt),
      ]),
    ),
  );
  out.push(
    '## Next actions',
    '',
    table(
      ['action', 'where', 'change', 'owner', 'due', 'review'],
      r.nextActions.map((a) => [
        a.id,
        a.location,
        mdEscape(a.change),
        mdEscape(a.owner ?? a.ownerTeam),
        a.dueAt?.slice(0, 10) ?? '',
        a.reviewDate?.slice(0, 10) ?? '',
      ]),
    ),
  );
  out.push(
    '## Verdicts that came due',
    '',
    table(
      ['action', 'issue', 'where', 'verdict', 'rate before', 'rate after', 'ratio (95% CI)'],
      r.verdicts.map((v) => [
        v.actionId,
        `${v.issueType} ${mdEscape(v.sku)}`,
        v.location,
        v.result,
        v.rateBefore ?? '',
        v.rateAfter ?? '',
        v.ratio === null ? '' : `${v.ratio.toFixed(2)} (${v.ciLow?.toFixed(2) ?? '?'}–${v.ciHigh?.toFixed(2) ?? '∞'})`,
      ]),
    ),
  );
  const s = r.sla;
  out.push(
    '## SLA',
    '',
    `First response: median ${mins(s.firstResponse.medianMinutes)}, p90 ${mins(s.firstResponse.p90Minutes)} (${s.firstResponse.count} answered of ${s.signals}). ` +
      `Resolution: median ${mins(s.resolution.medianMinutes)}, p90 ${mins(s.resolution.p90Minutes)}. First-contact resolution ${pct(s.firstContactResolution.rate)}. Breach rate ${pct(s.breach.rate)}.` +
      ' (Medians and p90s within 10%.)',
    '',
    ...processingMarkdown(r.processing, r.satisfaction),
  );
  const a = r.automation;
  out.push(
    '## Automation boundary',
    '',
    `Automation handled ${a.handled}; ${a.crossed} of those should have gone to a person (${pct(a.crossedRate)}). ${a.crossedEvents} boundary events this week` +
      (a.reasons.length ? `: ${a.reasons.map((x) => `${x.reason} ${x.events}`).join(', ')}.` : '.'),
    '',
  );
  return out.join('\n');
}

export function monthlyMarkdown(m: MonthlyReview): string {
  const out = [`# Monthly SKU review — ${m.month} (${m.timeZone})`, ''];
  const shares = (title: string, rows: MonthlyReview['bySku']) => {
    out.push(
      `## ${title}`,
      '',
      table(
        ['group', 'complaints', 'vs last month', 'top types (share, change in points)'],
        rows.map((g) => [
          mdEscape(g.group),
          g.total,
          signed(g.total - g.previousTotal),
          g.types
            .slice(0, 4)
            .map((t) => `${t.issueType} ${pct(t.share)} (${t.shareChange >= 0 ? '+' : ''}${Math.round(t.shareChange * 1000) / 10})`)
            .join('; '),
        ]),
      ),
    );
  };
  shares('By SKU', m.bySku);
  shares('By supplier', m.bySupplier);
  shares('By batch', m.byBatch);
  out.push(
    '## Issues that crossed a threshold',
    '',
    table(
      ['issue', 'type', 'SKU', 'batch / route', 'day', 'why', 'count'],
      m.crossed.map((c) => [
        c.issueId ?? '',
        c.issueType,
        mdEscape(c.sku),
        mdEscape(c.batch ?? c.route ?? ''),
        c.at,
        c.reason,
        c.count ?? '',
      ]),
    ),
    ...processingMarkdown(m.processing, m.satisfaction),
    ...plain(complaintRateTable(m.complaintsPer100Orders), 2),
  );
  return out.join('\n');
}
