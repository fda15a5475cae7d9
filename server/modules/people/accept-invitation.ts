import type { AppContext } from '../../platform/http/context.js';
import { emit } from '../../platform/events.js';
import { runAs } from '../../platform/actor.js';
import { claimInvitation, linkInvitationUser } from './invitation-repository.js';
import { secretHash } from './secrets.js';
import { addUser } from './add-user.js';
import { actorOf } from './actor-of.js';
import type { User } from './user-repository.js';
import { peopleError } from './errors.js';

/** Uses the invitation (once, before it expires) and creates the account it was for. */
export async function acceptInvitation(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  o: { token: string; name: string; password: string },
): Promise<User> {
  return ctx.db.transaction().execute(async (tx) => {
    const inv = await claimInvitation(tx, secretHash(o.token), ctx.clock.now());
    if (!inv)
      throw peopleError('invitation_invalid', 'this invitation link is not valid: it was used already, has expired, or never existed');
    const user = await addUser(
      { db: tx, clock: ctx.clock },
      { email: inv.email, name: o.name, role: inv.role, teams: inv.teams, password: o.password },
      'invitation',
    );
    await linkInvitationUser(tx, inv.id, user.id);
    await runAs(actorOf(user), () =>
      emit(tx, {
        type: 'invitation.accepted',
        actor: user.name,
        at: ctx.clock.now(),
        subjectType: 'invitation',
        subjectId: inv.id,
        payload: { email: inv.email },
      }),
    );
    return user;
  });
}
