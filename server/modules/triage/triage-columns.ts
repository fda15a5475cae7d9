import type { SignalTriageColumns } from '../signals/index.js';
import type { TriageResult } from './types.js';

/** What a signal row stores of its triage; the echoed text is dropped (the signal holds it). */
export function triageColumns(r: TriageResult): SignalTriageColumns {
  const { text: _text, ...detail } = r;
  return {
    issueTypes: r.issueTypes.join(','),
    stage: r.stage,
    sentimentLabel: r.sentiment.label,
    sentimentScore: r.sentiment.score,
    clues: r.clues.join(','),
    ownerTeam: r.ownerTeam,
    mustBeHuman: r.mustBeHuman,
    slaClass: r.slaClass,
    triage: JSON.stringify(detail),
    language: r.language === 'und' ? null : r.language,
  };
}
