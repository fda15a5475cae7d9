import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { lockSignalFacts, type StoredSignalFacts } from '../signals/index.js';
import { orderFacts } from '../orders/index.js';
import type { RollupState } from './rollup-contributions.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The rollup-relevant facts of these signals as stored now (missing ids are simply absent), read
 * through their owners: the signals' rows are locked so a concurrent retriage of the same signal
 * waits and then reads what this one wrote; the linked orders give the route and a missing batch.
 */
export async function rollupStates(db: Db, ids: readonly number[]): Promise<RollupState[]> {
  if (ids.length === 0) return [];
  return rollupStatesOf(db, await lockSignalFacts(db, ids, { attachments: false }));
}

/**
 * The same from facts in hand (a row as its insert returned it, in this transaction): only the
 * linked orders are read, and only when a signal names one.
 */
export async function rollupStatesOf(db: Db, signals: readonly StoredSignalFacts[]): Promise<RollupState[]> {
  if (signals.length === 0) return [];
  const orders = await orderFacts(db, [...new Set(signals.map((s) => s.orderId).filter((x): x is string => Boolean(x)))]);
  return signals.map((s) => {
    const order = s.orderId ? orders.get(s.orderId) : undefined;
    return {
      id: s.id,
      receivedAt: s.receivedAt,
      triaged: s.triagedAt !== null,
      sku: s.sku,
      channel: s.channel,
      stage: s.stage,
      issueTypes: s.issueTypes,
      sentimentLabel: s.sentimentLabel,
      mustBeHuman: s.mustBeHuman,
      handledBy: s.handledBy,
      rating: s.rating,
      batch: s.batch ?? order?.batch ?? null,
      route: order?.route ?? null,
    };
  });
}
