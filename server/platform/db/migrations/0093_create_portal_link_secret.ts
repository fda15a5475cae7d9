import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The store's secret for the signed links a shop puts in its order emails (HMAC over the
    -- order id and the link's expiry). One row, made on first use; replacing it voids every link.
    CREATE TABLE portal_link_secret (
      id int PRIMARY KEY CHECK (id = 1),
      secret bytea NOT NULL,
      created_at timestamptz NOT NULL
    );
  `.execute(db);
}
