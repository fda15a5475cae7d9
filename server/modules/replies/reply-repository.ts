import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface ReplyRow {
  signalId: number;
  at: Date;
  author: string;
  byAutomation: boolean;
  public: boolean;
  text: string;
  findings: string;
  overrideReason: string | null;
}

export async function insertReply(db: Db, r: ReplyRow): Promise<number> {
  const row = await db
    .insertInto('signal_replies')
    .values({
      signal_id: r.signalId,
      at: r.at,
      author: r.author,
      by_automation: r.byAutomation,
      public: r.public,
      text: r.text,
      findings: r.findings,
      override_reason: r.overrideReason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Many replies at once (past handling), 1,000 rows a statement. */
export async function insertReplies(db: Db, rows: ReplyRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('signal_replies')
      .values(
        rows.slice(i, i + 1000).map((r) => ({
          signal_id: r.signalId,
          at: r.at,
          author: r.author,
          by_automation: r.byAutomation,
          public: r.public,
          text: r.text,
          findings: r.findings,
          override_reason: r.overrideReason,
        })),
      )
      .execute();
  }
}

export async function listReplyRows(db: Db, signalId: number) {
  return db.selectFrom('signal_replies').selectAll().where('signal_id', '=', signalId).orderBy('at').execute();
}

/** When each reply to these signals was sent and whether automation sent it, oldest first (the SLA's first-response clock). */
export async function replyTimesOf(db: Db, signalIds: readonly number[]): Promise<{ signalId: number; at: Date; byAutomation: boolean }[]> {
  if (signalIds.length === 0) return [];
  const rows = await db
    .selectFrom('signal_replies')
    .select(['signal_id', 'at', 'by_automation'])
    .where('signal_id', 'in', [...signalIds])
    .orderBy('at')
    .execute();
  return rows.map((r) => ({ signalId: r.signal_id, at: r.at, byAutomation: r.by_automation }));
}
