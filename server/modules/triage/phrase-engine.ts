/**
 * Token-level phrase matching. Phrases are data (built-in lists and sellers' own), compiled once
 * into an index keyed by first word, so a signal costs one array read per token however many
 * phrases there are. Words are compared by their lexicon number (text.ts), not their text.
 *
 * Phrase syntax, on folded text (lower-case, no accents, apostrophes dropped: "doesnt"):
 *   word        literal token            a|b|c    any of these tokens
 *   stain*      token starting "stain"   ~2       up to two arbitrary tokens
 * Suffixes after the phrase: "@0.5" weight (negative suppresses), "#tag", "!" = not negatable.
 * A match stays in one clause (text.ts starts a clause at punctuation and at "but", "mas", "porém"…),
 * except through a step that names such a word: "recebi ~4 mas ~3 nao recebi" reads across the
 * "mas" it names, and only there.
 */
import type { IssueType } from '../../../contracts/signal.js';
import { CLAUSE_WORD_LIST, LEXICON, WordBits, type Lexicon, type Token } from './text.js';
import type { PhraseLanguage } from './types.js';

type Step =
  /** `ids`: the lexicon numbers of `words` (compared with a token's number, not its text). */
  { kind: 'tok'; words: Set<string>; ids: Int32Array; prefixes: string[]; crosses: boolean } | { kind: 'gap'; max: number };

export interface PhraseRule {
  id: string;
  label: IssueType;
  lang: PhraseLanguage;
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
  en: new Set([
    'not',
    'no',
    'never',
    'isnt',
    'wasnt',
    'arent',
    'werent',
    'dont',
    'doesnt',
    'didnt',
    'cant',
    'couldnt',
    'wont',
    'wouldnt',
    'hardly',
    'without',
    'nor',
    'neither',
    'nothing',
    'zero',
    'havent',
    'hasnt',
    'shouldnt',
    'aint',
    'barely',
    'never',
  ]),
  pt: new Set(['nao', 'nem', 'nunca', 'sem', 'jamais', 'nenhum', 'nenhuma', 'nada']),
  es: new Set(['no', 'ni', 'nunca', 'jamas', 'sin', 'ningun', 'ninguno', 'ninguna', 'nada', 'tampoco', 'nadie']),
  de: new Set([
    'nicht',
    'kein',
    'keine',
    'keinen',
    'keiner',
    'keinem',
    'keines',
    'nie',
    'niemals',
    'ohne',
    'weder',
    'nichts',
    'niemand',
    'kaum',
  ]),
  // French negation is "ne … pas": "ne", the elided "n" and the word after the verb all count.
  fr: new Set(['ne', 'n', 'pas', 'jamais', 'sans', 'aucun', 'aucune', 'rien', 'ni', 'guere', 'nullement', 'non']),
} satisfies Record<PhraseLanguage, Set<string>>;
/**
 * The words that start a clause of their own (CLAUSE_WORD in text.ts). A phrase step naming one of
 * them may match it in the next clause, so the phrase goes on across the contrast it names.
 */
export const CLAUSE_WORDS = new Set(CLAUSE_WORD_LIST);
/** French "mais" starts a clause in French text only (tokenize's `french`); in Portuguese it is "more". */
const CLAUSE_WORDS_FR = new Set([...CLAUSE_WORD_LIST, 'mais']);
const LANG_BIT = { en: 1, pt: 2, es: 4, de: 8, fr: 16 } as const satisfies Record<PhraseLanguage, number>;
/** The negators by lexicon id: one bit per language (LANG_BIT). */
export const NEGATOR = new WordBits();
for (const lang of Object.keys(LANG_BIT) as PhraseLanguage[]) for (const w of NEGATORS[lang]) NEGATOR.add(w, LANG_BIT[lang]);

function foldWord(w: string): string {
  return w
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/'/g, '');
}

/** `lexicon`: where the phrase's words get their numbers: built-in phrases (compiled at module load) use the shared one, a seller's phrases their own. */
export function compilePhrase(source: string, label: IssueType, lang: PhraseLanguage, id?: string, lexicon: Lexicon = LEXICON): PhraseRule {
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
    const words = new Set(alts.filter((a) => !a.endsWith('*')));
    return {
      kind: 'tok',
      words,
      ids: Int32Array.from(words, (word) => lexicon.add(word)),
      prefixes: alts.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)),
      crosses: [...words].some((a) => (lang === 'fr' ? CLAUSE_WORDS_FR : CLAUSE_WORDS).has(a)),
    };
  });
  const first = steps[0]!;
  if (first.kind !== 'tok') throw new Error(`phrase "${source}" must start with a word`);
  // A phrase that carries its own negation ("didnt fit", "nao chegou") is not undone by another.
  if ([...first.words].some((w) => NEGATORS[lang].has(w))) negatable = false;
  // In Spanish, German and French the negation often follows or surrounds the word ("ne fonctionne
  // pas", "passt nicht"): a phrase naming a negator anywhere carries its own negation.
  if (lang !== 'en' && lang !== 'pt' && steps.some((s) => s.kind === 'tok' && [...s.words].some((w) => NEGATORS[lang].has(w))))
    negatable = false;
  return { id: id ?? `${lang}:${label}:${words.join(' ')}`, label, lang, weight, tags, negatable, steps };
}

