import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { claimDue, replaceAppliedSla } from './sla-repository.js';
import { reevaluateSlas } from './sweep-sla.js';

/**
 * A deadline set by someone outside the policy (a card network's evidence deadline on a payment
 * dispute) replaces the policy's resolution due date: missing it loses the money whatever the
 * policy says. The first-response target stays the policy's. Re-evaluated at once so the state
 * the inbox shows follows the new date.
 */
export async function setResolutionDeadline(db: Kysely<DB>, signalId: number, dueAt: Date, now: Date): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const [applied] = await claimDue(tx, now, 1, [signalId]);
    if (!applied) return false;
    if (applied.resolutionDueAt.getTime() === dueAt.getTime()) return true;
    await replaceAppliedSla(tx, { ...applied, resolutionDueAt: dueAt });
    await reevaluateSlas(tx, [signalId], now);
    return true;
  });
}
