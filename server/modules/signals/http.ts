import { Hono } from 'hono';
import { z } from 'zod';
import { signalInput, CHANNELS } from '../../../contracts/signal.js';
import { pastDateTime } from '../../../contracts/input.js';
import type { SignalDeleted, SignalIngestBatch, SignalIngested, SignalPage, SignalsUpdated } from '../../../contracts/signals.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorName, currentActor } from '../../platform/actor.js';
import { parseInput, readOneOrBatch } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import { pageQuery, dateQuery, idText } from '../../platform/http/query.js';
import { ingestSignals } from './ingest-signals.js';
import { listSignals } from './list-signals.js';
import { getSignal } from './get-signal.js';
import { presentSignal, type SlaView } from './present-signal.js';
import { ISSUE_TYPES } from '../../../contracts/signal.js';
import { updateSignals } from './update-signal.js';
import type { SignalCondition, SignalSortKey } from './signal-repository.js';
import { deleteSignal } from './delete-signal.js';

const patchBody = z
  .object({
    status: z.enum(['open', 'pending', 'resolved', 'reopened']).optional(),
    issueTypes: z.array(z.enum(ISSUE_TYPES)).max(16).optional(),
    ownerTeam: z.string().min(1).max(100).optional(),
    /** The person to assign (an active user's id); null unassigns. */
    assigneeId: z.number().int().positive().max(2147483647).nullable().optional(),
    actor: z.string().min(1).max(200).default('agent'),
    /** When the status change happened, if not now: a change made elsewhere (a helpdesk) recorded at its own time. */
    at: pastDateTime().optional(),
  })
  .strict();
const bulkBody = patchBody.extend({ ids: z.array(z.number().int().positive().max(Number.MAX_SAFE_INTEGER)).min(1).max(1000) });

export const MAX_BATCH = 1000;

const listQuery = z.object({
  channel: z.enum(CHANNELS).optional(),
  sku: z.string().max(100).optional(),
  batch: z.string().max(100).optional(),
  from: dateQuery.optional(),
  to: dateQuery.optional(),
  q: z.string().max(500).optional(),
  issueType: z.enum(ISSUE_TYPES).optional(),
  ownerTeam: z.string().max(100).optional(),
  /** `me`: the signed-in person's; `none`: nobody's; a user id: theirs. */
  assignee: z
    .union(
      [
        z.enum(['me', 'none']),
        z
          .string()
          .regex(/^\d{1,10}$/)
          .refine((v) => Number(v) <= 2147483647),
      ],
      {
        error: 'must be me, none or a user id',
      },
    )
    .optional(),
  mustBeHuman: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  slaState: z.enum(['on_track', 'at_risk', 'breached', 'met']).optional(),
  status: z.enum(['open', 'pending', 'resolved']).optional(),
  issueId: idText.transform(Number).optional(),
  customerId: z.string().min(1).max(200).optional(),
  orderId: z.string().min(1).max(200).optional(),
  sort: z.enum(['newest', 'slaDue']).optional(),
  ...pageQuery,
});

/**
 * What the signal views show from later stages, handed in by the composition root (server/app.ts):
 * signals comes before the SLA and issues in the flow and imports neither.
 */
export interface SignalViewSources {
  slaStates(db: AppContext['db'], signalIds: number[]): Promise<Map<number, SlaView>>;
  inSlaState(state: string): SignalCondition;
  /** The signals of one repeated issue (its membership, whatever its SKU, batch, route or market). */
  inIssue(issueId: number): SignalCondition;
  /** The date each signal's SLA falls due next (sort=slaDue: the work queue, most overdue first). */
  slaDueKey: SignalSortKey;
}

