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

const TOKEN_RE = /[a-z0-9]+(?:'[a-z]+)?/g;
const CLAUSE_BREAK_RE = /[.!?;,:\n()]/;
const CLAUSE_WORDS = new Set(['but', 'however', 'though', 'although', 'mas', 'porem', 'entretanto', 'contudo', 'except']);

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(folded)) !== null) {
    const start = m.index;
    if (start > prevEnd && CLAUSE_BREAK_RE.test(folded.slice(prevEnd, start))) clause++;
    // Apostrophes are dropped so "doesn't" and the common "doesnt" are one token.
    const t = m[0].includes("'") ? m[0].replace("'", '') : m[0];
    if (CLAUSE_WORDS.has(t)) clause++;
    tokens.push({ t, start, end: start + m[0].length, clause });
    prevEnd = start + m[0].length;
  }
  return tokens;
}

/** The text the agent sees and spans index into: title, a newline, then the body. */
export function agentText(text: string, title?: string | null): string {
  const t = title?.trim();
  return t ? `${t}\n${text}` : text;
}
