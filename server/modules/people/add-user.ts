import type { z } from 'zod';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppContext } from '../../platform/http/context.js';
import { emit } from '../../platform/events.js';
import type { userInput } from '../../../contracts/people.js';
import { hashPassword } from './secrets.js';
import { insertUser, type User } from './user-repository.js';
import { peopleError } from './errors.js';
import { runAs } from '../../platform/actor.js';
import { actorOf } from './actor-of.js';
import './events.js';

export type NewUser = z.output<typeof userInput>;

/** Creates an account; without a password it can only be entered through an invitation's reset. */
export async function addUser(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: NewUser,
  via: 'cli' | 'api' | 'first_admin' | 'invitation' | 'demo',
): Promise<User> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const run = async (tx: Transaction<DB>) => {
    const user = await insertUser(tx, { ...input, passwordHash, at: ctx.clock.now() });
    if (!user) throw peopleError('email_taken', `an account with the email ${input.email} already exists`);
    // Someone who joins by themselves (the first admin, an invited person) is the actor of their own arrival.
    const self = via === 'first_admin' || via === 'invitation';
    const added = () =>
      emit(tx, {
        type: 'user.added',
        actor: self ? user.name : via === 'cli' ? 'cli' : 'api',
        at: ctx.clock.now(),
        subjectType: 'user',
        subjectId: user.id,
        payload: { email: user.email, role: user.role, teams: user.teams, via },
      });
    await (self ? runAs(actorOf(user), added) : added());
    return user;
  };
  return ctx.db.isTransaction ? run(ctx.db as Transaction<DB>) : ctx.db.transaction().execute(run);
}
