import { listActionRows, presentAction } from '../modules/actions/index.js';
import { withStore, type CommonFlags } from './store.js';

/** `writeback actions list [--json]`: every write-back action with its verdict (contract). */
export async function actionsCommand(sub: string | undefined, flags: CommonFlags & { json?: boolean }): Promise<number> {
  if (sub !== 'list') throw new Error('usage: writeback actions list [--json]');
  const items = await withStore(flags, async (ctx) => {
    const out: ReturnType<typeof presentAction>[] = [];
    let cursor: number | undefined;
    for (;;) {
      const rows = await listActionRows(ctx.db, { limit: 500, cursor });
      out.push(...rows.map(presentAction));
      if (rows.length < 500) return out;
      cursor = rows[rows.length - 1]!.id;
    }
  });
  if (flags.json) {
    console.log(JSON.stringify(items));
    return 0;
  }
  for (const a of items) {
    const v = a.verdict
      ? ` verdict ${a.verdict.result} (ratio ${a.verdict.ratio?.toFixed(2) ?? '—'}, 95% CI ${a.verdict.ciLow?.toFixed(2) ?? '—'}–${a.verdict.ciHigh?.toFixed(2) ?? '∞'})`
      : '';
    console.log(
      `#${a.id} issue ${a.issueId} ${a.status.padEnd(11)} ${a.location} (${a.ownerTeam}) review ${a.reviewDate?.slice(0, 10) ?? '—'}${v}`,
    );
  }
  return 0;
}
