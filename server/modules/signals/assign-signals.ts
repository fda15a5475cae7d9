import { sql, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { emit, type EmittedEvent } from '../../platform/events.js';
import type { AppContext } from '../../platform/http/context.js';
import { assignableUsers, findUsersByIds } from '../people/index.js';
import type { IntakeStep } from './intake-steps.js';
import './events.js';

/** One candidate's standing: open signals they hold, and when they were last given one (ms; -Infinity: never). */
export interface Standing {
  id: number;
  open: number;
  last: number;
}

/**
 * Round robin weighted by open load: the member holding the fewest open signals; among equals the
 * one given a signal longest ago (never first), then the lowest id. Pure, so the rule is tested
 * case by case.
 */
export function pickAssignee(members: readonly Standing[]): Standing | undefined {
  let best: Standing | undefined;
  for (const m of members) {
    if (!best || m.open < best.open || (m.open === best.open && (m.last < best.last || (m.last === best.last && m.id < best.id)))) best = m;
  }
  return best;
}

/**
 * Gives each of `ids` an assignee from its owner team, by pickAssignee over the team's active
 * members who are not away. A signal is (re)assigned when it has never been assigned, or when its
 * assignee is no longer an active member of its owner team (the team changed, by an agent or a
 * re-triage); a signal someone deliberately left unassigned stays so unless its team changes
 * (`teamChanged`). Resolved and untriaged signals are left alone. With no member to give it to, a
 * signal whose assignee left the team becomes unassigned. Returns one `signal.assignee_changed`
 * per change, for the caller to emit in its transaction.
 */
export async function assignSignals(
  tx: Transaction<DB>,
  ids: readonly number[],
  opts: { at: Date; actor: string; teamChanged?: boolean },
): Promise<EmittedEvent[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('signals')
    .select(['id', 'owner_team', 'status', 'assignee_id', 'assigned_at'])
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
  const holders = await findUsersByIds(tx, [...new Set(rows.flatMap((r) => (r.assignee_id === null ? [] : [r.assignee_id])))]);
  const isMember = (userId: number, team: string) => {
    const u = holders.get(userId);
    return Boolean(u?.active && u.teams.includes(team));
  };
  const due = rows.filter((r) => {
    if (r.status === 'resolved' || r.owner_team === null) return false;
    if (r.assignee_id !== null) return !isMember(r.assignee_id, r.owner_team);
    return r.assigned_at === null || Boolean(opts.teamChanged);
  });
  if (due.length === 0) return [];

  const teams = [...new Set(due.map((r) => r.owner_team!))];
  const membersOf = new Map<string, number[]>();
  for (const team of teams)
    membersOf.set(
      team,
      (await assignableUsers(tx, team)).map((u) => u.id),
    );
  const everyone = [...new Set([...membersOf.values()].flat())];
  const standing = new Map<number, Standing>(everyone.map((id) => [id, { id, open: 0, last: Number.NEGATIVE_INFINITY }]));
  if (everyone.length) {
    const loads = await tx
      .selectFrom('signals')
      .select((eb) => [
        'assignee_id',
        sql<number>`count(*) FILTER (WHERE status <> 'resolved')`.as('open'),
        eb.fn.max('assigned_at').as('last'),
      ])
      .where('assignee_id', 'in', everyone)
      .groupBy('assignee_id')
      .execute();
    for (const l of loads) {
      const s = standing.get(l.assignee_id!)!;
      s.open = Number(l.open);
      s.last = l.last ? new Date(l.last).getTime() : Number.NEGATIVE_INFINITY;
    }
  }

  // Within a batch each pick counts at once, so the next signal goes to the next person.
  let tick = Math.max(opts.at.getTime(), ...[...standing.values()].map((s) => s.last));
  const changes: { id: number; from: number | null; to: number | null }[] = [];
  for (const r of due) {
    const pick = pickAssignee((membersOf.get(r.owner_team!) ?? []).map((id) => standing.get(id)!));
    if (pick) {
      pick.open += 1;
      pick.last = ++tick;
    }
    const to = pick?.id ?? null;
    if (to !== r.assignee_id) changes.push({ id: r.id, from: r.assignee_id, to });
  }
  if (changes.length === 0) return [];
  await sql`
    UPDATE signals s SET assignee_id = u.assignee_id, assigned_at = ${opts.at}
    FROM unnest(${changes.map((c) => c.id)}::bigint[], ${changes.map((c) => c.to)}::int[]) AS u(id, assignee_id)
    WHERE s.id = u.id`.execute(tx);
  return changes.map((c) => ({
    type: 'signal.assignee_changed',
    actor: opts.actor,
    at: opts.at,
    subjectType: 'signal',
    subjectId: c.id,
    payload: { from: c.from, to: c.to, automatic: true },
  }));
}

/**
 * Automatic assignment's part of intake, registered at the composition root after triage's step
 * (it needs the owner team the insert wrote): every new signal goes to a member of its team.
 */
export const assignIntakeStep: IntakeStep<undefined, undefined> = {
  name: 'assign',
  load: async () => undefined,
  prepare: async () => undefined,
  store: (tx, inserted, _prepared, meta) =>
    assignSignals(
      tx,
      inserted.map((s) => s.id),
      { at: meta.at, actor: 'assignment' },
    ),
};

/**
 * Assigns every open signal that has never been assigned, oldest first, a thousand to a
 * transaction: what a store that gains its first people (the demo's, or a team that starts
 * using accounts) does with the work already waiting. Returns how many were assigned.
 */
export async function assignWaitingSignals(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<number> {
  const ids = (
    await ctx.db
      .selectFrom('signals')
      .select('id')
      .where('assigned_at', 'is', null)
      .where('status', '<>', 'resolved')
      .where('owner_team', 'is not', null)
      .orderBy('received_at')
      .orderBy('id')
      .execute()
  ).map((r) => r.id);
  let assigned = 0;
  for (let i = 0; i < ids.length; i += 1000) {
    assigned += await ctx.db.transaction().execute(async (tx) => {
      const events = await assignSignals(tx, ids.slice(i, i + 1000), { at: ctx.clock.now(), actor: 'assignment' });
      await emit(tx, ...events);
      return events.length;
    });
  }
  return assigned;
}
