import type { WeeklyReport } from './weekly-report.js';
import type { MonthlyReview } from './monthly-review.js';
import type { ProcessingSection, SatisfactionSection } from '../../../contracts/reports.js';
import { complaintRateTable, processingSummary, processingTables, satisfactionSummary, type PlainTable } from './render-processing.js';

/** Everything that reaches the page goes through here: customer words are never markup. */
export function esc(v: unknown): string {
  return String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A small inline bar chart (no scripts, no external assets). */
export function sparkSvg(values: number[], labels: string[] = []): string {
  const w = 120,
    h = 28,
    n = Math.max(1, values.length),
    bw = w / n,
    max = Math.max(1, ...values);
  const bars = values
    .map((v, i) => {
      const bh = Math.max(1, (v / max) * (h - 2));
      return `<rect x="${(i * bw + 1).toFixed(1)}" y="${(h - bh).toFixed(1)}" width="${Math.max(1, bw - 2).toFixed(1)}" height="${bh.toFixed(1)}" fill="${i === n - 1 ? '#c2410c' : '#94a3b8'}"><title>${esc(labels[i] ?? '')}: ${v}</title></rect>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">${bars}</svg>`;
}

function barChart(rows: { label: string; value: number }[]): string {
  const w = 520,
    rowH = 20,
    h = rows.length * rowH + 4,
    max = Math.max(1, ...rows.map((r) => r.value));
  const body = rows
    .map((r, i) => {
      const bw = (r.value / max) * 300;
      return `<text x="0" y="${i * rowH + 14}" font-size="12">${esc(r.label)}</text><rect x="200" y="${i * rowH + 3}" width="${bw.toFixed(1)}" height="14" fill="#0f766e"/><text x="${(205 + bw).toFixed(1)}" y="${i * rowH + 14}" font-size="12">${r.value}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">${body}</svg>`;
}

const table = (head: string[], rows: unknown[][]) =>
  rows.length === 0
    ? '<p class="none">None.</p>'
    : `<table><thead><tr>${head.map((x) => `<th>${esc(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${typeof c === 'object' && c !== null && 'html' in c ? (c as { html: string }).html : esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const pct = (r: number | null) => (r === null ? 'n/a' : `${Math.round(r * 1000) / 10}%`);
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#0f172a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border-bottom:1px solid #e2e8f0;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f1f5f9}.status{padding:.6rem .8rem;border-radius:6px}.complete{background:#dcfce7}.incomplete{background:#fee2e2}
.wide{overflow-x:auto}blockquote{border-left:4px solid #c2410c;margin:0;padding:.4rem .8rem;background:#fff7ed}.none{color:#64748b}`;

const plain = (t: PlainTable) => `<h3>${esc(t.title)}</h3><div class="wide">${table(t.head, t.rows)}</div>`;

function processingHtml(p: ProcessingSection | undefined, s: SatisfactionSection | undefined): string {
  return (
    (p ? `<h2>Processing time</h2><p>${esc(processingSummary(p))}</p>${processingTables(p).map(plain).join('')}` : '') +
    (s ? `<h2>Customer satisfaction</h2><p>${esc(satisfactionSummary(s))}</p>` : '')
  );
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>\n`;
}

export function weeklyHtml(r: WeeklyReport): string {
  const c = r.copyableLine;
  const body = [
    `<h1>Voice of the customer — ${esc(r.week)}</h1><p>${esc(r.firstDay)} to ${esc(r.lastDay)}, ${esc(r.timeZone)}. ${r.totals.count} signals (${signed(r.totals.change)} vs last week).</p>`,
    `<p class="status ${r.complete ? 'complete' : 'incomplete'}"><strong>${esc(r.completion.statement)}</strong></p>`,
    r.completion.closed.length ? `<ul>${r.completion.closed.map((x) => `<li>${esc(x.what)} (${esc(x.ref)})</li>`).join('')}</ul>` : '',
    c
      ? `<h2>The line to act on</h2><blockquote>“${esc(c.wording)}”<br><small>${esc(c.channel)}, ${esc(c.receivedAt.slice(0, 10))}, ${esc(c.sku || 'no SKU')} (${esc(c.issueType)})</small></blockquote>
      <ul><li>Page: ${esc(c.pageChange ?? '—')}</li><li>FAQ: ${esc(c.faqAnswer ?? '—')}</li><li>Next reply: ${esc(c.nextReply ?? '—')}</li>
      <li>Metric: ${c.metric ? `${esc(c.metric.name)}, check ${esc(c.metric.checkFrom)} to ${esc(c.metric.checkTo)}` : '—'}</li></ul>`
      : '',
    `<h2>Top themes</h2>${barChart(r.topThemes.map((t) => ({ label: `${t.issueType} · ${t.sku || 'no SKU'}`, value: t.count })))}`,
    table(
      ['#', 'issue type', 'SKU', 'count', 'vs last week', 'trend'],
      r.topThemes.map((t, i) => [
        i + 1,
        t.issueType,
        t.title ? `${t.sku} (${t.title})` : t.sku || 'no SKU',
        t.count,
        signed(t.change),
        {
          html: sparkSvg(
            t.trend.map((x) => x.count),
            t.trend.map((x) => x.week),
          ),
        },
      ]),
    ),
    `<h2>Conversion blockers</h2>`,
    table(
      ['issue type', 'SKU', 'count', 'vs last week'],
      r.conversionBlockers.map((b) => [b.issueType, b.sku || 'no SKU', b.count, signed(b.change)]),
    ),
    `<h2>After-sales risks</h2>`,
    table(
      ['risk', 'count', 'vs last week'],
      r.afterSalesRisks.byRisk.map((x) => [x.risk, x.count, signed(x.change)]),
    ),
    table(
      ['SKU', 'batch', 'risk', 'count'],
      r.afterSalesRisks.byBatch.map((x) => [x.sku, x.batch, x.risk, x.count]),
    ),
    table(
      ['route', 'risk', 'count'],
      r.afterSalesRisks.byRoute.map((x) => [x.route, x.risk, x.count]),
    ),
    `<h2>Reusable assets</h2>`,
    table(
      ['asset', 'SKU', 'kind', 'permission', 'channels', 'excerpt'],
      r.reusableAssets.items.map((a) => [a.assetId, a.sku ?? '', a.kind, a.permission, a.channels.join(', '), a.excerpt]),
    ),
    `<h2>Next actions</h2>`,
    table(
      ['action', 'where', 'change', 'owner', 'due', 'review'],
      r.nextActions.map((a) => [
        a.id,
        a.location,
        a.change,
        a.owner ?? a.ownerTeam,
        a.dueAt?.slice(0, 10) ?? '',
        a.reviewDate?.slice(0, 10) ?? '',
      ]),
    ),
    `<h2>Verdicts that came due</h2>`,
    table(
      ['action', 'issue', 'verdict', 'ratio', '95% CI'],
      r.verdicts.map((v) => [
        v.actionId,
        `${v.issueType} ${v.sku}`,
        v.result,
        v.ratio?.toFixed(2) ?? '',
        v.ciLow === null ? '' : `${v.ciLow.toFixed(2)}–${v.ciHigh?.toFixed(2) ?? '∞'}`,
      ]),
    ),
    `<h2>SLA</h2>`,
    table(
      ['figure', 'value'],
      [
        ['first response median / p90 (min)', `${r.sla.firstResponse.medianMinutes ?? 'n/a'} / ${r.sla.firstResponse.p90Minutes ?? 'n/a'}`],
        ['resolution median / p90 (min)', `${r.sla.resolution.medianMinutes ?? 'n/a'} / ${r.sla.resolution.p90Minutes ?? 'n/a'}`],
        ['first-contact resolution', pct(r.sla.firstContactResolution.rate)],
        ['breach rate', pct(r.sla.breach.rate)],
      ],
    ),
    processingHtml(r.processing, r.satisfaction),
    `<h2>Automation boundary</h2><p>Automation handled ${r.automation.handled}; ${r.automation.crossed} should have gone to a person (${pct(r.automation.crossedRate)}).</p>`,
    table(
      ['reason', 'events'],
      r.automation.reasons.map((x) => [x.reason, x.events]),
    ),
  ].join('\n');
  return page(`Voice of the customer ${r.week}`, body);
}

export function monthlyHtml(m: MonthlyReview): string {
  const groups = (title: string, gs: MonthlyReview['bySku']) =>
    `<h2>${esc(title)}</h2>` +
    table(
      ['group', 'complaints', 'vs last month', 'top types'],
      gs.map((g) => [
        g.group,
        g.total,
        signed(g.total - g.previousTotal),
        g.types
          .slice(0, 4)
          .map((t) => `${t.issueType} ${pct(t.share)} (${t.shareChange >= 0 ? '+' : ''}${Math.round(t.shareChange * 1000) / 10} pts)`)
          .join('; '),
      ]),
    );
  const body = `<h1>Monthly SKU review — ${esc(m.month)}</h1><p>${esc(m.timeZone)}. ${m.totals.complaints} complaint labels (last month ${m.totals.previous}).</p>
    ${barChart(m.bySku.slice(0, 12).map((g) => ({ label: g.group, value: g.total })))}
    ${groups('By SKU', m.bySku)}${groups('By supplier', m.bySupplier)}${groups('By batch', m.byBatch)}
    <h2>Issues that crossed a threshold</h2>${table(
      ['issue', 'type', 'SKU', 'batch / route', 'day', 'why', 'count'],
      m.crossed.map((c) => [c.issueId ?? '', c.issueType, c.sku, c.batch ?? c.route ?? '', c.at, c.reason, c.count ?? '']),
    )}
    ${processingHtml(m.processing, m.satisfaction)}${plain(complaintRateTable(m.complaintsPer100Orders))}`;
  return page(`Monthly SKU review ${m.month}`, body);
}
