/**
 * The human boundary (DESIGN.md): signals automation must not handle alone, each reason with
 * the words or facts behind it so the agent sees why.
 */
import type { Mood } from './sentiment.js';
import type { RuleLabel } from './rules.js';
import type { CustomerTier, IssueType, LabelScore, Reason, TriageInput } from './types.js';

const MONEY_CHANNELS = new Set(['refund_reason', 'dispute', 'chargeback']);
const WATCHED_TIERS = new Set<CustomerTier>(['repeat', 'vip', 'bulk', 'influencer']);
export const DEFAULT_HIGH_VALUE = 500;

export interface BoundaryFacts {
  input: TriageInput;
  labels: LabelScore[];
  ruleLabels: Map<IssueType, RuleLabel>;
  mood: Mood;
}

const REFUND_WORD = /refund|money|reimburs|charge|estorn|reembols|dinheiro|ressarc|dinero|geld|erstatt|rembours|argent/i;

function quote(l: LabelScore): string {
  return l.spans[0]?.text ?? l.type;
}

export function humanReasons({ input, labels, ruleLabels, mood }: BoundaryFacts): Reason[] {
  const reasons: Reason[] = [];

  const refund = ruleLabels.get('returns_refunds');
  const refundSpan = refund?.tags.has('refund') ? refund.spans.find((s) => REFUND_WORD.test(s.text)) : undefined;
  if (input.channel && MONEY_CHANNELS.has(input.channel))
    reasons.push({ code: 'refund_or_dispute', evidence: `channel: ${input.channel}` });
  else if (mood.flags.threatChargeback) reasons.push({ code: 'refund_or_dispute', evidence: `"${mood.flagSpans.threatChargeback?.text}"` });
  else if (refundSpan) reasons.push({ code: 'refund_or_dispute', evidence: `"${refundSpan.text}"` });

  const safety = labels.find((l) => l.type === 'safety');
  if (safety) reasons.push({ code: 'safety', evidence: `"${quote(safety)}"` });
  if (mood.flags.threatPublic) reasons.push({ code: 'public_threat', evidence: `"${mood.flagSpans.threatPublic?.text}"` });
  if (mood.flags.threatLegal) reasons.push({ code: 'legal_threat', evidence: `"${mood.flagSpans.threatLegal?.text}"` });

  const threshold = input.highValueThreshold ?? DEFAULT_HIGH_VALUE;
  if (input.orderValue != null && input.orderValue >= threshold) {
    reasons.push({ code: 'high_value_order', evidence: `order value ${input.orderValue} ≥ ${threshold}` });
  }
  if (input.customerTier && WATCHED_TIERS.has(input.customerTier)) {
    reasons.push({ code: 'repeat_bulk_influencer', evidence: `customer tier: ${input.customerTier}` });
  }
  if (mood.flags.anger)
    reasons.push({ code: 'strong_anger', evidence: mood.flagSpans.anger?.text ? `"${mood.flagSpans.anger.text}"` : 'shouting' });
  if (input.issueSpiking) reasons.push({ code: 'spiking_issue', evidence: 'the issue this signal belongs to is spiking' });
  return reasons;
}

/**
 * An "automation crossed the boundary" event: automation handled a signal that had a reason to
 * go to a human. Returns the reasons so the event can record them; empty when nothing crossed.
 */
export function crossedBoundary(result: { mustBeHuman: boolean; reasons: Reason[] }, handledBy?: 'human' | 'automation' | null): Reason[] {
  return handledBy === 'automation' && result.mustBeHuman ? result.reasons : [];
}
