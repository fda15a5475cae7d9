import type { AppContext } from '../../../platform/http/context.js';
import { runExclusive } from '../../../platform/jobs.js';
import { recordDoneAction, seedKnowledge, type SeedEntry } from '../../actions/index.js';
import { loadDemoManifest } from '../../../demo/index.js';
import type { IssueType } from '../../../../contracts/signal.js';
import { findIssueByKey } from './issue-repository.js';
import { keyForSignal } from './scope.js';

const TEAM_ALIASES: Record<string, string> = {
  'marketplace operations': 'marketplace_operations', 'customer operations': 'customer_operations',
  'sourcing and quality': 'sourcing_quality', 'product compliance': 'product_compliance',
};

/**
 * The `demo-fixes` job: the demo's history already holds two fixes (one that works, one that
 * does not) and the knowledge support starts from. Fixes become done actions on their issues at
 * their real dates, so their review windows close like any other; knowledge becomes version 1.
 * A fix whose issue does not exist yet waits for a later run. Idempotent through source refs.
 */
export async function applyDemoManifest(ctx: Pick<AppContext, 'db' | 'clock'>) {
  const manifest = await loadDemoManifest(ctx);
  if (!manifest) return { ran: true as const, result: { fixes: 0, knowledge: 0 } };
  return runExclusive(ctx.db, ctx.clock, 'demo-fixes', async (tx) => {
    const now = ctx.clock.now();
    let fixes = 0;
    let waiting = 0;
    for (const f of manifest.fixes) {
      const issue = await findIssueByKey(tx, keyForSignal({ issueType: f.issueType as IssueType, sku: f.sku }).key);
      if (!issue) { waiting += 1; continue; }
      const done = await recordDoneAction(tx, {
        issueId: issue.id, location: f.location, change: f.change, ownerTeam: TEAM_ALIASES[f.ownerTeam] ?? f.ownerTeam,
        doneAt: new Date(f.doneAt), reviewWindowDays: f.reviewWindowDays, sourceRef: `demo-fix:${manifest.seed}:${f.incidentId}`,
        actor: 'demo', now,
      });
      if (done) fixes += 1;
    }
    const k = manifest.knowledge;
    const entries: SeedEntry[] = [
      ...k.macros.map((e) => ({ ...e, kind: 'macro' as const })), ...k.faq.map((e) => ({ ...e, kind: 'faq' as const })),
      ...k.chatbot.map((e) => ({ ...e, kind: 'chatbot' as const })),
    ].map((e) => ({ id: e.id, kind: e.kind, title: e.title, body: e.body, sku: e.sku, updatedAt: e.updatedAt }));
    const knowledge = await seedKnowledge(tx, entries, { actor: 'demo', at: now });
    return { fixes, waiting, knowledge };
  });
}
