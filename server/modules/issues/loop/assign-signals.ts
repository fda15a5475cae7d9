import type { Kysely, Transaction } from 'kysely';
import type { IssueType } from '../../../../contracts/signal.js';
import type { DB } from '../../../platform/db/schema.js';
import type { EventInput } from '../../../platform/events.js';
import { ISSUE_TYPES } from '../../../../contracts/signal.js';
import {
  type AssignableSignal,
  claimResync,
  deleteIssueSignals,
  insertIssueSignals,
  type Membership,
  membershipsOf,
  signalsForAssignment,
  unassignedSignals,
} from './issue-signal-repository.js';
import { upsertIssueKeys } from './issue-repository.js';
import { keyForSignal } from './scope.js';

type Db = Kysely<DB> | Transaction<DB>;

const PAGE = 2000;

export interface Assignment {
  /** Issues that gained or lost signals. */
  touched: Set<number>;
  /** Issues this run created. */
  created: Set<number>;
  assigned: number;
  /** Signals already in issues whose membership changed. */
  moved: number;
  events: EventInput[];
}

const empty = (): Assignment => ({ touched: new Set(), created: new Set(), assigned: 0, moved: 0, events: [] });

/**
 * Makes the given signals' memberships match their issue types and scope now: one issue per
 * issue type the signal carries (keyed on SKU, and batch / route / market where they name the
 * cause). Memberships it no longer has are deleted, missing ones inserted; a signal already in
 * issues whose membership changes gets a `signal.issues_moved` event (left, joined). Safe to rerun.
 */
async function sync(db: Db, signals: AssignableSignal[], at: Date, actor: string, out: Assignment): Promise<void> {
  if (signals.length === 0) return;
  const pairs = signals.flatMap((s) =>
    s.issueTypes
      .filter((t): t is IssueType => (ISSUE_TYPES as readonly string[]).includes(t))
      .map((t) => ({ s, k: keyForSignal({ issueType: t, sku: s.sku, batch: s.batch, route: s.route, market: s.market }) })),
  );
  const { ids, created } = await upsertIssueKeys(
    db,
    pairs.map((p) => p.k),
    at,
  );
  for (const id of created) out.created.add(id);
  const wanted = pairs.map((p) => ({ issueId: ids.get(p.k.key)!, signalId: p.s.id, issueType: p.k.issueType, receivedAt: p.s.receivedAt }));
  const current = await membershipsOf(
    db,
    signals.map((s) => s.id),
  );
  const id = (m: { issueId: number; signalId: number; issueType: string }) => `${m.issueId}:${m.signalId}:${m.issueType}`;
  const want = new Set(wanted.map(id));
  const have = new Set(current.map(id));
  const leave = current.filter((m) => !want.has(id(m)));
  const join = wanted.filter((m) => !have.has(id(m)));
  // Leave first: (signal, issue type) is unique, and a move keeps the type but changes the issue.
  await deleteIssueSignals(db, leave);
  out.assigned += await insertIssueSignals(db, join);
  for (const m of [...leave, ...join]) out.touched.add(m.issueId);
  // A signal that was already in issues and changed membership moved; a first assignment did not.
  const wasIn = new Set(current.map((m) => m.signalId));
  const bySignal = new Map<number, { from: Membership[]; to: Membership[] }>();
  const entry = (signalId: number) => bySignal.get(signalId) ?? bySignal.set(signalId, { from: [], to: [] }).get(signalId)!;
  for (const m of leave) entry(m.signalId).from.push(m);
  for (const m of join)
    if (wasIn.has(m.signalId)) entry(m.signalId).to.push({ issueId: m.issueId, signalId: m.signalId, issueType: m.issueType });
  for (const [signalId, move] of bySignal) {
    out.moved++;
    out.events.push({
      type: 'signal.issues_moved',
      actor,
      at,
      subjectType: 'signal',
      subjectId: signalId,
      payload: {
        left: move.from.map((m) => ({ issueId: m.issueId, issueType: m.issueType })),
        joined: move.to.map((m) => ({ issueId: m.issueId, issueType: m.issueType })),
      },
    });
  }
}

/**
 * Puts every triaged signal no issue holds yet into one issue per issue type it carries, across
 * every channel: a ticket, a review and a refund reason about the same missing strap land in one
 * issue. Safe to rerun: issue keys and memberships are unique.
 */
export async function assignSignals(db: Db, at: Date, out: Assignment = empty()): Promise<Assignment> {
  let after = 0;
  for (;;) {
    const page = await unassignedSignals(db, after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    await sync(db, page, at, 'job', out);
    if (page.length < PAGE) break;
  }
  return out;
}

/**
 * Moves the signals whose labels or scope changed since they were assigned (the resync queue):
 * all of them, or with `ids` only those. The caller holds the issues-detect lock.
 */
export async function resyncSignals(db: Db, at: Date, actor: string, opts: { ids?: number[]; out?: Assignment } = {}): Promise<Assignment> {
  const out = opts.out ?? empty();
  for (;;) {
    const ids = await claimResync(db, PAGE, opts.ids);
    await sync(db, await signalsForAssignment(db, ids), at, actor, out);
    if (opts.ids || ids.length < PAGE) break;
  }
  return out;
}
