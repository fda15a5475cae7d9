import type { Kysely, Transaction } from 'kysely';
import type { IssueType } from '../../../../contracts/signal.js';
import type { DB } from '../../../platform/db/schema.js';
import { ISSUE_TYPES } from '../../../../contracts/signal.js';
import { insertIssueSignals, unassignedSignals } from './issue-signal-repository.js';
import { upsertIssueKeys } from './issue-repository.js';
import { keyForSignal } from './scope.js';

const PAGE = 2000;

/**
 * Puts every triaged signal into one issue per issue type it carries, across every channel:
 * a ticket, a review and a refund reason about the same missing strap land in one issue.
 * Returns the issues that gained signals. Safe to rerun: issue keys and memberships are unique.
 */
export async function assignSignals(db: Kysely<DB> | Transaction<DB>, at: Date): Promise<{ touched: Set<number>; assigned: number }> {
  const touched = new Set<number>();
  let assigned = 0;
  let after = 0;
  for (;;) {
    const page = await unassignedSignals(db, after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const pairs = page.flatMap((s) => s.issueTypes
      .filter((t): t is IssueType => (ISSUE_TYPES as readonly string[]).includes(t))
      .map((t) => ({ s, k: keyForSignal({ issueType: t, sku: s.sku, batch: s.batch, route: s.route, market: s.market }) })));
    const ids = await upsertIssueKeys(db, pairs.map((p) => p.k), at);
    const rows = pairs.map((p) => ({ issueId: ids.get(p.k.key)!, signalId: p.s.id, issueType: p.k.issueType, receivedAt: p.s.receivedAt }));
    assigned += await insertIssueSignals(db, rows);
    for (const r of rows) touched.add(r.issueId);
    if (page.length < PAGE) break;
  }
  return { touched, assigned };
}
