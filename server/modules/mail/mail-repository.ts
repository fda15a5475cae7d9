import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The signal each known Message-ID belongs to. */
export async function signalsOfMessageIds(db: Db, messageIds: string[]): Promise<Map<string, number>> {
  if (messageIds.length === 0) return new Map();
  const rows = await db.selectFrom('mail_messages').select(['message_id', 'signal_id']).where('message_id', 'in', messageIds).execute();
  return new Map(rows.map((r) => [r.message_id, r.signal_id]));
}

export interface MessageRow {
  messageId: string;
  signalId: number;
  direction: 'in' | 'out';
  fromAddress: string | null;
  toAddress: string | null;
  subject: string | null;
  sentAt: Date;
  inReplyTo: string | null;
  refs: string[];
  text: string;
  problems: string[];
  source: string;
}

/** Inserts a message once; null when its Message-ID is already stored. */
export async function insertMessage(db: Db, m: MessageRow): Promise<number | null> {
  const row = await db
    .insertInto('mail_messages')
    .values({
      message_id: m.messageId,
      signal_id: m.signalId,
      direction: m.direction,
      from_address: m.fromAddress,
      to_address: m.toAddress,
      subject: m.subject,
      sent_at: m.sentAt,
      in_reply_to: m.inReplyTo,
      refs: JSON.stringify(m.refs),
      text: m.text,
      problems: JSON.stringify(m.problems),
      source: m.source,
    })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface AttachmentRow {
  filename: string | null;
  contentType: string;
  size: number;
  sha256: string | null;
  reason: string | null;
}

export async function insertAttachments(db: Db, mailMessageId: number, rows: AttachmentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('mail_attachments')
    .values(
      rows.map((a) => ({
        mail_message_id: mailMessageId,
        filename: a.filename,
        content_type: a.contentType,
        size: a.size,
        sha256: a.sha256,
        reason: a.reason,
      })),
    )
    .execute();
}

export async function messagesOfSignal(db: Db, signalId: number) {
  const messages = await db
    .selectFrom('mail_messages')
    .selectAll()
    .where('signal_id', '=', signalId)
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
  const attachments = messages.length
    ? await db
        .selectFrom('mail_attachments')
        .selectAll()
        .where(
          'mail_message_id',
          'in',
          messages.map((m) => m.id),
        )
        .orderBy('id')
        .execute()
    : [];
  return { messages, attachments };
}

export async function attachmentBySha(db: Db, sha256: string) {
  return db.selectFrom('mail_attachments').select(['filename', 'content_type']).where('sha256', '=', sha256).limit(1).executeTakeFirst();
}

export interface OutboxInsert {
  signalId: number;
  replyId: number;
  toAddress: string;
  subject: string;
  messageId: string;
  inReplyTo: string | null;
  refs: string[];
  body: string;
  at: Date;
}

export async function enqueueMail(db: Db, o: OutboxInsert): Promise<boolean> {
  const r = await db
    .insertInto('mail_outbox')
    .values({
      signal_id: o.signalId,
      reply_id: o.replyId,
      to_address: o.toAddress,
      subject: o.subject,
      message_id: o.messageId,
      in_reply_to: o.inReplyTo,
      refs: JSON.stringify(o.refs),
      body: o.body,
      status: 'queued',
      next_attempt_at: o.at,
      created_at: o.at,
    })
    .onConflict((oc) => oc.column('reply_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/**
 * Claims due deliveries: each claimed row's next attempt moves a lease ahead, in one short
 * statement (SKIP LOCKED), so another process does not take it and no transaction stays open
 * while SMTP talks. A process that dies mid-send leaves the row to be retried when the lease ends.
 */
export async function claimDueMail(db: Db, now: Date, lease: Date, limit: number) {
  const r = await sql<{ id: number }>`
    UPDATE mail_outbox SET next_attempt_at = ${lease}
    WHERE id IN (
      SELECT id FROM mail_outbox
      WHERE status IN ('queued', 'retrying') AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`.execute(db);
  const ids = r.rows.map((x) => Number(x.id));
  if (ids.length === 0) return [];
  return db.selectFrom('mail_outbox').selectAll().where('id', 'in', ids).orderBy('id').execute();
}

export async function markMail(
  db: Db,
  id: number,
  patch: { status: 'sent' | 'retrying' | 'failed'; attempts: number; lastError: string | null; sentAt: Date | null; nextAttemptAt: Date },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({
      status: patch.status,
      attempts: patch.attempts,
      last_error: patch.lastError,
      sent_at: patch.sentAt,
      next_attempt_at: patch.nextAttemptAt,
    })
    .where('id', '=', id)
    .execute();
}

export async function deliveriesOfSignal(db: Db, signalId: number) {
  return db
    .selectFrom('mail_outbox')
    .select(['id', 'reply_id', 'to_address', 'status', 'attempts', 'last_error', 'sent_at', 'next_attempt_at', 'created_at'])
    .where('signal_id', '=', signalId)
    .orderBy('id')
    .execute();
}

/** A failed delivery back to the queue, now (the "Retry" button). */
export async function requeueMail(db: Db, id: number, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('mail_outbox')
    .set({ status: 'queued', next_attempt_at: now, attempts: 0 })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function readCursor(db: Db, mailbox: string) {
  return db.selectFrom('mail_cursors').selectAll().where('mailbox', '=', mailbox).executeTakeFirst();
}

export async function writeCursor(db: Db, mailbox: string, uidValidity: string, lastUid: number): Promise<void> {
  await db
    .insertInto('mail_cursors')
    .values({ mailbox, uid_validity: uidValidity, last_uid: lastUid })
    .onConflict((oc) => oc.column('mailbox').doUpdateSet({ uid_validity: uidValidity, last_uid: lastUid }))
    .execute();
}

/** Counts for the connections page and the CLI: stored messages and the outbox by state. */
export async function mailCounts(db: Db) {
  const r = await sql<{ status: string; n: number }>`SELECT status, count(*)::int AS n FROM mail_outbox GROUP BY status`.execute(db);
  return Object.fromEntries(r.rows.map((x) => [x.status, Number(x.n)]));
}
