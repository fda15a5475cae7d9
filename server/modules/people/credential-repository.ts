// Sessions and personal API tokens: both are a random secret handed out once and kept as a hash.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertSession(db: Db, s: { idHash: string; userId: number; at: Date; expiresAt: Date }): Promise<void> {
  await db
    .insertInto('user_sessions')
    .values({ id_hash: s.idHash, user_id: s.userId, created_at: s.at, expires_at: s.expiresAt })
    .execute();
}

/** The active user behind a live session. */
export async function findSessionUserId(db: Db, idHash: string, now: Date): Promise<number | undefined> {
  const r = await db
    .selectFrom('user_sessions')
    .select('user_id')
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return r?.user_id;
}

export async function deleteSession(db: Db, idHash: string): Promise<number> {
  const r = await db.deleteFrom('user_sessions').where('id_hash', '=', idHash).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteUserSessions(db: Db, userId: number): Promise<number> {
  const r = await db.deleteFrom('user_sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('user_sessions').where('expires_at', '<=', now).execute();
}

export interface ApiToken {
  id: number;
  userId: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const TOKEN_COLUMNS = ['id', 'user_id', 'name', 'created_at', 'last_used_at', 'revoked_at'] as const;
const toToken = (r: {
  id: number;
  user_id: number;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}) => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export async function insertToken(db: Db, t: { userId: number; name: string; tokenHash: string; at: Date }): Promise<ApiToken> {
  const r = await db
    .insertInto('api_tokens')
    .values({ user_id: t.userId, name: t.name, token_hash: t.tokenHash, created_at: t.at })
    .returning(TOKEN_COLUMNS)
    .executeTakeFirstOrThrow();
  return toToken(r);
}

/** The owner of an unrevoked token; records its use (at most once a minute, so reads stay reads). */
export async function tokenOwner(db: Db, tokenHash: string, now: Date): Promise<number | undefined> {
  const r = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!r) return undefined;
  if (!r.last_used_at || now.getTime() - r.last_used_at.getTime() > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', r.id).execute();
  }
  return r.user_id;
}

export async function listTokens(db: Db, userId: number): Promise<ApiToken[]> {
  return (await db.selectFrom('api_tokens').select(TOKEN_COLUMNS).where('user_id', '=', userId).orderBy('id').execute()).map(toToken);
}

export async function revokeToken(db: Db, userId: number, id: number, now: Date): Promise<ApiToken | undefined> {
  const r = await db
    .updateTable('api_tokens')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning(TOKEN_COLUMNS)
    .executeTakeFirst();
  return r && toToken(r);
}

export async function revokeUserTokens(db: Db, userId: number, now: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}
