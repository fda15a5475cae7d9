import type { Kysely, Transaction } from 'kysely';
import type { IssueType } from '../../contracts/signal.js';
import type { DB } from '../platform/db/schema.js';
import { recordDoneAction } from '../modules/actions/index.js';
import { findIssueByKey, keyForSignal } from '../modules/issues/index.js';
import { seedKnowledge, type SeedEntry } from '../modules/knowledge/index.js';
import type { DemoStore } from './types.js';

const TEAM_ALIASES: Record<string, string> = {
  'marketplace operations': 'marketplace_operations',
  'customer operations': 'customer_operations',
  'sourcing and quality': 'sourcing_quality',
  'product compliance': 'product_compliance',
};

/**
 * The demo's history already holds two fixes (one that works, one that does not) and the
 * knowledge support starts from. Fixes become done actions on their issues at their real dates,
 * so their review windows close like any other; knowledge becomes version 1. Runs once the
 * loader has built the issues; a fix whose issue does not exist is counted as waiting.
 * Idempotent through source refs.
 */
export async function applyDemoFixes(
  db: Kysely<DB> | Transaction<DB>,
  manifest: Pick<DemoStore, 'fixes' | 'knowledge'> & { seed: number },
  now: Date,
) {
  let fixes = 0;
  let waiting = 0;
  for (const f of manifest.fixes) {
    const issue = await findIssueByKey(db, keyForSignal({ issueType: f.issueType as IssueType, sku: f.sku }).key);
    if (!issue) {
      waiting += 1;
      continue;
    }
    const done = await recordDoneAction(db, {
      issueId: issue.id,
      location: f.location,
      change: f.change,
      ownerTeam: TEAM_ALIASES[f.ownerTeam] ?? f.ownerTeam,
      doneAt: new Date(f.doneAt),
      reviewWindowDays: f.reviewWindowDays,
      sourceRef: `demo-fix:${manifest.seed}:${f.incidentId}`,
      actor: 'demo',
      now,
    });
    if (done) fixes += 1;
  }
  const k = manifest.knowledge;
  const entries: SeedEntry[] = [
    ...k.macros.map((e) => ({ ...e, kind: 'macro' as const })),
    ...k.faq.map((e) => ({ ...e, kind: 'faq' as const })),
    ...k.chatbot.map((e) => ({ ...e, kind: 'chatbot' as const })),
  ].map((e) => ({ id: e.id, kind: e.kind, title: e.title, body: e.body, sku: e.sku, updatedAt: e.updatedAt }));
  const knowledge = await seedKnowledge(db, entries, { actor: 'demo', at: now });
  return { fixes, waiting, knowledge };
}
