import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { appendEvents, emit } from '../../platform/events.js';
import { beginErasure, redactEvents } from '../../platform/erase-events.js';
import { Erasure, type ErasureScope } from './erasure.js';
import './events.js';

/**
 * One erasure inside the caller's transaction: the request goes into the log, every module that
 * holds customer data erases its own tables (its subscriber to `customer.erase_requested`), then
 * the event log itself is redacted and the erasure's counts are recorded as an audit event that
 * names kinds and numbers, never what was erased.
 */
export async function runErasure(tx: Transaction<DB>, scope: ErasureScope, o: { actor: string; at: Date }): Promise<Erasure> {
  await beginErasure(tx);
  const erasure = new Erasure(scope, o.at, o.actor);
  const who =
    scope.kind === 'customer'
      ? { subjectType: 'customer', subjectId: scope.customerId, payload: { scope: 'customer' as const } }
      : { subjectType: 'retention', payload: { scope: 'retention' as const, before: scope.before.toISOString() } };
  await emit(tx, { type: 'customer.erase_requested', actor: o.actor, at: o.at, ...who, context: { erasure } });
  erasure.count(
    'events',
    await redactEvents(tx, {
      subjects: [...erasure.subjects].map(([type, ids]) => ({ type, ids: [...ids] })),
      // Scanning the whole log for every token of a retention batch would read it once per token:
      // the retention job redacts by subject only (its events carry ids, not words).
      tokens: scope.kind === 'customer' ? [...erasure.tokens] : [],
    }),
  );
  await appendEvents(tx, [
    { type: 'customer.erased', actor: o.actor, at: o.at, ...who, payload: { ...who.payload, counts: erasure.counts } },
  ]);
  return erasure;
}
