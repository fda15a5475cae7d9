/** Triage of one signal: the pure core that intake, re-triage, the CLI and the API all call. */
import { blendLabels, forStage } from './blend.js';
import { extractEvidence } from './evidence.js';
import { humanReasons } from './human-boundary.js';
import { readTokens } from './language.js';
import type { TriageModel } from './model.js';
import { DEFAULT_TEAMS, cluesFor, ownerFor } from './owners.js';
import { detectPii } from '../../lib/pii.js';
import { scoreRules } from './rules.js';
import { readMood } from './sentiment.js';
import { slaClassFor } from './sla-class.js';
import { detectStage } from './stage.js';
import { agentText, fold } from './text.js';
import type { SellerRule, TeamConfig, TriageInput, TriageResult } from './types.js';

export interface TriageContext {
  sellerRules?: SellerRule[] | null;
  model?: TriageModel | null;
  teams?: TeamConfig | null;
}

export function triageSignal(input: TriageInput, ctx: TriageContext = {}): TriageResult {
  const text = agentText(input.text ?? '', input.title);
  const folded = fold(text);
  const { tokens, language } = readTokens(folded, text, input.language);
  const ruleLabels = scoreRules(text, tokens, language, ctx.sellerRules);
  const stage = detectStage(text, input.channel);
  const labels = forStage(blendLabels(ruleLabels, tokens, ctx.model, input.title, language, stage), stage);
  const issueTypes = labels.map((l) => l.type);
  const mood = readMood(text, folded, tokens, input.rating);
  const clues = cluesFor(issueTypes, Boolean(input.issueSpiking));
  const reasons = humanReasons({ input, labels, ruleLabels, mood });
  return {
    text,
    language,
    issueTypes,
    labels,
    stage,
    sentiment: mood.sentiment,
    flags: mood.flags,
    clues,
    ownerTeam: ownerFor(issueTypes, clues, ctx.teams ?? DEFAULT_TEAMS),
    mustBeHuman: reasons.length > 0,
    reasons,
    slaClass: slaClassFor(input, issueTypes, stage, mood.sentiment, mood.flags),
    evidence: extractEvidence(
      text,
      { claimsDelay: issueTypes.includes('delivery_delay'), order: input.order, attachments: input.attachments },
      folded,
      tokens,
    ),
    pii: detectPii(text),
  };
}
