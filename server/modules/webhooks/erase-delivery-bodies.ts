import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import { containsAny, ERASED } from '../../lib/scrub.js';

/**
 * Webhooks' part of an erasure: a kept delivery body is the shop's raw payload (names, emails,
 * addresses), so a body that holds one of the erased customer's emails, phones or links is
 * replaced whole; retention replaces every worked body older than its date. What the delivery
 * did (its topic, status and times) stays for the connections page's counts.
 */
export async function eraseDeliveryBodies(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  if (erasure.scope.kind === 'retention') {
    await tx
      .updateTable('webhook_deliveries')
      .set({ body: ERASED, headers: '{}' })
      .where('received_at', '<', erasure.scope.before)
      .where('status', 'not in', ['pending', 'processing'])
      .where('body', '<>', ERASED)
      .execute();
    return;
  }
  const tokens = [...erasure.tokens];
  if (tokens.length === 0) return;
  const rows = await tx.selectFrom('webhook_deliveries').select(['id', 'body']).where('body', '<>', ERASED).execute();
  const ids = rows.filter((r) => containsAny(r.body, tokens)).map((r) => r.id);
  if (ids.length > 0) await tx.updateTable('webhook_deliveries').set({ body: ERASED, headers: '{}' }).where('id', 'in', ids).execute();
}
