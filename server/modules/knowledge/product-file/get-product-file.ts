import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { decisionsForIssues, listActionRows } from '../../actions/index.js';
import { issuesForSku } from '../../issues/index.js';
import { skuBatches } from '../../orders/index.js';
import { loadPlaybooks } from '../../playbooks/index.js';
import { getProducts } from '../../products/index.js';
import { skuSignals } from '../../signals/index.js';
import { currentKnowledge } from '../knowledge-repository.js';
import { skuTimeline } from './timeline-repository.js';

/** Everything known about one SKU, with its change history in one timeline. */
export async function getProductFile(db: Kysely<DB>, sku: string) {
  const [product] = await getProducts(db, [sku]);
  const issues = await issuesForSku(db, sku);
  const signals = await skuSignals(db, sku, 20);
  if (!product && issues.length === 0 && signals.total === 0) throw new AppError('product_not_found', `nothing is known about SKU ${sku}`);
  const playbooks = new Map((await loadPlaybooks(db)).map((p) => [p.id, p]));
  return {
    sku,
    product: product ?? null,
    issues: issues.map((issue) => ({ issue, playbook: issue.playbookId ? (playbooks.get(issue.playbookId) ?? null) : null })),
    signals,
    batches: await skuBatches(db, sku),
    actions: await listActionRows(db, { issueIds: issues.map((i) => i.id), limit: 200 }),
    decisions: await decisionsForIssues(
      db,
      issues.map((i) => i.id),
    ),
    knowledge: await currentKnowledge(db, { sku }),
    timeline: await skuTimeline(db, sku, 200),
  };
}
