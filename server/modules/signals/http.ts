import { Hono } from 'hono';
import { z } from 'zod';
import { signalInput, CHANNELS } from '../../../contracts/signal.js';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput, readOneOrBatch } from '../../platform/http/validate.js';
import { pageQuery, dateQuery } from '../../platform/http/query.js';
import { ingestSignals } from './ingest-signals.js';
import { listSignals } from './list-signals.js';
import { getSignal } from './get-signal.js';
import { presentSignal } from './present-signal.js';

export const MAX_BATCH = 1000;

const listQuery = z.object({
  channel: z.enum(CHANNELS).optional(),
  sku: z.string().max(100).optional(),
  batch: z.string().max(100).optional(),
  from: dateQuery.optional(),
  to: dateQuery.optional(),
  q: z.string().max(500).optional(),
  ...pageQuery,
});

export function signalRoutes(ctx: AppContext) {
  const app = new Hono();

  app.post('/', async (c) => {
    const { items, batch } = await readOneOrBatch(c.req, signalInput, MAX_BATCH);
    const results = await ingestSignals(ctx, items, { actor: 'api', source: 'api' });
    const inserted = results.filter((r) => r.status === 'inserted').length;
    if (!batch) {
      const r = results[0]!;
      return c.json({ id: r.id, status: r.status, duplicate: r.status === 'duplicate' }, r.status === 'inserted' ? 201 : 200);
    }
    return c.json({ inserted, duplicates: results.length - inserted, results }, inserted ? 201 : 200);
  });

  app.get('/', async (c) => {
    const q = parseInput(listQuery, c.req.query());
    const page = await listSignals(ctx.db, q);
    return c.json({ items: page.items.map(presentSignal), nextCursor: page.nextCursor });
  });

  app.get('/:id{[0-9]+}', async (c) => {
    return c.json(presentSignal(await getSignal(ctx.db, Number(c.req.param('id')))));
  });

  return app;
}
