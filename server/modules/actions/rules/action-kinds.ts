import { offersDiscount } from '../../replies/index.js';

/** What an action does, beyond where it writes. */
export const ACTION_KINDS = ['discount', 'refund', 'date_promise', 'ugc_reuse', 'review_filter', 'review_request'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const AUTOMATION_SCOPES = [
  'order_status',
  'faq',
  'size_chart',
  'policy_summary',
  'refunds',
  'disputes',
  'chargebacks',
  'angry_customers',
  'safety',
  'high_value',
] as const;
export type AutomationScope = (typeof AUTOMATION_SCOPES)[number];

/**
 * A backstop for proposers who describe the move in words instead of flags, only for moves the
 * words name unambiguously (en + pt). Refunds and automation hand-offs are not guessed from text:
 * "keep refund requests with a person" mentions refunds and is exactly the right fix, so those
 * need the structured `kinds` / `automates` fields.
 */
const PATTERNS: readonly [ActionKind, RegExp][] = [
  [
    'date_promise',
    /\b(guarantee\w*|promis\w+|garant\w+)\b[^.]*\b(arriv\w*|deliver\w*|ship\w*|entreg\w*)\b[^.]*\b(by|on|before|within|até)\b/i,
  ],
  [
    'review_filter',
    /\b(hide|remove|filter|suppress|bury)\w*\b[^.]*\b(negative|bad|critical|low|1[- ]star|one[- ]star)\b[^.]*\breviews?\b|\bonly (show|display)\w*\b[^.]*\b(positive|good|5[- ]star|five[- ]star)\b[^.]*\breviews?\b/i,
  ],
  ['review_request', /\b(ask|request|email|send)\w*\b[^.]*\b(for )?(a )?reviews?\b/i],
];

export function detectKinds(change: string): ActionKind[] {
  const kinds = PATTERNS.filter(([, re]) => re.test(change)).map(([k]) => k);
  // Money off is read with the reply guardrail's own words, so the two can never disagree.
  return offersDiscount(change) ? ['discount', ...kinds] : kinds;
}
