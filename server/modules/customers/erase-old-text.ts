import type { ErasureCounts } from '../../../contracts/customers.js';
import type { AppContext } from '../../platform/http/context.js';
import { runExclusive } from '../../platform/jobs.js';
import { getRetention } from './retention.js';
import { runErasure } from './run-erasure.js';
import { removeErasedFiles } from '../../platform/erased-files.js';

/** Signals (and orders) per transaction: a long store erases over several passes, none holding the database for long. */
const BATCH = 500;

/**
 * The retention job: customer text older than the retention setting is erased the same way a
 * request erases it, a batch per transaction. `hasWork` (the composition root's check against
 * signals and orders) keeps an idle pass from writing anything, even an audit event.
 */
export async function eraseOldCustomerText(
  ctx: AppContext,
  hasWork: (before: Date) => Promise<boolean>,
  opts: { maxBatches?: number } = {},
): Promise<{ months: number | null; before?: string; batches: number; counts?: ErasureCounts }> {
  const { months } = await getRetention(ctx);
  if (!months) return { months: null, batches: 0 };
  const before = new Date(ctx.clock.now());
  before.setUTCMonth(before.getUTCMonth() - months);
  const total: Partial<ErasureCounts> = {};
  let batches = 0;
  while (batches < (opts.maxBatches ?? 50) && (await hasWork(before))) {
    let files: { kind: string; name: string }[] = [];
    const r = await runExclusive(ctx.db, ctx.clock, 'retention', async (tx) => {
      const erasure = await runErasure(tx, { kind: 'retention', before, limit: BATCH }, { actor: 'job', at: ctx.clock.now() });
      files = erasure.files;
      return erasure.counts;
    });
    if (!r.ran) break;
    await removeErasedFiles(ctx.db, files);
    batches++;
    for (const [k, v] of Object.entries(r.result)) total[k as keyof ErasureCounts] = (total[k as keyof ErasureCounts] ?? 0) + v;
    if (r.result.signals + r.result.orders === 0) break;
  }
  return { months, before: before.toISOString(), batches, ...(batches ? { counts: total as ErasureCounts } : {}) };
}
