import { sql, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import type { EmittedEvent } from '../../../platform/events.js';
import { maskPii } from '../../../lib/pii.js';
import { representativeWording } from '../themes/index.js';
import { recentIssueTexts } from './issue-signal-repository.js';

/** As many recent texts as detection picks the wording from. */
const TEXTS_PER_ISSUE = 150;

/**
 * Issues' part of an erasure: an issue whose representative wording was an erased signal's gets
 * another, picked the way detection picks it among the signals not erased (or none); a theme with
 * an erased member goes (its terms and wording were built from the words; the themes job rebuilds
 * them without). Memberships and counts stay.
 */
export async function eraseIssueWordings(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  const ids = erasure.signalIds;
  if (ids.length === 0) return;
  const issues = await tx.selectFrom('issues').select('id').where('representative_signal_id', 'in', ids).forUpdate().execute();
  const texts = await recentIssueTexts(
    tx,
    issues.map((i) => Number(i.id)),
    TEXTS_PER_ISSUE,
  );
  for (const { id } of issues) {
    const pool = texts.get(Number(id)) ?? [];
    const rep = representativeWording(pool.map((t) => t.text));
    await tx
      .updateTable('issues')
      .set({ representative_signal_id: rep ? pool[rep.index]!.id : null, representative_text: rep ? maskPii(rep.text) : null })
      .where('id', '=', id)
      .execute();
  }
  const themes = await sql<{ id: string }>`DELETE FROM themes WHERE member_ids && ${ids}::bigint[] RETURNING id`.execute(tx);
  erasure.count('wordings', issues.length + themes.rows.length);
}
