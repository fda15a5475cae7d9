/**
 * Promised against actual delivery days, as the customer states them, checked against the
 * order record when one is linked. A claim the record contradicts is flagged, never dropped:
 * the agent decides, and the record may be wrong too.
 */
import type { DeliveryClaim, OrderFacts, Span } from './types.js';

const UNIT = String.raw`(business |working |calendar )?(days?|dias?(?: [uú]teis)?|weeks?|semanas?)`;
const NUM = String.raw`(\d{1,3})(?:\s*(?:-|–|to|a|até|ate|or|ou)\s*(\d{1,3}))?`;
const PROMISED = new RegExp(String.raw`\b(?:said|says|promised|quoted|estimated|supposed to (?:take|arrive in|be)|within|expected in|ships? in|delivery (?:time|window|estimate) (?:of|was|is)|arrive in|prazo (?:de entrega )?(?:de|era de|é de|e de|era|dizia)|em até|em ate|previs[aã]o (?:de|era de)|entrega em)\s*${NUM}\s*${UNIT}`, 'iu');
const ACTUAL = [
  new RegExp(String.raw`\b(?:it'?s|it is|now|today is|today|we are|we're on)\s*(?:day|dia)\s*(\d{1,3})\b`, 'iu'),
  new RegExp(String.raw`\b(?:it'?s been|been|after|already|over|more than|mais de|j[aá] (?:s[aã]o|faz|fazem|se passaram|tem|vai fazer)|faz|fazem|h[aá]|depois de|apos|após)\s*(\d{1,3})\s*${UNIT}`, 'iu'),
  new RegExp(String.raw`\b(\d{1,3})\s*${UNIT}\s*(?:later|and still|and nothing|since|ago|waiting|e nada|e ainda|esperando|aguardando|depois|de atraso|late|atrasad[oa])`, 'iu'),
  new RegExp(String.raw`\btook\s*(\d{1,3})\s*${UNIT}`, 'iu'),
];
const BARE_ACTUAL = /\bj[aá] (?:s[aã]o|faz|fazem|vai fazer) (\d{1,3})\b(?!\s*(?:reais|r\$|%))/iu;

const DAY_MS = 86_400_000;

function toDays(n: number, unit: string | undefined): number {
  return unit && /^(weeks?|semanas?)$/i.test(unit.trim()) ? n * 7 : n;
}

function span(m: RegExpExecArray, rule: string): Span {
  return { start: m.index, end: m.index + m[0].length, text: m[0], rule };
}

export function extractDeliveryClaim(text: string, claimsDelay: boolean, order?: OrderFacts | null): DeliveryClaim | null {
  const claim: DeliveryClaim = { spans: [] };
  const p = PROMISED.exec(text);
  let promisedUnit: string | undefined;
  if (p) {
    promisedUnit = p[4];
    const a = toDays(Number(p[1]), p[4]);
    const b = p[2] ? toDays(Number(p[2]), p[4]) : a;
    claim.promisedMinDays = Math.min(a, b);
    claim.promisedMaxDays = Math.max(a, b);
    claim.spans.push(span(p, 'promised-days'));
  }
  for (const re of ACTUAL) {
    const m = re.exec(text);
    if (!m || (p && m.index === p.index)) continue;
    claim.actualDays = toDays(Number(m[1]), m[3] ?? 'days');
    claim.spans.push(span(m, 'actual-days'));
    break;
  }
  if (claim.actualDays === undefined && p) {
    const m = BARE_ACTUAL.exec(text.slice(p.index + p[0].length));
    if (m) {
      claim.actualDays = toDays(Number(m[1]), promisedUnit);
      const at = p.index + p[0].length + m.index;
      claim.spans.push({ start: at, end: at + m[0].length, text: m[0], rule: 'actual-days' });
    }
  }
  const statesLate = claim.actualDays !== undefined && claim.promisedMaxDays !== undefined && claim.actualDays > claim.promisedMaxDays;
  if (!claim.spans.length && !claimsDelay) return null;
  if (order && (claimsDelay || statesLate)) crossCheck(claim, order);
  return claim;
}

function crossCheck(claim: DeliveryClaim, order: OrderFacts): void {
  const ordered = Date.parse(order.orderedAt);
  const delivered = order.deliveredAt ? Date.parse(order.deliveredAt) : NaN;
  if (Number.isNaN(ordered) || Number.isNaN(delivered)) return;
  const deliveredInDays = Math.round(((delivered - ordered) / DAY_MS) * 10) / 10;
  const promisedMax = order.promisedMaxDays ?? undefined;
  claim.orderRecord = { deliveredInDays, promisedMaxDays: promisedMax };
  if (promisedMax !== undefined && deliveredInDays <= promisedMax) claim.mismatch = 'does not match the order record';
}
