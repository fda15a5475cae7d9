/**
 * Rule scoring: built-in phrases plus a seller's own phrases and regexes, turned into a score
 * per issue type with the spans that produced it.
 */
import { readFileSync } from 'node:fs';
import { ISSUE_TYPES, type IssueType } from '../../../contracts/signal.js';
import { buildIndex, compilePhrase, matchPhrases, type PhraseHit, type PhraseIndex, type PhraseRule } from './phrase-engine.js';
import { PHRASES_EN } from './phrases-en.js';
import { PHRASES_PT } from './phrases-pt.js';
import { PHRASES_ES } from './phrases-es.js';
import { PHRASES_DE } from './phrases-de.js';
import { PHRASES_FR } from './phrases-fr.js';
import { Lexicon, type Token } from './text.js';
import { findTurns, inBotTurn, type Turns } from './turns.js';
import { PHRASE_LANGUAGES, type Language, type PhraseLanguage, type SellerRule, type Span } from './types.js';
import { compilePattern, findPattern, PatternBudget, type CompiledPattern } from './seller-pattern.js';

export interface RuleLabel {
  type: IssueType;
  /** Sum of the weights of the distinct rules that matched (negative weights included). */
  weight: number;
  /** 1 - e^-weight: one full-weight phrase gives 0.63, two give 0.86; clamps at 0. */
  score: number;
  spans: Span[];
  tags: Set<string>;
  /** True when every positive hit is a concession ("arrived on time") — see LABELLING.md rule 6. */
  concessionOnly: boolean;
  /** True when every positive hit is a generic phrase ("nao recebi") that a more specific label explains. */
  genericOnly: boolean;
}

function compileBuiltIns(): PhraseRule[] {
  const rules: PhraseRule[] = [];
  const tables: Record<PhraseLanguage, Record<IssueType, string[]>> = {
    en: PHRASES_EN,
    pt: PHRASES_PT,
    es: PHRASES_ES,
    de: PHRASES_DE,
    fr: PHRASES_FR,
  };
  for (const lang of PHRASE_LANGUAGES) {
    const table = tables[lang];
    for (const type of ISSUE_TYPES) for (const p of table[type]) rules.push(compilePhrase(p, type, lang));
  }
  return rules;
}

const BUILT_IN_RULES = compileBuiltIns();
// Built-in phrases measured right nearly every time they fire (scripts/reliable-phrases.ts) carry the
// tag "reliable", so a label they give shows it in its tags (blend.ts).
const RELIABLE = new Set<string>(JSON.parse(readFileSync(new URL('./reliable-phrases.json', import.meta.url), 'utf8')) as string[]);
for (const r of BUILT_IN_RULES) if (RELIABLE.has(r.id)) r.tags.push('reliable');
// Phrase sets run only for their language ("top" is praise in Portuguese and a garment in English);
// an undetermined language runs the English and Portuguese ones (the detector names the others
// from a single word of theirs, and five sets at once on "ok" or "top" would guess more than read).
const INDEX = Object.fromEntries([
  ...PHRASE_LANGUAGES.map((lang) => [lang, buildIndex(BUILT_IN_RULES.filter((r) => r.lang === lang))]),
  ['und', buildIndex(BUILT_IN_RULES.filter((r) => r.lang === 'en' || r.lang === 'pt'))],
]) as Record<Language, PhraseIndex>;

interface CompiledSeller {
  index: PhraseIndex | null;
  regexes: { re: CompiledPattern; rule: SellerRule; id: string }[];
}
const sellerCache = new WeakMap<SellerRule[], CompiledSeller>();

/** Sellers' rules are compiled once per rules array (callers keep the array while rules don't change). */
export function compileSellerRules(rules: SellerRule[]): CompiledSeller {
  const cached = sellerCache.get(rules);
  if (cached) return cached;
  const phrases: PhraseRule[] = [];
  const regexes: CompiledSeller['regexes'] = [];
  // The seller's words get numbers of their own: tokens of signals already read could not know them.
  const lexicon = new Lexicon();
  rules.forEach((r, i) => {
    const id = r.id ?? `seller:${r.issueType}:${i}`;
    const w = r.weight ?? 1;
    if (r.phrase) {
      const langs = r.language && r.language !== 'any' && r.language !== 'und' ? [r.language] : PHRASE_LANGUAGES;
      for (const lang of langs) phrases.push(compilePhrase(`${r.phrase} @${w}`, r.issueType, lang, id, lexicon));
    } else if (r.pattern) {
      // A stored pattern RE2 cannot run (saved before patterns were checked) is skipped, not fatal.
      const re = compilePattern(r.pattern, id);
      if (re) regexes.push({ re, rule: r, id });
    }
  });
  const compiled = { index: phrases.length ? buildIndex(phrases, lexicon) : null, regexes };
  sellerCache.set(rules, compiled);
  return compiled;
}

