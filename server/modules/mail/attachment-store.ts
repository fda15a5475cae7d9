import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

/**
 * Attachments on disk under the data folder, one file per content hash (the same photo sent twice
 * is stored once). Names come from the hash only: nothing a sender wrote reaches a path.
 */
export function attachmentPath(dir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
  return path.join(dir, sha256.slice(0, 2), sha256);
}

export function storeAttachment(dir: string, content: Buffer): string {
  const sha = createHash('sha256').update(content).digest('hex');
  const file = attachmentPath(dir, sha);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  }
  return sha;
}

/**
 * The erasure's file remover for this folder: an attachment whose hash no message names any more
 * (the same photo may have come from another customer) is removed from disk.
 */
export function attachmentRemover(dir: string) {
  return async (db: Kysely<DB>, shas: readonly string[]): Promise<number> => {
    const valid = shas.filter((s) => /^[0-9a-f]{64}$/.test(s));
    if (valid.length === 0) return 0;
    const still = new Set(
      (await db.selectFrom('mail_attachments').select('sha256').where('sha256', 'in', valid).execute()).map((r) => r.sha256),
    );
    let removed = 0;
    for (const sha of valid) {
      if (still.has(sha)) continue;
      const file = attachmentPath(dir, sha);
      if (fs.existsSync(file)) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    }
    return removed;
  };
}
