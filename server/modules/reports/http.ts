import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput } from '../../platform/http/validate.js';
import { dateQuery } from '../../platform/http/query.js';
import { weeklyReport } from './store-weekly-report.js';
import { generateMonthlyReview } from './monthly-review.js';
import { buildSupplierPacket } from './build-supplier-packet.js';
import { renderReport, REPORT_FORMATS } from './render-report.js';
import { lastCompleteWeek, shiftMonth } from './periods.js';
import { dayIn } from '../../lib/time/index.js';

const weeklyQuery = z.object({
  week: z.string().regex(/^\d{4}-W\d{2}$/, 'must look like 2026-W47').optional(),
  tz: z.string().min(1).max(64).optional(),
  format: z.enum(REPORT_FORMATS).default('json'),
  fresh: z.enum(['0', '1', 'true', 'false']).optional(),
});
const monthlyQuery = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/, 'must look like 2026-11').optional(),
  tz: z.string().min(1).max(64).optional(),
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
  const send = (body: string | Buffer, contentType: string, fileName?: string) => new Response(body as BodyInit, {
    headers: { 'content-type': contentType, ...(fileName ? { 'content-disposition': `attachment; filename="${fileName}"` } : {}) },
  });

  app.get('/weekly', async (c) => {
    const q = parseInput(weeklyQuery, c.req.query());
    const tz = q.tz ?? ctx.config.timeZone;
    const week = q.week ?? lastCompleteWeek(tz, ctx.clock.now());
    const report = await weeklyReport(ctx, { week, timeZone: tz, fresh: q.fresh === '1' || q.fresh === 'true' });
    const r = await renderReport(report, q.format);
    return send(r.body, r.contentType, q.format === 'json' ? undefined : `voice-of-customer-${week}.${r.extension}`);
  });

  app.get('/monthly', async (c) => {
    const q = parseInput(monthlyQuery, c.req.query());
    const tz = q.tz ?? ctx.config.timeZone;
    const month = q.month ?? shiftMonth(dayIn(tz, ctx.clock.now()).slice(0, 7), -1);
    const r = await renderReport(await generateMonthlyReview(ctx, { month, timeZone: tz }), q.format);
    return send(r.body, r.contentType, q.format === 'json' ? undefined : `sku-review-${month}.${r.extension}`);
  });

  app.get('/supplier-packet', async (c) => {
    const q = parseInput(packetQuery, c.req.query());
    // A bare end date means "through that day".
    const to = /^\d{4}-\d{2}-\d{2}$/.test(c.req.query('to') ?? '') ? new Date(q.to.getTime() + 86_400_000) : q.to;
    const p = await buildSupplierPacket(ctx, { supplier: q.supplier, batch: q.batch, from: q.from, to, actor: 'api' });
    return send(Buffer.from(p.zip), 'application/zip', p.fileName);
  });
  return app;
}
