import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { listSignals as listRows, type SignalFilter } from './signal-repository.js';
import type { Signal } from './signal.js';

export interface ListSignalsQuery extends Omit<SignalFilter, 'cursor'> {
  cursor?: string;
}

/** The last row's sort time and id: received_at newest first, or the sort key (SLA due) ascending. */
export function encodeCursor(s: { receivedAt: Date; id: number; sortAt?: Date }): string {
  return Buffer.from(`${(s.sortAt ?? s.receivedAt).toISOString()}|${s.id}`).toString('base64url');
}

function decodeCursor(c: string): { at: Date; id: number } {
  const [text, id] = Buffer.from(c, 'base64url').toString().split('|');
  const at = new Date(text ?? '');
  if (!id || Number.isNaN(at.getTime()) || !/^\d+$/.test(id)) {
    throw new AppError('invalid_input', 'cursor: not a cursor this API issued', [
      { path: 'cursor', message: 'not a cursor this API issued' },
    ]);
  }
  return { at, id: Number(id) };
}

/** Newest first (or by the sort key); the cursor is the last row's (time, id), so pages never skip or repeat. */
export async function listSignals(db: Kysely<DB>, query: ListSignalsQuery): Promise<{ items: Signal[]; nextCursor: string | null }> {
  const items = await listRows(db, { ...query, cursor: query.cursor ? decodeCursor(query.cursor) : undefined, limit: query.limit + 1 });
  const more = items.length > query.limit;
  const page = more ? items.slice(0, query.limit) : items;
  return { items: page, nextCursor: more ? encodeCursor(page[page.length - 1]!) : null };
}
