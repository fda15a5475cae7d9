import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { emit } from '../../platform/events.js';
import { setSatisfaction, type ComplaintRow } from './complaint-repository.js';
import { storeSatisfaction } from '../sla/index.js';
import './events.js';

/** The one satisfaction question, asked once the complaint is closed and answered once. */
export async function answerSatisfaction(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  c: ComplaintRow,
  score: number,
  comment: string | null,
): Promise<void> {
  if (c.status !== 'closed')
    throw new AppError('invalid_input', 'score: asked once the complaint is closed', [
      { path: 'score', message: 'asked once the complaint is closed' },
    ]);
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await setSatisfaction(tx, c.id, score, comment || null, at)))
      throw new AppError('conflict', 'this complaint has already been rated');
    // The signal's satisfaction too: the CSAT of the SLA figures and the weekly report counts it.
    await storeSatisfaction(tx, [{ signalId: c.signalId, score, at, source: 'portal' }]);
    await emit(tx, {
      type: 'portal.satisfaction_answered',
      actor: 'customer',
      at,
      subjectType: 'portal_complaint',
      subjectId: c.reference,
      payload: { score },
    });
  });
}
