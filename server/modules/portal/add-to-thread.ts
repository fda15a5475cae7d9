import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { emit } from '../../platform/events.js';
import type { PortalStep } from '../../../contracts/portal.js';
import { insertMessage, insertStep, setComplaintStatus, type ComplaintRow } from './complaint-repository.js';
import { storeDecision } from '../sla/index.js';
import './events.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** A message in the complaint's thread, from the customer (status link) or staff (API). */
export async function addMessage(ctx: Ctx, c: ComplaintRow, author: 'customer' | 'staff', text: string, actor: string): Promise<void> {
  if (author === 'customer' && c.status === 'closed')
    throw new AppError('invalid_input', 'text: this complaint is closed', [{ path: 'text', message: 'this complaint is closed' }]);
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertMessage(tx, c.id, author, text, at);
    await emit(tx, {
      type: 'portal.message_added',
      actor,
      at,
      subjectType: 'portal_complaint',
      subjectId: c.reference,
      payload: { author },
    });
  });
}

/** A step staff record (assigned, waiting for the customer, decided, shipped with tracking, closed). */
export async function addStep(ctx: Ctx, c: ComplaintRow, step: PortalStep, note: string | null, actor: string): Promise<void> {
  if (c.status === 'closed' && step !== 'closed')
    throw new AppError('invalid_input', 'step: this complaint is closed', [{ path: 'step', message: 'this complaint is closed' }]);
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertStep(tx, c.id, step, note, at);
    await setComplaintStatus(tx, c.id, step);
    // The work order's decision, for its processing time whatever reads it.
    if (step === 'decided') await storeDecision(tx, [{ signalId: c.signalId, at, source: 'portal' }]);
    await emit(tx, { type: 'portal.step_added', actor, at, subjectType: 'portal_complaint', subjectId: c.reference, payload: { step } });
  });
}
