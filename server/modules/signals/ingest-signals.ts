import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import { emit } from '../../platform/events.js';
import type { SignalInput } from '../../../contracts/signal.js';
import { signalRows, insertSignalRows, findSignalIds, type SignalRows } from './signal-repository.js';
import { upsertCustomers } from '../customers/index.js';
import type { IngestResult } from './signal.js';
import { loadIntake, prepareSteps, storeSteps, type LoadedIntake, type PreparedSteps } from './intake-steps.js';
import './events.js';

export interface IngestDeps {
  db: Kysely<DB>;
  clock: Clock;
}

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Stores already-validated signals in one transaction. A signal already known by
 * (channel, externalId) is left as it was and reported as a duplicate, so replaying a
 * batch or an import changes nothing. New signals get what the registered intake steps
 * add (their triage and their SLA) in the same transaction.
 */
export async function ingestSignals(
  deps: IngestDeps,
  items: SignalInput[],
  opts: { actor: string; source: string; intake?: LoadedIntake },
): Promise<IngestResult[]> {
  if (items.length === 0) return [];
  return deps.db.transaction().execute(async (tx) => {
    const loaded = opts.intake ?? (await loadIntake(tx));
    return store(tx, deps.clock, await prepareSignals(tx, deps.clock, items, loaded), opts);
  });
}

/**
 * What storing a batch needs that is not a write: what each intake step works out ahead (each
 * signal's triage, so each row is written once, with its triage, in the insert itself; its SLA due
 * dates under the policy read now) and the rows encoded for the insert. Done ahead of the batch's
 * transaction, an import prepares the next batch while the database writes this one;
 * `storePreparedSignals` then writes it.
 */
export interface PreparedSignals {
  items: SignalInput[];
  rows: SignalRows;
  steps: PreparedSteps;
}

export async function prepareSignals(db: Db, clock: Clock, items: SignalInput[], loaded: LoadedIntake): Promise<PreparedSignals> {
  const steps = await prepareSteps(db, items, loaded, clock.now());
  const rows = signalRows(items, steps.triage);
  return { items, rows, steps };
}

/** Writes a prepared batch in one transaction: the same guarantees as ingestSignals. */
export async function storePreparedSignals(
  deps: IngestDeps,
  prepared: PreparedSignals,
  opts: { actor: string; source: string },
): Promise<IngestResult[]> {
  if (prepared.items.length === 0) return [];
  return deps.db.transaction().execute((tx) => store(tx, deps.clock, prepared, opts));
}

async function store(
  tx: Transaction<DB>,
  clock: Clock,
  { items, rows, steps }: PreparedSignals,
  opts: { actor: string; source: string },
): Promise<IngestResult[]> {
  await upsertCustomers(tx, items);
  const inserted = await insertSignalRows(tx, rows);
  const key = (s: SignalInput) => `${s.channel}\u0000${s.externalId}`;
  const missing = items.filter((s) => !inserted.has(key(s)));
  const existing = await findSignalIds(tx, missing);
  const seen = new Set<string>();
  const results = items.map((s, index): IngestResult => {
    const k = key(s);
    const id = inserted.get(k)?.id;
    // The same key twice inside one batch: the first is the insert, the rest are duplicates.
    if (id !== undefined && !seen.has(k)) {
      seen.add(k);
      return { index, id, status: 'inserted' };
    }
    return { index, id: id ?? existing.get(k)!, status: 'duplicate' };
  });
  const fresh = results.filter((r) => r.status === 'inserted');
  if (fresh.length) {
    const ids = fresh.map((r) => r.id);
    // The steps write in this transaction (the SLA clock starts here): a stored signal is never without triage or SLA.
    const events = await storeSteps(
      tx,
      steps,
      fresh.map((r) => ({ id: r.id, index: r.index, item: items[r.index]!, stored: inserted.get(key(items[r.index]!))! })),
      { actor: opts.actor, at: clock.now() },
    );
    await emit(tx, ...events, {
      type: 'signals.received',
      actor: opts.actor,
      at: clock.now(),
      subjectType: 'signal_batch',
      payload: { source: opts.source, count: ids.length, firstId: Math.min(...ids), lastId: Math.max(...ids) },
    });
  }
  return results;
}
