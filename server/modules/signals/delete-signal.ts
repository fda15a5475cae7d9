import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { emit } from '../../platform/events.js';
import { deleteSignalRow, lockSignalKey } from './signal-repository.js';
import './events.js';

/**
 * Deletes one signal (a test message, a duplicate from another system, an erasure request).
 * The `signal.deleted` event goes first, in the same transaction, so its subscribers (the report
 * rollups) can still read what the signal counted; it keeps only what identifies the signal,
 * never its words.
 */
export async function deleteSignal(ctx: AppContext, id: number, actor: string): Promise<{ id: number; deleted: true }> {
  return ctx.db.transaction().execute(async (tx) => {
    const key = await lockSignalKey(tx, id);
    if (!key) throw new AppError('signal_not_found', `signal ${id} does not exist`);
    await emit(tx, { type: 'signal.deleted', actor, at: ctx.clock.now(), subjectType: 'signal', subjectId: id, payload: key });
    try {
      await deleteSignalRow(tx, id);
    } catch (e) {
      // Something that must outlive the signal (a UGC asset and its permission ledger) points at it.
      if ((e as { code?: string }).code === '23503')
        throw new AppError(
          'conflict',
          `signal ${id} is referenced by a record that must be kept (for example a UGC asset); it cannot be deleted`,
        );
      throw e;
    }
    return { id, deleted: true as const };
  });
}
