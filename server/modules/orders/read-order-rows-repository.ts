import { sql, type RawBuilder } from 'kysely';

/**
 * The orders as another module's bulk SQL reads them: a relation to put in its FROM or JOIN
 * (`LEFT JOIN ${orderRows()} o ON o.order_id = s.order_id`), with the columns orders vouches for.
 * A fragment rather than a function call so a count across owners stays one statement and one
 * round trip; PostgreSQL flattens the plain subquery, so the plan is the table's own.
 */
export function orderRows(): RawBuilder<unknown> {
  return sql`(SELECT order_id, customer_id, ordered_at, delivered_at, batch, route, country FROM orders)`;
}
