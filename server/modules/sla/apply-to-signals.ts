import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { applySla } from './apply-sla.js';
import type { SlaClass } from './sla-policy.js';
import { insertAppliedSlas, loadSlaPolicy } from './sla-repository.js';

/** Fixes the SLA of newly triaged signals under the policy in force when they arrived. */
export async function applySlaToSignals(db: Kysely<DB> | Transaction<DB>, items: { signalId: number; slaClass: SlaClass; receivedAt: Date; mustBeHuman: boolean }[]): Promise<void> {
  if (items.length === 0) return;
  const policy = await loadSlaPolicy(db);
  await insertAppliedSlas(db, items.map((i) => applySla({ ...i, policy })));
}
