import { Hono } from 'hono';
import { z } from 'zod';
import { ISSUE_TYPES } from '../../../contracts/signal.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorName } from '../../platform/actor.js';
import { parseInput } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { compileSellerRules } from './rules.js';
import { patternProblem } from './seller-pattern.js';
import { listModels, loadTeams } from './triage-repository.js';
import { trainStoreModel } from './train-store-model.js';
import { triageSignal } from './triage-signal.js';
import { presentTriage } from './present-triage.js';
import type { ModelVersionList, TeamConfig, TrainResult, TriageRuleList, TriageRuleRow } from '../../../contracts/triage.js';

// The stored row as JSON writes it (its Date as ISO text).
const ruleRow = (r: Omit<TriageRuleRow, 'created_at'> & { created_at: Date }): TriageRuleRow => ({
  ...r,
  created_at: r.created_at.toISOString(),
});
import { loadTriageContext } from './triage-stored-signals.js';

const ruleBody = z
  .object({
    issueType: z.enum(ISSUE_TYPES),
    language: z.enum(['en', 'pt', 'es', 'de', 'fr', 'any']).default('any'),
    phrase: z.string().min(2).max(200).optional(),
    pattern: z.string().min(2).max(500).optional(),
    weight: z.number().min(-5).max(5).default(1),
    actor: z.string().min(1).max(200).default('seller'),
  })
  .strict()
  .refine((r) => Boolean(r.phrase) !== Boolean(r.pattern), { message: 'give exactly one of phrase or pattern', path: ['phrase'] });

const teamsBody = z
  .object({
    clueOwners: z
      .object({
        listing: z.string().min(1).max(100),
        label: z.string().min(1).max(100),
        product: z.string().min(1).max(100),
        promise: z.string().min(1).max(100),
        safety: z.string().min(1).max(100),
      })
      .partial()
      .optional(),
    issueOwners: z.partialRecord(z.enum(ISSUE_TYPES), z.string().min(1).max(100)).optional(),
    defaultOwner: z.string().min(1).max(100).optional(),
  })
  .strict();

/** Seller-editable triage data (phrases, rules, teams) and the model's versions. */
export function triageRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/rules', doc({ summary: "The seller's triage rules", responses: { 200: '{ items }' } }), async (c) =>
    c.json({ items: (await ctx.db.selectFrom('triage_rules').selectAll().orderBy('id').execute()).map(ruleRow) } satisfies TriageRuleList),
  );
  app.post(
    '/rules',
    doc({
      summary: 'Add a seller rule: a phrase or a regular expression (pattern) for an issue type, with a weight (negative to suppress)',
      body: ruleBody,
      responses: { 201: 'the stored rule' },
    }),
    async (c) => {
      const r = parseInput(ruleBody, await c.req.json().catch(() => null));
      const patternIssue = r.pattern ? patternProblem(r.pattern) : null;
      if (patternIssue) throw new AppError('invalid_input', `pattern: ${patternIssue}`, [{ path: 'pattern', message: patternIssue }]);
      try {
        compileSellerRules([{ issueType: r.issueType, language: r.language, phrase: r.phrase, pattern: r.pattern, weight: r.weight }]);
      } catch (e) {
        throw new AppError('invalid_input', `${r.pattern ? 'pattern' : 'phrase'}: ${(e as Error).message}`, [
          { path: r.pattern ? 'pattern' : 'phrase', message: (e as Error).message },
        ]);
      }
      const row = await ctx.db
        .insertInto('triage_rules')
        .values({
          issue_type: r.issueType,
          language: r.language,
          phrase: r.phrase ?? null,
          pattern: r.pattern ?? null,
          weight: r.weight,
          created_by: actorName(r.actor),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendEvents(ctx.db, [
        {
          type: 'triage.rule_added',
          actor: actorName(r.actor),
          at: ctx.clock.now(),
          subjectType: 'triage_rule',
          subjectId: row.id,
          payload: { issueType: r.issueType, phrase: r.phrase, pattern: r.pattern },
        },
      ]);
      return c.json(ruleRow(row), 201);
    },
  );
  app.delete(
    '/rules/:id{[0-9]{1,9}}',
    doc({ summary: 'Remove a seller rule', responses: { 204: 'removed' }, errors: ['not_found'] }),
    async (c) => {
      const res = await ctx.db
        .deleteFrom('triage_rules')
        .where('id', '=', Number(c.req.param('id')))
        .executeTakeFirst();
      if (!res.numDeletedRows) throw new AppError('not_found', `rule ${c.req.param('id')} does not exist`);
      await appendEvents(ctx.db, [
        {
          type: 'triage.rule_removed',
          actor: actorName('seller'),
          at: ctx.clock.now(),
          subjectType: 'triage_rule',
          subjectId: c.req.param('id'),
        },
      ]);
      return c.body(null, 204);
    },
  );
  app.get('/teams', doc({ summary: 'Owner team per clue and per issue type, and the default owner' }), async (c) =>
    c.json((await loadTeams(ctx.db)) satisfies TeamConfig),
  );
  app.put('/teams', doc({ summary: 'Change owner teams; fields left out keep their value', body: teamsBody }), async (c) => {
    const body = parseInput(teamsBody, await c.req.json().catch(() => null));
    const current = await loadTeams(ctx.db);
    const next = {
      clueOwners: { ...current.clueOwners, ...body.clueOwners },
      issueOwners: { ...current.issueOwners, ...body.issueOwners },
      defaultOwner: body.defaultOwner ?? current.defaultOwner,
    };
    await ctx.db
      .insertInto('settings')
      .values({ key: 'teams', value: JSON.stringify(next) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(next), updated_at: ctx.clock.now() }))
      .execute();
    await appendEvents(ctx.db, [{ type: 'settings.teams_changed', actor: actorName('seller'), at: ctx.clock.now(), payload: next }]);
    return c.json(next satisfies TeamConfig);
  });
  app.get('/models', doc({ summary: "The store's model versions with their evaluation", responses: { 200: '{ items }' } }), async (c) =>
    c.json({ items: (await listModels(ctx.db)).map((m) => ({ ...m, trained_at: m.trained_at.toISOString() })) } satisfies ModelVersionList),
  );
  app.post(
    '/train',
    doc({
      summary:
        "Train the store's model from label corrections; it becomes active only when it does at least as well as the current one on held-back corrections",
    }),
    async (c) => c.json((await trainStoreModel(ctx)) satisfies TrainResult),
  );
  // Try triage on any text without storing it (the rules editor's preview).
  const previewBody = z.object({ text: z.string().min(1).max(20_000), title: z.string().max(1000).optional() }).strict();
  app.post('/preview', doc({ summary: 'Triage any text without storing it', body: previewBody }), async (c) => {
    const body = parseInput(previewBody, await c.req.json().catch(() => null));
    return c.json(presentTriage('preview', triageSignal(body, await loadTriageContext(ctx.db))));
  });
  return app;
}
