// Phrase rules: arguing, blaming the carrier, absolute promises, changing a review, and sentiment-tied
// incentives. English first, Portuguese basics. Patterns aim at the phrasing, not the topic: a reply may
// mention the carrier, a guarantee policy or the review itself; it may not blame, promise or bargain.
import type { Hit } from './text-scan.js';
import { hitsOf, sentences, spansOf } from './text-scan.js';

const EMOTION =
  '(?:so\\s+|very\\s+|really\\s+|quite\\s+)?(?:frustrat|disappoint|upset|annoy|worr|stress|surpris|inconvenien|angry|confus|let down)';

const ARGUE: readonly RegExp[] = [
  new RegExp(`\\byou\\s+must(?:'ve|\\s+have)\\s+(?!(?:been|felt)\\s+${EMOTION})\\w+`, 'i'),
  /\byou\s+should(?:'ve|\s+have)\s+(?!received|gotten|got\b|been\s+(?:contacted|refunded|notified|told|informed))\w+/i,
  /\byou\s+(?:didn'?t|did\s+not|failed\s+to|obviously\s+didn'?t|never)\s+(?:read|check|follow|measure|look)\w*/i,
  /\b(?:if\s+you\s+had|had\s+you)\s+(?:read|checked|followed|measured|looked)\b/i,
  /\byou\s+(?:obviously|clearly)\s+\w+/i,
  /\byou\s+(?:ordered|chose|picked|selected|bought)\s+the\s+wrong\b/i,
  /\byou\s+(?:misunderstood|misread|are\s+wrong|'re\s+wrong|are\s+mistaken|'re\s+mistaken|claim)\b/i,
  /\byou(?:'re|\s+are)\s+(?:wrong|mistaken)\b/i,
  /\b(?:your\s+(?:own\s+)?fault|user\s+error|customer\s+error|operator\s+error|(?:improper|incorrect)\s+use|misuse)\b/i,
  /\b(?:as\s+)?(?:clearly\s+stated|it\s+clearly\s+(?:says|states|shows)|was\s+clearly\s+(?:stated|written|shown|mentioned))\b/i,
  /\b(?:this|that)(?:'s|\s+is)\s+(?:simply\s+|just\s+)?(?:not\s+true|false|untrue|a\s+lie)\b/i,
  /\b(?:not\s+our\s+(?:fault|problem|responsibility)|nothing\s+we\s+can\s+do|we\s+did\s+nothing\s+wrong|we(?:'re|\s+are)\s+not\s+responsible)\b/i,
  /\b(?:contrary\s+to|unlike)\s+what\s+you\b/i,
  /\b(?:read|check)\s+the\s+(?:description|listing|size\s+chart|product\s+page)\s+(?:before|next\s+time|first)\b/i,
  // Portuguese
  /\b(?:voc[eê]|vc)\s+(?:deveria|devia)\s+ter\b/i,
  /\b(?:a\s+)?culpa\s+(?:[eé]\s+)?(?:sua|do\s+cliente)\b/i,
  /\b(?:voc[eê]|vc)\s+n[aã]o\s+leu\b/i,
  /\bn[aã]o\s+[eé]\s+(?:verdade|nossa\s+culpa|nosso\s+problema)\b|\b[eé]\s+mentira\b/i,
  /\bn[aã]o\s+somos\s+respons[aá]veis\b|\b(?:mau|uso)\s+(?:uso|indevido)\b/i,
];

const CARRIER =
  '(?:the\\s+)?(?:carrier|courier|postal\\s+service|post\\s+office|postman|mail\\s?man|delivery\\s+(?:company|driver|service|partner)|shipping\\s+(?:company|partner|provider)|logistics\\s+(?:company|partner|provider)|usps|ups|fedex|dhl|royal\\s+mail|canada\\s+post|australia\\s+post|evri|hermes)';

const CARRIER_BLAME: readonly RegExp[] = [
  new RegExp(`${CARRIER}(?:'s|s')?\\s+(?:fault|mistake|error|problem)`, 'i'),
  new RegExp(`\\b(?:fault|blame|responsibility)\\s+(?:of|lies\\s+with|is\\s+with|goes\\s+to|belongs\\s+to|is\\s+on)\\s+${CARRIER}`, 'i'),
  new RegExp(`\\bblame\\s+${CARRIER}`, 'i'),
  new RegExp(`${CARRIER}\\s+(?:is|was|are|were)\\s+(?:to\\s+blame|responsible|at\\s+fault|the\\s+problem|the\\s+one\\s+who)`, 'i'),
  new RegExp(`${CARRIER}\\s+(?:lost|damaged|broke|crushed|mishandled|messed\\s+up|delayed|dropped|threw|ruined)\\b`, 'i'),
  new RegExp(`\\b(?:that|this|it)(?:'s|\\s+is|\\s+was)\\s+on\\s+${CARRIER}`, 'i'),
  // Portuguese
  /\b(?:culpa|responsabilidade)\s+(?:[eé]\s+)?(?:da|do|dos)\s+(?:transportadora|correios|entregador)\b/i,
  /\b(?:os\s+correios|a\s+transportadora|o\s+entregador)\s+(?:perdeu|perderam|atrasou|atrasaram|danificou|danificaram|quebrou|[eé]\s+respons[aá]vel)\b/i,
];

// "Beyond our control" shifts responsibility; with delivery words around it, it shifts it to the carrier.
const DEFLECTION = /\b(?:out\s+of\s+our\s+hands|beyond\s+our\s+control|fora\s+do\s+nosso\s+controle)\b/i;
const DELIVERY_WORDS =
  /\b(?:carrier|courier|shipping|delivery|deliveries|transit|customs|post|postal|mail|transportadora|correios|entrega|alf[aâ]ndega)\b/i;

const ABSOLUTE: readonly RegExp[] = [
  /\b(?:we|i)(?:'ll|\s+will|\s+can)?\s+(?:personally\s+|absolutely\s+)?guarantee\b/i,
  /\bguaranteed\b/i,
  /\b(?:100|one\s+hundred)\s?(?:%|percent)(?!\s+(?:refund|cotton|wool|linen|silk|polyester|leather|natural|recycled|organic|algod[aã]o|reembolso))/i,
  /\bnever\s+(?:ever\s+)?(?:happen\s+)?again\b/i,
  /\b(?:will\s+never|won'?t\s+ever)\b/i,
  /\b(?:will\s+not|won'?t)\s+happen\s+again\b/i,
  /\b(?:we|i)\s+promise\b/i,
  /\bnunca\s+mais\b|\bgarantid[oa]s?\b|\bgarantimos\b|\bprometemos\b/i,
];

const REVIEW_OBJ = '(?:review|rating|stars?|feedback|comment|post|avalia[cç][aã]o|nota|coment[aá]rio|estrelas)';
const CHANGE_VERB =
  '(?:updat(?:e|ing)|chang(?:e|ing)|edit(?:ing)?|revis(?:e|ing)|amend(?:ing)?|modif(?:y|ying)|reconsider(?:ing)?|remov(?:e|ing)|delet(?:e|ing)|tak(?:e|ing)\\s+down|retract(?:ing)?|withdraw(?:ing)?|rais(?:e|ing)|increas(?:e|ing)|bump(?:ing)?\\s+up|adjust(?:ing)?|revisit(?:ing)?)';

const CHANGE_REVIEW: readonly RegExp[] = [
  new RegExp(`\\b${CHANGE_VERB}\\s+(?:your|the|this|that)\\s+(?:\\w+\\s+)?${REVIEW_OBJ}\\b`, 'i'),
  /\b(?:take|taking)\s+(?:it|this|that)\s+down\b/i,
  /\b(?:leave|write|post|give)\s+(?:us\s+)?an?\s+(?:updated|revised|amended|new)\s+(?:review|rating)\b/i,
  /\b(?:make|change|turn|update|bump|raise)\s+(?:it|that|this)\s+(?:up\s+)?(?:to|into)\s+(?:a\s+)?(?:\d|five|four)[\s-]*stars?\b/i,
  /\b(?:alterar|mudar|editar|atualizar|remover|apagar|excluir|retirar|tirar|rever|aumentar)\s+(?:(?:a|o|sua|seu|essa|esse|esta|este)\s+)*(?:avalia[cç][aã]o|nota|coment[aá]rio|review|estrelas)\b/i,
];

const INCENTIVE =
  /(?:\b\d+\s?%\s?(?:off|discount)?|\b(?:discount|coupon|voucher|gift\s+card|gift|free\s+\w+|refund|store\s+credit|credit|reward|cash\s?back|freebie|points|desconto|cupom|brinde|presente|reembolso|cr[eé]dito|gr[aá]tis)\b|[$€£]\s?\d+|R\$\s?\d+)/i;
const POSITIVE =
  /\b(?:(?:5|five|4|four)[\s-]*stars?|(?:positive|good|great|glowing|nice|favou?rable|better|higher|happy|excellent)\s+(?:review|rating|feedback)|(?:5|cinco)\s+estrelas|avalia[cç][aã]o\s+positiva|nota\s+(?:m[aá]xima|5|10)|(?:updat(?:e|ed|ing)|chang(?:e|ed|ing)|remov(?:e|ed|ing)|delet(?:e|ed|ing)|rais(?:e|ed|ing)|edit(?:ed|ing)?)\s+(?:your|the|this)\s+(?:review|rating))/i;

export function detectWording(text: string): Hit[] {
  const hits: Hit[] = [
    ...hitsOf('argues_with_customer', text, ARGUE),
    ...hitsOf('blames_carrier', text, CARRIER_BLAME),
    ...hitsOf('absolute_promise', text, ABSOLUTE),
    ...hitsOf('asks_to_change_review', text, CHANGE_REVIEW),
  ];
  for (const sentence of sentences(text)) {
    for (const d of spansOf(sentence.text, DEFLECTION)) {
      const code = DELIVERY_WORDS.test(sentence.text) ? 'blames_carrier' : 'argues_with_customer';
      hits.push({ code, start: sentence.start + d.start, end: sentence.start + d.end });
    }
  }
  hits.push(...incentiveHits(text));
  return hits;
}

// An incentive and a positive (or changed) review in the same reply is the bargain, even split over two
// sentences ("Thanks for the 5 stars! Here's a voucher."). The span runs from the first of the two to the
// end of the last so both halves are highlighted.
function incentiveHits(text: string): Hit[] {
  const incentives = spansOf(text, INCENTIVE);
  const positives = spansOf(text, POSITIVE);
  if (incentives.length === 0 || positives.length === 0) return [];
  const all = [...incentives, ...positives];
  const start = Math.min(...all.map((s) => s.start));
  const end = Math.max(...all.map((s) => s.end));
  return [{ code: 'incentive_for_positive_review', start, end }];
}
