import { sql, type Kysely } from 'kysely';

/**
 * The signal list filters by customerId (a customer's history), newest first; orders already have
 * their index. This replaces the plain one 0030 made for the erasure, which this one also serves.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS signals_customer`.execute(db);
  await sql`CREATE INDEX signals_customer ON signals (customer_id, received_at DESC) WHERE customer_id IS NOT NULL`.execute(db);
}