export function signalRoutes(ctx: AppContext, { slaStates, inSlaState, inIssue, slaDueKey }: SignalViewSources) {
  const app = new Hono();

  app.post(
    '/',
    doc({
      summary: 'Receive one signal (an object) or a batch (an array), triaged and given its SLA on the way in',
      description:
        'A signal already stored (same channel and externalId) is a duplicate: 200 instead of 201. A batch is validated whole first; every bad item is named by index and nothing is stored.',
      body: signalInput,
      batch: MAX_BATCH,
      responses: {
        201: 'stored: { id, status, duplicate } for one, { inserted, duplicates, results } for a batch',
        200: 'every signal was a duplicate',
      },
    }),
    async (c) => {
      const { items, batch } = await readOneOrBatch(c.req, signalInput, MAX_BATCH);
      const results = await ingestSignals(ctx, items, { actor: actorName('api'), source: 'api' });
      const inserted = results.filter((r) => r.status === 'inserted').length;
      if (!batch) {
        const r = results[0]!;
        return c.json(
          { id: r.id, status: r.status, duplicate: r.status === 'duplicate' } satisfies SignalIngested,
          r.status === 'inserted' ? 201 : 200,
        );
      }
      return c.json({ inserted, duplicates: results.length - inserted, results } satisfies SignalIngestBatch, inserted ? 201 : 200);
    },
  );

  app.get(
    '/',
    doc({
      summary:
        'Signals, newest first (sort=slaDue: the SLA due soonest or most overdue first), with their SLA state; issueId gives the signals of one repeated issue; assignee=me|none|<user id>',
      query: listQuery,
      responses: { 200: '{ items, nextCursor }' },
    }),
    async (c) => {
      const { slaState, issueId, sort, assignee: who, ...q } = parseInput(listQuery, c.req.query());
      // "me" with nobody signed in (one person, no accounts) matches nothing: nothing is assigned there.
      const assignee = who === undefined ? undefined : who === 'none' ? null : who === 'me' ? (currentActor()?.userId ?? 0) : Number(who);
      const where = [...(slaState ? [inSlaState(slaState)] : []), ...(issueId !== undefined ? [inIssue(issueId)] : [])];
      const page = await listSignals(ctx.db, { ...q, assignee, where, sortKey: sort === 'slaDue' ? slaDueKey : undefined });
      const sla = await slaStates(
        ctx.db,
        page.items.map((s) => s.id),
      );
      return c.json({
        items: page.items.map((s) => presentSignal(s, { view: 'list', sla: sla.get(s.id) })),
        nextCursor: page.nextCursor,
      } satisfies SignalPage);
    },
  );

  app.get(
    '/:id{[0-9]{1,15}}',
    doc({ summary: 'One signal with its triage, evidence and SLA', errors: ['signal_not_found'] }),
    async (c) => {
      const s = await getSignal(ctx.db, Number(c.req.param('id')));
      const sla = await slaStates(ctx.db, [s.id]);
      return c.json(presentSignal(s, { view: 'detail', sla: sla.get(s.id) }));
    },
  );

  app.delete(
    '/:id{[0-9]{1,15}}',
    doc({
      summary: 'Delete a signal with its attachments, replies and SLA rows; report rollups lose its counts in the same transaction',
      errors: ['signal_not_found', 'conflict'],
      description: '409 conflict while a UGC asset still points at the signal.',
    }),
    async (c) => c.json((await deleteSignal(ctx, Number(c.req.param('id')), actorName('api'))) satisfies SignalDeleted),
  );
  app.patch(
    '/:id{[0-9]{1,15}}',
    doc({
      summary:
        "An agent's edit: status (a resolved signal set open is a reopen; `at` dates a change made elsewhere), issueTypes (a label correction, kept through re-triage and used for training), ownerTeam (reassigns the signal to a member of the new team), assigneeId (an active user's id, or null)",
      body: patchBody,
      responses: { 200: 'the signal as edited' },
      errors: ['signal_not_found'],
    }),
    async (c) => {
      const { at, ...body } = parseInput(patchBody, await c.req.json().catch(() => null));
      // Signed in, the person is the actor whatever the body says.
      await updateSignals(ctx, [Number(c.req.param('id'))], { ...body, actor: actorName(body.actor), ...(at ? { at: new Date(at) } : {}) });
      const s = await getSignal(ctx.db, Number(c.req.param('id')));
      return c.json(presentSignal(s, { view: 'detail', sla: (await slaStates(ctx.db, [s.id])).get(s.id) }));
    },
  );
  app.post(
    '/bulk',
    doc({ summary: 'The same edit on up to 1,000 signals at once, all or nothing', body: bulkBody, errors: ['signal_not_found'] }),
    async (c) => {
      const { ids, at, ...patch } = parseInput(bulkBody, await c.req.json().catch(() => null));
      return c.json(
        (await updateSignals(ctx, ids, {
          ...patch,
          actor: actorName(patch.actor),
          ...(at ? { at: new Date(at) } : {}),
        })) satisfies SignalsUpdated,
      );
    },
  );
  return app;
}
