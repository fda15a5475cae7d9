import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import type { SignalInput } from '../../../contracts/signal.js';
import type { SignalTriageColumns } from './signal.js';
import type { StoredSignalFacts } from './signal-repository.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * A signal of the batch that this batch inserted (not a duplicate): its id, its place in the
 * batch, its input, and the facts its row holds as the insert returned them.
 */
export interface InsertedSignal {
  id: number;
  index: number;
  item: SignalInput;
  stored: StoredSignalFacts;
}

/**
 * A batch on its way in. The step that triages fills `triage`, one entry per item, so each row is
 * written once, with its triage, in the insert itself; later steps read it (an SLA needs the class).
 */
export interface IntakeBatch {
  items: SignalInput[];
  /** When the batch was prepared (the triage time its rows record). */
  at: Date;
  triage?: { columns: SignalTriageColumns[]; version: string; at: Date };
}

/**
 * What a later stage adds to every new signal at intake. Triage and the SLA plug in here at the
 * composition root (server/subscribers.ts) rather than being called from signals, which comes
 * before them in the flow. `prepare` runs ahead of the batch's transaction (an import prepares
 * batch N+1 while batch N is written); `store` runs inside it, for the inserted signals only.
 */
export interface IntakeStep<Loaded = unknown, Prepared = unknown> {
  /** Unique; registering a name again replaces that step in place. */
  name: string;
  /** What the step reads once per request or import rather than once per batch (a model, seller rules). */
  load(db: Db): Promise<Loaded>;
  prepare(db: Db, batch: IntakeBatch, loaded: Loaded): Promise<Prepared>;
  /**
   * Writes the step's part; returns the events it causes, which intake emits together with its own
   * `signals.received` (one append to the log per batch, their subscribers run in step order).
   */
  store(
    tx: Transaction<DB>,
    inserted: InsertedSignal[],
    prepared: Prepared,
    meta: { actor: string; at: Date },
  ): Promise<EmittedEvent[] | undefined>;
}

// biome-ignore lint/suspicious/noExplicitAny: each step is typed at registration; the list holds them all
const steps: IntakeStep<any, any>[] = [];

/** Adds a step; steps run in registration order, which is the flow order of the stages that register them. */
export function registerIntakeStep<L, P>(step: IntakeStep<L, P>): void {
  const at = steps.findIndex((s) => s.name === step.name);
  if (at >= 0) steps[at] = step;
  else steps.push(step);
}

/** The registered steps' names, in the order they run. */
export function intakeStepNames(): string[] {
  return steps.map((s) => s.name);
}

/** What every step loaded, by step name. */
export interface LoadedIntake {
  readonly byStep: ReadonlyMap<string, unknown>;
}

export async function loadIntake(db: Db): Promise<LoadedIntake> {
  const values = await Promise.all(steps.map((s) => s.load(db)));
  return { byStep: new Map(steps.map((s, i) => [s.name, values[i]])) };
}

/** Each step's prepared part of one batch, in step order, and the triage the rows are written with. */
export interface PreparedSteps {
  triage: NonNullable<IntakeBatch['triage']>;
  parts: { step: IntakeStep; prepared: unknown }[];
}

export async function prepareSteps(db: Db, items: SignalInput[], loaded: LoadedIntake, at: Date): Promise<PreparedSteps> {
  const batch: IntakeBatch = { items, at };
  const parts: PreparedSteps['parts'] = [];
  for (const step of steps) {
    // A step registered after `loaded` was read loads now rather than running without its data.
    const data = loaded.byStep.has(step.name) ? loaded.byStep.get(step.name) : await step.load(db);
    parts.push({ step, prepared: await step.prepare(db, batch, data) });
  }
  // The invariant intake keeps: a signal is never stored without its triage.
  if (!batch.triage) throw new Error('no intake step triaged the batch: call registerSubscribers() before storing signals');
  return { triage: batch.triage, parts };
}

export async function storeSteps(
  tx: Transaction<DB>,
  prepared: PreparedSteps,
  inserted: InsertedSignal[],
  meta: { actor: string; at: Date },
): Promise<EmittedEvent[]> {
  const events: EmittedEvent[] = [];
  for (const { step, prepared: part } of prepared.parts) events.push(...((await step.store(tx, inserted, part, meta)) ?? []));
  return events;
}
