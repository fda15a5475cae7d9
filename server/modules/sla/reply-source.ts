import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** When each reply to these signals was sent and whether automation sent it, oldest first. */
export type ReplyTimesReader = (db: Db, signalIds: readonly number[]) => Promise<{ signalId: number; at: Date; byAutomation: boolean }[]>;

let reader: ReplyTimesReader | undefined;

/**
 * The first-response clock is measured from replies, which a later stage stores (replies); it
 * hands the SLA its read at the composition root rather than the SLA reading its table.
 */
export function registerReplySource(read: ReplyTimesReader): void {
  reader = read;
}

export function replyTimesOf(db: Db, signalIds: readonly number[]): ReturnType<ReplyTimesReader> {
  if (!reader) throw new Error('the SLA has no reply source: call registerSubscribers() before evaluating SLAs');
  return reader(db, signalIds);
}
