/**
 * Evidence an agent or an owner can act on: identifiers, variant words, codes, dates, amounts,
 * links and attached media. Cheap pre-checks skip regexes a text cannot match (throughput).
 */
import { extractDeliveryClaim } from './delivery-claim.js';
import type { Evidence, EvidenceItem, OrderFacts } from './types.js';

const ORDER_ID = /(?:\border|\bpedido|\bencomenda|\bcompra)\s*(?:#|n[º°o.]*\s*|number\s*|num(?:ber|ero)?\s*|id\s*|no\.?\s*)?[:#]?\s*([A-Z0-9][A-Z0-9-]{4,})/giu;
const HASH_ID = /(?:^|\s)#([A-Z0-9-]{5,})\b/giu;
const SKU = /\b(?:sku|item\s*(?:#|no\.?|number)|style\s*(?:#|no\.?)|ref(?:erence)?\.?|c[oó]digo(?: do produto)?)\s*[:#]?\s*([A-Z0-9][A-Z0-9._-]{2,})/giu;
const BATCH = /\b(?:batch|lot|lote)\s*(?:#|no\.?|number|n[º°o])?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{1,})/giu;
const SIZES = /\b(xxs|xs|xxl|xxxl|xl|[0-9]?x-?(?:small|large)|extra[- ](?:small|large)|petite|plus size|size \d{1,2}|tamanho (?:p|m|g|gg|pp|xg|\d{1,2}))\b/giu;
// Plain "small" is usually a fit complaint ("runs small"); it names a variant only after these words.
const PLAIN_SIZES = /\b(?:in|ordered|size|got|bought|exchanged for|tried)(?: (?:a|an|the))? (small|medium|large)\b/giu;
const COLOURS = /\b(black|white|ivory|cream|navy|blue|red|green|olive|grey|gray|pink|purple|yellow|orange|brown|beige|tan|burgundy|coral|mint|teal|preto|preta|branco|branca|azul|vermelho|vermelha|verde|cinza|rosa|roxo|amarelo|laranja|marrom|bege|dourado|prata)\b/giu;
const DATES = /\b(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2} de (?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?: de \d{4})?)\b/giu;
const AMOUNT = /(?:(R\$|US\$|\$|€|£)\s?(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?))|(?:\b(\d+(?:[.,]\d{1,2})?)\s?(reais|real|dollars?|usd|brl|eur|euros?)\b)/giu;
const URL = /\bhttps?:\/\/[^\s<>"')]+|\bwww\.[^\s<>"')]+/giu;

const CURRENCY: Record<string, string> = { 'r$': 'BRL', 'us$': 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', reais: 'BRL', real: 'BRL', dollar: 'USD', dollars: 'USD', usd: 'USD', brl: 'BRL', eur: 'EUR', euro: 'EUR', euros: 'EUR' };

function collect(re: RegExp, text: string, group = 1): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const value = m[group] ?? m[0];
    const start = m.index + m[0].lastIndexOf(value);
    if (!out.some((o) => o.value === value)) out.push({ value, start, end: start + value.length });
  }
  return out;
}

function parseAmount(raw: string): number {
  // "1.234,56" (Brazilian) and "1,234.56" (US): the last separator followed by 1-2 digits is decimal.
  const m = /[.,](\d{1,2})$/.exec(raw);
  const whole = (m ? raw.slice(0, m.index) : raw).replace(/[.,]/g, '');
  return Number(m ? `${whole}.${m[1]}` : whole);
}

export interface EvidenceOptions {
  claimsDelay: boolean;
  order?: OrderFacts | null;
  attachments?: { kind: string; url: string }[] | null;
}

export function extractEvidence(text: string, opts: EvidenceOptions): Evidence {
  const hasDigit = /\d/.test(text);
  const ids = hasDigit ? collect(ORDER_ID, text).filter((i) => /\d/.test(i.value)) : [];
  if (hasDigit) for (const h of collect(HASH_ID, text)) if (/\d/.test(h.value) && !ids.some((i) => i.value === h.value)) ids.push(h);
  const amounts: Evidence['amounts'] = [];
  if (hasDigit) {
    AMOUNT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AMOUNT.exec(text)) !== null) {
      const raw = m[2] ?? m[3];
      const cur = (m[1] ?? m[4] ?? '').toLowerCase();
      amounts.push({ value: m[0], start: m.index, end: m.index + m[0].length, amount: parseAmount(raw), currency: CURRENCY[cur] ?? null });
    }
  }
  const variants: Evidence['variants'] = [
    ...collect(SIZES, text).map((v) => ({ ...v, kind: 'size' as const })),
    ...collect(PLAIN_SIZES, text).map((v) => ({ ...v, kind: 'size' as const })),
    ...collect(COLOURS, text).map((v) => ({ ...v, kind: 'colour' as const })),
  ];
  return {
    orderIds: ids,
    skus: hasDigit ? collect(SKU, text).filter((s) => /\d/.test(s.value)) : [],
    variants,
    batches: /\b(?:batch|lot|lote)\b/i.test(text) ? collect(BATCH, text) : [],
    delivery: extractDeliveryClaim(text, opts.claimsDelay, opts.order),
    dates: hasDigit ? collect(DATES, text, 0) : [],
    amounts,
    // Attachments have no place in the text, so they are listed as they came (photo, video, url...).
    media: (opts.attachments ?? []).map((a) => ({ kind: a.kind, url: a.url })),
    urls: /https?:|www\./i.test(text) ? collect(URL, text, 0) : [],
  };
}
