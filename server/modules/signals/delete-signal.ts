import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { rollupStates, applyRollupDelta } from '../reports/index.js';
import { deleteSignalRow } from './signal-repository.js';

/**
 * Deletes one signal (a test message, a duplicate from another system, an erasure request).
 * The report rollups lose its counts in the same transaction; the event keeps only what
 * identifies it, never its words.
 */
export async function deleteSignal(ctx: AppContext, id: number, actor: string): Promise<{ id: number; deleted: true }> {
  return ctx.db.transaction().execute(async (tx) => {
    const before = await rollupStates(tx, [id]);
    if (before.length === 0) throw new AppError('signal_not_found', `signal ${id} does not exist`);
    let gone: Awaited<ReturnType<typeof deleteSignalRow>>;
    try {
      gone = await deleteSignalRow(tx, id);
    } catch (e) {
      // Something that must outlive the signal (a UGC asset and its permission ledger) points at it.
      if ((e as { code?: string }).code === '23503') throw new AppError('conflict', `signal ${id} is referenced by a record that must be kept (for example a UGC asset); it cannot be deleted`);
      throw e;
    }
    await applyRollupDelta(tx, before, []);
    await appendEvents(tx, [{ type: 'signal.deleted', actor, at: ctx.clock.now(), subjectType: 'signal', subjectId: id, payload: { channel: gone?.channel, externalId: gone?.externalId } }]);
    return { id, deleted: true as const };
  });
}
