import { z } from 'zod';
import { dueDateTime } from '../../../../contracts/input.js';
import type { AppContext } from '../../../platform/http/context.js';
import { assertOwnTeam } from './team-scope.js';
import { AppError } from '../../../platform/errors.js';
import { appendEvents } from '../../../platform/events.js';
import { OWNER_TEAMS, WRITE_BACK_LOCATIONS } from '../../playbooks/index.js';
import { ACTION_KINDS, AUTOMATION_SCOPES, checkBlockedMoves, type Refusal } from '../rules/index.js';
import type { Action } from './action.js';
import { actionsForIssues, insertAction } from './action-repository.js';
import { defaultMetric, issueOpen, loadIssueWithPlaybook } from './load-issue.js';
import { reportIssueWork } from './report-work.js';

const isoDate = dueDateTime();

export const createActionInput = z
  .object({
    location: z.enum(WRITE_BACK_LOCATIONS),
    change: z.string().trim().min(1).max(2000),
    ownerTeam: z.enum(OWNER_TEAMS).optional(),
    owner: z.string().trim().min(1).max(200).optional(),
    dueAt: isoDate.optional(),
    reviewDate: isoDate.optional(),
    reviewWindowDays: z.number().int().min(7).max(21).optional(),
    metric: z.string().trim().min(1).max(100).optional(),
    kinds: z.array(z.enum(ACTION_KINDS)).max(ACTION_KINDS.length).optional(),
    automates: z.array(z.enum(AUTOMATION_SCOPES)).max(AUTOMATION_SCOPES.length).optional(),
    promisedDate: z
      .object({ controlledBy: z.string().trim().max(200).nullish() })
      .strict()
      .nullish(),
    ugc: z
      .object({
        permission: z.enum(['requested', 'granted', 'denied', 'expired']),
        channels: z.array(z.string().max(100)).max(50),
        targetChannel: z.string().min(1).max(100),
      })
      .strict()
      .nullish(),
    actor: z.string().trim().min(1).max(200).default('api'),
  })
  .strict();
export type CreateActionInput = z.output<typeof createActionInput>;

type Db = Parameters<typeof loadIssueWithPlaybook>[0];

/**
 * The issue, its playbook and the refusals a proposed action meets: what the form shows while the
 * person writes (check-action.ts) and what createAction enforces on submit, read the same way.
 */
export async function proposalRefusals(db: Db, issueId: number, input: CreateActionInput) {
  const { issue, playbook } = await loadIssueWithPlaybook(db, issueId);
  const others = await actionsForIssues(db, [issueId]);
  const refusals: Refusal[] = checkBlockedMoves(
    {
      location: input.location,
      change: input.change,
      kinds: input.kinds,
      automates: input.automates,
      promisedDate: input.promisedDate,
      ugc: input.ugc,
    },
    {
      issueType: issue.issueType as never,
      signalCount: issue.signalCount,
      open: issueOpen(issue),
      actions: others.map((a) => ({ location: a.location, status: a.status, kinds: a.kinds })),
    },
    playbook,
  );
  return { issue, playbook, refusals };
}

/**
 * Proposes a write-back action on an issue. Blocked moves are enforced here, not only shown:
 * a refused action is not stored, and the error carries every refusal with its reason.
 */
export async function createAction(ctx: Pick<AppContext, 'db' | 'clock'>, issueId: number, input: CreateActionInput): Promise<Action> {
  return ctx.db.transaction().execute(async (tx) => {
    const { issue, playbook, refusals } = await proposalRefusals(tx, issueId, input);
    if (refusals.length > 0) {
      throw new AppError('action_blocked_move', refusals.map((r) => r.reason).join(' '), { refusals });
    }
    const at = ctx.clock.now();
    const ownerTeam =
      input.ownerTeam ??
      playbook?.writeBack.find((w) => w.location === input.location)?.ownerTeam ??
      playbook?.writeBack[0]?.ownerTeam ??
      'support';
    assertOwnTeam(ownerTeam);
    const action = (await insertAction(tx, {
      issueId,
      location: input.location,
      change: input.change,
      ownerTeam,
      owner: input.owner ?? null,
      status: 'proposed',
      dueAt: input.dueAt ? new Date(input.dueAt) : null,
      reviewDate: input.reviewDate ? new Date(input.reviewDate) : null,
      reviewWindowDays: input.reviewWindowDays ?? playbook?.reviewWindowDays ?? 14,
      metric: input.metric ?? defaultMetric(playbook),
      baseline: null,
      kinds: input.kinds ?? [],
      automates: input.automates ?? [],
      details: { ...(input.promisedDate ? { promisedDate: input.promisedDate } : {}), ...(input.ugc ? { ugc: input.ugc } : {}) },
      doneAt: null,
      sourceRef: null,
      createdBy: input.actor,
      at,
    }))!;
    await appendEvents(tx, [
      {
        type: 'action.proposed',
        actor: input.actor,
        at,
        subjectType: 'action',
        subjectId: action.id,
        payload: {
          issueId,
          sku: issue.sku,
          issueType: issue.issueType,
          location: action.location,
          change: action.change,
          ownerTeam,
        },
      },
    ]);
    await reportIssueWork(tx, [issueId], { at, actor: input.actor });
    return action;
  });
}
