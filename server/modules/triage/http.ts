import { Hono } from 'hono';
import { z } from 'zod';
import { ISSUE_TYPES } from '../../../contracts/signal.js';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput } from '../../platform/http/validate.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { compileSellerRules } from './rules.js';
import { patternProblem } from './seller-pattern.js';
import { listModels, loadTeams } from './triage-repository.js';
import { trainStoreModel } from './train-store-model.js';
import { triageSignal } from './triage-signal.js';
import { presentTriage } from './present-triage.js';
import { loadTriageContext } from './triage-stored-signals.js';

const ruleBody = z.object({
  issueType: z.enum(ISSUE_TYPES), language: z.enum(['en', 'pt', 'any']).default('any'),
  phrase: z.string().min(2).max(200).optional(), pattern: z.string().min(2).max(500).optional(),
  weight: z.number().min(-5).max(5).default(1), actor: z.string().min(1).max(200).default('seller'),
}).strict().refine((r) => Boolean(r.phrase) !== Boolean(r.pattern), { message: 'give exactly one of phrase or pattern', path: ['phrase'] });

const teamsBody = z.object({
  clueOwners: z.object({ listing: z.string().min(1).max(100), label: z.string().min(1).max(100), product: z.string().min(1).max(100), promise: z.string().min(1).max(100), safety: z.string().min(1).max(100) }).partial().optional(),
  issueOwners: z.partialRecord(z.enum(ISSUE_TYPES), z.string().min(1).max(100)).optional(),
  defaultOwner: z.string().min(1).max(100).optional(),
}).strict();

/** Seller-editable triage data (phrases, rules, teams) and the model's versions. */
export function triageRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/rules', async (c) => c.json({ items: await ctx.db.selectFrom('triage_rules').selectAll().orderBy('id').execute() }));
  app.post('/rules', async (c) => {
    const r = parseInput(ruleBody, await c.req.json().catch(() => null));
    const patternIssue = r.pattern ? patternProblem(r.pattern) : null;
    if (patternIssue) throw new AppError('invalid_input', `pattern: ${patternIssue}`, [{ path: 'pattern', message: patternIssue }]);
    try { compileSellerRules([{ issueType: r.issueType, language: r.language, phrase: r.phrase, pattern: r.pattern, weight: r.weight }]); } catch (e) {
      throw new AppError('invalid_input', `${r.pattern ? 'pattern' : 'phrase'}: ${(e as Error).message}`, [{ path: r.pattern ? 'pattern' : 'phrase', message: (e as Error).message }]);
    }
    const row = await ctx.db.insertInto('triage_rules').values({ issue_type: r.issueType, language: r.language, phrase: r.phrase ?? null, pattern: r.pattern ?? null, weight: r.weight, created_by: r.actor }).returningAll().executeTakeFirstOrThrow();
    await appendEvents(ctx.db, [{ type: 'triage.rule_added', actor: r.actor, at: ctx.clock.now(), subjectType: 'triage_rule', subjectId: row.id, payload: { issueType: r.issueType, phrase: r.phrase, pattern: r.pattern } }]);
    return c.json(row, 201);
  });
  app.delete('/rules/:id{[0-9]{1,9}}', async (c) => {
    const res = await ctx.db.deleteFrom('triage_rules').where('id', '=', Number(c.req.param('id'))).executeTakeFirst();
    if (!res.numDeletedRows) throw new AppError('not_found', `rule ${c.req.param('id')} does not exist`);
    await appendEvents(ctx.db, [{ type: 'triage.rule_removed', actor: 'seller', at: ctx.clock.now(), subjectType: 'triage_rule', subjectId: c.req.param('id') }]);
    return c.body(null, 204);
  });
  app.get('/teams', async (c) => c.json(await loadTeams(ctx.db)));
  app.put('/teams', async (c) => {
    const body = parseInput(teamsBody, await c.req.json().catch(() => null));
    const current = await loadTeams(ctx.db);
    const next = { clueOwners: { ...current.clueOwners, ...body.clueOwners }, issueOwners: { ...current.issueOwners, ...body.issueOwners }, defaultOwner: body.defaultOwner ?? current.defaultOwner };
    await ctx.db.insertInto('settings').values({ key: 'teams', value: JSON.stringify(next) }).onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(next), updated_at: ctx.clock.now() })).execute();
    await appendEvents(ctx.db, [{ type: 'settings.teams_changed', actor: 'seller', at: ctx.clock.now(), payload: next }]);
    return c.json(next);
  });
  app.get('/models', async (c) => c.json({ items: await listModels(ctx.db) }));
  app.post('/train', async (c) => c.json(await trainStoreModel(ctx)));
  // Try triage on any text without storing it (the rules editor's preview).
  app.post('/preview', async (c) => {
    const body = parseInput(z.object({ text: z.string().min(1).max(20_000), title: z.string().max(1000).optional() }).strict(), await c.req.json().catch(() => null));
    return c.json(presentTriage('preview', triageSignal(body, await loadTriageContext(ctx.db))));
  });
  return app;
}
