/**
 * Evidence an agent or an owner can act on: identifiers, variant words, codes, dates, amounts,
 * links and attached media. Cheap pre-checks skip regexes a text cannot match (throughput).
 */
import { extractDeliveryClaim } from './delivery-claim.js';
import { WordBits, fold, tokenize, type Token } from './text.js';
import type { Evidence, EvidenceItem, OrderFacts } from './types.js';

// All patterns run on the folded text (lower-case, no accents, same offsets): no i/u flags, which
// keeps them fast; values are read back from the original text at the same offsets.
const ORDER_ID =
  /(?:\border|\bpedido|\bencomenda|\bcompra)\s*(?:#|n[º°o.]*\s*|number\s*|num(?:ber|ero)?\s*|id\s*|no\.?\s*)?[:#]?\s*([a-z0-9][a-z0-9-]{4,})/g;
const HASH_ID = /(?:^|\s)#([a-z0-9-]{5,})\b/g;
const SKU =
  /\b(?:sku|item\s*(?:#|no\.?|number)|style\s*(?:#|no\.?)|ref(?:erence)?\.?|codigo(?: do produto)?)\s*[:#]?\s*([a-z0-9][a-z0-9._-]{2,})/g;
const BATCH = /\b(?:batch|lot|lote)\s*(?:#|no\.?|number|n[º°o])?\s*[:#]?\s*([a-z0-9][a-z0-9-]{1,})/g;
// Variant words are found on tokens (cheaper than regexes on every signal).
const SIZE_TOKENS = new Set(['xxs', 'xs', 'xl', 'xxl', 'xxxl', '1x', '2x', '3x', 'petite', 'pp', 'gg', 'xg']);
const PLAIN_SIZES = new Set(['small', 'medium', 'large']);
// Plain "small" is usually a fit complaint ("runs small"); it names a variant only after these words.
const PLAIN_SIZE_CUES = new Set(['in', 'ordered', 'size', 'got', 'bought', 'exchanged', 'tried', 'tamanho']);
const ARTICLES = new Set(['a', 'an', 'the', 'for', 'o']);
const COLOURS = new Set([
  'black',
  'white',
  'ivory',
  'cream',
  'navy',
  'blue',
  'red',
  'green',
  'olive',
  'grey',
  'gray',
  'pink',
  'purple',
  'yellow',
  'orange',
  'brown',
  'beige',
  'tan',
  'burgundy',
  'coral',
  'mint',
  'teal',
  'preto',
  'preta',
  'branco',
  'branca',
  'azul',
  'vermelho',
  'vermelha',
  'verde',
  'cinza',
  'rosa',
  'roxo',
  'amarelo',
  'laranja',
  'marrom',
  'bege',
  'dourado',
  'prata',
]);
// The lists above by the token's lexicon id, so each token costs one array read.
const COLOUR = 1,
  SIZE = 2,
  PLAIN_SIZE = 4,
  ARTICLE = 8,
  PLAIN_SIZE_CUE = 16;
const VARIANT_WORD = new WordBits();
for (const [words, bit] of [
  [COLOURS, COLOUR],
  [SIZE_TOKENS, SIZE],
  [PLAIN_SIZES, PLAIN_SIZE],
  [ARTICLES, ARTICLE],
  [PLAIN_SIZE_CUES, PLAIN_SIZE_CUE],
] as const) {
  for (const w of words) VARIANT_WORD.add(w, bit);
}

function variantsFrom(tokens: Token[], text: string): Evidence['variants'] {
  const out: Evidence['variants'] = [];
  const push = (start: number, end: number, kind: 'size' | 'colour') => {
    const value = text.slice(start, end);
    if (!out.some((o) => o.value.toLowerCase() === value.toLowerCase())) out.push({ value, start, end, kind });
  };
  for (let i = 0; i < tokens.length; i++) {
    const { t, start, end, id } = tokens[i]!;
    const bits = VARIANT_WORD.of(id);
    if (bits & COLOUR) push(start, end, 'colour');
    else if (bits & SIZE) push(start, end, 'size');
    else if ((t === 'size' || t === 'tamanho') && i + 1 < tokens.length && /^(\d{1,2}|p|m|g)$/.test(tokens[i + 1]!.t))
      push(start, tokens[i + 1]!.end, 'size');
    else if (bits & PLAIN_SIZE && i > 0) {
      const prev = VARIANT_WORD.of(tokens[i - 1]!.id) & ARTICLE && i > 1 ? tokens[i - 2]! : tokens[i - 1]!;
      if (VARIANT_WORD.of(prev.id) & PLAIN_SIZE_CUE) push(start, end, 'size');
    }
  }
  return out;
}

const DATES =
  /\b(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2} de (?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?: de \d{4})?)\b/g;
// Implied by DATES, alternative by alternative (\d-\d, \d/\d, a month then a number, "5 de maio"),
// so a text it rejects has no date; cheaper than DATES, and it passes "size 4" where DATES finds nothing.
const DATE_GATE = /\d[-/]\d|\d de [a-z]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d/;
const AMOUNT =
  /(?:(r\$|us\$|\$|€|£)\s?(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?))|(?:\b(\d+(?:[.,]\d{1,2})?)\s?(reais|real|dollars?|usd|brl|eur|euros?)\b)/g;
const URL = /\bhttps?:\/\/[^\s<>"')]+|\bwww\.[^\s<>"')]+/g;

const CURRENCY: Record<string, string> = {
  r$: 'BRL',
  us$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  reais: 'BRL',
  real: 'BRL',
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  brl: 'BRL',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
};

function collect(re: RegExp, folded: string, text: string, group = 1): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    const g = m[group] ?? m[0];
    const start = m.index + m[0].lastIndexOf(g);
    const value = text.slice(start, start + g.length);
    if (!out.some((o) => o.value === value)) out.push({ value, start, end: start + g.length });
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

export function extractEvidence(
  text: string,
  opts: EvidenceOptions,
  folded: string = fold(text),
  tokens: Token[] = tokenize(folded),
): Evidence {
  const hasDigit = /\d/.test(folded);
  const ids =
    hasDigit && /order|pedido|encomenda|compra/.test(folded) ? collect(ORDER_ID, folded, text).filter((i) => /\d/.test(i.value)) : [];
  if (hasDigit && folded.includes('#')) {
    for (const h of collect(HASH_ID, folded, text)) if (/\d/.test(h.value) && !ids.some((i) => i.value === h.value)) ids.push(h);
  }
  const amounts: Evidence['amounts'] = [];
  if (hasDigit && /[$€£]|real|dollar|usd|brl|eur/.test(folded)) {
    AMOUNT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AMOUNT.exec(folded)) !== null) {
      const raw = m[2] ?? m[3] ?? '';
      const cur = m[1] ?? m[4] ?? '';
      amounts.push({
        value: text.slice(m.index, m.index + m[0].length),
        start: m.index,
        end: m.index + m[0].length,
        amount: parseAmount(raw),
        currency: CURRENCY[cur] ?? null,
      });
    }
  }
  const variants = variantsFrom(tokens, text);
  return {
    orderIds: ids,
    skus: hasDigit && /sku|item|style|ref|codigo/.test(folded) ? collect(SKU, folded, text).filter((s) => /\d/.test(s.value)) : [],
    variants,
    batches: /\b(?:batch|lot|lote)\b/.test(folded) ? collect(BATCH, folded, text) : [],
    delivery: extractDeliveryClaim(text, folded, opts.claimsDelay, opts.order),
    dates: hasDigit && DATE_GATE.test(folded) ? collect(DATES, folded, text, 0) : [],
    amounts,
    // Attachments have no place in the text, so they are listed as they came (photo, video, url...).
    media: (opts.attachments ?? []).map((a) => ({ kind: a.kind, url: a.url })),
    urls: /https?:|www\./.test(folded) ? collect(URL, folded, text, 0) : [],
  };
}
