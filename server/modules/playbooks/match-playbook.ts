import type { Channel, IssueType } from '../../../contracts/signal.js';
import type { Playbook } from './types.js';

/** What the router needs to know about an issue. Unknown facts never satisfy a condition. */
export interface MatchableIssue {
  issueType: IssueType;
  /** The stage most of the issue's signals are at. */
  stage?: 'pre_sale' | 'post_purchase' | null;
  channels?: readonly Channel[];
  hasMedia?: boolean;
  batch?: string | null;
  automationInvolved?: boolean;
}

export interface PlaybookMatchResult {
  playbook: Playbook;
  specificity: number;
  /** The conditions that matched, for the "why this playbook" line in the UI. */
  matchedOn: string[];
}

function evaluate(p: Playbook, issue: MatchableIssue): PlaybookMatchResult | null {
  const m = p.matches;
  if (!p.enabled || !m.issueTypes.includes(issue.issueType)) return null;
  const matchedOn = [`issueType=${issue.issueType}`];
  if (m.stages) {
    if (!issue.stage || !m.stages.includes(issue.stage)) return null;
    matchedOn.push(`stage=${issue.stage}`);
  }
  if (m.channels) {
    const hit = (issue.channels ?? []).filter((c) => m.channels!.includes(c));
    if (hit.length === 0) return null;
    matchedOn.push(`channels=${hit.join(',')}`);
  }
  const flags: [keyof typeof m & ('hasMedia' | 'batchScoped' | 'automationInvolved'), boolean][] = [
    ['hasMedia', Boolean(issue.hasMedia)],
    ['batchScoped', Boolean(issue.batch)],
    ['automationInvolved', Boolean(issue.automationInvolved)],
  ];
  for (const [name, actual] of flags) {
    if (m[name] === undefined) continue;
    if (m[name] !== actual) return null;
    matchedOn.push(`${name}=${actual}`);
  }
  // Each extra condition outweighs any difference in breadth; among equals, the playbook aimed
  // at fewer issue types knows more about this one.
  const specificity = (matchedOn.length - 1) * 100 - m.issueTypes.length;
  return { playbook: p, specificity, matchedOn };
}

/** Every playbook that applies, most specific first (ties broken by id, so the order is stable). */
export function rankPlaybooks(issue: MatchableIssue, playbooks: readonly Playbook[]): PlaybookMatchResult[] {
  return playbooks
    .map((p) => evaluate(p, issue))
    .filter((r): r is PlaybookMatchResult => r !== null)
    .sort((a, b) => b.specificity - a.specificity || (a.playbook.id < b.playbook.id ? -1 : 1));
}

/** The playbook whose recommendation the issue gets, or null when none applies. */
export function matchPlaybook(issue: MatchableIssue, playbooks: readonly Playbook[]): PlaybookMatchResult | null {
  return rankPlaybooks(issue, playbooks)[0] ?? null;
}
