/**
 * Token-level phrase matching. Phrases are data (built-in lists and sellers' own), compiled once
 * into an index keyed by first token, so a signal costs one small-map lookup per token however
 * many phrases there are.
 *
 * Phrase syntax, on folded text (lower-case, no accents, apostrophes dropped: "doesnt"):
 *   word        literal token            a|b|c    any of these tokens
 *   stain*      token starting "stain"   ~2       up to two arbitrary tokens
 * Suffixes after the phrase: "@0.5" weight (negative suppresses), "#tag", "!" = not negatable.
 */
import type { IssueType } from '../../../contracts/signal.js';
import type { Token } from './text.js';

type Step =
  | { kind: 'tok'; words: Set<string>; prefixes: string[] }
  | { kind: 'gap'; max: number };

export interface PhraseRule {
  id: string;
  label: IssueType;
  lang: 'en' | 'pt';
  weight: number;
  tags: string[];
  negatable: boolean;
  steps: Step[];
}

export interface PhraseHit {
  rule: PhraseRule;
  startTok: number;
  endTok: number;
  start: number;
  end: number;
}

export const NEGATORS = {
  en: new Set(['not', 'no', 'never', 'isnt', 'wasnt', 'arent', 'werent', 'dont', 'doesnt', 'didnt', 'cant',
    'couldnt', 'wont', 'wouldnt', 'hardly', 'without', 'nor', 'neither', 'nothing', 'zero', 'havent', 'hasnt',
    'shouldnt', 'aint', 'barely', 'never']),
  pt: new Set(['nao', 'nem', 'nunca', 'sem', 'jamais', 'nenhum', 'nenhuma', 'nada']),
};

function foldWord(w: string): string {
  return w.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/'/g, '');
}

export function compilePhrase(source: string, label: IssueType, lang: 'en' | 'pt', id?: string): PhraseRule {
  let weight = 1;
  const tags: string[] = [];
  let negatable = true;
  const words: string[] = [];
  for (const part of source.trim().split(/\s+/)) {
    if (part.startsWith('@')) weight = Number(part.slice(1));
    else if (part.startsWith('#')) tags.push(part.slice(1));
    else if (part === '!') negatable = false;
    else words.push(part);
  }
  if (!words.length || Number.isNaN(weight)) throw new Error(`bad phrase "${source}"`);
  const steps: Step[] = words.map((w): Step => {
    if (/^~\d$/.test(w)) return { kind: 'gap', max: Number(w.slice(1)) };
    const alts = w.split('|').map(foldWord);
    return {
      kind: 'tok',
      words: new Set(alts.filter((a) => !a.endsWith('*'))),
      prefixes: alts.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)),
    };
  });
  const first = steps[0];
  if (first.kind !== 'tok') throw new Error(`phrase "${source}" must start with a word`);
  // A phrase that carries its own negation ("didnt fit", "nao chegou") is not undone by another.
  if ([...first.words].some((w) => NEGATORS[lang].has(w))) negatable = false;
  return { id: id ?? `${lang}:${label}:${words.join(' ')}`, label, lang, weight, tags, negatable, steps };
}

export interface PhraseIndex {
  byWord: Map<string, PhraseRule[]>;
  /**
   * Prefix rules (few: "stain*", "misrepresent*"), longer prefixes first as they were declared,
   * tested with startsWith. A per-token memo map was tried and was slower: a table as large as
   * the vocabulary misses the cache on every lookup, while byWord stays small and hot.
   */
  prefixes: { prefix: string; rules: PhraseRule[] }[];
  minPrefix: number;
}

export function buildIndex(rules: PhraseRule[]): PhraseIndex {
  const byWord = new Map<string, PhraseRule[]>();
  const byPrefix = new Map<string, PhraseRule[]>();
  const push = (m: Map<string, PhraseRule[]>, k: string, r: PhraseRule) => {
    const list = m.get(k);
    if (list) list.push(r); else m.set(k, [r]);
  };
  for (const r of rules) {
    const first = r.steps[0] as Extract<Step, { kind: 'tok' }>;
    for (const w of first.words) push(byWord, w, r);
    for (const p of first.prefixes) push(byPrefix, p, r);
  }
  const all = [...byPrefix].map(([prefix, rs]) => ({ prefix, rules: rs }));
  // Same order as before the memo went: prefixes of three letters or more, then shorter ones.
  const prefixes = [...all.filter((g) => g.prefix.length >= 3), ...all.filter((g) => g.prefix.length < 3)];
  const minPrefix = prefixes.reduce((m, g) => Math.min(m, g.prefix.length), Infinity);
  return { byWord, prefixes, minPrefix };
}

function tokMatches(step: Extract<Step, { kind: 'tok' }>, t: string): boolean {
  if (step.words.has(t)) return true;
  for (const p of step.prefixes) if (t.startsWith(p)) return true;
  return false;
}

/** Returns the index after the last matched token, or -1. Whole match stays in one clause. */
function matchFrom(steps: Step[], si: number, tokens: Token[], ti: number, clause: number): number {
  if (si === steps.length) return ti;
  const step = steps[si];
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max; skip++) {
      const at = ti + skip;
      if (at > tokens.length) break;
      if (skip > 0 && tokens[at - 1].clause !== clause) break;
      const end = matchFrom(steps, si + 1, tokens, at, clause);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (ti >= tokens.length || tokens[ti].clause !== clause || !tokMatches(step, tokens[ti].t)) return -1;
  return matchFrom(steps, si + 1, tokens, ti + 1, clause);
}

function negated(rule: PhraseRule, tokens: Token[], at: number): boolean {
  const clause = tokens[at].clause;
  const neg = NEGATORS[rule.lang];
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const tok = tokens[k];
    if (tok.clause !== clause) break;
    if (neg.has(tok.t)) return true;
  }
  return false;
}

function tryRules(rules: PhraseRule[] | undefined, tokens: Token[], i: number, hits: PhraseHit[]): void {
  if (!rules) return;
  for (const rule of rules) {
    const end = matchFrom(rule.steps, 1, tokens, i + 1, tokens[i].clause);
    if (end < 0) continue;
    if (rule.negatable && negated(rule, tokens, i)) continue;
    hits.push({ rule, startTok: i, endTok: end, start: tokens[i].start, end: tokens[end - 1].end });
  }
}

export function matchPhrases(index: PhraseIndex, tokens: Token[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { byWord, prefixes, minPrefix } = index;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].t;
    const rules = byWord.get(t);
    if (rules !== undefined) tryRules(rules, tokens, i, hits);
    if (t.length >= minPrefix) for (const g of prefixes) if (t.startsWith(g.prefix)) tryRules(g.rules, tokens, i, hits);
  }
  return hits;
}
