import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { emit } from '../../platform/events.js';
import { runAs } from '../../platform/actor.js';
import { findUserByEmail, type User } from './user-repository.js';
import { newSecret, secretHash, verifyPassword } from './secrets.js';
import { insertSession, deleteExpiredSessions } from './credential-repository.js';
import { clearSignInFailures, countSignInFailures, deleteOldSignInFailures, recordSignInFailure } from './sign-in-failure-repository.js';
import { actorOf } from './actor-of.js';
import { peopleError } from './errors.js';

export const SESSION_DAYS = 14;
/** Failed sign-ins counted over this window: 10 per account, 30 per address. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LIMITS = { account: 10, address: 30 } as const;

/**
 * Checks the password and opens a session. Failures are counted per account and per address in
 * the database (so several processes share the count); past either limit every attempt is refused
 * before the password is even checked, the right password included, until the window passes.
 */
export async function signIn(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { email: string; password: string; address: string },
): Promise<{ user: User; session: string; expiresAt: Date }> {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const accountKey = `account:${input.email}`;
  const addressKey = `address:${input.address}`;
  const [byAccount, byAddress] = await Promise.all([
    countSignInFailures(ctx.db, accountKey, since),
    countSignInFailures(ctx.db, addressKey, since),
  ]);
  if (byAccount >= SIGN_IN_LIMITS.account || byAddress >= SIGN_IN_LIMITS.address) {
    throw new AppError('too_many_sign_ins', `too many failed sign-ins; try again in ${SIGN_IN_WINDOW_MS / 60_000} minutes`, {
      retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000,
    });
  }
  const found = await findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(input.password, found?.passwordHash ?? null);
  if (!found || !ok || !found.active) {
    await recordSignInFailure(ctx.db, [accountKey, addressKey], now);
    throw peopleError('sign_in_failed', 'the email or password is wrong, or the account is not active');
  }
  const { passwordHash: _, ...user } = found;
  const session = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await ctx.db.transaction().execute(async (tx) => {
    await insertSession(tx, { idHash: secretHash(session), userId: user.id, at: now, expiresAt });
    await clearSignInFailures(tx, accountKey);
    await deleteExpiredSessions(tx, now);
    await deleteOldSignInFailures(tx, since);
    await runAs(actorOf(user), () =>
      emit(tx, { type: 'user.signed_in', actor: user.name, at: now, subjectType: 'user', subjectId: user.id, payload: {} }),
    );
  });
  return { user, session, expiresAt };
}

/** A session for a user who just proved who they are another way (first admin, accepted invitation). */
export async function openSession(ctx: Pick<AppContext, 'db' | 'clock'>, user: User): Promise<{ session: string; expiresAt: Date }> {
  const now = ctx.clock.now();
  const session = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await insertSession(ctx.db, { idHash: secretHash(session), userId: user.id, at: now, expiresAt });
  return { session, expiresAt };
}
