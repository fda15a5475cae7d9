import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Customers are pseudonymous ids; a later, more specific tier replaces 'new'. */
export async function upsertCustomers(db: Db, items: { customerId?: string | null; customerTier?: string | null }[]): Promise<void> {
  const byId = new Map<string, { tier: string }>();
  for (const i of items) {
    if (!i.customerId) continue;
    const prev = byId.get(i.customerId);
    byId.set(i.customerId, { tier: i.customerTier ?? prev?.tier ?? 'new' });
  }
  if (byId.size === 0) return;
  const ids = [...byId.keys()];
  await sql`
    INSERT INTO customers (id, tier)
    SELECT * FROM unnest(${ids}::text[], ${ids.map((i) => byId.get(i)!.tier)}::text[])
    ON CONFLICT (id) DO UPDATE SET tier = CASE WHEN EXCLUDED.tier <> 'new' THEN EXCLUDED.tier ELSE customers.tier END`.execute(db);
}

export interface Customer {
  id: string;
  tier: string;
  createdAt: Date;
  erasedAt: Date | null;
}

export async function getCustomer(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<Customer | undefined> {
  let q = db.selectFrom('customers').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r && { id: r.id, tier: r.tier, createdAt: r.created_at, erasedAt: r.erased_at };
}

export async function markCustomerErased(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('customers').set({ erased_at: at }).where('id', '=', id).execute();
}

/** The ids of erased customers, as a relation a later stage's single statement can exclude (review requests). */
export function erasedCustomerIds(): RawBuilder<{ id: string }> {
  return sql<{ id: string }>`(SELECT id FROM customers WHERE erased_at IS NOT NULL)`;
}
