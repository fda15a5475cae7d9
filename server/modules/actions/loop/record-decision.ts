import type { AppContext } from '../../../platform/http/context.js';
import { AppError } from '../../../platform/errors.js';
import { appendEvents } from '../../../platform/events.js';
import { assertOwnTeam } from '../../../platform/actor.js';
import { validateDecision } from '../rules/index.js';
import type { StoredDecision } from './action.js';
import { actionsForIssues, insertDecision } from './action-repository.js';
import { loadIssueWithPlaybook } from './load-issue.js';
import { getIssues } from '../../issues/index.js';

/**
 * The owner's answer back to support. Validated by its type's own fields; stored with the note;
 * a `decision.recorded` event puts it in the support feed.
 */
export async function recordDecision(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  issueId: number,
  body: unknown,
  actor: string,
): Promise<StoredDecision> {
  const at = ctx.clock.now();
  const input = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const r = validateDecision({ decidedBy: actor, decidedAt: at.toISOString(), ...input, issueId: String(issueId) });
  if (!r.ok)
    throw new AppError(
      'decision_invalid',
      r.errors
        .map((e) => `${e.path}: ${e.message}`)
        .slice(0, 3)
        .join('; '),
      r.errors,
    );
  const { issueId: _id, type, decidedBy, decidedAt, note, ...details } = r.decision;
  return ctx.db.transaction().execute(async (tx) => {
    const { issue } = await loadIssueWithPlaybook(tx, issueId);
    // An owner answers for the issues of their teams: its owner team, or a team with an action on it.
    const [found] = await getIssues(tx, [issueId]);
    assertOwnTeam([found?.ownerTeam ?? null, ...(await actionsForIssues(tx, [issueId])).map((a) => a.ownerTeam)], `issue ${issueId}`);
    const d = await insertDecision(tx, { issueId, type, decidedBy, decidedAt: new Date(decidedAt), note, details }, at);
    await appendEvents(tx, [
      {
        type: 'decision.recorded',
        actor: decidedBy,
        at,
        subjectType: 'issue',
        subjectId: issueId,
        payload: {
          decisionId: d.id,
          issueId,
          type,
          note,
          details,
          sku: issue.sku,
          issueType: issue.issueType,
        },
      },
    ]);
    return d;
  });
}
