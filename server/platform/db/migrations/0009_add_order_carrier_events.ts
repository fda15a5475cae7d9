import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The carrier's tracking of an order: who carries it, the tracking number, and its scans
    -- ([{at, status, location}], oldest first) for the review response's "carrier events".
    ALTER TABLE orders ADD COLUMN carrier text;
    ALTER TABLE orders ADD COLUMN tracking_number text;
    ALTER TABLE orders ADD COLUMN carrier_events jsonb NOT NULL DEFAULT '[]'::jsonb;
  `.execute(db);
}
