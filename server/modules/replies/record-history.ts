import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { emit, type EmittedEvent } from '../../platform/events.js';
import { storePastStatuses } from '../signals/index.js';
import { checkReply } from './check-reply.js';
import { insertReplies, type ReplyRow } from './reply-repository.js';
import './events.js';

/** One signal's past handling, oldest first: replies sent and status changes made, with their times. */
export interface HandlingStep {
  at: Date;
  reply?: { text: string; public: boolean };
  status?: 'resolved' | 'reopened';
}
export interface PastHandling {
  signalId: number;
  customerWording: string;
  orderId?: string | null;
  steps: HandlingStep[];
}

/**
 * Records handling that already happened elsewhere (the demo's history, a helpdesk's past), at its
 * own times: the rows and events live replies and status changes write, in one transaction per
 * call. Replies carry their guardrail findings, as live ones do. The events are `imported`: the
 * SLA sweep that follows measures them like any other, rather than one re-evaluation each.
 */
export async function recordPastHandling(db: Kysely<DB>, items: PastHandling[], actor: string): Promise<void> {
  const replies: ReplyRow[] = [];
  const changes: { signalId: number; at: Date; status: string; actor: string }[] = [];
  const resolved: number[] = [];
  const events: EmittedEvent[] = [];
  for (const item of items) {
    let status = 'open';
    for (const step of item.steps) {
      if (step.reply) {
        const findings = checkReply({
          text: step.reply.text,
          public: step.reply.public,
          context: { customerWording: item.customerWording, orderId: item.orderId ?? undefined },
        });
        replies.push({
          signalId: item.signalId,
          at: step.at,
          author: actor,
          byAutomation: false,
          public: step.reply.public,
          text: step.reply.text,
          findings: JSON.stringify(findings),
          overrideReason: null,
        });
        events.push({
          type: 'signal.replied',
          actor,
          at: step.at,
          subjectType: 'signal',
          subjectId: item.signalId,
          payload: { public: step.reply.public, byAutomation: false, findings: findings.map((f) => f.code), imported: true },
        });
      }
      if (step.status) {
        changes.push({ signalId: item.signalId, at: step.at, status: step.status, actor });
        events.push({
          type: 'signal.status_changed',
          actor,
          at: step.at,
          subjectType: 'signal',
          subjectId: item.signalId,
          payload: { from: status, to: step.status, imported: true },
        });
        status = step.status === 'reopened' ? 'open' : step.status;
      }
    }
    if (status === 'resolved') resolved.push(item.signalId);
  }
  await db.transaction().execute(async (tx) => {
    await insertReplies(tx, replies);
    await storePastStatuses(tx, changes, resolved);
    for (let i = 0; i < events.length; i += 1000) await emit(tx, ...events.slice(i, i + 1000));
  });
}
