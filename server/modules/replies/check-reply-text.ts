// The live check behind the reply editor: the same guardrails a send meets, with the signal's own
// words and order as context when the reply belongs to one.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { getSignal } from '../signals/index.js';
import { checkReply } from './check-reply.js';
import type { Finding } from './guardrail-codes.js';

export async function checkReplyText(
  db: Kysely<DB>,
  input: { text: string; public: boolean; signalId?: number },
): Promise<{ findings: Finding[]; blocking: boolean }> {
  const signal = input.signalId === undefined ? undefined : await getSignal(db, input.signalId);
  const findings = checkReply({
    text: input.text,
    public: input.public,
    context: signal ? { customerWording: signal.text, orderId: signal.orderId ?? undefined } : {},
  });
  return { findings, blocking: findings.some((f) => f.blocking) };
}
