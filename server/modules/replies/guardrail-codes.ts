// The reply guardrail vocabulary: every finding code, why it exists, and how hard it stops a reply.
// Kept as data so the API, the CLI and the UI explain a finding with the same words.

export const GUARDRAIL_CODES = [
  'pii_order_number',
  'pii_email',
  'pii_phone',
  'pii_address',
  'asks_private_details_in_public',
  'asks_for_card_secrets',
  'argues_with_customer',
  'blames_carrier',
  'absolute_promise',
  'uncontrolled_date_promise',
  'discount_only_answer',
  'asks_to_change_review',
  'incentive_for_positive_review',
  'generic_template',
  'answers_nothing',
] as const;
export type GuardrailCode = (typeof GUARDRAIL_CODES)[number];

/** block: the reply may not be sent without an override and a recorded reason. warn: shown, not stopping. skip: not checked. */
export type Severity = 'block' | 'warn' | 'skip';

export interface GuardrailRule {
  code: GuardrailCode;
  reason: string;
  public: Severity;
  private: Severity;
}

export interface Finding {
  code: GuardrailCode;
  /** UTF-16 index of the first offending character in the reply (inclusive). */
  start: number;
  /** UTF-16 index after the last offending character (exclusive), so text.slice(start, end) is the offending words. */
  end: number;
  reason: string;
  blocking: boolean;
}

// Decisions, with the why:
// - Personal data and asking for it are public-only: in a private channel the order number is how we help.
//   The full card number, its security code or a photo of the card are never asked for, in any channel:
//   no refund needs them, and a shop that asks trains its customers to answer phishing.
// - Arguing and carrier blame are DESIGN blocked moves "in public"; in private they still hurt, so they warn.
// - A date nobody controls is a blocked move without a channel qualifier: it blocks in private too.
// - Absolute promises ("we guarantee", "this will never happen again", "garantizamos") block in public:
//   an outcome nobody can vouch for, said to every reader of the thread. A guarantee as a policy
//   ("30-day money-back guarantee") is not matched. In private they warn.
// - Asking to change a review and tying an incentive to sentiment break platform and consumer rules in
//   any channel, so they block everywhere.
// - A discount as the only answer is a blocked move; privately it can be a kind gesture to a happy buyer, so warn.
// - The template check is a word-overlap heuristic; it warns only, and only when the customer's words are known.
// - A reply made only of courtesy (no product, problem or step named) answers nothing: it blocks in
//   public, where it reads as a brush-off to every reader, and warns in private.
// Blame, an outcome promise and a courtesy-only reply block in private too (6 December): two writers who
// never read the code each marked private ones bad, and blocking them there blocked no more good
// replies across writers (0.3% either way); naming the carrier's fault stays a public-only block.
export const GUARDRAIL_RULES: readonly GuardrailRule[] = Object.freeze([
  {
    code: 'pii_order_number',
    public: 'block',
    private: 'skip',
    reason: 'An order number in a public reply identifies the buyer and their purchase; move it to a private channel.',
  },
  {
    code: 'pii_email',
    public: 'block',
    private: 'skip',
    reason: "A customer's email address in a public reply exposes personal data; only the shop's own support address may appear.",
  },
  {
    code: 'pii_phone',
    public: 'block',
    private: 'skip',
    reason: 'A phone number in a public reply exposes personal data; only a listed official number may appear.',
  },
  {
    code: 'pii_address',
    public: 'block',
    private: 'skip',
    reason: 'A street address or postal code in a public reply exposes where the customer lives.',
  },
  {
    code: 'asks_private_details_in_public',
    public: 'block',
    private: 'skip',
    reason:
      'Asking for an order number, email, phone or address in a public thread invites the customer to post personal data; ask them to use the private support channel.',
  },
  {
    code: 'asks_for_card_secrets',
    public: 'block',
    private: 'block',
    reason:
      'Asking for the full card number, its security code or a photo of the card is never needed for a refund or a check, in any channel; refund to the original payment method or use the payment provider.',
  },
  {
    code: 'argues_with_customer',
    public: 'block',
    private: 'block',
    reason:
      'Arguing with or blaming the customer loses them (and, in public, the audience) even when the facts are on our side; acknowledge, state what we checked and what we do next.',
  },
  {
    code: 'blames_carrier',
    public: 'block',
    private: 'warn',
    reason: 'Blaming the carrier deflects responsibility the customer gave to us; own the problem and state what we are doing.',
  },
  {
    code: 'absolute_promise',
    public: 'block',
    private: 'block',
    reason:
      'Absolute promises ("guaranteed", "never again", "100%") promise an outcome nobody can vouch for; state the concrete action instead.',
  },
  {
    code: 'uncontrolled_date_promise',
    public: 'block',
    private: 'block',
    reason: 'A delivery or arrival date depends on the carrier, customs or the bank; promise the next update time, not the outcome date.',
  },
  {
    code: 'discount_only_answer',
    public: 'block',
    private: 'warn',
    reason: 'A discount with no fix, replacement, refund or check buys silence and leaves the problem alive.',
  },
  {
    code: 'asks_to_change_review',
    public: 'block',
    private: 'block',
    reason: 'Asking a customer to change, raise or remove a review breaks review-platform and consumer-protection rules.',
  },
  {
    code: 'incentive_for_positive_review',
    public: 'block',
    private: 'block',
    reason: 'An incentive conditioned on a positive or changed review is a bought review.',
  },
  {
    code: 'generic_template',
    public: 'warn',
    private: 'warn',
    reason: "The reply shares no specific detail with the customer's words; a template reads as not listening.",
  },
  {
    code: 'answers_nothing',
    public: 'block',
    private: 'block',
    reason: 'The reply is courtesy only: it names no product, problem or step we take, so it answers nothing the customer raised.',
  },
]);

const RULE_BY_CODE: ReadonlyMap<GuardrailCode, GuardrailRule> = new Map(GUARDRAIL_RULES.map((r) => [r.code, r]));

export function ruleFor(code: GuardrailCode): GuardrailRule {
  const rule = RULE_BY_CODE.get(code);
  if (!rule) throw new Error(`unknown guardrail code: ${code}`);
  return rule;
}

export function severityFor(code: GuardrailCode, isPublic: boolean): Severity {
  const rule = ruleFor(code);
  return isPublic ? rule.public : rule.private;
}
