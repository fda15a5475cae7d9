import { exportReviewRequestOutbox } from '../modules/reviews/index.js';
import { withStore, type CommonFlags } from './store.js';

/** `writeback outbox export --format csv --out FILE`: unsent review requests to a CSV for the mail tool. */
export async function outboxCommand(
  sub: string | undefined,
  flags: CommonFlags & { format?: string; out?: string; json?: boolean },
): Promise<number> {
  if (sub !== 'export' || !flags.out || (flags.format ?? 'csv') !== 'csv')
    throw new Error('usage: writeback outbox export --format csv --out FILE');
  const r = await withStore(flags, (ctx) => exportReviewRequestOutbox(ctx, { out: flags.out! }));
  console.log(
    flags.json
      ? JSON.stringify(r)
      : `exported ${r.exported} review request(s) to ${r.file}${r.withdrawn ? `; ${r.withdrawn} withdrawn (open problem, routed to support)` : ''}`,
  );
  return 0;
}
