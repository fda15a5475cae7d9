import { sql, type Kysely } from 'kysely';

/** The signal list filters by customerId (a customer's history); orders already have their index. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX signals_customer ON signals (customer_id, received_at DESC) WHERE customer_id IS NOT NULL`.execute(db);
}
