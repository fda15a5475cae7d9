import { sql } from 'kysely';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { emit, type EmittedEvent } from '../../platform/events.js';
import type { IssueType } from '../../../contracts/signal.js';
import { isActiveUser } from '../people/index.js';
import './events.js';

export interface SignalPatch {
  status?: 'open' | 'pending' | 'resolved' | 'reopened';
  issueTypes?: IssueType[];
  ownerTeam?: string;
  /** The person to assign (an active user's id), or null to leave it unassigned. */
  assigneeId?: number | null;
  actor: string;
  /** When a status change happened, if not now (a change made in a helpdesk, recorded later). */
  at?: Date;
}

/**
 * Agent edits: a status change (feeds the SLA clocks), a label correction (kept through
 * re-triage and used as a training example), a reassignment. Each is an event, emitted in the
 * edit's transaction: the SLA re-evaluation, the report rollups and the move between issues
 * are their subscribers, so they commit with the edit.
 */
export async function updateSignals(ctx: AppContext, ids: number[], patch: SignalPatch): Promise<{ updated: number }> {
  if (ids.length === 0) return { updated: 0 };
  const now = patch.at ?? ctx.clock.now();
  const updated = await ctx.db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('signals')
      .select(['id', 'status', 'issue_types', 'owner_team', 'received_at'])
      .where('id', 'in', ids)
      .forUpdate()
      .execute();
    if (current.length !== new Set(ids).size) {
      const found = new Set(current.map((c) => c.id));
      throw new AppError('signal_not_found', `signal ${ids.find((i) => !found.has(i))} does not exist`);
    }
    const events: EmittedEvent[] = [];
    for (const s of current) {
      if (patch.at && patch.at < s.received_at)
        throw new AppError('invalid_input', `at: must not be before signal ${s.id} was received (${s.received_at.toISOString()})`, [
          { path: 'at', message: 'must not be before the signal was received' },
        ]);
      if (patch.status && patch.status !== s.status) {
        // A resolved signal set back to open is a reopen: the SLA starts a new resolution clock.
        const status = s.status === 'resolved' && (patch.status === 'open' || patch.status === 'reopened') ? 'reopened' : patch.status;
        await tx.insertInto('signal_status_changes').values({ signal_id: s.id, at: now, status, actor: patch.actor }).execute();
        await tx
          .updateTable('signals')
          .set({ status: status === 'reopened' ? 'open' : status })
          .where('id', '=', s.id)
          .execute();
        events.push({
          type: 'signal.status_changed',
          actor: patch.actor,
          at: now,
          subjectType: 'signal',
          subjectId: s.id,
          payload: { from: s.status, to: status },
        });
      }
      if (patch.issueTypes && [...patch.issueTypes].sort().join() !== [...s.issue_types].sort().join()) {
        await tx
          .updateTable('signals')
          .set({ issue_types: sql<string[]>`${patch.issueTypes}::text[]`, labels_corrected: true })
          .where('id', '=', s.id)
          .execute();
        events.push({
          type: 'signal.labels_corrected',
          actor: patch.actor,
          at: now,
          subjectType: 'signal',
          subjectId: s.id,
          payload: { before: s.issue_types, after: patch.issueTypes },
        });
      }
      if (patch.ownerTeam && patch.ownerTeam !== s.owner_team) {
        await tx.updateTable('signals').set({ owner_team: patch.ownerTeam }).where('id', '=', s.id).execute();
        events.push({
          type: 'signal.assigned',
          actor: patch.actor,
          at: now,
          subjectType: 'signal',
          subjectId: s.id,
          payload: { from: s.owner_team, to: patch.ownerTeam },
        });
      }
    }
    // A team change reassigns (a subscriber of signal.assigned); a person named in the same edit wins.
    await emit(tx, ...events);
    let changed = events.length;
    if (patch.assigneeId !== undefined) {
      const to = patch.assigneeId;
      if (to !== null && !(await isActiveUser(tx, to)))
        throw new AppError('invalid_input', 'assigneeId: not an active user', [{ path: 'assigneeId', message: 'not an active user' }]);
      const before = await tx.selectFrom('signals').select(['id', 'assignee_id']).where('id', 'in', ids).execute();
      const moved = before.filter((s) => s.assignee_id !== to);
      if (moved.length) {
        await tx
          .updateTable('signals')
          .set({ assignee_id: to, assigned_at: now })
          .where(
            'id',
            'in',
            moved.map((s) => s.id),
          )
          .execute();
        await emit(
          tx,
          ...moved.map(
            (s): EmittedEvent => ({
              type: 'signal.assignee_changed',
              actor: patch.actor,
              at: now,
              subjectType: 'signal',
              subjectId: s.id,
              payload: { from: s.assignee_id, to, automatic: false },
            }),
          ),
        );
        changed += moved.length;
      }
    }
    return changed;
  });
  return { updated };
}
