import { AsyncLocalStorage } from 'node:async_hooks';

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
