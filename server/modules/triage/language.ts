/** Per-signal language guess by stopword counts: enough to pick phrase sets and report 'und'. */
import { WordBits, type Token } from './text.js';
import type { Language } from './types.js';

const EN = new Set([
  'the',
  'and',
  'is',
  'it',
  'i',
  'to',
  'of',
  'a',
  'in',
  'this',
  'was',
  'for',
  'my',
  'but',
  'with',
  'not',
  'on',
  'very',
  'so',
  'have',
  'that',
  'are',
  'be',
  'me',
  'you',
  'its',
  'im',
  'love',
  'would',
  'just',
  'they',
  'too',
  'size',
  'at',
  'dont',
  'did',
]);
const PT = new Set([
  'o',
  'a',
  'e',
  'de',
  'do',
  'da',
  'que',
  'nao',
  'um',
  'uma',
  'com',
  'para',
  'produto',
  'muito',
  'no',
  'na',
  'os',
  'as',
  'foi',
  'mas',
  'meu',
  'minha',
  'por',
  'chegou',
  'recebi',
  'entrega',
  'prazo',
  'bom',
  'ainda',
  'mais',
  'pedido',
  'veio',
  'eu',
  'esta',
  'ja',
]);
// Words shared by both lists ('a', 'no') count for both and so never decide alone.

// Bit 1 English, bit 2 Portuguese, read by the token's lexicon id.
const STOP = new WordBits();
for (const w of EN) STOP.add(w, 1);
for (const w of PT) STOP.add(w, 2);

export function detectLanguage(tokens: Token[], hint?: string | null): Language {
  if (hint) {
    const h = hint.toLowerCase().slice(0, 2);
    if (h === 'en' || h === 'pt') return h;
  }
  let en = 0;
  let pt = 0;
  const n = Math.min(tokens.length, 80);
  for (let i = 0; i < n; i++) {
    const b = STOP.of(tokens[i]!.id);
    if (b & 1) en++;
    if (b & 2) pt++;
  }
  if (en === pt) return en === 0 ? 'und' : 'und';
  if (en > pt) return en >= 1 ? 'en' : 'und';
  return pt >= 1 ? 'pt' : 'und';
}
