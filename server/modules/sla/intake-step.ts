import type { IntakeStep } from '../signals/index.js';
import { slasFor, storeSlas } from './apply-to-signals.js';
import type { AppliedSla } from './apply-sla.js';
import type { SlaClass } from './sla-policy.js';

/**
 * The SLA's part of intake, registered after triage's: each new signal's due dates under the
 * policy read when its batch is prepared, and the clock started in the batch's transaction.
 */
export const slaIntakeStep: IntakeStep<undefined, AppliedSla[]> = {
  name: 'sla',
  load: async () => undefined,
  async prepare(db, batch) {
    if (!batch.triage) throw new Error("the SLA intake step needs each signal's triage: register triage's step first");
    const { columns } = batch.triage;
    return slasFor(
      db,
      batch.items.map((item, i) => ({
        slaClass: columns[i]!.slaClass as SlaClass,
        receivedAt: new Date(item.receivedAt),
        mustBeHuman: columns[i]!.mustBeHuman,
      })),
    );
  },
  store: async (tx, inserted, slas) => {
    await storeSlas(
      tx,
      inserted.map((r) => ({ signalId: r.id, sla: slas[r.index]! })),
    );
    return [];
  },
};
