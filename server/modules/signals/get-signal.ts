import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { getSignal as getRow } from './signal-repository.js';
import type { Signal } from './signal.js';

export async function getSignal(db: Kysely<DB>, id: number): Promise<Signal> {
  const s = await getRow(db, id);
  if (!s) throw new AppError('signal_not_found', `signal ${id} does not exist`);
  return s;
}
