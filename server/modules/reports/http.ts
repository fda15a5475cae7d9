import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { actorName } from '../../platform/actor.js';
import { parseInput } from '../../platform/http/validate.js';
import { dateQuery } from '../../platform/http/query.js';
import { doc } from '../../platform/http/openapi.js';
import { timeZone } from '../../../contracts/input.js';
import { weeklyReport } from './store-weekly-report.js';
import { generateMonthlyReview } from './monthly-review.js';
import { buildSupplierPacket } from './build-supplier-packet.js';
import { renderReport, REPORT_FORMATS } from './render-report.js';
import { lastCompleteWeek, shiftMonth } from './periods.js';
import { dayIn } from '../../lib/time/index.js';
import { readWorkOrder } from './read-work-order.js';
import type { WorkOrderTimes } from '../../../contracts/reports.js';

// What renderReport answers for json, md, html, csv and pdf.
const REPORT_MEDIA = ['application/json', 'text/markdown', 'text/html', 'text/csv', 'application/pdf'];
const weeklyQuery = z.object({
  week: z
    .string()
    .regex(/^\d{4}-W\d{2}$/, 'must look like 2026-W47')
    .optional(),
  tz: timeZone().optional(),
  format: z.enum(REPORT_FORMATS).default('json'),
  fresh: z.enum(['0', '1', 'true', 'false']).optional(),
});
const monthlyQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'must look like 2026-11')
    .optional(),
  tz: timeZone().optional(),
  format: z.enum(REPORT_FORMATS).default('json'),
});
const packetQuery = z.object({
  supplier: z.string().min(1).max(200).optional(),
  batch: z.string().min(1).max(100).optional(),
  from: dateQuery,
  to: dateQuery,
});

export function reportRoutes(ctx: AppContext) {
  const app = new Hono();
  const send = (body: string | Buffer, contentType: string, fileName?: string) =>
    new Response(body as BodyInit, {
      headers: { 'content-type': contentType, ...(fileName ? { 'content-disposition': `attachment; filename="${fileName}"` } : {}) },
    });

  app.get(
    '/weekly',
    doc({
      summary: 'The weekly voice-of-customer report',
      description:
        'Defaults: the last complete week in the server time zone. A stored week is served as it was; fresh=1 recomputes. Formats other than json come as an attachment.',
      query: weeklyQuery,
      responses: { 200: { description: 'the report in the asked format', content: REPORT_MEDIA } },
      errors: ['report_pdf_unavailable'],
    }),
    async (c) => {
      const q = parseInput(weeklyQuery, c.req.query());
      const tz = q.tz ?? ctx.config.timeZone;
      const week = q.week ?? lastCompleteWeek(tz, ctx.clock.now());
      const report = await weeklyReport(ctx, { week, timeZone: tz, fresh: q.fresh === '1' || q.fresh === 'true' });
      const r = await renderReport(report, q.format);
      return send(r.body, r.contentType, q.format === 'json' ? undefined : `voice-of-customer-${week}.${r.extension}`);
    },
  );

  app.get(
    '/monthly',
    doc({
      summary: 'The monthly SKU review (default: last month)',
      query: monthlyQuery,
      responses: { 200: { description: 'the review in the asked format', content: REPORT_MEDIA } },
      errors: ['report_pdf_unavailable'],
    }),
    async (c) => {
      const q = parseInput(monthlyQuery, c.req.query());
      const tz = q.tz ?? ctx.config.timeZone;
      const month = q.month ?? shiftMonth(dayIn(tz, ctx.clock.now()).slice(0, 7), -1);
      const r = await renderReport(await generateMonthlyReview(ctx, { month, timeZone: tz }), q.format);
      return send(r.body, r.contentType, q.format === 'json' ? undefined : `sku-review-${month}.${r.extension}`);
    },
  );

  app.get(
    '/supplier-packet',
    doc({
      summary:
        'A zip for a supplier: summary.md, signals.csv (wording, personal data masked), photos.csv (links), orders.csv (no customer ids)',
      description: 'Give supplier or batch. A bare to date is inclusive.',
      query: packetQuery,
      responses: { 200: { description: 'the packet', content: ['application/zip'] } },
    }),
    async (c) => {
      const q = parseInput(packetQuery, c.req.query());
      // A bare end date means "through that day".
      const to = /^\d{4}-\d{2}-\d{2}$/.test(c.req.query('to') ?? '') ? new Date(q.to.getTime() + 86_400_000) : q.to;
      const p = await buildSupplierPacket(ctx, { supplier: q.supplier, batch: q.batch, from: q.from, to, actor: actorName('api') });
      return send(Buffer.from(p.zip), 'application/zip', p.fileName);
    },
  );
  app.get(
    '/work-orders/:id{[0-9]{1,15}}',
    doc({
      summary: 'One work order (a signal with an SLA): received, first response, decision, resolved, in calendar and business hours',
      errors: ['work_order_not_found'],
    }),
    async (c) => c.json((await readWorkOrder(ctx, Number(c.req.param('id')))) satisfies WorkOrderTimes),
  );
  return app;
}
