import { z } from 'zod';
import type { AppContext } from '../../../platform/http/context.js';
import { AppError } from '../../../platform/errors.js';
import { appendEvents } from '../../../platform/events.js';
import { assertOwnTeam } from '../../../platform/actor.js';
import { canCloseIssue, CLOSE_REASONS, type IssueFacts, nextIssueStatus } from '../status/next-issue-status.js';
import type { Issue } from './issue.js';
import { getIssues, lockIssue, saveIssueStatus } from './issue-repository.js';
import { issueFacts } from './refresh-issue-status.js';

export const closeIssueInput = z
  .object({
    reason: z.enum(CLOSE_REASONS),
    note: z.string().trim().min(3).max(2000),
    duplicateOf: z.number().int().positive().optional(),
    actor: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .superRefine((v, c) => {
    if (v.reason === 'duplicate' && v.duplicateOf === undefined)
      c.addIssue({ code: 'custom', path: ['duplicateOf'], message: 'a duplicate names the issue it duplicates' });
    if (v.reason !== 'duplicate' && v.duplicateOf !== undefined)
      c.addIssue({ code: 'custom', path: ['duplicateOf'], message: 'only a duplicate names another issue' });
  });
export type CloseIssueInput = z.infer<typeof closeIssueInput>;

export const reopenIssueInput = z
  .object({
    note: z.string().trim().min(3).max(2000),
    actor: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export type ReopenIssueInput = z.infer<typeof reopenIssueInput>;

type Ctx = Pick<AppContext, 'db' | 'clock'>;

async function loadFacts(tx: Parameters<typeof getIssues>[0], id: number, at: Date): Promise<{ row: Issue; facts: IssueFacts }> {
  await lockIssue(tx, id);
  const [row] = await getIssues(tx, [id]);
  if (!row) throw new AppError('issue_not_found', `issue ${id} does not exist`);
  return { row, facts: issueFacts(row, at) };
}

/**
 * The owner closes an issue with a reason and a note: `resolved` after a verdict, or
 * `not_a_real_issue` / `duplicate` (naming the other issue) before anyone acted on it. Refused
 * while a fix is pending or the issue is alarming. A closed issue reopens by itself when its
 * signals spike again (refreshIssueStatuses), or by `reopenIssue`.
 */
export async function closeIssue(ctx: Ctx, id: number, input: CloseIssueInput) {
  const at = ctx.clock.now();
  const actor = input.actor ?? 'api';
  return ctx.db.transaction().execute(async (tx) => {
    const { row, facts } = await loadFacts(tx, id, at);
    assertOwnTeam(row.ownerTeam, `issue ${id}`);
    const ok = canCloseIssue(facts, input.reason);
    if (!ok.ok) throw new AppError(ok.error.code, ok.error.reason);
    if (input.duplicateOf !== undefined) {
      if (input.duplicateOf === id)
        throw new AppError('invalid_input', 'duplicateOf: an issue cannot duplicate itself', [
          { path: 'duplicateOf', message: 'an issue cannot duplicate itself' },
        ]);
      const [other] = await getIssues(tx, [input.duplicateOf]);
      if (!other)
        throw new AppError('invalid_input', `duplicateOf: issue ${input.duplicateOf} does not exist`, [
          { path: 'duplicateOf', message: `issue ${input.duplicateOf} does not exist` },
        ]);
    }
    const why =
      input.reason === 'duplicate'
        ? `closed by ${actor} as a duplicate of issue ${input.duplicateOf}: ${input.note}`
        : `closed by ${actor} (${input.reason.replaceAll('_', ' ')}): ${input.note}`;
    await saveIssueStatus(tx, id, 'closed', why, at);
    await appendEvents(tx, [
      {
        type: 'issue.status_changed',
        actor,
        at,
        subjectType: 'issue',
        subjectId: id,
        payload: {
          from: row.status,
          to: 'closed',
          why,
          reason: input.reason,
          note: input.note,
          duplicateOf: input.duplicateOf ?? null,
          sku: row.sku,
          issueType: row.issueType,
        },
      },
    ]);
    return { id, status: 'closed' as const, statusReason: why };
  });
}

/** Reopens a closed issue; its status follows from its facts again (signals, alarm, actions). */
export async function reopenIssue(ctx: Ctx, id: number, input: ReopenIssueInput) {
  const at = ctx.clock.now();
  const actor = input.actor ?? 'api';
  return ctx.db.transaction().execute(async (tx) => {
    const { row, facts } = await loadFacts(tx, id, at);
    assertOwnTeam(row.ownerTeam, `issue ${id}`);
    if (row.status !== 'closed') throw new AppError('issue_not_closed', `issue ${id} is ${row.status}, not closed`);
    const next = nextIssueStatus({ ...facts, current: 'watching' });
    const why = `reopened by ${actor}: ${input.note} (${next.why})`;
    await saveIssueStatus(tx, id, next.status, why, at);
    await appendEvents(tx, [
      {
        type: 'issue.status_changed',
        actor,
        at,
        subjectType: 'issue',
        subjectId: id,
        payload: {
          from: 'closed',
          to: next.status,
          why,
          reason: 'reopened',
          note: input.note,
          sku: row.sku,
          issueType: row.issueType,
        },
      },
    ]);
    return { id, status: next.status, statusReason: why };
  });
}
