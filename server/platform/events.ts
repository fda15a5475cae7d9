import type { Kysely, Transaction } from 'kysely';
import type { DB } from './db/schema.js';
import { currentActor } from './actor.js';

/**
 * The append-only event log. Modules declare their own event types as a union of
 * { type, subjectType, subjectId, payload } and write them through here; reports and the
 * audit trail read them back.
 */
export interface EventInput<T extends string = string, P extends object = Record<string, unknown>> {
  type: T;
  actor: string;
  at: Date;
  subjectType?: string;
  subjectId?: string | number;
  payload?: P;
}

export async function appendEvents(db: Kysely<DB> | Transaction<DB>, events: EventInput[]): Promise<void> {
  if (events.length === 0) return;
  // A request's signed-in user is the actor of everything it causes, whatever the emitter was told.
  const signedIn = currentActor();
  await db
    .insertInto('events')
    .values(
      events.map((e) => ({
        at: e.at,
        actor: signedIn?.name ?? e.actor,
        actor_user_id: signedIn?.userId ?? null,
        type: e.type,
        subject_type: e.subjectType ?? null,
        subject_id: e.subjectId === undefined ? null : String(e.subjectId),
        payload: JSON.stringify(e.payload ?? {}),
      })),
    )
    .execute();
}

export interface StoredEvent {
  id: number;
  at: Date;
  actor: string;
  type: string;
  subjectType: string | null;
  subjectId: string | null;
  payload: Record<string, unknown>;
}

export async function listEvents(
  db: Kysely<DB>,
  filter: { subjectType?: string; subjectId?: string; type?: string; limit?: number } = {},
): Promise<StoredEvent[]> {
  let q = db.selectFrom('events').selectAll().orderBy('id', 'asc');
  if (filter.subjectType) q = q.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId) q = q.where('subject_id', '=', filter.subjectId);
  if (filter.type) q = q.where('type', '=', filter.type);
  const rows = await q.limit(filter.limit ?? 500).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    type: r.type,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    payload: r.payload,
  }));
}

/**
 * Events that later stages react to. Each module declares the events it emits by augmenting this
 * interface (`declare module '../../platform/events.js' { interface EventPayloads { 'x.y': {...} } }`),
 * so an emitter and its subscribers agree on the payload at compile time.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each module
export interface EventPayloads {}

export type EventType = keyof EventPayloads & string;

/**
 * What subscribers need that the log does not keep: the exact ids a batch inserted, the values a
 * change replaced. Declared per event type by declaration merging, like EventPayloads; handed to
 * the subscribers and never appended, so the log stays as small as the payloads.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each module
export interface EventContexts {}

/** One event as emitted: a union over the event types, so each payload (and context) is checked against its type. */
export type EmittedEvent<T extends EventType = EventType> = T extends EventType
  ? {
      type: T;
      actor: string;
      at: Date;
      subjectType?: string;
      subjectId?: string | number;
      payload: EventPayloads[T];
    } & (T extends keyof EventContexts ? { context: EventContexts[T] } : { context?: never })
  : never;

export type EventHandler<T extends EventType = EventType> = (tx: Transaction<DB>, event: EmittedEvent<T>) => Promise<void>;

const handlers = new Map<string, { name: string; handler: EventHandler<never> }[]>();

/**
 * Registers a handler that runs inside the emitter's transaction, so whatever it writes (a rollup,
 * a status) commits or rolls back with the change that caused it. `name` makes registration
 * idempotent (a second registration under the same name replaces the first).
 */
export function subscribe<T extends EventType>(type: T, name: string, handler: EventHandler<T>): void {
  const list = handlers.get(type) ?? [];
  const entry = { name, handler: handler as EventHandler<never> };
  const at = list.findIndex((h) => h.name === name);
  if (at >= 0) list[at] = entry;
  else list.push(entry);
  handlers.set(type, list);
}

/** The names subscribed to an event type, in the order they run (for tests and the architecture map). */
export function subscribersOf(type: EventType): string[] {
  return (handlers.get(type) ?? []).map((h) => h.name);
}

/**
 * Appends the events to the log and runs every subscriber of each, in order, in the same
 * transaction. Called with a plain handle it opens a transaction of its own.
 */
export async function emit(db: Kysely<DB> | Transaction<DB>, ...events: EmittedEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (!db.isTransaction) {
    await db.transaction().execute((tx) => emit(tx, ...events));
    return;
  }
  const tx = db as Transaction<DB>;
  await appendEvents(tx, events as EventInput[]);
  for (const event of events) {
    for (const { handler } of handlers.get(event.type) ?? []) {
      await (handler as EventHandler)(tx, event);
    }
  }
}
