// The learned model as a second opinion: consulted only when the frames found nothing that blocks,
// and heard only when confident. Its finding is one span, the sentence that scores worst, with the
// code of the category the model finds most likely.
import { existsSync, readFileSync } from 'node:fs';
import { CLASS_CODE, deserializeGuardrailModel, predict, type GuardrailModel, type ModelClass } from './guardrail-model.js';
import { namesDay, namesDayOrPromise } from './detect-date-promise.js';
import { namesRemedy, offersDiscount } from './detect-discount-only.js';
import { praises, substanceOf, withoutCourtesyClauses } from './detect-empty-reply.js';
import { namesPersonalData } from './detect-private-ask.js';
import { namesStepUnderWay } from './detect-fault-shift.js';
import { ownsFault } from './detect-wording.js';
import { leavesChoice, namesChange, offersReward, speaksOfReview, thanksForChange } from './detect-review-ask.js';
import { fold } from './fold.js';
import type { Hit } from './text-scan.js';
import { sentences } from './text-scan.js';

const MODEL_URL = new URL('./guardrail-model.json', import.meta.url);
let cached: GuardrailModel | null | undefined;

/** The shipped model, or null when it has not been trained (the frames then decide alone). */
export function loadGuardrailModel(): GuardrailModel | null {
  if (cached !== undefined) return cached;
  cached = existsSync(MODEL_URL) ? deserializeGuardrailModel(JSON.parse(readFileSync(MODEL_URL, 'utf8'))) : null;
  return cached;
}

/** P(bad) of a reply under the model: one minus the probability of "good". */
export function badProbability(model: GuardrailModel, text: string): { pBad: number; category: Exclude<ModelClass, 'good'> } {
  const p = predict(model, text);
  let best = 1;
  for (let c = 2; c < model.classes.length; c++) if (p[c]! > p[best]!) best = c;
  return { pBad: 1 - p[0]!, category: model.classes[best] as Exclude<ModelClass, 'good'> };
}

/**
 * What a category needs in the words before the model may claim it: the object the frames read
 * (personal data, a review, a reward, a day or a promise word) without the exact frame. The model
 * carries the paraphrase; these keep it from blocking a reply that has nothing of the kind in it
 * ("Thank you for your feedback on the zip; we are replacing it" is not an empty template).
 */
