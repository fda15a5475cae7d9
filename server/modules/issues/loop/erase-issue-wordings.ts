import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { EmittedEvent } from '../../../platform/events.js';

/**
 * Issues' part of an erasure: an issue whose representative wording was an erased signal's loses
 * it (the next detection pass picks another, among signals not erased); a theme with an erased
 * member goes (its terms and wording were built from the words; the themes job rebuilds them
 * without). Memberships and counts stay.
 */
export async function eraseIssueWordings(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  const ids = erasure.signalIds;
  if (ids.length === 0) return;
  const issues = await tx
    .updateTable('issues')
    .set({ representative_text: null, representative_signal_id: null })
    .where('representative_signal_id', 'in', ids)
    .returning('id')
    .execute();
  const themes = await sql<{ id: string }>`DELETE FROM themes WHERE member_ids && ${ids}::bigint[] RETURNING id`.execute(tx);
  erasure.count('wordings', issues.length + themes.rows.length);
}
