import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The QA check of a batch: who inspected it, when, what they found, their photos and notes.
    -- A complaint about the batch is traced to these (order → line → batch → inspection).
    CREATE TABLE inspection_records (
      id bigserial PRIMARY KEY,
      batch text NOT NULL,
      sku text,
      inspected_at timestamptz NOT NULL,
      inspector text NOT NULL,
      result text NOT NULL,
      notes text,
      photos jsonb NOT NULL DEFAULT '[]'::jsonb,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX inspection_records_batch ON inspection_records (batch, inspected_at);
  `.execute(db);
}
