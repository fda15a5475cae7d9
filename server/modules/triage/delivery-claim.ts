/**
 * Promised against actual delivery days, as the customer states them, checked against the
 * order record when one is linked. A claim the record contradicts is flagged, never dropped:
 * the agent decides, and the record may be wrong too.
 */
import type { DeliveryClaim, OrderFacts, Span } from './types.js';

// Patterns run on the folded text (lower-case, no accents, same offsets as the original).
const UNIT = '(business |working |calendar )?(days?|dias?(?: uteis)?|weeks?|semanas?)';
const NUM = String.raw`(\d{1,3})(?:\s*(?:-|–|to|a|ate|or|ou)\s*(\d{1,3}))?`;
const PROMISED = new RegExp(
  String.raw`\b(?:said|says|promised|quoted|estimated|supposed to (?:take|arrive in|be)|within|expected in|ships? in|delivery (?:time|window|estimate) (?:of|was|is)|arrive in|prazo (?:de entrega )?(?:de|era de|e de|era|dizia)|em ate|previsao (?:de|era de)|entrega em)\s*${NUM}\s*${UNIT}`,
);
const ACTUAL = [
  /\b(?:it'?s|it is|now|today is|today|we are|we're on)\s*(?:day|dia)\s*(\d{1,3})\b/,
  new RegExp(
    String.raw`\b(?:it'?s been|been|after|already|over|more than|mais de|ja (?:sao|faz|fazem|se passaram|tem|vai fazer)|faz|fazem|ha|depois de|apos)\s*(\d{1,3})\s*${UNIT}`,
  ),
  new RegExp(
    String.raw`\b(\d{1,3})\s*${UNIT}\s*(?:later|and still|and nothing|since|ago|waiting|e nada|e ainda|esperando|aguardando|depois|de atraso|late|atrasad[oa])`,
  ),
  new RegExp(String.raw`\btook\s*(\d{1,3})\s*${UNIT}`),
];
const BARE_ACTUAL = /\bja (?:sao|faz|fazem|vai fazer) (\d{1,3})\b(?!\s*(?:reais|r\$|%))/;
// Cheap gate: without a number near a day/week word there is no claim to read.
const GATE = /\d.{0,40}(?:day|dia|week|semana)|(?:day|dia) \d/;

const DAY_MS = 86_400_000;

function toDays(n: number, unit: string | undefined): number {
  return unit && /^(weeks?|semanas?)$/i.test(unit.trim()) ? n * 7 : n;
}

function span(m: RegExpExecArray, text: string, rule: string): Span {
  return { start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), rule };
}

export function extractDeliveryClaim(text: string, folded: string, claimsDelay: boolean, order?: OrderFacts | null): DeliveryClaim | null {
  // GATE needs a digit and a day or week word: two plain scans skip it for most texts.
  const gated =
    /\d/.test(folded) &&
    (folded.includes('day') || folded.includes('dia') || folded.includes('week') || folded.includes('semana')) &&
    GATE.test(folded);
  if (!claimsDelay && !gated) return null;
  const claim: DeliveryClaim = { spans: [] };
  const p = gated ? PROMISED.exec(folded) : null;
  let promisedUnit: string | undefined;
  if (p) {
    promisedUnit = p[4];
    const a = toDays(Number(p[1]), p[4]);
    const b = p[2] ? toDays(Number(p[2]), p[4]) : a;
    claim.promisedMinDays = Math.min(a, b);
    claim.promisedMaxDays = Math.max(a, b);
    claim.spans.push(span(p, text, 'promised-days'));
  }
  for (const re of gated ? ACTUAL : []) {
    const m = re.exec(folded);
    if (!m || (p && m.index === p.index)) continue;
    claim.actualDays = toDays(Number(m[1]), m[3] ?? 'days');
    claim.spans.push(span(m, text, 'actual-days'));
    break;
  }
  if (claim.actualDays === undefined && p) {
    const m = BARE_ACTUAL.exec(folded.slice(p.index + p[0].length));
    if (m) {
      claim.actualDays = toDays(Number(m[1]), promisedUnit);
      const at = p.index + p[0].length + m.index;
      claim.spans.push({ start: at, end: at + m[0].length, text: text.slice(at, at + m[0].length), rule: 'actual-days' });
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
