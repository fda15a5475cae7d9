/**
 * Folding and tokenizing that keep offsets: every rule, feature and span works on a folded copy
 * of the same length as the original, so a match at [start, end) highlights the original words.
 */

const ACCENTS: Record<string, string> = {
  à: 'a', á: 'a', â: 'a', ã: 'a', ä: 'a', å: 'a', ç: 'c', è: 'e', é: 'e', ê: 'e', ë: 'e',
  ì: 'i', í: 'i', î: 'i', ï: 'i', ñ: 'n', ò: 'o', ó: 'o', ô: 'o', õ: 'o', ö: 'o', ù: 'u',
  ú: 'u', û: 'u', ü: 'u', ý: 'y', ÿ: 'y', '\u2019': "'", '\u2018': "'", '\u00b4': "'", '`': "'",
};
const ACCENT_RE = /[àáâãäåçèéêëìíîïñòóôõöùúûüýÿ\u2019\u2018\u00b4`]/g;

/** Lower-case, accent-free copy with exactly the same length (so offsets carry over). */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters (e.g. "İ") grow when lower-cased; fall back to one code unit at a time.
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i].toLowerCase();
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
}

const CLAUSE_WORDS = new Set(['but', 'however', 'though', 'although', 'mas', 'porem', 'entretanto', 'contudo', 'except']);

// Character classes by code unit (below 128): 1 = word character [a-z0-9], 2 = clause break
// (.!?;,:() and newline). A table read is cheaper than comparisons or a Set per character.
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (let c = 48; c <= 57; c++) CLASS[c] = 1;
for (const c of [46, 33, 63, 59, 44, 58, 10, 40, 41]) CLASS[c] = 2;

/**
 * Tokens of [a-z0-9]+ with an inner apostrophe kept as part of the word and then dropped
 * ("doesn't" → "doesnt"). A hand-written scanner: this runs once per signal and is the
 * base of everything else, so it avoids regex and substring allocation between tokens.
 */
export function tokenize(folded: string): Token[] {
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
    i++;
    let d = 0;
    while (i < n && (d = folded.charCodeAt(i)) < 128 && CLASS[d] === 1) i++;
    let end = i;
    let t: string;
    if (i + 1 < n && folded.charCodeAt(i) === 39 && folded.charCodeAt(i + 1) >= 97 && folded.charCodeAt(i + 1) <= 122) {
      let j = i + 1;
      while (j < n && folded.charCodeAt(j) >= 97 && folded.charCodeAt(j) <= 122) j++;
      t = folded.slice(start, i) + folded.slice(i + 1, j);
      end = j;
      i = j;
    } else {
      t = folded.slice(start, end);
    }
    if (brk && tokens.length) clause++;
    brk = false;
    // Clause words are 3 to 9 letters: skip the Set lookup for the rest.
    if (t.length >= 3 && t.length <= 9 && CLAUSE_WORDS.has(t)) clause++;
    tokens.push({ t, start, end, clause });
  }
  return tokens;
}

/** The text the agent sees and spans index into: title, a newline, then the body. */
export function agentText(text: string, title?: string | null): string {
  const t = title?.trim();
  return t ? `${t}\n${text}` : text;
}
