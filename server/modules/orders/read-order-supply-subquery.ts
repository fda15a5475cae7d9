import { expressionBuilder } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/**
 * Each order's supply and shipping facts (batch, supplier, route) as a typed subquery, for a later
 * stage to left-join its signals to in the same statement: the signals' filters and LIMIT (a
 * packet's supplier or batch) and the bulk recounts need the order's columns row by row, and a
 * separate read would be a second round trip of every linked order. Built without a database
 * handle; it runs inside the caller's query, where PostgreSQL flattens it into a plain join.
 */
export function orderSupplySubquery() {
  return expressionBuilder<DB>().selectFrom('orders').select(['order_id', 'batch', 'supplier', 'route']);
}
