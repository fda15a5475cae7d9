import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { MailThread } from '../../../contracts/mail.js';
import { deliveriesOfSignal, messagesOfSignal } from './mail-repository.js';

/** The email thread of a signal, oldest first, with each reply's delivery state. */
export async function readThread(db: Kysely<DB>, signalId: number): Promise<MailThread> {
  const { messages, attachments } = await messagesOfSignal(db, signalId);
  const deliveries = await deliveriesOfSignal(db, signalId);
  return {
    messages: messages.map((m) => ({
      messageId: m.message_id,
      direction: m.direction,
      from: m.from_address,
      to: m.to_address,
      subject: m.subject,
      at: m.sent_at.toISOString(),
      text: m.text,
      problems: m.problems as string[],
      attachments: attachments
        .filter((a) => a.mail_message_id === m.id)
        .map((a) => ({
          filename: a.filename,
          contentType: a.content_type,
          size: Number(a.size),
          url: a.sha256 ? `/api/mail/attachments/${a.sha256}` : null,
          reason: a.reason,
        })),
    })),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      replyId: d.reply_id,
      to: d.to_address,
      status: d.status,
      attempts: d.attempts,
      lastError: d.last_error,
      sentAt: d.sent_at ? d.sent_at.toISOString() : null,
      nextAttemptAt: d.status === 'queued' || d.status === 'retrying' ? d.next_attempt_at.toISOString() : null,
    })),
  };
}
