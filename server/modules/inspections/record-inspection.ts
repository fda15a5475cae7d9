import type { InspectionInput } from '../../../contracts/inspections.js';
import type { AppContext } from '../../platform/http/context.js';
import { emit } from '../../platform/events.js';
import { insertInspection } from './inspection-repository.js';

declare module '../../platform/events.js' {
  interface EventPayloads {
    /** An inspection record stored (`subjectType: 'batch'`). */
    'inspection.recorded': { id: number; result: string };
  }
}

/** Stores one inspection record of a batch. */
export async function recordInspection(ctx: Pick<AppContext, 'db' | 'clock'>, input: InspectionInput, actor: string): Promise<number> {
  return ctx.db.transaction().execute(async (tx) => {
    const id = await insertInspection(tx, input, ctx.clock.now());
    await emit(tx, {
      type: 'inspection.recorded',
      actor,
      at: ctx.clock.now(),
      subjectType: 'batch',
      subjectId: input.batch,
      payload: { id, result: input.result },
    });
    return id;
  });
}
