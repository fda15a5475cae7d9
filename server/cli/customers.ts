import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { registerErasedFileRemover } from '../platform/erased-files.js';
import { attachmentRemover } from '../modules/mail/index.js';
import { folderPhotoStore, photoRemover } from '../modules/portal/index.js';
import { eraseCustomer } from '../modules/customers/index.js';
import { exportCustomerFile } from '../modules/reports/index.js';
import { withStore, type CommonFlags } from './store.js';

const USAGE = 'usage: writeback customers erase ID [--json] | writeback customers export ID --out FILE.zip';

/** The folders serve stores files in (data dir): an erasure from the CLI removes the customer's files there too. */
export function registerStoreFileRemovers(dataDir: string): void {
  const mailDir = path.join(dataDir, 'mail-attachments');
  registerErasedFileRemover('mail-attachment', mailDir, attachmentRemover(mailDir));
  const uploads = path.join(dataDir, 'uploads');
  registerErasedFileRemover('portal-photo', uploads, photoRemover(folderPhotoStore(uploads)));
}

/** `writeback customers erase ID` and `customers export ID --out FILE.zip`: a customer's data on request, from a script. */
export async function customersCommand(
  sub: string | undefined,
  id: string | undefined,
  flags: CommonFlags & { out?: string; json?: boolean },
): Promise<number> {
  if (!id || (sub !== 'erase' && sub !== 'export') || (sub === 'export' && !flags.out)) throw new Error(USAGE);
  if (sub === 'export') {
    const r = await withStore(flags, (ctx) => exportCustomerFile(ctx, id, { actor: 'cli' }));
    await writeFile(flags.out!, r.zip);
    console.log(flags.json ? JSON.stringify({ file: flags.out, bytes: r.zip.length }) : `wrote ${flags.out} (${r.zip.length} bytes)`);
    return 0;
  }
  const r = await withStore(flags, (ctx, _db, config) => {
    registerStoreFileRemovers(config.dataDir);
    return eraseCustomer(ctx, id, { actor: 'cli' });
  });
  console.log(
    flags.json
      ? JSON.stringify(r)
      : `erased: ${Object.entries(r.counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
  );
  return 0;
}
