import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';

/**
 * Files an erasure must remove from disk (mail attachments, portal photos and thumbnails). Rows
 * are erased inside the erasure's transaction; the files only after it commits, so a rolled back
 * erasure never loses a file its rows still name. The module that stores a kind of file registers
 * how to remove it (with the folder it was given), once per folder; every registered remover of
 * the kind is asked, each checking that no row still names the file.
 */
export type ErasedFileRemover = (db: Kysely<DB>, names: readonly string[]) => Promise<number>;

const removers = new Map<string, Map<string, ErasedFileRemover>>();

export function registerErasedFileRemover(kind: string, where: string, remove: ErasedFileRemover): void {
  const byPlace = removers.get(kind) ?? new Map<string, ErasedFileRemover>();
  byPlace.set(where, remove);
  removers.set(kind, byPlace);
}

/** Removes the files an erasure listed; answers how many files were removed from disk. */
export async function removeErasedFiles(db: Kysely<DB>, files: readonly { kind: string; name: string }[]): Promise<number> {
  let removed = 0;
  for (const [kind, byPlace] of removers) {
    const names = [...new Set(files.filter((f) => f.kind === kind).map((f) => f.name))];
    if (names.length === 0) continue;
    for (const [where, remove] of byPlace) {
      // The rows are already erased and committed: a store that cannot be reached (a bucket that is
      // down, a folder gone) leaves its files for the next erase or retention pass instead of failing
      // the request, and the other stores are still asked. Names are random tokens, never personal data.
      try {
        removed += await remove(db, names);
      } catch (e) {
        process.emitWarning(`erased files: ${names.length} ${kind} file(s) not removed from ${where}: ${(e as Error).message}`);
      }
    }
  }
  return removed;
}
