import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Where stored photos live. A folder under the data directory by default; the name is a random
 * token the server chose, never anything the customer sent.
 */
export interface PhotoStore {
  put(name: string, bytes: Buffer): Promise<void>;
  /** Null when there is no such file. */
  get(name: string): Promise<Buffer | null>;
  remove(name: string): Promise<void>;
  /** Answers whether a file was there to remove. */
  removeIfPresent?(name: string): Promise<boolean>;
}

const SAFE_NAME = /^[a-f0-9]{32}\.(jpg|webp|mp4|webm|mov)$/;

/** Where photos go when no folder is named (tests, the browser harness): one folder per machine. */
export function defaultUploadDir(): string {
  return path.join(os.tmpdir(), 'writeback-uploads');
}

export function folderPhotoStore(dir: string): PhotoStore {
  const at = (name: string) => {
    if (!SAFE_NAME.test(name)) throw new Error('not a stored photo name');
    return path.join(dir, name.slice(0, 2), name);
  };
  return {
    async put(name, bytes) {
      const file = at(name);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, bytes, { mode: 0o600 });
    },
    async get(name) {
      if (!SAFE_NAME.test(name)) return null;
      return fs.readFile(at(name)).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return null;
        throw e;
      });
    },
    async remove(name) {
      await fs.rm(at(name), { force: true });
    },
    async removeIfPresent(name) {
      if (!SAFE_NAME.test(name)) return false;
      return fs.rm(at(name)).then(
        () => true,
        (e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return false;
          throw e;
        },
      );
    },
  };
}

/** The erasure's file remover for a photo store: the photos and thumbnails of erased complaints (names are random, never shared). */
export function photoRemover(store: PhotoStore) {
  return async (_db: unknown, names: readonly string[]): Promise<number> => {
    let removed = 0;
    for (const name of names) {
      if (store.removeIfPresent) removed += (await store.removeIfPresent(name)) ? 1 : 0;
      else await store.remove(name);
    }
    return removed;
  };
}
