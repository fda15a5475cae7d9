import { sql, type Kysely } from 'kysely';

/**
 * The customer's satisfaction rating of how a signal was handled (a helpdesk's CSAT, 1–5), so the
 * SLA figures' CSAT counts what customers said. One rating per signal: a later one replaces it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE signal_satisfaction (
      signal_id bigint PRIMARY KEY REFERENCES signals(id) ON DELETE CASCADE,
      score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
      at timestamptz NOT NULL,
      source text NOT NULL
    );
  `.execute(db);
}
