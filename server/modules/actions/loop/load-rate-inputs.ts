import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { signalIdsOfIssues } from '../../issues/index.js';
import { orderDates, orderSummaries } from '../../orders/index.js';
import { signalsReceivedBetween } from '../../signals/index.js';
import type { CountableOrder, CountableSignal } from '../verdict/index.js';
import type { IssueFactsRow } from './action.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * What a rate needs around a change: the signals of the issue's SKU (or lane) with whether each
 * belongs to the issue and its order date, and the orders of that SKU (or lane) as exposure.
 * A batch does not narrow the exposure: the question is complaints per order of the SKU. A lane
 * (route, market) is the order's, so a signal without a known order is outside every lane.
 */
export async function loadRateInputs(
  db: Db,
  issue: Pick<IssueFactsRow, 'id' | 'sku' | 'route' | 'market'>,
  from: Date,
  to: Date,
): Promise<{ signals: CountableSignal[]; orders: CountableOrder[] }> {
  const received = await signalsReceivedBetween(db, { sku: issue.sku, from, to });
  const orderIds = [...new Set(received.map((s) => s.orderId).filter((o): o is string => o !== null))];
  const known = new Map((await orderSummaries(db, orderIds)).map((o) => [o.orderId, o]));
  const members = new Set((await signalIdsOfIssues(db, [issue.id])).get(issue.id) ?? []);
  const signals: CountableSignal[] = [];
  for (const s of received) {
    const order = s.orderId === null ? undefined : known.get(s.orderId);
    if (issue.route !== null && order?.route !== issue.route) continue;
    if (issue.market !== null && order?.country?.toUpperCase() !== issue.market) continue;
    signals.push({ receivedAt: s.receivedAt, orderedAt: order?.orderedAt ?? null, matches: members.has(s.id) });
  }
  const orders = await orderDates(db, { sku: issue.sku, route: issue.route, market: issue.market, from, to });
  return { signals, orders: orders.map((orderedAt) => ({ orderedAt })) };
}
