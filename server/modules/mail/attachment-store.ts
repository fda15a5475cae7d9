import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

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