/**
 * When hits of different labels overlap, the longer phrase is the more specific reading
 * ("arrived broken" over "broken", "nao recebi o outro" over "nao recebi"); the shorter is dropped.
 */
function dropShadowed(hits: PhraseHit[]): PhraseHit[] {
  if (hits.length < 2) return hits;
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h &&
          o.rule.label !== h.rule.label &&
          o.rule.weight >= h.rule.weight &&
          o.start <= h.start &&
          o.end >= h.end &&
          o.end - o.start > h.end - h.start,
      ),
  );
}

/** Labels an answer to the bot is not evidence of: "Perfect, thanks" to a bot is not praise of the product. */
const NOT_AFTER_BOT = new Set<IssueType>(['praise', 'support_experience']);

/**
 * In a transcript the assistant's lines never label the signal; phrases tagged #afterbot ("are
 * you sure?", "your page says … though") count only in a customer line after the bot answered.
 */
function inCustomerTurns(hits: PhraseHit[], turns: Turns): PhraseHit[] {
  if (turns.firstBotEnd < 0)
    return hits.some((h) => h.rule.tags.includes('afterbot')) ? hits.filter((h) => !h.rule.tags.includes('afterbot')) : hits;
  return hits.filter((h) => {
    if (inBotTurn(turns, h.start)) return false;
    const after = h.start >= turns.firstBotEnd;
    if (h.rule.tags.includes('afterbot')) return after;
    return !(after && NOT_AFTER_BOT.has(h.rule.label));
  });
}

/**
 * A seller's phrases for the signal's language; on undetermined text every language's copy of a
 * phrase for "any" language matches, and one hit per phrase and place is kept.
 */
function sellerHits(hits: PhraseHit[], language: Language): PhraseHit[] {
  if (language !== 'und') return hits.filter((h) => h.rule.lang === language);
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.rule.id}@${h.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function scoreRules(text: string, tokens: Token[], language: Language, seller?: SellerRule[] | null): Map<IssueType, RuleLabel> {
  let hits = matchPhrases(INDEX[language], tokens);
  const extra: { type: IssueType; weight: number; span: Span }[] = [];
  if (seller?.length) {
    const compiled = compileSellerRules(seller);
    if (compiled.index) hits = hits.concat(sellerHits(matchPhrases(compiled.index, tokens), language));
    const budget = new PatternBudget();
    for (const { re, rule, id } of compiled.regexes) {
      const m = findPattern(re, text, budget);
      if (m) extra.push({ type: rule.issueType, weight: rule.weight ?? 1, span: { start: m.start, end: m.end, text: m.text, rule: id } });
    }
  }
  hits = dropShadowed(inCustomerTurns(hits, findTurns(text)));
  const out = new Map<IssueType, RuleLabel>();
  const seen = new Set<string>();
  const get = (type: IssueType): RuleLabel => {
    let l = out.get(type);
    if (!l) {
      l = { type, weight: 0, score: 0, spans: [], tags: new Set(), concessionOnly: true, genericOnly: true };
      out.set(type, l);
    }
    return l;
  };
  for (const h of hits) {
    const l = get(h.rule.label);
    // A phrase repeated ("love love love") counts once; its spans are all kept.
    if (!seen.has(h.rule.id)) {
      seen.add(h.rule.id);
      l.weight += h.rule.weight;
    }
    if (h.rule.weight > 0) {
      l.spans.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), rule: h.rule.id });
      for (const t of h.rule.tags) l.tags.add(t);
      if (!h.rule.tags.includes('concession')) l.concessionOnly = false;
      if (!h.rule.tags.includes('generic')) l.genericOnly = false;
    }
  }
  for (const e of extra) {
    const l = get(e.type);
    l.weight += e.weight;
    if (e.weight > 0) {
      l.spans.push(e.span);
      l.concessionOnly = false;
      l.genericOnly = false;
    }
  }
  // "Only received one of two, still waiting" is a missing item, not a late order (LABELLING.md rule 5).
  const missing = out.get('missing_item');
  const delay = out.get('delivery_delay');
  // An order of several items plus a "not received" reads as a partial delivery.
  if (missing && delay && missing.tags.has('multi') && delay.genericOnly) missing.weight += 0.6;
  if (missing && delay && missing.weight >= 0.9 && delay.genericOnly) delay.weight *= 0.3;
  for (const l of out.values()) l.score = l.weight > 0 ? 1 - Math.exp(-l.weight) : 0;
  return out;
}
