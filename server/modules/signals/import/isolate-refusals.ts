/**
 * A batch the database refuses is split in halves, each in its own transaction, until the rows it
 * refuses stand alone; those are rejected with the database's reason and every other row is
 * stored. One bad row in a thousand costs about twenty small transactions, not the import.
 */

export interface Row<T> {
  row: number;
  value: T;
}

/**
 * An error that says nothing about the rows (the database is gone, shutting down, out of
 * resources, or the transaction lost a race): splitting would reject good rows, so the import
 * stops and a re-run picks up where it stopped.
 */
export function isOutage(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^(08|57|53|40|58|XX)/.test(code)) return true;
  if (/^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ECONNRESET, EPIPE, ETIMEDOUT…
  const msg = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|connection (is )?closed|database is closed|PGlite is closed|timeout exceeded when trying to connect/i.test(
    msg,
  );
}

/** The database's own words, kept short. */
export function refusalReason(err: unknown): string {
  const e = err as { message?: unknown; code?: unknown };
  const msg = typeof e?.message === 'string' ? e.message : String(err);
  return `the database refused this row: ${msg.slice(0, 500)}${typeof e?.code === 'string' ? ` (${e.code})` : ''}`;
}

/**
 * Stores `rows` with `store` (one transaction per call); on a refusal, stores each half the same
 * way, down to single rows, which are handed to `reject`. Returns the statuses of what was stored,
 * in file order. `firstError` is the refusal of a first attempt made elsewhere (a prepared batch).
 */
export async function storeIsolating<T, R = string>(
  rows: Row<T>[],
  store: (values: T[]) => Promise<R[]>,
  reject: (row: number, reason: string, value: T) => void,
  firstError?: unknown,
): Promise<R[]> {
  if (rows.length === 0) return [];
  let err = firstError;
  if (err === undefined) {
    try {
      return await store(rows.map((r) => r.value));
    } catch (e) {
      err = e;
    }
  }
  if (isOutage(err)) throw err;
  if (rows.length === 1) {
    reject(rows[0]!.row, refusalReason(err), rows[0]!.value);
    return [];
  }
  const mid = rows.length >> 1;
  return [...(await storeIsolating(rows.slice(0, mid), store, reject)), ...(await storeIsolating(rows.slice(mid), store, reject))];
}
