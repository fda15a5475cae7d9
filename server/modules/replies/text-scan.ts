// Small text helpers shared by the guardrail detectors. Spans are UTF-16 indices, matching JS strings,
// so a UI can highlight text.slice(start, end) without conversion.
import type { GuardrailCode } from './guardrail-codes.js';

export interface Hit {
  code: GuardrailCode;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Every match of a pattern as a span. The pattern is recompiled with g (and kept i/u flags) so callers can pass plain literals. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

export function spansOf(text: string, pattern: RegExp): Span[] {
  let re = GLOBAL.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    GLOBAL.set(pattern, re);
  }
  re.lastIndex = 0;
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    if (m.index === undefined || m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function hitsOf(code: GuardrailCode, text: string, patterns: readonly RegExp[]): Hit[] {
  return patterns.flatMap((p) => spansOf(text, p).map((s) => ({ code, start: s.start, end: s.end })));
}

/**
 * Sentences with their offsets. Rules that need two ideas together ("ask for X" and "here") look
 * within one sentence, because across sentences the link is usually gone.
 * A dot inside a word or number ("support@shop.com", "No. 5", "2.5") does not end a sentence.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const boundary = /([.!?]+)(?=\s|$)|\n/g;
  for (const m of text.matchAll(boundary)) {
    if (m[0] === '.' && notAnEnd(text, m.index ?? 0)) continue;
    const end = (m.index ?? 0) + m[0].length;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

/** A title's or a date's dot is not a sentence's end: "Sra. Juliana", "Dr. Wagner", "am 16.06. ausgelöst". */
const TITLE_BEFORE = /(?:^|[\s(])(?:Sr|Sra|Srta|Dr|Dra|Mr|Mrs|Ms|Mme|Mlle|Exma?|Exmo|Prof|Hr|Fr|St)$/;
const DATE_BEFORE = /\b\d{1,2}\.\d{1,2}$/;
/** German ordinal days: "am 4. November", "seit dem 6. im Zustellzentrum". */
const GERMAN_MONTH_AFTER = /^\s+(?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)/;
const ORDINAL_BEFORE = /\b(?:am|vom|zum|dem|den|ab)\s+\d{1,2}$/;
function notAnEnd(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 8), dot);
  if (TITLE_BEFORE.test(before)) return true;
  const after = text.slice(dot + 1, dot + 12);
  if (/\b\d{1,2}$/.test(before) && GERMAN_MONTH_AFTER.test(after)) return true;
  if (ORDINAL_BEFORE.test(text.slice(Math.max(0, dot - 14), dot)) && /^\s+[a-zäöüß]/.test(after)) return true;
  return DATE_BEFORE.test(before) && /^\s+[a-zäöüßàâçéèêëîïôûùüÿñæœ]/.test(text.slice(dot + 1, dot + 3));
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Merge hits of the same code that overlap, so one phrase caught by two patterns is one finding. */
export function mergeHits(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.code.localeCompare(b.code) || a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && last.code === h.code && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
    } else {
      out.push({ ...h });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}
