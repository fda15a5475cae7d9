import type { Playbook as PlaybookView, StoredPlaybook as StoredPlaybookView } from '../../../contracts/playbooks.js';
import type { StoredPlaybook } from './playbook-repository.js';
import type { Playbook } from './types.js';

export function presentPlaybook(p: Playbook) {
  return {
    id: p.id,
    title: p.title,
    matches: p.matches,
    hiddenRisk: p.hiddenRisk,
    firstReply: p.firstReply,
    writeBack: p.writeBack.map((w) => ({ location: w.location, change: w.change, ownerTeam: w.ownerTeam })),
    blockedMoves: p.blockedMoves.map((b) => ({ code: b.code, reason: b.reason })),
    reviewMetrics: p.reviewMetrics.map((m) => ({ metric: m.metric, goal: m.goal, description: m.description })),
    reviewWindowDays: p.reviewWindowDays,
    humanOnly: p.humanOnly,
    enabled: p.enabled,
  } satisfies PlaybookView;
}

export function presentStoredPlaybook(s: StoredPlaybook) {
  return {
    ...presentPlaybook(s.playbook),
    edited: s.edited,
    version: s.version,
    updatedBy: s.updatedBy,
    updatedAt: s.updatedAt.toISOString(),
  } satisfies StoredPlaybookView;
}
