import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { orderDates } from '../../orders/index.js';
import type { CountableOrder, CountableSignal } from '../verdict/index.js';
import type { IssueFactsRow } from './action.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * What a rate needs around a change: the signals of the issue's SKU (or lane) with whether each
 * belongs to the issue and its order date, and the orders of that SKU (or lane) as exposure.
 * A batch does not narrow the exposure: the question is complaints per order of the SKU.
 */
export async function loadRateInputs(db: Db, issue: Pick<IssueFactsRow, 'id' | 'sku' | 'route' | 'market'>, from: Date, to: Date): Promise<{ signals: CountableSignal[]; orders: CountableOrder[] }> {
  const anySku = issue.sku === '*';
  const signals = await sql<{ received_at: Date; ordered_at: Date | null; matches: boolean }>`
    SELECT s.received_at, o.ordered_at,
      EXISTS (SELECT 1 FROM issue_signals i WHERE i.issue_id = ${issue.id} AND i.signal_id = s.id) AS matches
    FROM signals s LEFT JOIN orders o ON o.order_id = s.order_id
    WHERE (${anySku} OR s.sku = ${issue.sku}) AND s.received_at >= ${from} AND s.received_at < ${to}
      AND (${issue.route}::text IS NULL OR o.route = ${issue.route})
      AND (${issue.market}::text IS NULL OR upper(o.country) = ${issue.market})`.execute(db);
  const orders = await orderDates(db, { sku: issue.sku, route: issue.route, market: issue.market, from, to });
  return {
    signals: signals.rows.map((r) => ({ receivedAt: r.received_at, orderedAt: r.ordered_at, matches: Boolean(r.matches) })),
    orders: orders.map((orderedAt) => ({ orderedAt })),
  };
}
