import { sql, type Kysely } from 'kysely';

/**
 * People: accounts with a role and teams, sessions behind a cookie, personal API tokens and
 * invitations (only hashes of their secrets are kept), failed sign-ins for the rate limit, and the
 * signed-in user on every event so the audit trail names a person, not what a request claimed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id serial PRIMARY KEY,
      email text NOT NULL UNIQUE,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'lead', 'agent', 'owner', 'viewer')),
      teams jsonb NOT NULL DEFAULT '[]',
      active boolean NOT NULL DEFAULT true,
      password_hash text,
      created_at timestamptz NOT NULL
    );
    CREATE TABLE user_sessions (
      id_hash text PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX user_sessions_user ON user_sessions (user_id);
    CREATE TABLE api_tokens (
      id serial PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id),
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    CREATE INDEX api_tokens_user ON api_tokens (user_id);
    CREATE TABLE invitations (
      id serial PRIMARY KEY,
      token_hash text NOT NULL UNIQUE,
      email text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'lead', 'agent', 'owner', 'viewer')),
      teams jsonb NOT NULL DEFAULT '[]',
      invited_by integer REFERENCES users(id),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      user_id integer REFERENCES users(id)
    );
    CREATE TABLE sign_in_failures (
      key text NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX sign_in_failures_key_at ON sign_in_failures (key, at);
    ALTER TABLE events ADD COLUMN actor_user_id integer;
    CREATE INDEX events_actor_user ON events (actor_user_id, id);
  `.execute(db);
}
