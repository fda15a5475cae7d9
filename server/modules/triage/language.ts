/**
 * Per-signal language guess (en, pt, es, de, fr) by counting each language's common words, so it
 * works on folded text (lower case, no accents: "no llego", "pas recu", "kam nicht an") and on
 * two-word reviews. Words common to several languages ("de", "que", "la") count for each and so
 * never decide alone; when the counts tie, letters only one language writes (ñ, ß, ã, è) decide.
 */
import { WordBits, tokenize, type Token } from './text.js';
import { PHRASE_LANGUAGES, type Language, type PhraseLanguage } from './types.js';

/** Each language's common words, folded. A word in several lists counts for each. */
const WORDS: Record<PhraseLanguage, string> = {
  en: `the and is it i to of a in this was for my but with not on very so have that are be me you its im love would just they too
    size at dont did were arrived item order ordered received product great good fit fits quality after from what when will your has had all
    still never got really does because wear color colour returned refund nice cute late broken wrong missing thanks small large back
    an am no their been could only want which there than them our some any other ever why how isnt doesnt didnt wasnt cant wont ive super`,
  pt: `o a e de do da que nao um uma com para produto muito no na os as foi mas meu minha por chegou recebi entrega prazo bom ainda mais
    pedido veio eu esta ja voce voces vcs obrigado obrigada otimo otima entregue loja recomendo qualidade ate tambem so estou isso esse essa isto
    dia dias comprei compra porque quando como bem pra pela pelo seu sua nos ao aos das dos mesmo agora gostei nada nunca ou
    sem tem tinha fiz ele ela eles elas aqui antes depois dinheiro devolucao troca atrasado demorou certinho entregaram lindo perfeito super
    adorei indico recomendado satisfeita satisfeito gostando sempre vendedor excelente maior menor fosse pensei achei vou compro
    vezes servico servicos ficou rapida rapido este`,
  es: `el la los las y es muy pero con del al lo por para que de en un una mi me se su no producto montaje complicado
    complicadisimo rapidisimo malisimo buenisimo muchisimo llego recibi pedido bueno buena calidad
    talla tamano gracias todo esta este esto eso hace tiene tengo fue era mas ya ni nada nunca sin cuando donde hasta aun todavia envio
    dinero devolucion compre queria mucho poco bien hay son soy estoy nos sus porque pues tambien despues desde entrega semanas vendedor
    tienda articulo caja roto rota falta usted ustedes quiero puedo necesito ha he han hemos sido estaba llegado recibido pedi dias
    a tuve correos repartidor mismo cuando aunque hace solo muy asi mejor peor llega viene vienen puede
    como pague cobraron tardo tardaron prometian prometieron semana esperando perfecto encanto encanta vino venia mal ahora otra otro paquete super`,
  de: `der die das und ist nicht ich es sie ein eine einen einem mit auf fur zu den dem des sehr aber auch war hat habe haben wurde wird
    kein keine noch nur schon wie was wenn dass bei nach von vom zum zur im am an aus mir mich mein meine meiner bestellung bestellt paket
    ware artikel produkt lieferung geliefert gut super leider schlecht qualitat grose groesse nochmal jetzt immer wieder danke bitte passt ganz toll
    kaputt angekommen erhalten bisher seit tagen wochen ja nein gar kann konnte hatte sind wir uns euch ihr ihre man doch mal viel
    zuruck zurueck geld fuer ueber uber gekauft habs ging kam keinen zufrieden`,
  fr: `le la les et est pas je un une des du de en au aux ce cette ces mon ma mes il elle qui que pour sur dans avec tres trop mais ne
    jai cest nest nai quil dun dune sest commande colis produit recu livraison livre article taille qualite bien bon bonne merci
    toujours rien vous nous sont ete fait plus encore apres deja jamais aucun aucune rembourse remboursement arrive arrivee parfait chez
    vendeur sans si ou y car donc moi etait avait ai suis nul jaime jadore achete envoye semaines jours depuis lavis daccord super
    a tout tous toute toutes comme meme faire peu ca cela etre leur chaud peau porter quand mal vraiment aussi alors puis dont deux
    fois moins tient longtemps batterie seulement interieur dit coton annonce jolie joli peux veux avez etes rien personne chaque
    pris feu chargeur`,
};

