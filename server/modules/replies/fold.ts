// Text folded for meaning rules: lower case, accents dropped, curly quotes straightened, and every
// UTF-16 unit kept in place, so an index into the folded text is the same index into the reply and
// a span found on "voce nao leu" highlights "Você não leu".
const cache = new Map<string, string>();

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c < '\u0080') {
      out += c.toLowerCase();
      continue;
    }
    let f = cache.get(c);
    if (f === undefined) {
      const base = c
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      f = base.length === 1 ? base : c;
      if (c === '\u2019' || c === '\u2018') f = "'";
      else if (c === '\u2013' || c === '\u2014') f = '-';
      else if (c === '\u00df') f = 's';
      cache.set(c, f);
    }
    out += f;
  }
  return out;
}
