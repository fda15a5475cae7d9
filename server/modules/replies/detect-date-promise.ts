// Dates nobody at the shop controls: arrival, delivery, customs clearance, money landing in a bank
// account. Dates the shop does control ("we'll ship the replacement today", "we'll update you by
// Friday") are the good kind of promise and must stay unflagged, so the verbs here are arrival verbs.
import type { Hit } from './text-scan.js';
import { hitsOf } from './text-scan.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WHEN = `(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this\\s+week(?:end)?|next\\s+week|end\\s+of\\s+(?:the\\s+)?(?:day|week)|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|(?:within|in)\\s+\\d+(?:\\s*[-–]\\s*\\d+)?\\s+(?:business\\s+|working\\s+)?(?:days?|hours?)|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)`;
const ARRIVE =
  '(?:arrive|be\\s+delivered|be\\s+there|be\\s+with\\s+you|reach\\s+you|get\\s+to\\s+you|land|show\\s+up|be\\s+at\\s+your\\s+door|clear\\s+customs|be\\s+in\\s+your\\s+hands|be\\s+back\\s+in\\s+your\\s+account|appear\\s+in\\s+your\\s+account)';
const WILL = "(?:\\bwill|'ll|\\bis\\s+going\\s+to|\\bare\\s+going\\s+to|\\bshall|\\bis\\s+guaranteed\\s+to)";

const PT_WHEN =
  '(?:hoje|amanh[aã]|segunda|ter[cç]a|quarta|quinta|sexta|s[aá]bado|domingo|esta\\s+semana|semana\\s+que\\s+vem|pr[oó]xima\\s+semana|em\\s+\\d+\\s+dias(?:\\s+[uú]teis)?)';

const DATE_PROMISES: readonly RegExp[] = [
  new RegExp(`${WILL}\\s+(?:definitely\\s+|certainly\\s+|surely\\s+)?${ARRIVE}\\b[^.!?\\n]{0,40}?\\b${WHEN}\\b`, 'i'),
  new RegExp(`\\b(?:arrives|arriving|gets\\s+there|delivery\\s+(?:is|will\\s+be))\\s+(?:on\\s+|by\\s+|before\\s+)?${WHEN}\\b`, 'i'),
  new RegExp(
    `\\byou(?:'ll|\\s+will)\\s+(?:definitely\\s+)?(?:have|receive|get)\\s+(?:it|them|your\\s+\\w+)\\s+(?:on\\s+|by\\s+|before\\s+)?${WHEN}\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:chegar[aá]|chega|vai\\s+chegar|ser[aá]\\s+entregue|vai\\s+ser\\s+entregue|estar[aá]\\s+com\\s+voc[eê])(?=[\\s,])[^.!?\\n]{0,40}?\\b${PT_WHEN}`,
    'i',
  ),
];

export function detectDatePromise(text: string): Hit[] {
  return hitsOf('uncontrolled_date_promise', text, DATE_PROMISES);
}
