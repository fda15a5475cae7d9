import { sql, type Kysely } from 'kysely';

/**
 * The demo store is a seeding tool, not a kind of data: its records come through the same doors
 * as any other and carry no flag in the public contracts, so the columns that stored one go.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE customers DROP COLUMN demo;
    ALTER TABLE products DROP COLUMN demo;
    ALTER TABLE orders DROP COLUMN demo;
    ALTER TABLE signals DROP COLUMN demo;
  `.execute(db);
}
