import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import { ERASED } from '../../lib/scrub.js';

/**
 * The portal's part of an erasure: the complaints of the erased signals (their words are the
 * signals', already erased) lose the thread's messages, the steps' notes, the satisfaction
 * comment and their photos' records, so no photo can be served again. Retention does the same for
 * complaints filed before its date.
 */
export async function eraseComplaints(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  const query =
    erasure.scope.kind === 'retention'
      ? tx.selectFrom('portal_complaints').select('id').where('created_at', '<', erasure.scope.before)
      : erasure.signalIds.length > 0
        ? tx.selectFrom('portal_complaints').select('id').where('signal_id', 'in', erasure.signalIds)
        : null;
  if (!query) return;
  const ids = (await query.execute()).map((c) => c.id);
  if (ids.length === 0) return;
  await tx.updateTable('portal_messages').set({ text: ERASED }).where('complaint_id', 'in', ids).execute();
  await tx.updateTable('portal_steps').set({ note: null }).where('complaint_id', 'in', ids).execute();
  await tx.updateTable('portal_complaints').set({ satisfaction_comment: null }).where('id', 'in', ids).execute();
  // The photos and thumbnails go from disk once the erasure commits.
  for (const p of await tx.selectFrom('portal_photos').select(['file', 'thumb']).where('complaint_id', 'in', ids).execute())
    erasure.file('portal-photo', p.file, p.thumb);
  const photos = await tx.deleteFrom('portal_photos').where('complaint_id', 'in', ids).executeTakeFirst();
  erasure.count('attachments', Number(photos.numDeletedRows));
}
