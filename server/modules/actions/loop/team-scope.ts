import { AppError } from '../../../platform/errors.js';
import { currentActor } from '../../../platform/actor.js';

/**
 * An owner works on the actions of their own teams and reads the rest (issue 14's roles); the
 * policy table lets the role through, this checks the team. Other roles and callers pass.
 */
export function assertOwnTeam(ownerTeam: string): void {
  const who = currentActor();
  if (who?.role === 'owner' && !who.teams.includes(ownerTeam)) {
    throw new AppError('forbidden', `this action belongs to the ${ownerTeam} team; an owner changes only their own teams' actions`);
  }
}
