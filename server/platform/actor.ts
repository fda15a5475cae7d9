import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from './errors.js';

/**
 * Who is acting for the request being served: the signed-in user (or the token's owner). The
 * authentication door sets it for the rest of the request, and the event log reads it, so every
 * event a request causes names that person whatever the body claimed. Outside a request (jobs,
 * the CLI, single-person mode) there is none and events keep the actor their emitter gave.
 */
export interface Actor {
  userId: number;
  /** What older views show as the actor: the user's name. */
  name: string;
  role: string;
  teams: readonly string[];
}

const store = new AsyncLocalStorage<Actor | undefined>();

export function runAs<T>(actor: Actor | undefined, fn: () => T): T {
  return store.run(actor, fn);
}

export function currentActor(): Actor | undefined {
  return store.getStore();
}

/** The name to store for who did something: the signed-in user's, else what the caller named. */
export function actorName(claimed: string): string {
  return store.getStore()?.name ?? claimed;
}

/**
 * An `owner` changes only the work of their own teams and reads the rest (issue 14's roles): the
 * policy table lets the role through, the thing's team decides here. `teams` are the teams the
 * thing belongs to (null: none); other roles and callers outside a request pass.
 */
export function assertOwnTeam(teams: string | null | readonly (string | null)[], what: string): void {
  const who = store.getStore();
  if (who?.role !== 'owner') return;
  const of = [...new Set((Array.isArray(teams) ? teams : [teams]).filter((t): t is string => typeof t === 'string'))];
  if (of.some((t) => who.teams.includes(t))) return;
  throw new AppError(
    'forbidden',
    `${what} belongs to ${of.length === 0 ? 'no team' : of.length === 1 ? `the ${of[0]} team` : `the ${of.join(', ')} teams`}; an owner changes only their own teams' work`,
  );
}
