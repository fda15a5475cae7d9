/**
 * Folding and tokenizing that keep offsets: every rule, feature and span works on a folded copy
 * of the same length as the original, so a match at [start, end) highlights the original words.
 */

const ACCENTS: Record<string, string> = {
  à: 'a',
  á: 'a',
  â: 'a',
  ã: 'a',
  ä: 'a',
  å: 'a',
  ç: 'c',
  è: 'e',
  é: 'e',
  ê: 'e',
  ë: 'e',
  ì: 'i',
  í: 'i',
  î: 'i',
  ï: 'i',
  ñ: 'n',
  ò: 'o',
  ó: 'o',
  ô: 'o',
  õ: 'o',
  ö: 'o',
  ù: 'u',
  ú: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ÿ: 'y',
  // German ß and French œ fold to one letter so the copy keeps its length: "groß" reads "gros", "sœur" "sour".
  ß: 's',
  œ: 'o',
  '\u2019': "'",
  '\u2018': "'",
  '\u00b4': "'",
  '`': "'",
};
const ACCENT_RE = /[àáâãäåçèéêëìíîïñòóôõöùúûüýÿßœ\u2019\u2018\u00b4`]/g;

/** Lower-case, accent-free copy with exactly the same length (so offsets carry over). */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters (e.g. "İ") grow when lower-cased; fall back to one code unit at a time.
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!.toLowerCase();
      out += c.length === 1 ? c : text[i];
    }
    lower = out;
  }
  return lower.replace(ACCENT_RE, (c) => ACCENTS[c] ?? c);
}

export interface Token {
  /** Folded token text. */
  t: string;
  start: number;
  end: number;
  /** Clause index: negation does not reach across punctuation or "but". */
  clause: number;
  /** wordHash(t), computed while scanning: the lexicon finds words by it and the model hashes words with it. */
  hash: number;
  /** The word's number in the shared lexicon (below), or -1 when no word list of triage names it. */
  id: number;
}

const FNV_PRIME = 0x01000193;
const WORD_HASH_START = 0x811c9dc5 ^ 1;

/**
 * 32-bit FNV-1a of a word (offset basis xor 1), as a signed integer (`>>> 0` gives the usual
 * unsigned value). The learned model's word features are this hash (features.ts;
 * base-model.json was trained with it), so it must never change.
 */
export function wordHash(word: string): number {
  let h = WORD_HASH_START;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * Numbers for words, one per distinct word, in the order they were added. A hash table of its
 * own rather than a Map: tokens arrive with their wordHash already computed, so a lookup is one
 * probe and one string comparison, with no second hash of the token's text.
 */
export class Lexicon {
  private words: string[] = [];
  /**
   * Open addressing on the word hash, at most two thirds full. Slot s is two numbers: at 2s the
   * word's hash, at 2s + 1 its id + 1 (0: free), so one read finds both.
   */
  private slots = new Int32Array(2 * 64);

  /** The word's number, giving it the next one when it is new. */
  add(word: string): number {
    const found = this.find(word);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(word);
    if (3 * this.words.length > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let k = 0; k < this.words.length; k++) this.place(k);
    } else {
      this.place(id);
    }
    return id;
  }

  /** How many words have a number (the numbers are 0 … size - 1). */
  get size(): number {
    return this.words.length;
  }

  /** The word's number, or -1 when it was never added; `hash` is wordHash(word) (a token's `hash`). */
  find(word: string, hash: number = wordHash(word)): number {
    const mask = this.slots.length / 2 - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[2 * s + 1]!;
      if (entry === 0) return -1;
      if (this.slots[2 * s] === hash && this.words[entry - 1] === word) return entry - 1;
    }
  }

  private place(id: number): void {
    const hash = wordHash(this.words[id]!);
    const mask = this.slots.length / 2 - 1;
    let s = hash & mask;
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    this.slots[2 * s] = hash;
    this.slots[2 * s + 1] = id + 1;
  }
}

/**
 * The shared lexicon: every word that a built-in word list looks for (stopwords, phrases, mood,
 * variants, negators, clause words) gets a number when its module loads. tokenize() looks each
 * token up here once; the readers then test a token with an array read (`WordBits.of(token.id)`)
 * instead of hashing the same string again in a Set of their own. Words are added at module load
 * only, before any text is read, so every token's id is final. (A seller's phrases, compiled
 * while signals are read, number their words in a lexicon of their own: compileSellerRules in rules.ts.)
 */
export const LEXICON = new Lexicon();

/** One reader's small bit set per lexicon word ("is an English stopword", "is a colour"…); 0 for other words. */
export class WordBits {
  private bits = new Uint8Array(64);

  add(word: string, bit: number): void {
    const id = LEXICON.add(word);
    if (id >= this.bits.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[id]! |= bit;
  }

  /** The bits of the word with this lexicon id (a token's `id`). */
  of(id: number): number {
    return id >= 0 && id < this.bits.length ? this.bits[id]! : 0;
  }
}

/**
 * Words that start a clause: "but" and its kin in each language. French "mais" is one only in French
 * text (in Portuguese it is "more"): tokenize(…, true).
 */
export const CLAUSE_WORD_LIST = [
  'but',
  'however',
  'though',
  'although',
  'mas',
  'porem',
  'entretanto',
  'contudo',
  'except',
  'pero',
  'sino',
  'aunque',
  'aber',
  'sondern',
  'jedoch',
  'allerdings',
  'obwohl',
  'cependant',
  'pourtant',
  'toutefois',
];
const CLAUSE_WORD = new WordBits();
for (const w of CLAUSE_WORD_LIST) CLAUSE_WORD.add(w, 1);
/** French elided words ("l'article", "n'est", "qu'il"): in French text they are tokens of their own. */
const ELISION = new Set(['l', 'd', 'j', 'n', 's', 'c', 'm', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
/** The contrast words that open a clause (the model's context features read them). */
export const CLAUSE_WORD_BITS = CLAUSE_WORD;

// Character classes by code unit (below 128): 1 = word character [a-z0-9], 2 = clause break
// (.!?;,:() and newline). A table read is cheaper than comparisons or a Set per character.
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (let c = 48; c <= 57; c++) CLASS[c] = 1;
for (const c of [46, 33, 63, 59, 44, 58, 10, 40, 41]) CLASS[c] = 2;

/**
 * Tokens of [a-z0-9]+ with an inner apostrophe kept as part of the word and then dropped
 * ("doesn't" → "doesnt"), except French elisions when `french` ("n'est" → "n", "est"). A hand-written scanner: this runs once per signal and is the
 * base of everything else, so it avoids regex and substring allocation between tokens.
 */
export function tokenize(folded: string, french = false): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let brk = false;
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    const k = c < 128 ? CLASS[c] : 0;
    if (k !== 1) {
      if (k === 2) brk = true;
      i++;
      continue;
    }
    const start = i;
    let hash = WORD_HASH_START;
    let d = 0;
    while (i < n && (d = folded.charCodeAt(i)) < 128 && CLASS[d] === 1) {
      hash = Math.imul(hash ^ d, FNV_PRIME);
      i++;
    }
    let end = i;
    let t: string;
    if (
      french &&
      i + 1 < n &&
      folded.charCodeAt(i) === 39 &&
      folded.charCodeAt(i + 1) >= 97 &&
      folded.charCodeAt(i + 1) <= 122 &&
      ELISION.has(folded.slice(start, i))
    ) {
      // French elision: "n'est" is "n" then "est" (the next word is scanned on the next turn).
      t = folded.slice(start, i);
      i++;
    } else if (i + 1 < n && folded.charCodeAt(i) === 39 && folded.charCodeAt(i + 1) >= 97 && folded.charCodeAt(i + 1) <= 122) {
      let j = i + 1;
      while (j < n && (d = folded.charCodeAt(j)) >= 97 && d <= 122) {
        hash = Math.imul(hash ^ d, FNV_PRIME);
        j++;
      }
      t = folded.slice(start, i) + folded.slice(i + 1, j);
      end = j;
      i = j;
    } else {
      t = folded.slice(start, end);
    }
    if (brk && tokens.length) clause++;
    brk = false;
    const id = LEXICON.find(t, hash);
    if (CLAUSE_WORD.of(id) || (french && t === 'mais')) clause++;
    tokens.push({ t, start, end, clause, hash, id });
  }
  return tokens;
}

/** The text the agent sees and spans index into: title, a newline, then the body. */
export function agentText(text: string, title?: string | null): string {
  const t = title?.trim();
  return t ? `${t}\n${text}` : text;
}
