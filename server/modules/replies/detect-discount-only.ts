// A discount is fine next to a fix; alone it buys silence. The rule flags discount words only when the
// reply names no remedy or check at all.
import type { Hit } from './text-scan.js';
import { hitsOf } from './text-scan.js';

const DISCOUNT: readonly RegExp[] = [
  /\b\d+\s?%\s?(?:off|discount)\b/i,
  /\b(?:discount|coupon|promo(?:tion(?:al)?)?\s+code|voucher|store\s+credit|gift\s+card|desconto|cupom|vale[\s-]compras?)\b/i,
  /\b(?:use|code)\s+(?:the\s+code\s+)?[A-Z0-9]{4,}\b(?=[^.!?\n]*\b(?:off|discount|next\s+order|desconto)\b)/,
];

const REMEDY =
  /\b(?:replac\w*|refund\w*|reship\w*|re-ship\w*|resend\w*|re-send\w*|send\s+(?:you\s+)?(?:a\s+|another\s+|the\s+)?(?:new|replacement|missing|correct|right)|investigat\w*|look(?:ing)?\s+into|check(?:ing)?\s+(?:the|this|your|our|with|on)|inspect\w*|batch|trac(?:e|ing)\b|fix\w*|correct(?:ing|ed)?\s+(?:the|our)|updat(?:e|ed|ing)\s+(?:the|our)\s+(?:page|listing|description|size\s+chart|photos?|faq|instructions?|manual)|return\s+label|repair\w*|exchange\w*|reembols\w*|troca\w*|substitu\w*|reenvi\w*|investig\w*|verific\w*|lote)\b/i;

export function detectDiscountOnly(text: string): Hit[] {
  if (REMEDY.test(text)) return [];
  return hitsOf('discount_only_answer', text, DISCOUNT);
}

/**
 * The same rule for a planned action (actions' blocked move `discount_only`): words that offer
 * money off, and no remedy or check named beside them. One rule, so a coupon the reply guardrail
 * blocks is never accepted as an issue's action.
 */
export function offersDiscount(text: string): boolean {
  return DISCOUNT.some((re) => re.test(text));
}

export function namesRemedy(text: string): boolean {
  return REMEDY.test(text);
}
