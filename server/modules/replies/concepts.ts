// Concepts the frames read, offered to the learned model as features: per sentence, which of them
// are present and which pairs occur together ("request+data", "change+review", "you+fault"). A
// paraphrase the frames have no exact frame for usually still names the same concepts, and the
// concepts are the same in all five languages, so the model learns the combination once.
import { PROMISE_CONCEPTS, namesDayOrPromise } from './detect-date-promise.js';
import { namesRemedy, offersDiscount } from './detect-discount-only.js';
import { praises, substanceOf, withoutCourtesyClauses } from './detect-empty-reply.js';
import { PRIVATE_ASK_CONCEPTS, namesPersonalData } from './detect-private-ask.js';
import { namesChange, offersReward, speaksOfReview } from './detect-review-ask.js';
import { fold } from './fold.js';
import { sentences } from './text-scan.js';

const WORDS: Record<string, RegExp> = {
  you: /\b(?:you|your|voce|vc|seu|sua|senhor|senhora|usted|tu|su|sie|ihr\w*|du|dein\w*|vous|votre)\b/,
  customer: /\b(?:customers?|buyers?|users?|clientes?|compradora?s?|kunde\w*|kaufer|nutzer|clients?|acheteurs?|utilisateurs?)\b/,
  we: /\b(?:we|our|us|nos|nosso|nossa|nuestr[oa]s?|nosotros|wir|unser\w*|uns|nous|notre)\b/,
  negation: /\b(?:not|no|never|n't|nao|nunca|nicht|kein\w*|nie|ne|pas|jamais)\b|n't\b/,
  cause:
    /\b(?:because|since|due\s+to|caused|so|therefore|porque|pois|devido|por\s+isso|entao|por\s+eso|asi\s+que|weil|deshalb|daher|also|durch|parce|donc|a\s+cause)\b/,
  fault:
    /\b(?:wrong\w*|incorrect\w*|improper\w*|fault|blame|misuse|careless\w*|culpa|errad\w*|incorret\w*|mau|mal|equivocad\w*|incorrect\w*|schuld|falsch\w*|unsachgem\w*|faute|mauvais\w*)\b/,
  instructions:
    /\b(?:instruc\w*|manual|label|chart|guide|leaflet|description|listing|anleitung|beilage|etikett|tabelle|notice|etiquette|etiqueta|tabela|tabla|folheto|folleto|descri\w*|anuncio|fiche)\b/,
  thanks: /\b(?:thank\w*|obrigad\w*|agradec\w*|gracias|danke\w*|dank|merci|remerci\w*)\b/,
  apology:
    /\b(?:sorry|apolog\w*|lament\w*|sentimos|desculp\w*|disculp\w*|perdon\w*|leid|entschuldig\w*|desole\w*|excus\w*|regret\w*|bedauer\w*)\b/,
  question: /\?\s*$/,
};

const TESTS: Record<string, (folded: string, text: string) => boolean> = {
  data: (f) => namesPersonalData(f),
  review: (f) => speaksOfReview(f),
  change: (f) => namesChange(f),
  reward: (f) => offersReward(f),
  dayOrPromise: (f) => namesDayOrPromise(f),
  remedy: (_f, t) => namesRemedy(t),
  discount: (_f, t) => offersDiscount(t),
  praise: (f) => praises(f),
  courtesyOnly: (_f, t) => substanceOf(withoutCourtesyClauses(t)) === 0,
  ...Object.fromEntries(Object.entries(PRIVATE_ASK_CONCEPTS).map(([k, fn]) => [k, (f: string) => fn(f)])),
  ...Object.fromEntries(Object.entries(PROMISE_CONCEPTS).map(([k, fn]) => [k, (f: string) => fn(f)])),
  ...Object.fromEntries(Object.entries(WORDS).map(([k, re]) => [k, (f: string) => re.test(f)])),
};
const NAMES = Object.keys(TESTS);

/** Feature strings: "s:a" per concept in a sentence, "p:a+b" per pair in one sentence, "r:a" per concept anywhere. */
export function conceptFeatures(text: string): string[] {
  const out = new Set<string>();
  for (const s of sentences(text)) {
    const f = fold(s.text);
    const present = NAMES.filter((n) => TESTS[n]!(f, s.text));
    for (let i = 0; i < present.length; i++) {
      out.add(`s:${present[i]}`);
      out.add(`r:${present[i]}`);
      for (let j = i + 1; j < present.length; j++) out.add(`p:${present[i]}+${present[j]}`);
    }
  }
  const n = substanceOf(text);
  out.add(`r:substance=${Math.min(n, 3)}`);
  return [...out];
}
