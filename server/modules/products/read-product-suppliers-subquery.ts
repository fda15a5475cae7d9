import { expressionBuilder } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/**
 * Each product's supplier as a typed subquery, for a later stage to join its rows to in the same
 * statement (a supplier's packet selects signals by their product's supplier under a LIMIT, which
 * a separate list of SKUs would turn into a second round trip). Runs inside the caller's query.
 */
export function productSuppliersSubquery() {
  return expressionBuilder<DB>().selectFrom('products').select(['sku', 'supplier']);
}
