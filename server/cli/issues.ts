import { listIssues, parseIssueCursor, presentIssue } from '../modules/issues/index.js';
import { withStore, type CommonFlags } from './store.js';

/** `writeback issues list [--json]`: every issue, newest first (contract: other tools read the JSON). */
export async function issuesCommand(sub: string | undefined, flags: CommonFlags & { json?: boolean }): Promise<number> {
  if (sub !== 'list') throw new Error('usage: writeback issues list [--json]');
  const items = await withStore(flags, async (ctx) => {
    const out: ReturnType<typeof presentIssue>[] = [];
    let cursor: ReturnType<typeof parseIssueCursor>;
    for (;;) {
      const page = await listIssues(ctx.db, { limit: 500, cursor });
      out.push(...page.items.map((i) => presentIssue(i.issue, i.playbook)));
      if (!page.nextCursor) return out;
      cursor = parseIssueCursor(page.nextCursor, undefined);
    }
  });
  if (flags.json) {
    console.log(JSON.stringify(items));
    return 0;
  }
  for (const i of items) {
    const spike = i.spike.flagged ? ` spike ${i.spike.at} (${i.spike.reason})` : '';
    console.log(
      `#${i.id} ${i.status.padEnd(22)} ${i.issueType} ${i.sku}${i.batch ? ` batch ${i.batch}` : ''}${i.route ? ` route ${i.route}` : ''}${i.market ? ` ${i.market}` : ''} — ${i.signalCount} signals${spike}${i.playbook ? ` → ${i.playbook.id}` : ''}`,
    );
  }
  return 0;
}
