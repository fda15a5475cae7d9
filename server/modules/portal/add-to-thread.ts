import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { emit } from '../../platform/events.js';
import type { PortalStep } from '../../../contracts/portal.js';
import { insertMessage, insertStep, setComplaintStatus, type ComplaintRow } from './complaint-repository.js';
import { storeWorkSteps, type WorkStep } from '../sla/index.js';
import './events.js';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** A message in the complaint's thread, from the customer (status link) or staff (API). */
export async function addMessage(ctx: Ctx, c: ComplaintRow, author: 'customer' | 'staff', text: string, actor: string): Promise<void> {
  if (author === 'customer' && c.status === 'closed')
    throw new AppError('invalid_input', 'text: this complaint is closed', [{ path: 'text', message: 'this complaint is closed' }]);
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertMessage(tx, c.id, author, text, at);
    // A staff answer is the work order's first response, for its processing time whatever reads it.
    if (author === 'staff') await storeWorkSteps(tx, [{ signalId: c.signalId, step: 'first_response', at, source: 'portal' }]);
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

function workSteps(step: PortalStep): WorkStep[] {
  if (step === 'decided') return ['first_response', 'decision'];
  if (step === 'closed') return ['first_response', 'resolution'];
  return step === 'waiting_for_customer' || step === 'shipped' ? ['first_response'] : [];
}

/** A step staff record (assigned, waiting for the customer, decided, shipped with tracking, closed). */
export async function addStep(ctx: Ctx, c: ComplaintRow, step: PortalStep, note: string | null, actor: string): Promise<void> {
  if (c.status === 'closed' && step !== 'closed')
    throw new AppError('invalid_input', 'step: this complaint is closed', [{ path: 'step', message: 'this complaint is closed' }]);
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertStep(tx, c.id, step, note, at);
    await setComplaintStatus(tx, c.id, step);
    // Steps staff take count as the work order's first response, decision and closing (as the portal's figures count them).
    await storeWorkSteps(
      tx,
      workSteps(step).map((s) => ({ signalId: c.signalId, step: s, at, source: 'portal' })),
    );
    await emit(tx, { type: 'portal.step_added', actor, at, subjectType: 'portal_complaint', subjectId: c.reference, payload: { step } });
  });
}
