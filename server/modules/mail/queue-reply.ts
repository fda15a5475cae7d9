import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import { listReplies } from '../replies/index.js';
import { enqueueMail, insertMessage, messagesOfSignal } from './mail-repository.js';

const MAX_REFS = 20;

/**
 * A private reply recorded on a signal that came by email goes into the mail outbox in the reply's
 * own transaction (a reply is never recorded without its delivery, nor queued without the reply):
 * to the customer's address, with `Re:` on the subject and the thread headers (In-Reply-To the
 * customer's latest message, References the chain), so the customer's mail program threads it.
 * The outgoing message is also kept in the thread, so the customer's answer to it joins this signal.
 * Public replies, past handling imported in bulk and a reply recorded with an earlier `at` (sent
 * from another tool) are not emailed.
 */
export async function queueEmailReply(tx: Transaction<DB>, event: EmittedEvent<'signal.replied'>): Promise<void> {
  const p = event.payload;
  if (p.replyId === undefined || p.imported || p.public || event.subjectId === undefined) return;
  const signalId = Number(event.subjectId);
  const { messages } = await messagesOfSignal(tx, signalId);
  const last = [...messages].reverse().find((m) => m.direction === 'in' && m.from_address);
  if (!last) return; // not an email thread (or no address to answer)
  const reply = (await listReplies({ db: tx }, signalId)).find((r) => r.id === p.replyId);
  if (!reply) return;
  // A reply recorded with its own earlier time (`at`) was sent elsewhere already: record, don't send again.
  if (Math.abs(Date.parse(reply.at) - event.at.getTime()) > 60_000) return;
  const base = messages.find((m) => m.subject)?.subject ?? '';
  const subject = /^re:/i.test(base.trim()) ? base.trim() : `Re: ${base.trim() || 'your message'}`;
  const refs = [...(last.refs as string[]), last.message_id].slice(-MAX_REFS);
  const messageId = `<wb.${p.replyId}.${randomBytes(6).toString('hex')}@writeback.mail>`;
  const queued = await enqueueMail(tx, {
    signalId,
    replyId: p.replyId,
    toAddress: last.from_address!,
    subject,
    messageId,
    inReplyTo: last.message_id,
    refs,
    body: reply.text,
    at: event.at,
  });
  if (!queued) return;
  await insertMessage(tx, {
    messageId,
    signalId,
    direction: 'out',
    fromAddress: null,
    toAddress: last.from_address,
    subject,
    sentAt: event.at,
    inReplyTo: last.message_id,
    refs,
    text: reply.text,
    problems: [],
    source: 'reply',
  });
}
