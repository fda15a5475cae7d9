import type { AppContext } from '../../platform/http/context.js';
import { emit } from '../../platform/events.js';
import { deleteSession, deleteUserSessions } from './credential-repository.js';
import { secretHash } from './secrets.js';

/** Ends this session, or every session of the user ("sign out everywhere"). */
export async function signOut(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  o: { userId: number; name: string; session?: string; everywhere: boolean },
): Promise<number> {
  return ctx.db.transaction().execute(async (tx) => {
    const sessions = o.everywhere ? await deleteUserSessions(tx, o.userId) : o.session ? await deleteSession(tx, secretHash(o.session)) : 0;
    await emit(tx, {
      type: 'user.signed_out',
      actor: o.name,
      at: ctx.clock.now(),
      subjectType: 'user',
      subjectId: o.userId,
      payload: { everywhere: o.everywhere, sessions },
    });
    return sessions;
  });
}
