import type { WeeklyReport } from './weekly-report.js';
import type { MonthlyReview } from './monthly-review.js';
import { weeklyMarkdown, monthlyMarkdown } from './render-markdown.js';
import { weeklyCsv, monthlyCsv } from './render-csv.js';
import { weeklyHtml, monthlyHtml } from './render-html.js';
import { htmlToPdf } from './render-pdf.js';

export const REPORT_FORMATS = ['json', 'md', 'html', 'csv', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface Rendered {
  body: string | Buffer;
  contentType: string;
  extension: string;
}

/** One report, any format: every format renders from the same data, so they never disagree. */
export async function renderReport(report: WeeklyReport | MonthlyReview, format: ReportFormat): Promise<Rendered> {
  const weekly = report.kind === 'weekly';
  switch (format) {
    case 'json':
      return { body: JSON.stringify(report, null, 2) + '\n', contentType: 'application/json; charset=utf-8', extension: 'json' };
    case 'md':
      return {
        body: weekly ? weeklyMarkdown(report) : monthlyMarkdown(report),
        contentType: 'text/markdown; charset=utf-8',
        extension: 'md',
      };
    case 'csv':
      return { body: weekly ? weeklyCsv(report) : monthlyCsv(report), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
    case 'html':
      return { body: weekly ? weeklyHtml(report) : monthlyHtml(report), contentType: 'text/html; charset=utf-8', extension: 'html' };
    case 'pdf':
      return { body: await htmlToPdf(weekly ? weeklyHtml(report) : monthlyHtml(report)), contentType: 'application/pdf', extension: 'pdf' };
  }
}
