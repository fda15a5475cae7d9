import type { FeedItem, Knowledge } from '../../../contracts/actions.js';
import type { StoredEvent } from '../../platform/events.js';
import type { KnowledgeVersion } from './knowledge-repository.js';

export function presentKnowledge(k: KnowledgeVersion) {
  return {
    id: k.id,
    version: k.version,
    kind: k.kind,
    title: k.title,
    body: k.body,
    sku: k.sku,
    issueId: k.issueId,
    changeNote: k.changeNote,
    updatedBy: k.updatedBy,
    updatedAt: k.updatedAt.toISOString(),
  } satisfies Knowledge;
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? null : String(v));

/** One feed line: what changed and why, in words an agent reads between two customers. */
export function presentFeedItem(e: StoredEvent) {
  const p = e.payload as Record<string, unknown>;
  const issueId = typeof p.issueId === 'number' ? p.issueId : null;
  let what: string;
  let why: string | null;
  switch (e.type) {
    case 'decision.recorded':
      what = `Decision: ${String(p.type).replaceAll('_', ' ')}`;
      why = str(p.note);
      break;
    case 'knowledge.updated':
      what = `${String(p.kind)} "${String(p.title)}" is now version ${String(p.version)}`;
      why = str(p.changeNote);
      break;
    case 'playbook.updated':
      what = `Playbook "${String(p.title)}" changed (version ${String(p.version)})`;
      why = null;
      break;
    case 'action.done':
      what = `Fix live at ${String(p.location).replaceAll('_', ' ')}: ${String(p.change)}`;
      why = `${String(p.issueType).replaceAll('_', ' ')} on ${String(p.sku)}`;
      break;
    default: {
      const v = p.verdict as { result?: string; explanation?: string } | undefined;
      what = `Fix at ${String(p.location).replaceAll('_', ' ')} reviewed: ${v?.result?.replaceAll('_', ' ') ?? String(p.to)}`;
      why = v?.explanation ?? str(p.reason);
    }
  }
  return { id: e.id, at: e.at.toISOString(), type: e.type, actor: e.actor, what, why, issueId, sku: str(p.sku) } satisfies FeedItem;
}
