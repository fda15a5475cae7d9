import { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { currentKnowledge, insertKnowledgeVersion, KNOWLEDGE_KINDS, type KnowledgeVersion } from './knowledge-repository.js';

export const knowledgeInput = z
  .object({
    kind: z.enum(KNOWLEDGE_KINDS).optional(),
    title: z.string().trim().min(1).max(300).optional(),
    body: z.string().trim().min(1).max(20_000),
    sku: z.string().trim().min(1).max(100).nullish(),
    issueId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullish(),
    changeNote: z.string().trim().min(3).max(2000),
    actor: z.string().trim().min(1).max(200).default('api'),
  })
  .strict();
export type KnowledgeInput = z.output<typeof knowledgeInput>;

export const knowledgeIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{1,99}$/, 'lowercase letters, digits, - and _');

/**
 * A new version of a support macro, FAQ entry or chatbot entry (or its first, when `kind` and
 * `title` are given). The old version stays; the event puts the change and its reason in the
 * support feed, so an agent always sees the current answer and why it changed.
 */
export async function updateKnowledge(ctx: Pick<AppContext, 'db' | 'clock'>, id: string, input: KnowledgeInput): Promise<KnowledgeVersion> {
  return ctx.db.transaction().execute(async (tx) => {
    const [current] = await currentKnowledge(tx, { ids: [id] });
    if (!current && (!input.kind || !input.title)) {
      throw new AppError('knowledge_not_found', `knowledge entry ${id} does not exist; give kind and title to create it`);
    }
    const at = ctx.clock.now();
    const next: KnowledgeVersion = {
      id,
      version: (current?.version ?? 0) + 1,
      kind: input.kind ?? current!.kind,
      title: input.title ?? current!.title,
      body: input.body,
      sku: input.sku === undefined ? (current?.sku ?? null) : input.sku,
      issueId: input.issueId === undefined ? (current?.issueId ?? null) : input.issueId,
      changeNote: input.changeNote,
      updatedBy: input.actor,
      updatedAt: at,
    };
    if (!(await insertKnowledgeVersion(tx, next))) {
      throw new AppError('conflict', `knowledge entry ${id} changed while saving; reload and try again`);
    }
    await appendEvents(tx, [
      {
        type: 'knowledge.updated',
        actor: input.actor,
        at,
        subjectType: 'knowledge',
        subjectId: id,
        payload: {
          kind: next.kind,
          title: next.title,
          version: next.version,
          changeNote: next.changeNote,
          sku: next.sku,
          issueId: next.issueId,
        },
      },
    ]);
    return next;
  });
}
