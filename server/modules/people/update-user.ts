import type { z } from 'zod';
import type { AppContext } from '../../platform/http/context.js';
import { emit } from '../../platform/events.js';
import type { userPatch } from '../../../contracts/people.js';
import { countActiveAdmins, findUserById, updateUser as update, type User } from './user-repository.js';
import { deleteUserSessions } from './credential-repository.js';
import { peopleError } from './errors.js';

/** An admin's change to an account. Deactivating ends its sessions; the last active admin stays one. */
export async function updateUser(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  id: number,
  patch: z.output<typeof userPatch>,
  actor: string,
): Promise<User> {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await findUserById(tx, id);
    if (!before) throw peopleError('user_not_found', `no user ${id}`);
    const after = await update(tx, id, patch);
    if (!after) throw peopleError('user_not_found', `no user ${id}`);
    if (before.role === 'admin' && before.active && (after.role !== 'admin' || !after.active) && (await countActiveAdmins(tx)) === 0) {
      throw peopleError('forbidden', 'this is the last active admin: make another admin first');
    }
    if (!after.active) await deleteUserSessions(tx, id);
    await emit(tx, {
      type: 'user.updated',
      actor,
      at: ctx.clock.now(),
      subjectType: 'user',
      subjectId: id,
      payload: {
        changed: Object.keys(patch).sort(),
        ...(patch.role !== undefined ? { role: patch.role } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
      },
    });
    return after;
  });
}
