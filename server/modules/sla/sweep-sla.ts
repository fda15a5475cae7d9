import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import { evaluateSla } from './evaluate-sla.js';
import { diffEvents } from './diff-events.js';
import { claimDue, loadActivity, insertSlaEvents, updateSlaStates } from './sla-repository.js';
import type { SlaEvent } from './sla-events.js';

/**
 * Evaluates every SLA whose next check has come (or the given signals), writes the immutable
 * events that are due and stores the state. Idempotent: events are keyed, so a second sweep, or
 * a sweep by another process, writes nothing new.
 */
export async function sweepSla(
  deps: { db: Kysely<DB>; clock: Clock },
  opts: { signalIds?: number[]; pageSize?: number } = {},
): Promise<{ evaluated: number; newEvents: number }> {
  const now = deps.clock.now();
  let evaluated = 0;
  let newEvents = 0;
  // Bounded: a clock whose next check is always in the past must not spin a job forever.
  for (let round = 0; round < 10_000; round++) {
    const page = await deps.db.transaction().execute((tx) => evaluateDue(tx, now, opts.pageSize ?? 500, opts.signalIds));
    evaluated += page.evaluated;
    newEvents += page.newEvents;
    if (opts.signalIds || page.evaluated < (opts.pageSize ?? 500)) break;
  }
  return { evaluated, newEvents };
}

/** One page of the sweep, in the caller's transaction: claim, evaluate, write the new events and the state. */
async function evaluateDue(
  tx: Transaction<DB>,
  now: Date,
  limit: number,
  signalIds?: number[],
): Promise<{ evaluated: number; newEvents: number }> {
  const due = await claimDue(tx, now, limit, signalIds);
  const activity = await loadActivity(
    tx,
    due.map((a) => Number(a.signalId)),
  );
  // Every SLA of the page evaluated first, then its events and its states written in one statement each.
  const events: SlaEvent[] = [];
  const states = due.map((applied) => {
    const ev = evaluateSla(applied, { ...activity.get(Number(applied.signalId))!, now });
    events.push(...diffEvents([], ev.events));
    return { signalId: Number(applied.signalId), state: ev.overall, nextCheckAt: ev.nextCheckAt };
  });
  const newEvents = await insertSlaEvents(tx, events);
  await updateSlaStates(tx, states, now);
  return { evaluated: due.length, newEvents };
}

/**
 * Re-evaluates these signals' SLAs now, inside the transaction that changed them (a reply, a
 * status change), so the inbox badge changes with the write. An SLA another process is sweeping
 * at this moment is skipped; that sweep sees the change.
 */
export async function reevaluateSlas(
  tx: Transaction<DB>,
  signalIds: number[],
  now: Date,
): Promise<{ evaluated: number; newEvents: number }> {
  if (signalIds.length === 0) return { evaluated: 0, newEvents: 0 };
  return evaluateDue(tx, now, signalIds.length, signalIds);
}
