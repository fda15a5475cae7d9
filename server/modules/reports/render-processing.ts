import type { ProcessingLine, ProcessingSection, SatisfactionSection, SkuComplaintRate, StageTimes } from '../../../contracts/reports.js';

/**
 * The processing-time, CSAT and complaint-rate sections as plain tables and sentences, so the
 * Markdown, HTML, CSV and PDF downloads say the same thing (each escapes in its own way).
 */
export interface PlainTable {
  title: string;
  head: string[];
  rows: (string | number)[][];
}

const h = (v: number | null) => (v === null ? 'n/a' : `${v} h`);
const pair = (x: { median: number | null; p90: number | null }) => `${h(x.median)} / ${h(x.p90)}`;
const pct = (r: number | null) => (r === null ? 'n/a' : `${Math.round(r * 1000) / 10}%`);
const STAGE_HEAD = ['first response', 'business hours', 'decision', 'business hours', 'resolution', 'business hours'];

const stageCells = (s: StageTimes) => [pair(s.hours), pair(s.businessHours)];
const lineRow = (l: ProcessingLine) => [
  l.group,
  l.workOrders,
  ...stageCells(l.firstResponse),
  ...stageCells(l.decision),
  ...stageCells(l.resolution),
];

export function processingSummary(p: ProcessingSection): string {
  const months = p.months
    .map(
      (m) =>
        `${m.month} ${h(m.resolution.businessHours.median)}${m.resolutionMedianChangePct === null ? '' : ` (${m.resolutionMedianChangePct > 0 ? '+' : ''}${m.resolutionMedianChangePct}%)`}`,
    )
    .join(' → ');
  return (
    `${p.workOrders} work orders; ${p.complaints} complaints, ${p.portalComplaints} through the portal (${pct(p.portalShare)}). ` +
    `Resolution median / p90: ${pair(p.all.resolution.hours)} (business hours ${pair(p.all.resolution.businessHours)}). ` +
    `Median resolution in business hours, month over month: ${months}. Medians and p90s within 10%.`
  );
}

export function processingTables(p: ProcessingSection): PlainTable[] {
  const head = (g: string) => [g, 'work orders', ...STAGE_HEAD.map((x, i) => (i % 2 ? x : `${x} median / p90`))];
  return [
    { title: 'Processing time by issue type', head: head('issue type'), rows: [lineRow(p.all), ...p.byIssueType.map(lineRow)] },
    { title: 'Processing time by channel', head: head('channel'), rows: p.byChannel.map(lineRow) },
    {
      title: 'Processing time month over month',
      head: [
        'month',
        'work orders',
        'first response median / p90',
        'business hours',
        'resolution median / p90',
        'business hours',
        'change (business median)',
      ],
      rows: p.months.map((m) => [
        m.month,
        m.workOrders,
        ...stageCells(m.firstResponse),
        ...stageCells(m.resolution),
        m.resolutionMedianChangePct === null ? 'n/a' : `${m.resolutionMedianChangePct > 0 ? '+' : ''}${m.resolutionMedianChangePct}%`,
      ]),
    },
  ];
}

export function satisfactionSummary(s: SatisfactionSection): string {
  return s.answers === 0
    ? 'No satisfaction answers in this period.'
    : `CSAT ${pct(s.csat)}: ${s.satisfied} of ${s.answers} answers were 4 or 5 (average ${s.average} of 5).`;
}

export function complaintRateTable(rates: SkuComplaintRate[]): PlainTable {
  const per = (v: number | null) => (v === null ? 'n/a' : v);
  return {
    title: 'Complaints per 100 orders',
    head: ['SKU', 'product', 'complaints', 'orders', 'per 100 orders', 'last month', 'orders last month', 'per 100 last month'],
    rows: rates.map((r) => [
      r.sku,
      r.title ?? '',
      r.complaints,
      r.orders,
      per(r.per100Orders),
      r.previousComplaints,
      r.previousOrders,
      per(r.previousPer100Orders),
    ]),
  };
}

/** CSV rows (group, stage, work orders reaching it, key=value figures) of a processing section. */
export function processingCsvRows(p: ProcessingSection): { dim: string; group: string; stage: string; count: number; figures: string }[] {
  const out: { dim: string; group: string; stage: string; count: number; figures: string }[] = [];
  const add = (dim: string, l: { group: string; firstResponse: StageTimes; resolution: StageTimes; decision?: StageTimes }) => {
    for (const [stage, s] of [
      ['first_response', l.firstResponse],
      ['decision', l.decision],
      ['resolution', l.resolution],
    ] as const) {
      if (!s) continue;
      out.push({
        dim,
        group: l.group,
        stage,
        count: s.count,
        figures: `median_h=${s.hours.median ?? ''};p90_h=${s.hours.p90 ?? ''};median_business_h=${s.businessHours.median ?? ''};p90_business_h=${s.businessHours.p90 ?? ''}`,
      });
    }
  };
  add('all', p.all);
  for (const l of p.byIssueType) add('issue_type', l);
  for (const l of p.byChannel) add('channel', l);
  for (const m of p.months) add('month', { group: m.month, firstResponse: m.firstResponse, resolution: m.resolution });
  return out;
}