const BIT: Record<PhraseLanguage, number> = { en: 1, pt: 2, es: 4, de: 8, fr: 16 };
const STOP = new WordBits();
for (const lang of PHRASE_LANGUAGES) for (const w of WORDS[lang].split(/\s+/)) if (w) STOP.add(w, BIT[lang]);

/** Letters that only some of the languages write, with the languages they point to. */
const LETTERS: Record<string, PhraseLanguage[]> = {
  ñ: ['es'],
  '¿': ['es'],
  '¡': ['es'],
  ß: ['de'],
  ä: ['de'],
  ö: ['de'],
  ü: ['de'],
  ã: ['pt'],
  õ: ['pt'],
  ç: ['pt', 'fr'],
  è: ['fr'],
  ù: ['fr'],
  û: ['fr'],
  î: ['fr'],
  ë: ['fr'],
  ï: ['fr'],
  œ: ['fr'],
  ê: ['pt', 'fr'],
  â: ['pt', 'fr'],
  ô: ['pt', 'fr'],
  à: ['pt', 'fr'],
  á: ['pt', 'es'],
  í: ['pt', 'es'],
  ó: ['pt', 'es'],
  ú: ['pt', 'es'],
};

function hintLanguage(hint: string): PhraseLanguage | null {
  const h = hint.toLowerCase().slice(0, 2);
  return (PHRASE_LANGUAGES as readonly string[]).includes(h) ? (h as PhraseLanguage) : null;
}

/** `text`: the original (unfolded) text, read only when the word counts tie. */
export function detectLanguage(tokens: Token[], hint?: string | null, text?: string): Language {
  if (hint) {
    const h = hintLanguage(hint);
    if (h) return h;
  }
  const counts = [0, 0, 0, 0, 0];
  const n = Math.min(tokens.length, 80);
  for (let i = 0; i < n; i++) {
    const b = STOP.of(tokens[i]!.id);
    if (b === 0) continue;
    for (let l = 0; l < 5; l++) if (b & (1 << l)) counts[l]!++;
  }
  if (text && tied(counts)) {
    // A tie: letters only one language writes decide, at two points each ("¿llegó?" is Spanish).
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) < 128) continue;
      const langs = LETTERS[text[i]!.toLowerCase()];
      if (langs) for (const l of langs) counts[PHRASE_LANGUAGES.indexOf(l)]! += 2 / langs.length;
    }
  }
  const best = pickBest(counts);
  return best < 0 ? 'und' : PHRASE_LANGUAGES[best]!;
}

const EN = 0;
const PT = 1;

/**
 * The index of the highest count, or -1 when none is above zero. A tie goes to the language listed
 * first (PHRASE_LANGUAGES: "entrega rápida" is Portuguese as much as Spanish, and the stores this
 * was built for write Portuguese more), except that an English–Portuguese tie stays undetermined.
 */
function pickBest(counts: number[]): number {
  let best = -1;
  let top = 0;
  for (let l = 0; l < counts.length; l++) {
    if (counts[l]! > top) {
      top = counts[l]!;
      best = l;
    }
  }
  if (best === EN && counts[PT] === top) return -1;
  return best;
}

/** True when two languages share the highest count (the letters are then read). */
function tied(counts: number[]): boolean {
  let top = 0;
  let n = 0;
  for (const c of counts) {
    if (c > top) {
      top = c;
      n = 1;
    } else if (c === top && c > 0) n++;
  }
  return n > 1;
}

/**
 * Tokens and language together: French text is tokenized again with its elisions split
 * ("n'est" → "n", "est") and "mais" as a clause word, so French phrases and negation read it.
 */
export function readTokens(folded: string, text: string, hint?: string | null): { tokens: Token[]; language: Language } {
  const tokens = tokenize(folded);
  const language = detectLanguage(tokens, hint, text);
  return { tokens: language === 'fr' ? tokenize(folded, true) : tokens, language };
}
