import { Hono } from 'hono';
import { z } from 'zod';
import { inspectionImportInput, inspectionInput, type InspectionList } from '../../../contracts/inspections.js';
import type { AppContext } from '../../platform/http/context.js';
import { doc } from '../../platform/http/openapi.js';
import { parseInput } from '../../platform/http/validate.js';
import { inspectionsOf } from './inspection-repository.js';
import { recordInspection } from './record-inspection.js';
import { importInspections } from './import-inspections.js';

const listQuery = z.object({ batch: z.string().min(1).max(100), sku: z.string().max(100).optional() });

export function inspectionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.post(
    '/',
    doc({
      summary: 'Record the QA inspection of a batch: date, inspector, result, notes, photo addresses',
      body: inspectionInput,
      responses: { 201: '{ id }' },
    }),
    async (c) => {
      const input = parseInput(inspectionInput, await c.req.json().catch(() => null));
      return c.json({ id: await recordInspection(ctx, input, 'api') }, 201);
    },
  );
  app.post(
    '/import',
    doc({
      summary:
        'Import inspection records from a QA sheet: { csv } with a header row (batch, sku, inspected_at or date, inspector, result, notes, photos); bad rows are listed by line, the rest imported',
      body: inspectionImportInput,
      responses: { 200: '{ read, inserted, duplicates, rejected, rejects }' },
    }),
    async (c) => {
      const { csv } = parseInput(inspectionImportInput, await c.req.json().catch(() => null));
      return c.json(await importInspections(ctx, csv, 'api'));
    },
  );
  app.get('/', doc({ summary: "A batch's inspection records, newest first", query: listQuery }), async (c) => {
    const q = parseInput(listQuery, c.req.query());
    return c.json({ items: await inspectionsOf(ctx.db, { batches: [q.batch], sku: q.sku }) } satisfies InspectionList);
  });
  return app;
}
