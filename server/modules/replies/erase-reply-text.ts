import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';
import { detectPii } from '../../lib/pii.js';
import { ERASED, scrubJson } from '../../lib/scrub.js';

/** Finding fields that name the rule, not what the reply said. */
const RULE_KEYS = new Set(['code', 'severity', 'rule', 'kind', 'reason']);

/**
 * Replies' part of an erasure: the replies to the erased signals (signals ran first) keep when and
 * by whom they were sent, so first-response figures do not move; their words, the quoted spans of
 * their guardrail findings and any override reason become "[erased]".
 */
export async function eraseReplyText(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  if (erasure.signalIds.length === 0) return;
  const rows = await tx
    .selectFrom('signal_replies')
    .select(['id', 'text', 'findings', 'override_reason'])
    .where('signal_id', 'in', erasure.signalIds)
    .where('text', '<>', ERASED)
    .execute();
  for (const r of rows) {
    for (const p of detectPii(r.text)) erasure.token(r.text.slice(p.start, p.end));
    const findings = scrubJson(r.findings, (key) => !RULE_KEYS.has(key)).value;
    await tx
      .updateTable('signal_replies')
      .set({ text: ERASED, findings: JSON.stringify(findings), override_reason: r.override_reason === null ? null : ERASED })
      .where('id', '=', r.id)
      .execute();
  }
  erasure.count('replies', rows.length);
}

/** The replies to these signals, oldest first (the customer file and its export). */
export async function repliesOfSignals(
  db: Kysely<DB> | Transaction<DB>,
  signalIds: readonly number[],
): Promise<{ id: number; signalId: number; at: Date; author: string; public: boolean; text: string }[]> {
  if (signalIds.length === 0) return [];
  const rows = await db
    .selectFrom('signal_replies')
    .select(['id', 'signal_id', 'at', 'author', 'public', 'text'])
    .where('signal_id', 'in', [...signalIds])
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), signalId: Number(r.signal_id), at: r.at, author: r.author, public: r.public, text: r.text }));
}
