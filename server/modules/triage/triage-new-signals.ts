import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Clock } from '../../platform/clock.js';
import { appendEvents, type EventInput } from '../../platform/events.js';
import type { SignalInput } from '../../../contracts/signal.js';
import { triageSignal } from './triage-signal.js';
import { crossedBoundary } from './human-boundary.js';
import { loadOrderFacts } from './triage-repository.js';
import { toTriageInput, type LoadedTriageContext } from './triage-stored-signals.js';
import type { TriageResult } from './types.js';
import { addNewSignalsToRollups } from '../reports/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Triage for signals about to be inserted, so intake writes each row once with its triage
 * (an insert followed by an update would write every row and its text index twice).
 */
export async function triageNewSignals(db: Db, items: SignalInput[], ctx: LoadedTriageContext): Promise<TriageResult[]> {
  const orders = await loadOrderFacts(db, [...new Set(items.map((i) => i.orderId).filter((x): x is string => Boolean(x)))]);
  return items.map((i) => triageSignal(toTriageInput({
    id: 0, text: i.text, title: i.title ?? null, channel: i.channel, rating: i.rating ?? null, language: i.language ?? null,
    public: i.public, handled_by: i.handledBy, customer_tier: i.customerTier ?? null, received_at: new Date(i.receivedAt),
    order_id: i.orderId ?? null, sku: i.sku ?? null, triaged_at: null, attachments: i.attachments,
    order: (i.orderId && orders.get(i.orderId)) || null,
  }), ctx));
}

/** After the insert: the boundary events, one batch event, and the report rollups for the new rows. */
export async function recordNewTriage(deps: { db: Db; clock: Clock }, inserted: { id: number; item: SignalInput; result: TriageResult }[], version: string, actor: string): Promise<void> {
  if (inserted.length === 0) return;
  const now = deps.clock.now();
  const events: EventInput[] = [];
  for (const { id, item, result } of inserted) {
    const crossed = crossedBoundary(result, item.handledBy);
    if (crossed.length) events.push({ type: 'automation.crossed_boundary', actor: 'triage', at: now, subjectType: 'signal', subjectId: id, payload: { channel: item.channel, reasons: crossed } });
  }
  const ids = inserted.map((i) => i.id);
  events.push({ type: 'signals.triaged', actor, at: now, subjectType: 'signal_batch', payload: { count: ids.length, version, firstId: Math.min(...ids), lastId: Math.max(...ids) } });
  await addNewSignalsToRollups(deps.db, ids);
  await appendEvents(deps.db, events);
}
