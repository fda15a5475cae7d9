import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { emit, type EmittedEvent } from '../../platform/events.js';
import type { SignalInput } from '../../../contracts/signal.js';
import type { IntakeStep, StoredSignalFacts } from '../signals/index.js';
import { triageSignal } from './triage-signal.js';
import { crossedBoundary } from './human-boundary.js';
import { loadOrderFacts } from './triage-reads.js';
import { loadTriageContext, toTriageInput, type LoadedTriageContext } from './triage-stored-signals.js';
import { triageColumns } from './triage-columns.js';
import type { TriageResult } from './types.js';
import './events.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Triage for signals about to be inserted, so intake writes each row once with its triage
 * (an insert followed by an update would write every row and its text index twice).
 */
export async function triageNewSignals(db: Db, items: SignalInput[], ctx: LoadedTriageContext): Promise<TriageResult[]> {
  const orders = await loadOrderFacts(db, [...new Set(items.map((i) => i.orderId).filter((x): x is string => Boolean(x)))]);
  return items.map((i) =>
    triageSignal(
      toTriageInput({
        id: 0,
        text: i.text,
        title: i.title ?? null,
        channel: i.channel,
        rating: i.rating ?? null,
        language: i.language ?? null,
        public: i.public,
        handled_by: i.handledBy,
        customer_tier: i.customerTier ?? null,
        received_at: new Date(i.receivedAt),
        order_id: i.orderId ?? null,
        sku: i.sku ?? null,
        triaged_at: null,
        attachments: i.attachments,
        order: (i.orderId && orders.get(i.orderId)) || null,
      }),
      ctx,
    ),
  );
}

/** After the insert: the boundary events and one batch event (the report rollups subscribe to it). */
export async function recordNewTriage(
  tx: Transaction<DB>,
  inserted: { id: number; item: SignalInput; result: TriageResult; stored?: StoredSignalFacts }[],
  meta: { version: string; actor: string; at: Date },
): Promise<void> {
  await emit(tx, ...newTriageEvents(inserted, meta));
}

/** The events of newly triaged signals, for intake to emit with its own. */
export function newTriageEvents(
  inserted: { id: number; item: SignalInput; result: TriageResult; stored?: StoredSignalFacts }[],
  meta: { version: string; actor: string; at: Date },
): EmittedEvent[] {
  if (inserted.length === 0) return [];
  const events: EmittedEvent[] = [];
  for (const { id, item, result } of inserted) {
    const crossed = crossedBoundary(result, item.handledBy);
    if (crossed.length)
      events.push({
        type: 'automation.crossed_boundary',
        actor: 'triage',
        // When the automation answered (the signal's receipt), not when the row was loaded: an
        // import of history must land in the weeks it happened.
        at: new Date(item.receivedAt),
        subjectType: 'signal',
        subjectId: id,
        payload: { channel: item.channel, reasons: crossed },
      });
  }
  const ids = inserted.map((i) => i.id);
  const signals = inserted.map(({ id, stored }) => (stored ? { id, before: null, stored } : { id, before: null }));
  events.push({
    type: 'signals.triaged',
    actor: meta.actor,
    at: meta.at,
    subjectType: 'signal_batch',
    payload: { count: ids.length, version: meta.version, firstId: Math.min(...ids), lastId: Math.max(...ids) },
    context: { signals },
  });
  return events;
}

/**
 * Triage's part of intake, registered with signals at the composition root: each new signal is
 * triaged before its batch's transaction (with the linked orders for the cross-check) and its row
 * carries the result from the insert on.
 */
export const triageIntakeStep: IntakeStep<LoadedTriageContext, { results: TriageResult[]; version: string }> = {
  name: 'triage',
  load: (db) => loadTriageContext(db),
  async prepare(db, batch, context) {
    const results = await triageNewSignals(db, batch.items, context);
    batch.triage = { columns: results.map(triageColumns), version: context.version, at: batch.at };
    return { results, version: context.version };
  },
  store: async (_tx, inserted, { results, version }, meta) =>
    newTriageEvents(
      inserted.map((r) => ({ id: r.id, item: r.item, result: results[r.index]!, stored: r.stored })),
      { version, actor: meta.actor, at: meta.at },
    ),
};
