import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import { appendEvents } from '../../platform/events.js';
import type { SignalInput } from '../../../contracts/signal.js';
import { insertSignals, findSignalIds } from './signal-repository.js';
import { upsertCustomers } from '../customers/index.js';
import type { IngestResult } from './signal.js';
import { triageNewSignals, recordNewTriage, triageColumns, loadTriageContext, type LoadedTriageContext } from '../triage/index.js';
import { applySlaToSignals } from '../sla/index.js';

export interface IngestDeps { db: Kysely<DB>; clock: Clock }

/**
 * Stores already-validated signals in one transaction. A signal already known by
 * (channel, externalId) is left as it was and reported as a duplicate, so replaying a
 * batch or an import changes nothing. New signals are triaged and get their SLA here.
 */
export async function ingestSignals(deps: IngestDeps, items: SignalInput[], opts: { actor: string; source: string; triage?: LoadedTriageContext }): Promise<IngestResult[]> {
  if (items.length === 0) return [];
  return deps.db.transaction().execute(async (tx) => {
    await upsertCustomers(tx, items);
    // Triage first, so each row is written once, with its triage, in the insert itself.
    const context = opts.triage ?? await loadTriageContext(tx);
    const triage = await triageNewSignals(tx, items, context);
    const inserted = await insertSignals(tx, items, { columns: triage.map(triageColumns), version: context.version, at: deps.clock.now() });
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
    const ids = results.filter((r) => r.status === 'inserted').map((r) => r.id);
    if (ids.length) {
      // The SLA clock starts in the same transaction: a stored signal is never without triage or SLA.
      const fresh = results.filter((r) => r.status === 'inserted').map((r) => ({ id: r.id, item: items[r.index]!, result: triage[r.index]! }));
      await recordNewTriage({ db: tx, clock: deps.clock }, fresh, context.version, opts.actor);
      await applySlaToSignals(tx, fresh.map((f) => ({ signalId: f.id, slaClass: f.result.slaClass, receivedAt: new Date(f.item.receivedAt), mustBeHuman: f.result.mustBeHuman })));
      await appendEvents(tx, [{
        type: 'signals.received', actor: opts.actor, at: deps.clock.now(), subjectType: 'signal_batch',
        payload: { source: opts.source, count: ids.length, firstId: Math.min(...ids), lastId: Math.max(...ids) },
      }]);
    }
    return results;
  });
}
