import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { applySlaBatch, type AppliedSla } from './apply-sla.js';
import type { SlaClass } from './sla-policy.js';
import { insertAppliedSlas, loadSlaPolicy } from './sla-repository.js';

type Db = Kysely<DB> | Transaction<DB>;
export interface SlaToApply {
  slaClass: SlaClass;
  receivedAt: Date;
  mustBeHuman: boolean;
}

/** Fixes the SLA of newly triaged signals under the policy in force when they arrived. */
export async function applySlaToSignals(db: Db, items: (SlaToApply & { signalId: number })[]): Promise<void> {
  if (items.length === 0) return;
  await insertAppliedSlas(db, applySlaBatch(await loadSlaPolicy(db), items));
}

/**
 * The SLAs of signals not stored yet: the policy read now and the due dates computed, ahead of
 * the transaction that stores the signals (an import works out the next batch's while the
 * database writes this one). `storeSlas` then gives each its signal's id and writes it.
 */
export async function slasFor(db: Db, items: SlaToApply[]): Promise<AppliedSla[]> {
  if (items.length === 0) return [];
  return applySlaBatch(
    await loadSlaPolicy(db),
    items.map((i) => ({ ...i, signalId: 0 })),
  );
}

export async function storeSlas(db: Db, slas: { signalId: number; sla: AppliedSla }[]): Promise<void> {
  await insertAppliedSlas(
    db,
    slas.map(({ signalId, sla }) => ({ ...sla, signalId: String(signalId) })),
  );
}
