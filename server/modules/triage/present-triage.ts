/** The CLI's line shape (a contract other tools read): stable fields only, no internal scores. */
import type { TriagePreview } from '../../../contracts/triage.js';
import type { TriageResult } from './types.js';

export function presentTriage(id: string | number, r: TriageResult) {
  return {
    id,
    issueTypes: r.issueTypes,
    stage: r.stage,
    sentiment: r.sentiment,
    clues: r.clues,
    ownerTeam: r.ownerTeam,
    mustBeHuman: r.mustBeHuman,
    reasons: r.reasons,
    evidence: r.evidence,
  } satisfies TriagePreview;
}
