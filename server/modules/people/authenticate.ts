import type { AppContext } from '../../platform/http/context.js';
import { findSessionUserId, tokenOwner } from './credential-repository.js';
import { findUserById, type User } from './user-repository.js';
import { secretHash } from './secrets.js';

/** The active user behind a session cookie's value, if the session is live. */
export async function userOfSession(ctx: Pick<AppContext, 'db' | 'clock'>, session: string): Promise<User | undefined> {
  const id = await findSessionUserId(ctx.db, secretHash(session), ctx.clock.now());
  const user = id === undefined ? undefined : await findUserById(ctx.db, id);
  return user?.active ? user : undefined;
}

/** The active owner of an unrevoked personal API token. */
export async function userOfToken(ctx: Pick<AppContext, 'db' | 'clock'>, token: string): Promise<User | undefined> {
  const id = await tokenOwner(ctx.db, secretHash(token), ctx.clock.now());
  const user = id === undefined ? undefined : await findUserById(ctx.db, id);
  return user?.active ? user : undefined;
}
