import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import { containsAny, scrubJson } from '../../lib/scrub.js';

/** Fields of a stored report that quote a signal: the wording, an asset's excerpt, the pasteable line. */
const QUOTE_KEYS = new Set(['wording', 'excerpt', 'line', 'text']);

/**
 * Reports' part of an erasure: a stored weekly report keeps its counts (they are anonymous) but a
 * line that quoted an erased signal (it carries the signal's id) loses its words, and any string
 * holding one of the erased tokens (an email, a phone, a link) is redacted wherever it sits.
 * Rollups hold counts only and stay as they are.
 */
export async function eraseReportQuotes(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  const ids = new Set(erasure.signalIds);
  const tokens = [...erasure.tokens];
  if (ids.size === 0 && tokens.length === 0) return;
  const snapshots = await tx.selectFrom('report_snapshots').select(['kind', 'period', 'zone', 'report']).forUpdate().execute();
  let n = 0;
  for (const s of snapshots) {
    const r = scrubJson(s.report, (key, value, parent) => {
      const signalId = Array.isArray(parent) ? undefined : parent.signalId;
      if (QUOTE_KEYS.has(key) && typeof signalId === 'number' && ids.has(signalId)) return true;
      return tokens.length > 0 && containsAny(value, tokens);
    });
    if (!r.changed) continue;
    await tx
      .updateTable('report_snapshots')
      .set({ report: JSON.stringify(r.value) })
      .where('kind', '=', s.kind)
      .where('period', '=', s.period)
      .where('zone', '=', s.zone)
      .execute();
    n++;
  }
  erasure.count('reports', n);
}
