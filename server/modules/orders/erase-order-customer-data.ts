import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';

/**
 * Orders' part of an erasure (`customer.erase_requested`): the customer's email goes, and so do
 * the carrier scans' locations (the last one is their door). What was sold, when and how stays,
 * so exposure and delivery figures do not move. Retention takes the emails of old orders only.
 */
export async function eraseOrderCustomerData(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  const scope = erasure.scope;
  const personal = sql<boolean>`(customer_email IS NOT NULL
    OR EXISTS (SELECT 1 FROM jsonb_array_elements(carrier_events) e WHERE e->>'location' IS NOT NULL))`;
  const rows =
    scope.kind === 'customer'
      ? await tx
          .selectFrom('orders')
          .select(['order_id', 'customer_email', personal.as('personal')])
          .where('customer_id', '=', scope.customerId)
          .forUpdate()
          .execute()
      : await tx
          .selectFrom('orders')
          .select(['order_id', 'customer_email', personal.as('personal')])
          .where('ordered_at', '<', scope.before)
          .where('customer_email', 'is not', null)
          .orderBy('ordered_at')
          .limit(scope.limit)
          .forUpdate()
          .execute();
  // Every order of the customer tells later stages where to look (signals about it, its review
  // request), even one with nothing left to erase here.
  erasure.orderIds.push(...rows.map((r) => r.order_id));
  erasure.subject(
    'order',
    rows.map((r) => r.order_id),
  );
  const changed = rows.filter((r) => r.personal);
  if (changed.length === 0) return;
  const ids = changed.map((r) => r.order_id);
  await sql`
    UPDATE orders SET customer_email = NULL,
      carrier_events = (
        SELECT coalesce(jsonb_agg(jsonb_set(e.v, '{location}', 'null'::jsonb) ORDER BY e.n), '[]'::jsonb)
        FROM jsonb_array_elements(orders.carrier_events) WITH ORDINALITY AS e(v, n))
    WHERE order_id = ANY(${ids}::text[])`.execute(tx);
  for (const r of changed) erasure.token(r.customer_email);
  erasure.count('orders', changed.length);
  erasure.count('emails', changed.filter((r) => r.customer_email).length);
}

/** Whether the retention job has order emails to erase. */
export async function hasOrderEmailsBefore(db: Kysely<DB> | Transaction<DB>, before: Date): Promise<boolean> {
  const r = await db
    .selectFrom('orders')
    .select('order_id')
    .where('ordered_at', '<', before)
    .where('customer_email', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return !!r;
}
