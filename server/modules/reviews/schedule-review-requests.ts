// The scheduling half of the review-requests job: every delivered order in the window gets one request
// (unique per order), planned by the pure planReviewRequest — the delay after delivery, suppressed
// while the customer has an open problem (routed to support instead), the same for every order. Due
// requests move to the outbox. Only state changes write anything, so running it every minute is cheap
// and running it twice changes nothing.
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { appendEvents, type EventInput } from '../../platform/events.js';
import { planReviewRequest } from './plan-review-request.js';
import type { ReviewRequestSettings } from './review-request-settings.js';
import {
  candidatePage,
  enqueue,
  putRequest,
  withdrawOpenProblems,
  type Candidate,
  type RequestWrite,
} from './review-request-repository.js';

const DAY_MS = 86_400_000;
const PAGE = 1000;

export interface ScheduleResult {
  scheduled: number;
  suppressed: number;
  queued: number;
  withdrawn: number;
}

export async function scheduleReviewRequests(
  tx: Transaction<DB>,
  now: Date,
  settings: ReviewRequestSettings,
  actor = 'job',
): Promise<ScheduleResult> {
  const out: ScheduleResult = { scheduled: 0, suppressed: 0, queued: 0, withdrawn: 0 };
  const withdrawn = await withdrawOpenProblems(tx, now);
  out.withdrawn = withdrawn.length;
  await appendEvents(
    tx,
    withdrawn.map((w) => routedToSupport(w.orderId, w.customerId, now, actor, 'withdrawn_from_outbox')),
  );

  const oldest = new Date(now.getTime() - settings.maxAgeDays * DAY_MS);
  let after = '';
  for (;;) {
    const page = await candidatePage(tx, { now, oldest, after, limit: PAGE });
    const events: EventInput[] = [];
    for (const c of page) {
      const change = await applyPlan(tx, c, now, settings.delayDays, actor);
      if (change) {
        out[change.kind]++;
        events.push(change.event);
      }
    }
    await appendEvents(tx, events);
    if (page.length < PAGE) break;
    after = page.at(-1)!.orderId;
  }
  return out;
}

async function applyPlan(
  tx: Transaction<DB>,
  c: Candidate,
  now: Date,
  delayDays: number,
  actor: string,
): Promise<{ kind: 'scheduled' | 'suppressed' | 'queued'; event: EventInput } | undefined> {
  // Deliberately only delivery, open problems and the delay: no rating or sentiment reaches the plan.
  const plan = planReviewRequest({
    order: { orderId: c.orderId, deliveredAt: c.deliveredAt },
    openProblems: c.openProblem,
    delayDays,
    now,
  });
  const base = { orderId: c.orderId, customerId: c.customerId, deliveredAt: c.deliveredAt };
  if ('suppressed' in plan) {
    if (plan.suppressed !== 'open_problem' || c.request?.state === 'suppressed') return undefined;
    await putRequest(tx, { ...base, state: 'suppressed', dueAt: null, reason: 'open_problem' }, now);
    return { kind: 'suppressed', event: routedToSupport(c.orderId, c.customerId, now, actor, 'open_problem') };
  }
  const dueAt = plan.dueAt;
  if (dueAt.getTime() <= now.getTime()) {
    const w: RequestWrite = { ...base, state: 'queued', dueAt, reason: null };
    const id = await putRequest(tx, w, now);
    await enqueue(tx, id, w, now);
    return {
      kind: 'queued',
      event: {
        type: 'review_request.queued',
        actor,
        at: now,
        subjectType: 'order',
        subjectId: c.orderId,
        payload: { requestId: id, dueAt: dueAt.toISOString() },
      },
    };
  }
  if (c.request?.state === 'scheduled' && c.request.dueAt?.getTime() === dueAt.getTime()) return undefined;
  const id = await putRequest(tx, { ...base, state: 'scheduled', dueAt, reason: null }, now);
  return {
    kind: 'scheduled',
    event: {
      type: 'review_request.scheduled',
      actor,
      at: now,
      subjectType: 'order',
      subjectId: c.orderId,
      payload: { requestId: id, dueAt: dueAt.toISOString(), resumed: c.request?.state === 'suppressed' },
    },
  };
}

function routedToSupport(orderId: string, customerId: string | null, at: Date, actor: string, why: string): EventInput {
  return {
    type: 'review_request.routed_to_support',
    actor,
    at,
    subjectType: 'order',
    subjectId: orderId,
    payload: { customerId, reason: why, routeTo: 'support' },
  };
}
