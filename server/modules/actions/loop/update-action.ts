import { z } from 'zod';
import { dueDateTime } from '../../../../contracts/input.js';
import type { AppContext } from '../../../platform/http/context.js';
import { AppError } from '../../../platform/errors.js';
import { appendEvents, type EventInput } from '../../../platform/events.js';
import { ACTION_STATUSES, transition } from '../rules/index.js';
import type { Action } from './action.js';
import { getAction, saveActionState } from './action-repository.js';
import { loadIssueWithPlaybook } from './load-issue.js';
import { measureBaseline } from './measure-rate.js';
import { reportIssueWork } from './report-work.js';
import { assertOwnTeam } from './team-scope.js';
import { isActiveUser } from '../../people/index.js';

export const updateActionInput = z
  .object({
    status: z.enum(ACTION_STATUSES).optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
    owner: z.string().trim().min(1).max(200).nullish(),
    /** The person to assign (an active user's id), or null to unassign. */
    assigneeId: z.number().int().positive().max(2147483647).nullable().optional(),
    dueAt: dueDateTime().nullish(),
    actor: z.string().trim().min(1).max(200).default('api'),
  })
  .strict();
export type UpdateActionInput = z.output<typeof updateActionInput>;

/**
 * Moves an action through its states (the rules say which moves are allowed and what each
 * needs), records the baseline when it is marked done, and logs every change as an event.
 * Verified and failed need a verdict: the review-windows job supplies it.
 */
export async function updateAction(ctx: Pick<AppContext, 'db' | 'clock'>, id: number, input: UpdateActionInput): Promise<Action> {
  return ctx.db.transaction().execute(async (tx) => {
    const action = await getAction(tx, id, true);
    if (!action) throw new AppError('action_not_found', `action ${id} does not exist`);
    assertOwnTeam(action.ownerTeam);
    const at = ctx.clock.now();
    const events: EventInput[] = [];
    const { issue } = await loadIssueWithPlaybook(tx, action.issueId);
    if (input.owner !== undefined || input.dueAt !== undefined || input.assigneeId !== undefined) {
      const owner = input.owner === undefined ? undefined : (input.owner ?? null);
      const dueAt = input.dueAt === undefined ? undefined : input.dueAt ? new Date(input.dueAt) : null;
      const assigneeId = input.assigneeId;
      if (assigneeId != null && !(await isActiveUser(tx, assigneeId)))
        throw new AppError('invalid_input', 'assigneeId: not an active user', [{ path: 'assigneeId', message: 'not an active user' }]);
      await saveActionState(tx, id, { status: action.status, owner, dueAt, assigneeId, at });
      events.push({
        type: 'action.updated',
        actor: input.actor,
        at,
        subjectType: 'action',
        subjectId: id,
        payload: {
          issueId: action.issueId,
          ...(owner !== undefined ? { owner } : {}),
          ...(assigneeId !== undefined ? { assigneeId } : {}),
          ...(dueAt !== undefined ? { dueAt: dueAt?.toISOString() ?? null } : {}),
        },
      });
    }
    if (input.status && input.status !== action.status) {
      const baseline = input.status === 'done' ? await measureBaseline(tx, issue, at, action.reviewWindowDays, action.metric) : null;
      const r = transition({ status: action.status, doneAt: action.doneAt, reviewDate: action.reviewDate }, input.status, {
        at,
        reason: input.reason,
        baseline,
        reviewWindowDays: action.reviewWindowDays,
        verdict: action.verdict ? { result: action.verdict.result } : null,
      });
      if (!r.ok) throw new AppError(r.error.code, r.error.reason);
      await saveActionState(tx, id, {
        status: r.action.status,
        doneAt: r.action.doneAt ?? null,
        reviewDate: r.action.reviewDate ?? null,
        ...(baseline ? { baseline } : {}),
        at,
      });
      events.push({
        type: r.event.type,
        actor: input.actor,
        at,
        subjectType: 'action',
        subjectId: id,
        payload: {
          issueId: action.issueId,
          sku: issue.sku,
          issueType: issue.issueType,
          from: r.event.from,
          to: r.event.to,
          reason: r.event.reason,
          location: action.location,
          change: action.change,
          ownerTeam: action.ownerTeam,
          ...(baseline ? { baseline } : {}),
          ...(r.action.reviewDate ? { reviewDate: r.action.reviewDate.toISOString() } : {}),
        },
      });
    }
    await appendEvents(tx, events);
    await reportIssueWork(tx, [action.issueId], { at, actor: input.actor });
    return (await getAction(tx, id))!;
  });
}
