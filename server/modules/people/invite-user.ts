import type { AppContext } from '../../platform/http/context.js';
import { emit } from '../../platform/events.js';
import type { Role } from '../../../contracts/people.js';
import { insertInvitation, type Invitation } from './invitation-repository.js';
import { newSecret, secretHash } from './secrets.js';
import { findUserByEmail } from './user-repository.js';
import { peopleError } from './errors.js';

export const INVITATION_DAYS = 7;

/** An invitation link: single use, valid for a week; only the hash of its secret is stored. */
export async function inviteUser(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  o: { email: string; role: Role; teams: string[]; invitedBy: number | null; actor: string },
): Promise<{ invitation: Invitation; token: string }> {
  if (await findUserByEmail(ctx.db, o.email)) throw peopleError('email_taken', `an account with the email ${o.email} already exists`);
  const token = newSecret();
  const now = ctx.clock.now();
  const invitation = await ctx.db.transaction().execute(async (tx) => {
    const i = await insertInvitation(tx, {
      tokenHash: secretHash(token),
      email: o.email,
      role: o.role,
      teams: o.teams,
      invitedBy: o.invitedBy,
      at: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
    });
    await emit(tx, {
      type: 'invitation.created',
      actor: o.actor,
      at: now,
      subjectType: 'invitation',
      subjectId: i.id,
      payload: { email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() },
    });
    return i;
  });
  return { invitation, token };
}
