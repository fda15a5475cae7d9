import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import { evaluateSla } from './evaluate-sla.js';
import { diffEvents } from './diff-events.js';
import { claimDue, loadActivity, insertSlaEvents, updateSlaState } from './sla-repository.js';

/**
 * Evaluates every SLA whose next check has come (or the given signals), writes the immutable
 * events that are due and stores the state. Idempotent: events are keyed, so a second sweep, or
 * a sweep by another process, writes nothing new.
 */
export async function sweepSla(deps: { db: Kysely<DB>; clock: Clock }, opts: { signalIds?: number[]; pageSize?: number } = {}): Promise<{ evaluated: number; newEvents: number }> {
  const now = deps.clock.now();
  let evaluated = 0;
  let newEvents = 0;
  // Bounded: a clock whose next check is always in the past must not spin a job forever.
  for (let round = 0; round < 10_000; round++) {
    const page = await deps.db.transaction().execute(async (tx) => {
      const due = await claimDue(tx, now, opts.pageSize ?? 500, opts.signalIds);
      const activity = await loadActivity(tx, due.map((a) => Number(a.signalId)));
      for (const applied of due) {
        const ev = evaluateSla(applied, { ...activity.get(Number(applied.signalId))!, now });
        newEvents += await insertSlaEvents(tx, diffEvents([], ev.events));
        await updateSlaState(tx, Number(applied.signalId), ev.overall, ev.nextCheckAt, now);
      }
      return due.length;
    });
    evaluated += page;
    if (opts.signalIds || page < (opts.pageSize ?? 500)) break;
  }
  return { evaluated, newEvents };
}
