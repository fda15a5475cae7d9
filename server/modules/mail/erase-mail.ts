import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import { ERASED } from '../../lib/scrub.js';

/**
 * Mail's part of an erasure: the messages and outgoing replies of the erased signals (or, for
 * retention, every message older than its date) lose their addresses, subjects and words, and
 * their attachments are unlinked (the stored file can no longer be reached through the API).
 */
export async function eraseMail(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  const messages =
    erasure.scope.kind === 'retention'
      ? tx.selectFrom('mail_messages').select('id').where('sent_at', '<', erasure.scope.before).where('text', '<>', ERASED)
      : erasure.signalIds.length > 0
        ? tx.selectFrom('mail_messages').select('id').where('signal_id', 'in', erasure.signalIds)
        : null;
  if (!messages) return;
  const ids = (await messages.execute()).map((m) => m.id);
  if (ids.length === 0) return;
  await tx
    .updateTable('mail_messages')
    .set({ from_address: null, to_address: null, subject: ERASED, text: ERASED })
    .where('id', 'in', ids)
    .execute();
  // The files go from disk once the erasure commits (each only if no other message still names it).
  const stored = await tx
    .selectFrom('mail_attachments')
    .select('sha256')
    .where('mail_message_id', 'in', ids)
    .where('sha256', 'is not', null)
    .execute();
  erasure.file('mail-attachment', ...stored.map((a) => a.sha256));
  const attachments = await tx
    .updateTable('mail_attachments')
    .set({ filename: null, sha256: null, reason: 'erased' })
    .where('mail_message_id', 'in', ids)
    .where('sha256', 'is not', null)
    .executeTakeFirst();
  erasure.count('attachments', Number(attachments.numUpdatedRows));
  if (erasure.scope.kind === 'customer') {
    await tx
      .updateTable('mail_outbox')
      .set({ to_address: ERASED, subject: ERASED, body: ERASED })
      .where('signal_id', 'in', erasure.signalIds)
      .execute();
  }
}
