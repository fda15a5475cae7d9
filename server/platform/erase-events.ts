import { sql, type Transaction } from 'kysely';
import type { DB } from './db/schema.js';
import { containsAny, scrubJson } from '../lib/scrub.js';

/**
 * Marks this transaction as an erasure: the event log's trigger (migration 0030) then lets it
 * rewrite payloads, and nothing else, until the transaction ends.
 */
export async function beginErasure(tx: Transaction<DB>): Promise<void> {
  await sql`SELECT set_config('writeback.erasing', 'on', true)`.execute(tx);
}

/** Payload keys that hold words or contact details wherever they appear. */
const PERSONAL_KEYS = new Set([
  'text',
  'title',
  'wording',
  'excerpt',
  'note',
  'email',
  'customerEmail',
  'phone',
  'name',
  'address',
  'url',
  'mediaUrl',
  'externalId',
]);

/**
 * Redacts the event log for an erasure: in the events about the erased subjects (a signal, an
 * order, an asset), every personal field; in any event, every string holding one of the tokens
 * (the customer's emails, phones, links). Rows stay, with their type, subject, actor and time,
 * so counts read from the log do not change. Returns how many events were rewritten.
 */
export async function redactEvents(
  tx: Transaction<DB>,
  o: { subjects: { type: string; ids: readonly string[] }[]; tokens: readonly string[] },
): Promise<number> {
  const subjects = o.subjects.filter((s) => s.ids.length > 0);
  const tokens = [...new Set(o.tokens.filter((t) => t.length >= 5))];
  if (subjects.length === 0 && tokens.length === 0) return 0;
  const bySubject = sql.join(
    subjects.map((s) => sql`(subject_type = ${s.type} AND subject_id = ANY(${[...s.ids]}::text[]))`),
    sql` OR `,
  );
  const byToken = sql`EXISTS (SELECT 1 FROM unnest(${tokens}::text[]) AS t(v) WHERE strpos(payload::text, t.v) > 0)`;
  const where = subjects.length && tokens.length ? sql`(${bySubject}) OR ${byToken}` : subjects.length ? bySubject : byToken;
  const rows = await sql<{ id: number; subject_type: string | null; subject_id: string | null; payload: unknown }>`
    SELECT id, subject_type, subject_id, payload FROM events WHERE ${where}`.execute(tx);
  const subjectSet = new Set(subjects.flatMap((s) => s.ids.map((id) => `${s.type}\u0000${id}`)));
  let n = 0;
  for (const r of rows.rows) {
    const about = subjectSet.has(`${r.subject_type}\u0000${r.subject_id}`);
    const scrubbed = scrubJson(r.payload, (key, v) => (about && PERSONAL_KEYS.has(key)) || containsAny(v, tokens));
    if (!scrubbed.changed) continue;
    await sql`UPDATE events SET payload = ${JSON.stringify(scrubbed.value)}::jsonb WHERE id = ${r.id}`.execute(tx);
    n++;
  }
  return n;
}
