import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { emit, subscribe } from '../../platform/events.js';
import { listReplies } from '../replies/index.js';
import { complaintBySignal, insertMessage, insertStep, setComplaintOwner, setComplaintStatus } from './complaint-repository.js';
import './events.js';

/** What the customer sees when staff move the complaint's signal in the inbox. */
const STEP_OF_STATUS: Record<string, string> = {
  resolved: 'closed',
  pending: 'waiting_for_customer',
  open: 'assigned',
  reopened: 'assigned',
};

async function step(tx: Transaction<DB>, signalId: number, to: string, note: string | null, actor: string, at: Date) {
  const c = await complaintBySignal(tx, signalId);
  if (!c || (c.status === to && to !== 'assigned')) return;
  await insertStep(tx, c.id, to, note, at);
  await setComplaintStatus(tx, c.id, to);
  await emit(tx, { type: 'portal.step_added', actor, at, subjectType: 'portal_complaint', subjectId: c.reference, payload: { step: to } });
}

/**
 * A complaint's signal is worked in the inbox like any other: resolving it closes the complaint on
 * the customer's status page, setting it pending shows "waiting for your answer", and a new owner
 * team is an "assigned" step. Written in the transaction of the change, so the page never shows a
 * step the inbox rolled back.
 */
export function registerPortalSubscribers(): void {
  subscribe('signal.status_changed', 'portal.step', async (tx, e) => {
    if (e.payload.imported) return;
    const to = STEP_OF_STATUS[e.payload.to];
    if (to) await step(tx, Number(e.subjectId), to, null, e.actor, e.at);
  });
  subscribe('signal.assigned', 'portal.assigned', async (tx, e) => {
    const c = await complaintBySignal(tx, Number(e.subjectId));
    if (!c) return;
    await setComplaintOwner(tx, c.id, e.payload.to);
    if (c.status !== 'closed') await step(tx, c.signalId, 'assigned', e.payload.to, e.actor, e.at);
  });
  // A private reply to a complaint's signal (the inbox's reply box, or the staff thread door) is the
  // staff's message in the customer's thread: it passed the guardrails and counts as the SLA's
  // reply like any other. Public replies and imported history are not shown on the status page.
  subscribe('signal.replied', 'portal.thread', async (tx, e) => {
    const p = e.payload;
    if (p.replyId === undefined || p.public || p.imported || e.subjectId === undefined) return;
    const c = await complaintBySignal(tx, Number(e.subjectId));
    if (!c || c.status === 'closed') return;
    const reply = (await listReplies({ db: tx }, c.signalId)).find((r) => r.id === p.replyId);
    if (!reply) return;
    await insertMessage(tx, c.id, 'staff', reply.text, e.at);
    await emit(tx, {
      type: 'portal.message_added',
      actor: e.actor,
      at: e.at,
      subjectType: 'portal_complaint',
      subjectId: c.reference,
      payload: { author: 'staff' },
    });
  });
}
