/**
 * Personal data in customer wording: emails, phone numbers, street addresses and card numbers.
 * Cards need a Luhn check and IBANs their mod-97 check, so order numbers and tracking codes are
 * not masked as either.
 */
/** A span of personal data in a text: what it is and where it sits. */
export interface PiiSpan {
  kind: 'email' | 'phone' | 'address' | 'card' | 'iban';
  start: number;
  end: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
// Country, check digits, then 11 to 30 letters and digits, printed in groups of four or not at all.
const IBAN = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?\b/gi;
const PHONE =
  /\+\d{1,3}[\s.-]?(?:\(?\d{2,3}\)?[\s.-]?)?\d{3,5}[\s.-]?\d{4}\b|\(\d{2,3}\)\s?\d{3,5}[\s.-]?\d{4}\b|\b\d{3}[\s.-]\d{3}[\s.-]\d{4}\b|\b(?:\d{2}\s)?9?\d{4}-\d{4}\b/g;
const ADDRESS_EN =
  /\b\d{1,6}\s+(?:[A-Z][a-z]+\.?\s+){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|parkway|pkwy)\b\.?(?:,?\s*(?:apt|apartment|suite|unit|#)\s*\w+)?/gi;
const ADDRESS_PT =
  /\b(?:rua|r\.|avenida|av\.?|alameda|travessa|estrada|rodovia|pra[cç]a)\s+(?:[A-Za-zÀ-ÿ.]+\s+){0,5}[A-Za-zÀ-ÿ.]+,?\s*(?:n[º°o]\.?\s*)?\d{1,6}\b(?:,?\s*(?:apto?|apartamento|bloco|casa|sala)\.?\s*\w+)?/giu;
/**
 * Implied by ADDRESS_PT (a street word after a word boundary, then whitespace) and far cheaper than
 * it: no /u. Under /iu the only letter besides the ASCII ones that folds into a street word is ſ
 * (long s, to s), and Ç to ç, which plain /i also does; /iu's \w also takes ſ and the Kelvin sign,
 * so its \b holds only where this one does too.
 */
const ADDRESS_PT_GATE = /\b(?:rua|r\.|avenida|av\.?|alameda|trave[sſ][sſ]a|e[sſ]trada|rodovia|pra[cç]a)\s/i;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** ISO 13616: move the first four characters to the end, letters to numbers (A=10), mod 97 must be 1. */
export function ibanValid(s: string): boolean {
  const c = s.replace(/[\s-]/g, '').toUpperCase();
  if (c.length < 15 || c.length > 34) return false;
  let rem = 0;
  for (const ch of c.slice(4) + c.slice(0, 4)) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rem = (v > 9 ? rem * 100 + v : rem * 10 + v) % 97;
  }
  return rem === 1;
}

function scan(re: RegExp, text: string, kind: PiiSpan['kind'], out: PiiSpan[], accept?: (s: string) => boolean): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].replace(/[\s,.]+$/, '').length;
    if (accept && !accept(m[0])) continue;
    // Earlier kinds win: a card number is not also reported as a phone number.
    if (out.some((o) => start < o.end && end > o.start)) continue;
    out.push({ kind, start, end });
  }
}

export function detectPii(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  if (text.includes('@')) scan(EMAIL, text, 'email', out);
  if (!/\d/.test(text)) return out;
  scan(IBAN, text, 'iban', out, ibanValid);
  scan(CARD, text, 'card', out, (s) => {
    const d = s.replace(/\D/g, '');
    return d.length >= 13 && d.length <= 19 && luhnValid(d);
  });
  scan(ADDRESS_EN, text, 'address', out);
  if (ADDRESS_PT_GATE.test(text)) scan(ADDRESS_PT, text, 'address', out);
  scan(PHONE, text, 'phone', out, (s) => s.replace(/\D/g, '').length >= 8);
  return out.sort((a, b) => a.start - b.start);
}

const MASK: Record<PiiSpan['kind'], string> = { email: '[email]', phone: '[phone]', address: '[address]', card: '[card]', iban: '[iban]' };

/** The text with each piece of personal data replaced by its kind, e.g. "[email]". */
export function maskPii(text: string, spans: PiiSpan[] = detectPii(text)): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + MASK[s.kind];
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * For logs: masks personal data in any string inside a value (objects and arrays too) and cuts
 * long strings, so a log line never carries a customer's full wording or contact details.
 */
export function logSafe(value: unknown, maxLength = 200): unknown {
  if (typeof value === 'string') {
    const masked = maskPii(value);
    return masked.length > maxLength ? `${masked.slice(0, maxLength)}…` : masked;
  }
  if (Array.isArray(value)) return value.map((v) => logSafe(v, maxLength));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, logSafe(v, maxLength)]));
  }
  return value;
}