/**
 * An index compiles its rules' steps after the first word into one Int32Array, `code`, so that
 * trying a rule reads a few neighbouring numbers instead of following rule, step and word-list
 * objects scattered in memory (each of those reads was a likely cache miss). From a rule's offset:
 *
 *   rule number (into `rules`), number of steps after the first, then per step
 *     a word step:  WORD (CROSS when it names a clause word), prefix list (into `prefixLists`, -1 for none), n, then n word ids
 *     a gap:        GAP, max tokens skipped
 *
 * The rules starting with the word of lexicon id w are at the offsets
 * wordRules[wordStart[w]] … wordRules[wordStart[w + 1] - 1], in declaration order.
 */
export interface PhraseIndex {
  rules: PhraseRule[];
  code: Int32Array;
  wordStart: Int32Array;
  wordRules: Int32Array;
  /** The `prefixes` of word steps ("stain*" → "stain"), tested with startsWith on the token. */
  prefixLists: string[][];
  /** The lexicon the rules' words are numbered in: tokens carry their id in LEXICON, others are looked up. */
  lexicon: Lexicon;
  /**
   * Rules whose first word is a prefix (few: "stain*", "misrepresent*"), longer prefixes first as
   * they were declared, tested with startsWith; `rules` holds offsets into `code`.
   */
  prefixes: { prefix: string; rules: number[] }[];
  minPrefix: number;
}

const WORD = 0;
const GAP = 1;
/** A word step that names a clause word ("but", "mas"): it may match that word at the start of the next clause. */
const CROSS = 2;

/** `lexicon` must be the one the rules were compiled with. */
export function buildIndex(rules: PhraseRule[], lexicon: Lexicon = LEXICON): PhraseIndex {
  const code: number[] = [];
  const prefixLists: string[][] = [];
  const offsets = rules.map((rule, r) => {
    const at = code.length;
    code.push(r, rule.steps.length - 1);
    for (const step of rule.steps.slice(1)) {
      if (step.kind === 'gap') {
        code.push(GAP, step.max);
      } else {
        code.push(
          step.crosses ? CROSS : WORD,
          step.prefixes.length ? prefixLists.push(step.prefixes) - 1 : -1,
          step.ids.length,
          ...step.ids,
        );
      }
    }
    return at;
  });
  // Rules by first word, as lists of offsets, then packed: wordStart[w] … wordStart[w + 1].
  const byWord: number[][] = Array.from({ length: lexicon.size }, () => []);
  const byPrefix = new Map<string, number[]>();
  rules.forEach((rule, r) => {
    const first = rule.steps[0] as Extract<Step, { kind: 'tok' }>;
    for (const id of first.ids) byWord[id]!.push(offsets[r]!);
    for (const p of first.prefixes) {
      const list = byPrefix.get(p);
      if (list) list.push(offsets[r]!);
      else byPrefix.set(p, [offsets[r]!]);
    }
  });
  const wordStart = new Int32Array(byWord.length + 1);
  byWord.forEach((list, w) => {
    wordStart[w + 1] = wordStart[w]! + list.length;
  });
  const all = [...byPrefix].map(([prefix, rs]) => ({ prefix, rules: rs }));
  // Same order as before the memo went: prefixes of three letters or more, then shorter ones.
  const prefixes = [...all.filter((g) => g.prefix.length >= 3), ...all.filter((g) => g.prefix.length < 3)];
  const minPrefix = prefixes.reduce((m, g) => Math.min(m, g.prefix.length), Infinity);
  return {
    rules,
    code: Int32Array.from(code),
    wordStart,
    wordRules: Int32Array.from(byWord.flat()),
    prefixLists,
    lexicon,
    prefixes,
    minPrefix,
  };
}

/**
 * Matches the word and gap steps at `pc` (`left` of them) from token `ti`. Returns the index
 * after the last matched token, or -1. Whole match stays in one clause, except that a CROSS step
 * matching the clause word that starts a later clause carries the match into it. Word steps are checked
 * in a loop; only a gap branches (it tries each length, shortest first). `ids`: the tokens'
 * numbers in the index's lexicon (-1: a word no phrase names).
 */
