import { writeFile } from 'node:fs/promises';
import { eraseCustomer } from '../modules/customers/index.js';
import { exportCustomerFile } from '../modules/reports/index.js';
import { withStore, type CommonFlags } from './store.js';

const USAGE = 'usage: writeback customers erase ID [--json] | writeback customers export ID --out FILE.zip';

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
  const r = await withStore(flags, (ctx) => eraseCustomer(ctx, id, { actor: 'cli' }));
  console.log(
    flags.json
      ? JSON.stringify(r)
      : `erased: ${Object.entries(r.counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
  );
  return 0;
}
