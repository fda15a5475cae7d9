import type { AppContext } from '../../platform/http/context.js';
import { sql } from 'kysely';
import { addUser } from './add-user.js';
import { countUsers, type User } from './user-repository.js';
import { peopleError } from './errors.js';

/** "Create the first admin": only while no account exists (single-person mode ends with it). */
export async function createFirstAdmin(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { email: string; name: string; password: string },
): Promise<User> {
  // Two tabs racing: the advisory lock lets one through; the other then sees a user and is refused.
  return ctx.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(20020)`.execute(tx);
    if ((await countUsers(tx)) > 0) throw peopleError('setup_done', 'an account already exists: sign in instead');
    return addUser({ db: tx, clock: ctx.clock }, { ...input, role: 'admin', teams: [] }, 'first_admin');
  });
}