function matchSteps(index: PhraseIndex, pc: number, left: number, tokens: Token[], ids: Int32Array, ti: number, clause: number): number {
  const code = index.code;
  for (; left > 0; left--, ti++) {
    if (code[pc] === GAP) {
      const max = code[pc + 1]!;
      pc += 2;
      for (let skip = 0; skip <= max; skip++) {
        const at = ti + skip;
        if (at > tokens.length) break;
        if (skip > 0 && tokens[at - 1]!.clause !== clause) break;
        const end = matchSteps(index, pc, left - 1, tokens, ids, at, clause);
        if (end >= 0) return end;
      }
      return -1;
    }
    const op = code[pc];
    const prefixList = code[pc + 1]!;
    const firstId = pc + 3;
    pc = firstId + code[pc + 2]!;
    if (ti >= tokens.length) return -1;
    if (tokens[ti]!.clause !== clause) {
      // Only a step that names a clause word crosses, at that word ("foto, mas veio", "ordered M but got L").
      if (op !== CROSS || !CLAUSE_WORDS_FR.has(tokens[ti]!.t)) return -1;
      clause = tokens[ti]!.clause;
    }
    let found = false;
    const id = ids[ti]!;
    if (id >= 0)
      for (let k = firstId; k < pc; k++)
        if (code[k] === id) {
          found = true;
          break;
        }
    if (!found && prefixList >= 0) found = index.prefixLists[prefixList]!.some((p) => tokens[ti]!.t.startsWith(p));
    if (!found) return -1;
  }
  return ti;
}

function negated(rule: PhraseRule, tokens: Token[], at: number): boolean {
  const clause = tokens[at]!.clause;
  const bit = LANG_BIT[rule.lang];
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const tok = tokens[k]!;
    if (tok.clause !== clause) break;
    if (NEGATOR.of(tok.id) & bit) return true;
  }
  return false;
}

/** Tries the rules at the code offsets `offsets[from … to - 1]` on the tokens from token i. */
function tryRules(
  index: PhraseIndex,
  offsets: ArrayLike<number>,
  from: number,
  to: number,
  tokens: Token[],
  ids: Int32Array,
  i: number,
  hits: PhraseHit[],
): void {
  const code = index.code;
  const next = i + 1 < tokens.length ? ids[i + 1] : -2;
  for (let k = from; k < to; k++) {
    const pc = offsets[k]!;
    // Most tries fail on the next word: a second step of plain words that the next token is not
    // (or no next token) is a miss without calling matchSteps, which would return -1 the same way.
    if (code[pc + 1]! > 0 && code[pc + 2] === WORD && code[pc + 3]! < 0) {
      const last = pc + 5 + code[pc + 4]!;
      let found = false;
      for (let q = pc + 5; q < last; q++)
        if (code[q] === next) {
          found = true;
          break;
        }
      if (!found) continue;
    }
    const end = matchSteps(index, pc + 2, code[pc + 1]!, tokens, ids, i + 1, tokens[i]!.clause);
    if (end < 0) continue;
    const rule = index.rules[code[pc]!]!;
    if (rule.negatable && negated(rule, tokens, i)) continue;
    hits.push({ rule, startTok: i, endTok: end, start: tokens[i]!.start, end: tokens[end - 1]!.end });
  }
}

/** Reused between calls: the tokens' numbers in the index's lexicon (allocating it each time costs more than matching). */
let idBuf = new Int32Array(256);

export function matchPhrases(index: PhraseIndex, tokens: Token[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { wordStart, wordRules, lexicon, prefixes, minPrefix } = index;
  if (idBuf.length < tokens.length) idBuf = new Int32Array(tokens.length * 2);
  const ids = idBuf;
  if (lexicon === LEXICON) for (let i = 0; i < tokens.length; i++) ids[i] = tokens[i]!.id;
  else for (let i = 0; i < tokens.length; i++) ids[i] = lexicon.find(tokens[i]!.t, tokens[i]!.hash);
  for (let i = 0; i < tokens.length; i++) {
    const id = ids[i]!;
    // Words added to the lexicon after this index was built start no rule of it.
    if (id >= 0 && id + 1 < wordStart.length) tryRules(index, wordRules, wordStart[id]!, wordStart[id + 1]!, tokens, ids, i, hits);
    const t = tokens[i]!.t;
    if (t.length >= minPrefix)
      for (const g of prefixes) if (t.startsWith(g.prefix)) tryRules(index, g.rules, 0, g.rules.length, tokens, ids, i, hits);
  }
  return hits;
}
