import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { actorName } from '../../platform/actor.js';
import { parseInput } from '../../platform/http/validate.js';
import { dateQuery } from '../../platform/http/query.js';
import { doc } from '../../platform/http/openapi.js';
import { appendEvents } from '../../platform/events.js';
import { loadSlaPolicy, saveSlaPolicy } from './sla-repository.js';
import { parseSlaPolicy, slaPolicySchema } from './sla-policy.js';
import { slaFiguresBetween } from './sla-figures-between.js';
import type { SlaFiguresView, SlaPolicy } from '../../../contracts/sla.js';

export function slaRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/policy', doc({ summary: 'SLA targets per class, business hours, time zone and holidays' }), async (c) =>
    c.json((await loadSlaPolicy(ctx.db)) satisfies SlaPolicy),
  );
  app.put('/policy', doc({ summary: 'Replace the SLA policy; fields left out keep their defaults', body: slaPolicySchema }), async (c) => {
    const policy = parseSlaPolicy(await c.req.json().catch(() => null));
    await saveSlaPolicy(ctx.db, policy);
    await appendEvents(ctx.db, [
      {
        type: 'settings.sla_policy_changed',
        actor: actorName('seller'),
        at: ctx.clock.now(),
        payload: { classes: policy.classes, timeZone: policy.calendar.timeZone },
      },
    ]);
    return c.json(policy satisfies SlaPolicy);
  });
  const figuresQuery = z.object({ from: dateQuery, to: dateQuery });
  app.get(
    '/figures',
    doc({
      summary:
        'First response, resolution, first-contact resolution, reopen and breach rates between two dates, and per person (byPerson: first reply, resolution, open load)',
      query: figuresQuery,
    }),
    async (c) => {
      const q = parseInput(figuresQuery, c.req.query());
      return c.json((await slaFiguresBetween(ctx, q.from, q.to)) satisfies SlaFiguresView);
    },
  );
  return app;
}
