// The sentences a public review reply is built from. Each one follows the trust-repair order:
// acknowledge the specific experience, state the action, offer the official channel. None names an
// order, a date, a fault or a discount, so they pass the guardrails on their own.
import type { PrivateAction, RuleKey } from './review-response-rules.js';

/** Whether the review's batch needs a quality check opened, one is open already, or neither. */
export type BatchCheck = 'already_open' | 'open_one' | 'not_needed';

const FEELING: Readonly<Record<RuleKey, string>> = {
  safety: 'We take what you describe seriously, and our product safety team is looking at it now.',
  damaged_in_transit: 'It should have reached you in one piece.',
  defect: 'That should not happen in normal use.',
  missing_item: 'Everything should have been in the box.',
  wrong_item: 'You should have received what you ordered.',
  delivery_delay: 'That wait was longer than it should have been.',
  listing_mismatch: 'What arrived should match what our page showed.',
  material_quality: 'What arrived should match what our page led you to expect.',
  fit_size: 'Our size information should have helped you choose right the first time.',
  setup_usage: 'Getting it working should not be this hard.',
  ai_wrong_answer: 'Our automated assistant gave you the wrong answer, and that is on us.',
  support_experience: 'You should not have had to chase us for an answer.',
  warranty_policy: 'Our warranty terms should be clear before anyone needs them.',
  returns_refunds: 'Sorting out a refund or return should be simple.',
  payment_checkout: 'Paying for an order should just work.',
  praise: "We're really glad it worked out for you.",
  unknown: 'That is not the experience we want anyone to have.',
};

export function acknowledgement(primary: RuleKey, quote: string | undefined): string {
  if (primary === 'praise') {
    return quote ? `Thank you for sharing this: "${quote}". ${FEELING.praise}` : `Thank you for sharing your experience. ${FEELING.praise}`;
  }
  const heard = quote ? `Thank you for telling us about this: "${quote}".` : 'Thank you for telling us what happened.';
  return `${heard} ${FEELING[primary]}`;
}

export function actionSentence(primary: RuleKey, action: PrivateAction): string {
  switch (action) {
    case 'replacement':
      return primary === 'fit_size'
        ? "We'd like to exchange it for the size that fits, at no cost to you."
        : "We'd like to send you a replacement at no cost to you.";
    case 'refund':
      return "We'd like to put this right with a refund or a free return, whichever you prefer.";
    case 'reship':
      if (primary === 'missing_item') return "We'd like to send you the missing part straight away.";
      if (primary === 'wrong_item') return "We'd like to send you the item you ordered and collect the other one.";
      return "We're tracing the parcel and will send a new one if it has not moved.";
    case 'batch_check':
      return "We're checking other units from the same batch before anything else ships.";
    case 'request_ugc_permission':
      return "If you'd be happy for us to share your words or photo on our product page or social channels, we'll ask for your permission privately first; nothing is used without your yes.";
    case 'contact':
      return primary === 'safety'
        ? 'Someone from our team will contact you personally.'
        : 'Someone from our team will go through it with you personally.';
  }
}

export function batchSentence(batchCheck: BatchCheck): string | undefined {
  if (batchCheck === 'already_open') return 'We already have a quality check open on this batch, and your report has been added to it.';
  if (batchCheck === 'open_one') return "We're also checking other units from the same batch.";
  return undefined;
}

const PAGE_FIX: Partial<Record<RuleKey, string>> = {
  delivery_delay: "We're reviewing the delivery estimate shown on the product page.",
  listing_mismatch: "We're reviewing the photos and description on the product page.",
  material_quality: "We're reviewing how the product page describes the material.",
  fit_size: "We're reviewing the size information on the product page.",
  setup_usage: "We're making the setup instructions clearer.",
  ai_wrong_answer: "We've flagged the answer so the assistant gets corrected.",
  support_experience: "We're looking at why our replies were slow.",
  warranty_policy: "We're making the warranty terms on our policy page clearer.",
};

export function pageSentence(primary: RuleKey): string | undefined {
  return PAGE_FIX[primary];
}

export function channelSentence(primary: RuleKey, officialChannel: string | undefined): string {
  const where = officialChannel?.trim() ? `at ${officialChannel.trim()}` : 'by private message';
  if (primary === 'praise') return `We'll be in touch ${where}.`;
  return `Please contact our support team ${where} so we can sort this out with you directly.`;
}
