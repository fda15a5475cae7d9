import { sql, type Kysely } from 'kysely';

/** Each person's choice per kind of notification: in the app, by email, both or neither (no row: both). */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE notification_preferences (
      user_id integer NOT NULL REFERENCES users(id),
      kind text NOT NULL,
      in_app boolean NOT NULL,
      email boolean NOT NULL,
      PRIMARY KEY (user_id, kind)
    );
  `.execute(db);
}
