import { maskPii } from '../../../lib/pii.js';
import { presentAction, presentDecision } from '../../actions/index.js';
import { presentIssue } from '../../issues/index.js';
import { presentProduct } from '../../products/index.js';
import { presentKnowledge } from '../present-knowledge.js';
import type { ProductFile as ProductFileView } from '../../../../contracts/issues.js';
import type { getProductFile } from './get-product-file.js';

type ProductFile = Awaited<ReturnType<typeof getProductFile>>;

/** The product file: customer words masked (it is a shared page), the timeline newest first. */
export function presentProductFile(f: ProductFile) {
  return {
    sku: f.sku,
    product: f.product ? presentProduct(f.product) : null,
    issues: f.issues.map((i) => presentIssue(i.issue, i.playbook)),
    signals: {
      total: f.signals.total,
      byChannel: f.signals.byChannel,
      byIssueType: f.signals.byIssueType,
      recent: f.signals.recent.map((s) => ({
        id: s.id,
        channel: s.channel,
        receivedAt: s.receivedAt.toISOString(),
        text: maskPii(s.text),
        issueTypes: s.issueTypes,
        batch: s.batch,
      })),
    },
    evidence: { photos: f.signals.photos },
    batches: f.batches.map((b) => ({ ...b, firstOrderedAt: b.firstOrderedAt.toISOString(), lastOrderedAt: b.lastOrderedAt.toISOString() })),
    suppliers: [...new Set(f.batches.map((b) => b.supplier).filter((s): s is string => Boolean(s)))].sort(),
    actions: f.actions.map(presentAction),
    decisions: f.decisions.map(presentDecision),
    knowledge: f.knowledge.map(presentKnowledge),
    timeline: f.timeline.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      happenedAt: happenedAt(e),
      type: e.type,
      actor: e.actor,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      summary: summarize(e.type, e.payload),
    })),
  } satisfies ProductFileView;
}

/**
 * When the thing happened, where that differs from when it was recorded: a fix recorded after the
 * fact (imported, or the demo's history) happened at its doneAt; an alarm is about the day it flags.
 */
function happenedAt(e: ProductFile['timeline'][number]): string {
  const p = e.payload;
  const when =
    e.type === 'action.done' && typeof p.doneAt === 'string'
      ? new Date(p.doneAt)
      : e.type === 'issue.spike_flagged' && typeof p.day === 'string'
        ? new Date(`${p.day}T00:00:00Z`)
        : e.at;
  return Number.isNaN(when.getTime()) ? e.at.toISOString() : when.toISOString();
}

function summarize(type: string, p: Record<string, unknown>): string {
  const s = (v: unknown) => String(v ?? '').replaceAll('_', ' ');
  if (type === 'product.updated') return `product changed: ${Object.keys((p.changes as object) ?? {}).join(', ')}`;
  if (type === 'product.created') return `product added: ${s(p.title)}`;
  if (type === 'decision.recorded') return `decision ${s(p.type)}: ${s(p.note)}`;
  if (type === 'knowledge.updated') return `${s(p.kind)} "${s(p.title)}" v${s(p.version)}: ${s(p.changeNote)}`;
  if (type === 'issue.spike_flagged') return `${s(p.issueType)} alarm (${s(p.reason)}) on ${s(p.day)}`;
  const verdict = (p.verdict as { result?: string } | undefined)?.result;
  return `action ${s(p.to ?? type.split('.')[1])} at ${s(p.location)}: ${s(p.change)}${verdict ? ` (verdict: ${s(verdict)})` : ''}`;
}
