import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { checkReply, hasBlocking, type Finding } from '../reviews/index.js';
import { sweepSla } from '../sla/index.js';
import { getSignal } from './get-signal.js';

export interface ReplyInput { text: string; author: string; public: boolean; byAutomation: boolean; at?: string; overrideReason?: string }

/**
 * Records a reply sent (or about to be sent) to the customer. Every reply passes the
 * guardrails first; a blocking finding stops it unless the caller records why it overrides.
 * The SLA is re-evaluated at once so the inbox badge changes with the reply.
 */
export async function recordReply(ctx: AppContext, signalId: number, input: ReplyInput): Promise<{ id: number; findings: Finding[] }> {
  const signal = await getSignal(ctx.db, signalId);
  const findings = checkReply({ text: input.text, public: input.public, context: { customerWording: signal.text, orderId: signal.orderId ?? undefined } });
  if (hasBlocking(findings) && !input.overrideReason) {
    throw new AppError('reply_blocked', `the reply has ${findings.filter((f) => f.blocking).length} blocking finding(s): ${findings.filter((f) => f.blocking).map((f) => f.code).join(', ')}`, findings);
  }
  const at = input.at ? new Date(input.at) : ctx.clock.now();
  const id = await ctx.db.transaction().execute(async (tx) => {
    const row = await tx.insertInto('signal_replies').values({
      signal_id: signalId, at, author: input.author, by_automation: input.byAutomation, public: input.public, text: input.text,
      findings: JSON.stringify(findings), override_reason: input.overrideReason ?? null,
    }).returning('id').executeTakeFirstOrThrow();
    await appendEvents(tx, [{
      type: 'signal.replied', actor: input.author, at: ctx.clock.now(), subjectType: 'signal', subjectId: signalId,
      payload: { replyId: row.id, public: input.public, byAutomation: input.byAutomation, findings: findings.map((f) => f.code), override: input.overrideReason ?? null },
    }]);
    return row.id;
  });
  await sweepSla(ctx, { signalIds: [signalId] });
  return { id, findings };
}

export async function listReplies(ctx: Pick<AppContext, 'db'>, signalId: number) {
  const rows = await ctx.db.selectFrom('signal_replies').selectAll().where('signal_id', '=', signalId).orderBy('at').execute();
  // findings: the Finding[] recordReply stored.
  return rows.map((r) => ({ id: r.id, at: r.at.toISOString(), author: r.author, byAutomation: r.by_automation, public: r.public, text: r.text, findings: r.findings as Finding[], overrideReason: r.override_reason }));
}
