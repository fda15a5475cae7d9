// Review-request wording with an incentive. An incentive is allowed only when it is offered for any
// honest review and says so; one tied to a good rating is a bought review, and asking only the happy
// customers is gating. Each sentence is read on its own, because the condition and the reward sit together.
import { sentences, spansOf } from '../replies/index.js';

export const INCENTIVE_WORDING_CODES = ['sentiment_conditioned_incentive', 'undisclosed_incentive', 'sentiment_gated_ask'] as const;
export type IncentiveWordingCode = (typeof INCENTIVE_WORDING_CODES)[number];

export interface IncentiveWordingFinding {
  code: IncentiveWordingCode;
  start: number;
  end: number;
  reason: string;
}

const REASONS: Readonly<Record<IncentiveWordingCode, string>> = {
  sentiment_conditioned_incentive: 'The reward depends on a positive rating or review; offer it for any honest review or not at all.',
  undisclosed_incentive: 'An incentive is offered without saying it is for any honest review, positive or negative.',
  sentiment_gated_ask: 'The ask is aimed only at satisfied customers; every delivered order must be asked alike.',
};

const INCENTIVE =
  /\b\d+\s?%\s?(?:off|discount)?|\b(?:discount|coupon|voucher|gift\s+card|free\s+(?:gift|shipping|item|sample|product)|reward|cash\s?back|points|entry\s+(?:into|in)\s+(?:a|our|the)\s+(?:draw|giveaway|raffle)|prize|desconto|cupom|brinde|pr[eê]mio|sorteio)\b|[$€£]\s?\d+|R\$\s?\d+/i;
const POSITIVE =
  /\b(?:(?:5|five|4|four)[\s-]*stars?|(?:positive|good|great|glowing|favou?rable|happy|excellent|top)\s+(?:review|rating|feedback)|(?:5|cinco)\s+estrelas|avalia[cç][aã]o\s+positiva|nota\s+(?:m[aá]xima|5|10))\b/i;
const HAPPY_CONDITION =
  /\b(?:if|when|once)\s+you(?:'re|\s+are|\s+were)?\s+(?:\w+\s+)?(?:love[ds]?|loved|like[ds]?|enjoy(?:ed)?|happy|satisfied|pleased|delighted|thrilled)\b|\bse\s+voc[eê]\s+(?:gostou|amou|ficou\s+satisfeit[oa])/i;
const REVIEW_WORD = /\b(?:review|rating|rate\s+us|stars?|feedback|avalia[cç][aã]o|avalie|nota)\b/i;
// Neutrality or disclosure anywhere in the text covers the incentive: the reader sees it before acting.
const NEUTRAL =
  /\b(?:any\s+(?:honest\s+)?review|honest\s+(?:review|feedback|opinion)|positive\s+or\s+negative|good\s+or\s+bad|regardless\s+of\s+(?:your\s+)?(?:rating|opinion|what)|whatever\s+(?:your\s+rating|you\s+think)|no\s+matter\s+(?:your\s+rating|what\s+you\s+(?:say|think|rate))|qualquer\s+avalia[cç][aã]o|positiva\s+ou\s+negativa|avalia[cç][aã]o\s+honesta)\b/i;

export function checkIncentiveWording(text: string): IncentiveWordingFinding[] {
  const out: IncentiveWordingFinding[] = [];
  const neutral = NEUTRAL.test(text);
  let incentiveSeen: { start: number; end: number } | undefined;
  for (const s of sentences(text)) {
    const incentives = spansOf(s.text, INCENTIVE);
    const positives = spansOf(s.text, POSITIVE);
    const happy = spansOf(s.text, HAPPY_CONDITION);
    if (incentives.length > 0 && !incentiveSeen)
      incentiveSeen = { start: s.start + incentives[0]!.start, end: s.start + incentives[0]!.end };
    if (incentives.length > 0 && (positives.length > 0 || happy.length > 0)) {
      out.push(finding('sentiment_conditioned_incentive', s.start, [...incentives, ...positives, ...happy]));
    } else if (happy.length > 0 && REVIEW_WORD.test(s.text)) {
      out.push(finding('sentiment_gated_ask', s.start, happy));
    } else if (positives.length > 0 && /\b(?:leave|write|give|post|deixe|escreva|d[eê])\b/i.test(s.text)) {
      // "Leave us a 5-star review!" asks for a rating, not an opinion.
      out.push(finding('sentiment_gated_ask', s.start, positives));
    }
  }
  const conditioned = out.some((f) => f.code === 'sentiment_conditioned_incentive');
  if (incentiveSeen && !neutral && !conditioned) {
    out.push({ code: 'undisclosed_incentive', ...incentiveSeen, reason: REASONS.undisclosed_incentive });
  }
  return out.sort((a, b) => a.start - b.start);
}

function finding(code: IncentiveWordingCode, offset: number, spans: { start: number; end: number }[]): IncentiveWordingFinding {
  const start = offset + Math.min(...spans.map((x) => x.start));
  const end = offset + Math.max(...spans.map((x) => x.end));
  return { code, start, end, reason: REASONS[code] };
}
