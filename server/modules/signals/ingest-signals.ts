import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import { appendEvents } from '../../platform/events.js';
import type { SignalInput } from '../../../contracts/signal.js';
import { signalRows, insertSignalRows, findSignalIds, type SignalRows } from './signal-repository.js';
import { upsertCustomers } from '../customers/index.js';
import type { IngestResult } from './signal.js';
import { triageNewSignals, recordNewTriage, triageColumns, loadTriageContext, type LoadedTriageContext, type TriageResult } from '../triage/index.js';
import { slasFor, storeSlas, type AppliedSla } from '../sla/index.js';

export interface IngestDeps { db: Kysely<DB>; clock: Clock }

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Stores already-validated signals in one transaction. A signal already known by
 * (channel, externalId) is left as it was and reported as a duplicate, so replaying a
 * batch or an import changes nothing. New signals are triaged and get their SLA here.
 */
export async function ingestSignals(deps: IngestDeps, items: SignalInput[], opts: { actor: string; source: string; triage?: LoadedTriageContext }): Promise<IngestResult[]> {
  if (items.length === 0) return [];
  return deps.db.transaction().execute(async (tx) => {
    const context = opts.triage ?? await loadTriageContext(tx);
    return store(tx, deps.clock, await prepareSignals(tx, deps.clock, items, context), opts);
  });
}

/**
 * What storing a batch needs that is not a write: each signal's triage (so each row is written
 * once, with its triage, in the insert itself), its SLA due dates under the policy read now, and
 * the rows encoded for the insert. Done ahead of the batch's transaction, an import prepares the
 * next batch while the database writes this one; `storePreparedSignals` then writes it.
 */
export interface PreparedSignals { items: SignalInput[]; triage: TriageResult[]; version: string; rows: SignalRows; slas: AppliedSla[] }

export async function prepareSignals(db: Db, clock: Clock, items: SignalInput[], context: LoadedTriageContext): Promise<PreparedSignals> {
  const triage = await triageNewSignals(db, items, context);
  const rows = signalRows(items, { columns: triage.map(triageColumns), version: context.version, at: clock.now() });
  const slas = await slasFor(db, triage.map((t, i) => ({ slaClass: t.slaClass, receivedAt: new Date(items[i]!.receivedAt), mustBeHuman: t.mustBeHuman })));
  return { items, triage, version: context.version, rows, slas };
}

/** Writes a prepared batch in one transaction: the same guarantees as ingestSignals. */
export async function storePreparedSignals(deps: IngestDeps, prepared: PreparedSignals, opts: { actor: string; source: string }): Promise<IngestResult[]> {
  if (prepared.items.length === 0) return [];
  return deps.db.transaction().execute((tx) => store(tx, deps.clock, prepared, opts));
}

async function store(tx: Transaction<DB>, clock: Clock, { items, triage, version, rows, slas }: PreparedSignals, opts: { actor: string; source: string }): Promise<IngestResult[]> {
  await upsertCustomers(tx, items);
  const inserted = await insertSignalRows(tx, rows);
  const key = (s: SignalInput) => `${s.channel}\u0000${s.externalId}`;
  const missing = items.filter((s) => !inserted.has(key(s)));
  const existing = await findSignalIds(tx, missing);
  const seen = new Set<string>();
  const results = items.map((s, index): IngestResult => {
    const k = key(s);
    const id = inserted.get(k);
    // The same key twice inside one batch: the first is the insert, the rest are duplicates.
    if (id !== undefined && !seen.has(k)) { seen.add(k); return { index, id, status: 'inserted' }; }
    return { index, id: id ?? existing.get(k)!, status: 'duplicate' };
  });
  const fresh = results.filter((r) => r.status === 'inserted');
  if (fresh.length) {
    const ids = fresh.map((r) => r.id);
    // The SLA clock starts in the same transaction: a stored signal is never without triage or SLA.
    await recordNewTriage({ db: tx, clock }, fresh.map((r) => ({ id: r.id, item: items[r.index]!, result: triage[r.index]! })), version, opts.actor);
    await storeSlas(tx, fresh.map((r) => ({ signalId: r.id, sla: slas[r.index]! })));
    await appendEvents(tx, [{
      type: 'signals.received', actor: opts.actor, at: clock.now(), subjectType: 'signal_batch',
      payload: { source: opts.source, count: ids.length, firstId: Math.min(...ids), lastId: Math.max(...ids) },
    }]);
  }
  return results;
}
