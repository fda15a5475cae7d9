/** SLA class per DESIGN.md defaults: money disputes, safety and negative public reviews jump the queue. */
import type { Flags, IssueType, Sentiment, SlaClass, Stage, TriageInput } from './types.js';

const PUBLIC_CHANNELS = new Set(['review', 'social_comment']);

export function slaClassFor(input: TriageInput, types: IssueType[], stage: Stage, sentiment: Sentiment, flags: Flags): SlaClass {
  const isPublic = input.public ?? (input.channel ? PUBLIC_CHANNELS.has(input.channel) : false);
  const negativePublic = isPublic && (sentiment.label === 'negative' || (input.rating != null && input.rating <= 2));
  if (
    input.channel === 'dispute' ||
    input.channel === 'chargeback' ||
    flags.threatChargeback ||
    types.includes('safety') ||
    negativePublic
  ) {
    return 'urgent';
  }
  return stage === 'pre_sale' ? 'pre_sale' : 'order_issue';
}
