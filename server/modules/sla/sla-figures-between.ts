import type { AppContext } from '../../platform/http/context.js';
import { slaFigures } from './sla-figures.js';
import { loadActivity, appliedSlasOf } from './sla-repository.js';
import { openLoadByAssignee, signalChannelsReceivedBetween } from '../signals/index.js';
import { findUsersByIds } from '../people/index.js';
import type { PersonSlaFigures, SlaFiguresView } from '../../../contracts/sla.js';
import type { AppliedSla } from './apply-sla.js';

/**
 * SLA figures for signals received in [from, to): first response and resolution (calendar and
 * business), first-contact resolution, reopen rate, breach rate by class and channel.
 */
export async function slaFiguresBetween(ctx: Pick<AppContext, 'db' | 'clock'>, from: Date, to: Date): Promise<SlaFiguresView> {
  const signals = await signalChannelsReceivedBetween(ctx.db, from, to);
  const applied = await appliedSlasOf(
    ctx.db,
    signals.map((s) => s.id),
  );
  const rows = signals.flatMap((s) => {
    const a = applied.get(s.id);
    return a ? [{ id: s.id, channel: s.channel, assigneeId: s.assigneeId, applied: a }] : [];
  });
  const activity = await loadActivity(
    ctx.db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => {
    const a = r.applied as unknown as AppliedSla & Record<string, string>;
    const applied: AppliedSla = {
      ...a,
      receivedAt: new Date(a.receivedAt),
      firstResponseDueAt: new Date(a.firstResponseDueAt),
      resolutionDueAt: new Date(a.resolutionDueAt),
    };
    return { applied, channel: r.channel, assigneeId: r.assigneeId, ...activity.get(r.id)! };
  });
  const now = ctx.clock.now();
  return { ...slaFigures(items, { now }), byPerson: await byPerson(ctx, items, now) };
}

/**
 * Per person: first reply and resolution over the period's signals assigned to each (the same
 * computation as the whole), and the open load each holds now. Everyone with either appears, then
 * the unassigned if any; people are named, by name.
 */
async function byPerson(
  ctx: Pick<AppContext, 'db'>,
  items: (Parameters<typeof slaFigures>[0][number] & { assigneeId: number | null })[],
  now: Date,
): Promise<PersonSlaFigures[]> {
  const load = await openLoadByAssignee(ctx.db);
  const groups = new Map<number | null, typeof items>();
  for (const id of load.keys()) groups.set(id, []);
  for (const item of items) (groups.get(item.assigneeId) ?? groups.set(item.assigneeId, []).get(item.assigneeId)!).push(item);
  const people = await findUsersByIds(
    ctx.db,
    [...groups.keys()].filter((k): k is number => k !== null),
  );
  const out = [...groups.entries()].map(([id, group]) => {
    const f = slaFigures(group, { now });
    return {
      assigneeId: id,
      name: id === null ? null : (people.get(id)?.name ?? null),
      signals: group.length,
      firstResponse: f.firstResponse,
      resolution: f.resolution,
      openLoad: load.get(id) ?? 0,
    } satisfies PersonSlaFigures;
  });
  return out.sort((a, b) => (a.assigneeId === null ? 1 : b.assigneeId === null ? -1 : (a.name ?? '').localeCompare(b.name ?? '')));
}
