import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { subscribe } from '../../platform/events.js';
import type { TriageFacts } from '../triage/index.js';
import { addNewSignalsToRollups, applyRollupDelta } from './rollup-repository.js';
import { rollupStates } from './rollup-states.js';
import type { RollupState } from './rollup-contributions.js';

/**
 * The report rollups, kept in the transaction of every write that changes what a signal counts:
 * a batch triaged (at intake or again), a label corrected, a signal deleted.
 */
export function registerReportSubscribers(): void {
  subscribe('signals.triaged', 'reports.rollups', async (tx, e) => {
    const signals = e.context.signals;
    if (signals.every((s) => s.before === null)) {
      const stored = signals.flatMap((s) => (s.stored ? [s.stored] : []));
      if (stored.length === signals.length) return addNewSignalsToRollups(tx, { stored });
      return addNewSignalsToRollups(tx, { ids: signals.map((s) => s.id) });
    }
    const before = new Map(signals.map((s) => [s.id, s.before]));
    const after = await rollupStates(
      tx,
      signals.map((s) => s.id),
    );
    await applyRollupDelta(
      tx,
      after.flatMap((s) => withTriage(s, before.get(s.id))),
      after,
    );
  });
  subscribe('signal.labels_corrected', 'reports.rollups', async (tx, e) => {
    const after = await rollupStates(tx, [Number(e.subjectId)]);
    await applyRollupDelta(
      tx,
      after.map((s) => ({ ...s, issueTypes: e.payload.before })),
      after,
    );
  });
  // Emitted just before the row goes: what it counted is still there to subtract.
  subscribe('signal.deleted', 'reports.rollups', async (tx, e) => removeFromRollups(tx, Number(e.subjectId)));
}

/** The state a signal had before a re-triage: its own facts with the triage it carried then (none if it was new). */
function withTriage(s: RollupState, before: TriageFacts | null | undefined): RollupState[] {
  if (!before) return [];
  return [
    {
      ...s,
      triaged: before.triaged,
      stage: before.stage,
      issueTypes: before.issueTypes,
      sentimentLabel: before.sentimentLabel,
      mustBeHuman: before.mustBeHuman,
    },
  ];
}

async function removeFromRollups(tx: Transaction<DB>, id: number): Promise<void> {
  await applyRollupDelta(tx, await rollupStates(tx, [id]), []);
}