const NEEDS: Record<Exclude<ModelClass, 'good'>, (folded: string, text: string) => boolean> = {
  data_request: (f) => namesPersonalData(f),
  review_change: (f) => speaksOfReview(f) && namesChange(f) && WISH.test(f) && !thanksForChange(f) && !leavesChoice(f),
  incentive: (f) => offersReward(f) && speaksOfReview(f) && !thanksForChange(f) && !leavesChoice(f),
  // blame needs "you" or the shop's own voice (pro-drop and impersonal blame carry no "you": "se não leu antes de comprar…",
  // "Chaque BD est contrôlée avant d'être mise sous carton"); a customer's own sentence has neither; owning the fault is not blame
  blame: (f) => (SECOND_OR_CUSTOMER.test(f) || SHOP_VOICE.test(f) || ADDRESSED.test(f) || IMPERSONAL_CAUSE.test(f)) && !ownsFault(f),
  // courtesy clauses blanked first ("every opinion helps us grow"), then at most two words of substance,
  // or no sign of an answer at all: no remedy, no step under way, no number, date or link, no question
  // left once courtesy is gone (the customer's topic said back is not an answer: "about the heater")
  empty_template: (f, text) => {
    const courtesy = withoutCourtesyClauses(text);
    return (
      (substanceOf(courtesy) <= 2 || !answers(f, courtesy)) &&
      !namesRemedy(text.replace(REMEDY_AS_TOPIC, (m) => ' '.repeat(m.length))) &&
      !praises(fold(courtesy)) &&
      (text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 5
    );
  },
  promise: (f) => namesDayOrPromise(f),
  discount_only: (_f, text) => offersDiscount(text) && !namesRemedy(text),
};
/** The customer addressed or named, or their use of the product. */
const SECOND_OR_CUSTOMER =
  /\b(?:you|your|yours|voce|vc|seu|sua|senhor|senhora|usted|tu|su|sie|ihr\w*|du|dein\w*|vous|votre|customer|buyer|user|cliente|clientes|comprador|kunde\w*|kaufer|nutzer|client|clients|acheteur|utilisateur|instal\w*|einbau|montag\w*|montage|uso|use[ds]?|utilis\w*|benutz\w*)\b/;
/** The customer addressed by title or greeting, or told to look: "Herr Wagner", "Mirá", "Olha", "Mate". */
const ADDRESSED =
  /\b(?:herr|frau|madame|monsieur|mme|sr|sra|srta|dona|senor|senora|mate|hallo|hola|ola|oi|bonjour|hi|hello|mira|olha|schauen\s+sie|voyez|look)\b/;
/** The use or the user named without a person: "o usuário pula etapas", "usaram no banho", "se ha instalado sin respetar", "durch äußere Einwirkung", "had it been consulted". */
const IMPERSONAL_CAUSE =
  /\b(?:usuari[oa]s?|utente|usaram|usou|usada|usado|se\s+ha\s+(?:usado|instalado|lavado|dejado|cargado|montado|abierto)|sin\s+respetar|sem\s+respeitar|ausser\w*\s+einwirkung|ausere\w*\s+einwirkung|einwirkung|unsachgem\w*|had\s+it\s+been|if\s+it\s+had\s+been|selon\s+les\s+preconisations|n'a\s+pas\s+ete|nao\s+foi|no\s+se\s+(?:carga|cargo|uso|lavo)|al\s+abrir|ao\s+abrir|beim\s+offnen|en\s+ouvrant|antes\s+de\s+comprar|before\s+(?:buying|ordering)|avant\s+de\s+commander|vor\s+dem\s+kauf)\b/;
/** The shop speaking: "we", "our", the listing, the label, the instructions. */
const SHOP_VOICE =
  /\b(?:we|our|us|nos|nosso|nossa|nossos|nossas|a\s+gente|nosotros|nuestr[oa]s?|wir|uns|unser\w*|nous|notre|listing|description|label|instructions|manual|guide|anuncio|descricao|etiqueta|instrucoes|ficha|descripcion|instrucciones|folleto|beschreibung|etikett|anleitung|beipackzettel|angebot|fiche|etiquette|notice)\b/;
/** A request or a wish addressed to the customer: what turns a review and a change into an ask. */
const WISH =
  /\?|\b(?:please|could|would|can\s+you|solicitamos|pedimos|rogamos|bitten|prions|demandons|vorerst|worth|vale\s+a\s+pena|merece|vaut|lohnt|option|opcion|opcao|button|boton|botao|knopf|bouton|hope|love|appreciate|grateful|wish|mean\s+(?:a\s+lot|the\s+world)|por\s+favor|poderia|ajudaria|gostariamos|adorariamos|agradeceriamos|seria|podrias|ayudaria|encantaria|agradeceriamos|bitte|konnten|wurden?|waren|ware|helfen|dankbar|pourriez|aiderait|serions|aimerions|serait|svp)\b/;

/** A refund named only as what the message was about: "your message about the pending refund", "Ihren Ärger über die ausstehende Erstattung". */
const REMEDY_AS_TOPIC =
  /\b(?:about|regarding|concerning|sobre|relativ[oa]\s+al?|acerca\s+de|bezuglich|uber\s+die|concernant|au\s+sujet\s+de)\s+(?:\w+\s+){0,3}?(?:refund|reembolso|estorno|erstattung|ruckerstattung|remboursement)\b|\b(?:refund|reembolso|estorno|erstattung|remboursement)\s+(?:pending|pendiente|pendente|en\s+attente)\b|\b(?:ausstehende[nr]?|pending|missing)\s+(?:refund|erstattung|ruckerstattung)\b/giu;

/** A greeting asked as a question asks nothing: "tudo bem?", "how are you?", "¿qué tal?". */
const GREETING_QUESTION =
  /\b(?:tudo\s+bem|tudo\s+bom|como\s+vai|how\s+are\s+you(?:\s+doing)?|hope\s+you'?re\s+well|que\s+tal|como\s+estas|wie\s+geht'?s|wie\s+geht\s+es\s+ihnen|ca\s+va|comment\s+allez-vous)\s*\?/giu;

/** Signs that a reply answers: a step under way, a number or a date, a link or an address, a question. */
function answers(folded: string, withoutCourtesy: string): boolean {
  // a courtesy question blanked leaves its "?" behind ("Posso ajudar em algo mais?"): that one asks nothing
  const asks = /[\p{L}\p{N}][^.!?\p{L}\p{N}]*\?/u.test(withoutCourtesy.replace(GREETING_QUESTION, ' ').replace(/(^|[.!?,;:])\s*\?/g, '$1'));
  return namesStepUnderWay(folded) || /\d|https?:|www\.|@/.test(folded) || asks;
}

export function learnedOpinion(model: GuardrailModel, text: string): Hit[] {
  if (text.trim() === '') return [];
  const whole = badProbability(model, text);
  if (whole.pBad < model.threshold) return [];
  if (!NEEDS[whole.category](fold(text), text)) return [];
  const parts = sentences(text);
  let span = { start: parts[0]?.start ?? 0, end: parts.at(-1)?.end ?? text.length };
  if (parts.length > 1) {
    let worst = -1;
    for (const s of parts) {
      const p = badProbability(model, s.text).pBad;
      if (p > worst) {
        worst = p;
        span = { start: s.start, end: s.end };
      }
    }
  }
  // a promise with a day in it is a date promise, which blocks in private too
  const code = whole.category === 'promise' && namesDay(fold(text)) ? 'uncontrolled_date_promise' : CLASS_CODE[whole.category];
  return [{ code, ...span }];
}
