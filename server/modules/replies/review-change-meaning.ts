// A review ask read as three ideas in one sentence, in any order and any of the five languages: a
// request or wish addressed to the customer ("could you", "if you feel", "quick favour", "se puder",
// "si pudieras", "falls Sie mögen", "ce serait sympa de"), the review as the object (review, rating,
// stars, "Eintrag bei Trusted Shops", "avis Google"), and a change to it (tweak, soften, reflect
// where things ended up, revisada, matizar, abschwächen, adoucir, retoucher, a new one instead of
// this). The adjacency frames in detect-review-ask.ts need verb and object a few words apart; a new
// writer's paraphrase puts a clause between them.
import type { Hit } from './text-scan.js';
import { sentences } from './text-scan.js';

const REQUEST =
  /\b(?:cuando\s+puedas|quando\s+puder|wenn\s+du\s+(?:magst|kannst)|quand\s+vous\s+(?:pourrez|aurez\s+un\s+moment))\b|\b(?:(?:te|le|les|lhe|vos|os)\s+)?(?:pedimos|solicitamos|rogamos)\b|\bwir\s+bitten\s+(?:sie|dich|euch)\b|\bnous\s+vous\s+(?:demandons|prions)\b|\bwe\s+(?:kindly\s+)?(?:ask|request)\s+(?:you|that)\b|\b(?:could|would|can|will)\s+you\b|\bplease\b|\bif\s+you\s+(?:could|can|would|feel|felt|wish|want|like|think|are\s+happy)\b|\bit(?:\s+would|'d)\s+(?:be|mean)\b|\bshould\s+you\s+wish\b|\bda\s+pra\b|\bwir\s+hoffen\b|\bnous\s+esperons\b|\b(?:schauen|sehen|werfen)\s+sie\s+(?:\w+\s+)?(?:gern|gerne)\b|\bwenn\s+sie\s+(?:einen\s+moment|zeit)\b|\bquando\s+tiver\b|\bcuando\s+tengas\b|\bwhen\s+you\s+(?:get|have)\s+a\s+(?:moment|minute|sec)\b|\bquand\s+vous\s+aurez\b|\bsi\s+(?:un\s+jour\s+)?vous\s+avez\s+(?:deux|une|quelques)\s+minutes?\b|\bficar(?:emos|iamos)\s+(?:\w+\s+)?felizes\b|\b(?:brauchten|benotigen|brauchen)\s+wir\b|\bwe(?:'d|\s+would)\s+(?:just\s+)?need\b|\b(?:precisariamos|necesitariamos)\b|\bnous\s+aurions\s+besoin\b|\bnous\s+comptons\s+sur\b|\bwurde\s+ich\s+mich\s+(?:\w+\s+)?freuen\b|\bse\s+achar\s+justo\b|\bwould\s+you\s+mind\b|\bwe(?:'d|\s+would)\s+(?:love|appreciate|be\s+grateful)\b|\b(?:quick|small|little|one)\s+favou?r\b|\bany\s+chance\b|\bhow\s+about\b|\bmaybe\s+you\b|\bperhaps\s+you\b|\bpoderia\w*|\bpode(?:s)?\s+(?!ser\b)|\bse\s+(?:der|puder|possivel|pudesse|for\s+possivel|quiser)\b|\bpor\s+favor\b|\bsera\s+que\b|\bque\s+tal\b|\b(?:gostariamos|adorariamos|agradeceriamos|agradecemos)\b|\bconta(?:mos)?\s+com\b|\bpodr(?:ia|ias|ian|iamos)\b|\bpuede[sn]?\b|\bsi\s+(?:pudieras|pudiera|puedes|puede|quieres|quiere|te\s+animas|se\s+anima)\b|\b(?:te|le)\s+importaria\b|\bnos\s+encantaria\b|\b(?:te|se)\s+lo\s+agradeceri\w*|\bkonnten\s+sie\b|\bkonnen\s+sie\b|\bwurden\s+sie\b|\bbitte\b|\bfalls\s+sie\b|\bwenn\s+sie\s+(?:mogen|mochten|konnten|wurden)\b|\bwir\s+wurden\s+uns\s+(?:\w+\s+)?freuen\b|\bware\s+(?:es\s+)?(?:schon|toll|super|nett|klasse)\b|\bpourr(?:iez|ais)\b|\bpouvez\b|\bsi\s+vous\s+(?:pouviez|pouvez|voulez|vouliez|le\s+souhaitez)\b|\bmerci\s+de\b|\bce\s+serait\b|\bnous\s+aimerions\b|\bpetite\s+demande\b|\bs'il\s+vous\s+plait\b|\bauriez\b|\baccepteriez\b|\b(?:might|perhaps|maybe|talvez|quem\s+sabe|tal\s+vez|quizas?|vielleicht|peut-etre|just\s+an?\s+(?:thought|idea|suggestion)|(?:juste|seulement)\s+une\s+idee|nur\s+eine\s+anregung|(?:apenas|so)\s+uma\s+ideia|solo\s+una\s+idea|would\s+(?:help|mean|give|show|let|be\s+(?:great|lovely|welcome|appreciated))|seria|significaria|serait|serions|waren?|ware|wuerde|wurde|(?:would|will)\s+you\s+be\s+(?:open|willing)|toparia|estarias?\s+dispuest\w*|seriez|bereit|let\s+(?:us|me)\s+know\s+(?:when|once|if)|avise|avisa(?:me|nos)|geben\s+sie\s+(?:mir|uns)\s+bescheid|sagen\s+sie\s+(?:mir|uns)\s+bescheid|dites-(?:nous|moi)|tenez-moi|is\s+there\s+anything\s+we\s+(?:can|could)|tem\s+algo\s+que|hay\s+algo\s+que|konnen\s+wir\s+(?:irgend\w*|etwas)|y\s+a-t-il\s+quelque|grateful|dankbar|daria\s+para|da\s+para|reconnaissant\w*|agradec\w*|bem-vind\w*|apprecie\w*|welcome|lassen\s+sich|lasst\s+sich|(?:lets?|allows?)\s+(?:buyers|customers|you)\s+(?:to\s+)?(?:adjust|edit|change|update|revise)|(?:bearbeitet|geandert|angepasst)\s+werden\s+(?:konnen|kann)|can\s+(?:always\s+|easily\s+|still\s+)?be\s+(?:edited|updated|changed)|(?:podem|pueden|peuvent)\s+(?:\w+\s+)?(?:ser|etre)|se\s+pueden|se\s+peuvent)\b/;

const REVIEW_OBJECT =
  /\b(?:(?:the|your|ta|sua|seu|tu|su|dein\w*|ihr\w*|la|o|el|das|den|votre)\s+(?:tiktok|stories|story|reel|video|tweet)|tiktok|the\s+wording|the\s+bit\s+about|(?:uma|una|eine|une)\s+(?:nota|note|calificacion|bewertung)\s+(?:melhor|mejor|bessere|meilleure|better|higher|mais\s+alta|mas\s+alta)|trustpilot|reclame\s+aqui|(?<!\b(?:anuncio|pagina|site|descricao|ficha)\s)\b(?:n|d)o\s+texto(?!\s+d[oa]\s+(?:anuncio|pagina|site|descricao|produto))|reviews?|ratings?|(?:\d|one|two|three|four|five)[\s-]*stars?|stars|avaliac(?:ao|oes)|classificac(?:ao|oes)|estrel(?:as?|inhas?)|resenas?|valoracion(?:es)?|puntuacion|calificacion|estrell(?:as?|itas?)|[\w-]*bewertung(?:en)?|rezension(?:en)?|sternen?|avis|commentaire|comentario|eintrag\s+(?:bei|auf)|(?:your|seu|sua|tu|su|ihre[nm]?|votre|ce|cet|cette|este|esta|esse|essa|aquela|aquele|dieser|diesen)\s+(?:\w+\s+)?(?:post|comment|comentario|eintrag|beitrag|kommentar|nota|note|relato|texto))\b|\b(?:critica|kritik|critique|feedback|urteil|evaluation|opiniao|opinion|bewertungen|estrelas|estrellas|etoiles?|(?:votre|ta|cette|sua|tua|essa)\s+note|(?:sua|tua|essa|aquela|a)\s+nota(?!\s+fiscal)|(?:what|o\s+que|lo\s+que|ce\s+que|was)\s+(?:you\s+|voce\s+|vous\s+avez\s+|sie\s+|du\s+|has\s+|ha\s+)?(?:wrote|publicado|escreveu|escribiste|escribio|ecrit|geschrieben|pusiste|puso|posted|postou|publicaste))\b/;

const CHANGE =
  /\b(?:exclu(?:ir|a|ao|sao|sion)\w*|replante\w*|(?:le\s+)?das\s+una\s+vuelta|(?:nochmal|noch\s+einmal)\s+druber\w*|no\s+longer\s+(?:tells|reflects|fits)|ajust\w*|(?:nota|note|calificacion|bewertung|rating)\s+(?:melhor|mejor|bessere|meilleure|better|higher|mais\s+alta|mas\s+alta)\b|(?:vir(?:am|ar|em|e)|become|turn\s+into|se\s+conviertan|werden\s+zu|deviennent|passent\s+a)\s+(?:cinco|five|5|cinq|funf|quatro|four|cuatro|vier|quatre)\b|tweak\w*|soften\w*|tone\w*\s+down|edit\w*|updat\w*|revis\w*|reconsider\w*|rethink\w*|remov\w*|delet\w*|tak(?:e|ing)\s+(?:\w+\s+)?down|bump\w*|adjust\w*|amend\w*|chang\w*|another\s+look|second\s+look|look\s+again|reflect\w*\s+(?:\w+\s+){0,3}?(?:where|how|what|the\s+(?:outcome|resolution|fix|replacement)|now)|instead\s+of\s+(?:this|that|the\s+current)|suaviz\w*|revisad\w*|revisa\w*|rever\b|atualiz\w*|alter\w*|mud(?:ar|e|asse)\b|apag\w*|tir(?:ar|e)\b|retir\w*|matiz\w*|borr\w*|elimin\w*|quit\w*|cambi\w*|modific\w*|actualiz\w*|refle(?:je|jar|ja|tir|ta)\b|en\s+lugar\s+de\s+(?:este|esta|ese|esa)|em\s+vez\s+d[eoa]|abschwach\w*|abmilder\w*|entscharf\w*|relativier\w*|anpass\w*|anzupass\w*|ander(?:n|t)\b|losch\w*|entfern\w*|uberarbeit\w*|uberdenk\w*|aktualisier\w*|zuruckzieh\w*|widerspiegel\w*|adouc\w*|attenu\w*|retouch\w*|nuanc\w*|modifi\w*|mett\w*\s+a\s+jour|actualis\w*|supprim\w*|enlev\w*|revoir|reflet\w*)\b|\b(?:reavali\w*|reconquist\w*|recuper\w*\s+(?:\w+\s+)?(?:estrellas|estrelas|stars)|regagn\w*|zuruckverdien\w*|(?:win|earn)\s+back|softer|milder|gentler|kinder|more\s+positive\w*|mais\s+positiv\w*|mais\s+leve|mas\s+positiv\w*|mas\s+suave|milder\w*|positiver\w*|plus\s+douce?|plus\s+positi\w*|tone\s+(?:it|this|that)\s+down|leve\s+no\s+texto|dar(?:le)?\s+una\s+vuelta|(?:nova|otra|otro|outra|another|fresh|nouvel\w*|nouveau)\s+(?:olhada|vistazo|look|oeil|\u0153il|regard)|noch\s+(?:ein(?:mal)?|mal)\s+(?:\w+\s+)?(?:angeschaut|angesehen|anschauen|ansehen)|rest\s+of\s+the\s+story|resto\s+da\s+historia|resto\s+de\s+la\s+historia|rest\s+der\s+geschichte|suite\s+de\s+l'histoire|(?:show|mostr|reflej|zeig|montr|reflet)\w*[\s,]+(?:\w+[\s,]+){0,2}?(?:how|como|wie|comment)\s+(?:\w+\s+){0,3}?(?:ended|turned|termin\w*|acab\w*|ausgegangen|ausging|fini\w*|resol\w*)|corrig\w*|(?:4|vier|four|quatro|cuatro|quatre)\s+(?:oder|or|ou|o)\s+(?:5|funf|five|cinco|cinq)\s+(?:sterne|stars|estrelas|estrellas|etoiles)|formulier\w*|(?:take|have)\s+a\s+(?:quick\s+)?look\s+at\s+your|jeter\s+un\s+(?:oe|\u0153)il\s+a\s+votre|dar\s+uma\s+olhad\w*|einen\s+blick\s+auf\s+ihre|bei\s+(?:ihrer|deiner)\s+(?:bewertung|rezension)\s+vorbei|(?:noch\s*(?:ein)?mal|erneut|again|de\s+nuevo|de\s+novo|a\s+nouveau)\s+(?:eine\s+|a\s+|una\s+|uma\s+|une\s+)?chance|(?:nota|note|calificacion|avaliacao|resena)\s+(?:mais|mas|plus)\s+just[ae]|berucksichtig\w*|tienne\w*\s+compte|ten(?:ga|gas|er)\s+en\s+cuenta|lev(?:e|ar)\s+em\s+conta|take\s+into\s+account|relire|reler|releer|re-?read|nochmal\s+lesen|(?:olhadinha|olhada|vistazo|ojo|blick|oeil|\u0153il)\s+(?:\w+\s+)?(?:de\s+novo|de\s+nuevo|nochmal|encore)|anders\s+aussieht|a\s+la\s+lumiere\s+de|mettre\s+au\s+gout\s+du\s+jour|(?:dar|da|de)\s+uma\s+passad\w*|historia\s+completa|mante-la\s+assim|mantenerla\s+asi|keep\s+it\s+(?:like\s+that|as\s+it\s+is)|la\s+laisser\s+ainsi|so\s+stehen\s+lassen|noch\s+eine\s+chance|mention\w*\s+(?:aussi|also|tambem|tambien|auch)|trocass\w*|echar\w*\s+un\s+(?:ojo|vistazo)|tuvier\w*\s+en\s+cuenta|match\w*\s+where\s+things\s+stand|(?:contar|tell|erzahl\w*|raconte\w*)\s+(?:\w+\s+){0,2}?(?:the\s+whole\s+story|o\s+desfecho|el\s+desenlace|toute\s+l'histoire|die\s+ganze\s+geschichte)|tirar\s+do\s+ar|bearbeit\w*|hid(?:e|ing)|ocult\w*|escond\w*|verberg\w*|ausblend\w*|masquer|masquez|masquiez|anheb\w*|rausnehm\w*|rausnimm\w*|herausnehm\w*|mise?\s+a\s+jour|formulacao|formulacion|formulation|wording|atualizad\w*|actualizad\w*|aktualisiert\w*|updated|passen)\b/g;

/** CHANGE without the global flag, for a plain test. */
const CHANGE_ONE = new RegExp(CHANGE.source);

/**
 * Whether the review still fits, asked or suggested: "do you feel three stars still sums up your
 * experience?", "si tu reseña sigue siendo justa", "talvez as duas estrelas já não representem o resultado
 * final", "wenn Ihre Bewertung auch den aktuellen Stand zeigt", "si votre avis ne correspond plus",
 * "cette étoile raconte encore…?". The review is put in question, which asks for its change.
 */
const STILL_FITS =
  /\b(?:still|no\s+longer|ainda|ja\s+nao|nao\s+mais|sigue(?:n)?|todavia|ya\s+no|de\s+verdad|noch|nicht\s+mehr|encore|toujours|ne\s+\w+\s+plus|plus\s+tout\s+a\s+fait)\s+(?:\w+\s+){0,2}?(?:sums?\s+up|reflects?|represents?|describes?|captures?|tells?|fair|accurate|fits?|matches|representa\w*|reflete\w*|refleja\w*|resume|descreve|describe|corresponde\w*|justa?|juste|siendo\s+justa?|zutrifft|passt|stimmt|widerspiegelt|gerecht|raconte|represente|decrit|correspond)\b|\b(?:mostrar|refletir|reflejar|zeigen|montrer|reflect|show)\s+(?:\w+\s+)?(?:melhor|mejor|besser|mieux|better)\b|\b(?:nao|no|ne)\s+(?:represent\w*|reflet\w*|refle[jx]\w*|descrev\w*|describ\w*|correspond\w*)\s+(?:mais|ya|plus)\b|\b(?:parle|speaks|talks|fala|habla|spricht)\s+(?:\w+\s+)?(?:toujours|still|ainda|todavia|(?:immer\s+)?noch)\b|\b(?:refers|se\s+refere|se\s+refiere|fait\s+reference|bezieht\s+sich)\s+(?:\w+\s+){0,3}?(?:since\s+been|ja\s+foi|ya\s+se\s+ha|depuis|inzwischen)\b|\b(?:raconte|reflete|represente|decrit|correspond|sums\s+up|reflects|describes|represents|representa|refleja|describe|zutrifft|passt|stimmt)\s+(?:\w+\s+)?(?:encore|toujours|still|ainda|todavia|noch)\b|\b(?:nao|no|ne)\s+(?:mostra|muestra|montre|zeigt)\s+(?:todo|tudo|toute?|alles)\b|\b(?:bezieht\s+sich|refers|se\s+refere|se\s+refiere|porte)\s+(?:\w+\s+){0,2}?(?:noch|still|ainda|todavia|encore|toujours)\b|\b(?:den\s+)?aktuellen\s+stand\b|\bresultado\s+final\b/;
/** The review said to be still up: "ainda aparece no topo", "steht noch ganz oben", "est toujours le premier". */
const STILL_THERE = /\b(?:still|ainda|sigue|todavia|toujours|(?:immer\s+)?noch|remains?|permanece)\b/;
/** The question put to them, or a wish: "?", "do you feel", "pensez-vous", "ficaríamos felizes", "n'hésitez pas". */
const PUT_TO_THEM =
  /\?|\b(?:do\s+you\s+(?:feel|think)|pensez-vous|trouvez-vous|(?:crees|cree|acha|achas)\s+que|finden\s+sie|meinen\s+sie|ficariamos|nos\s+gustaria|wurden\s+wir\s+uns|n'hesitez\s+pas|i'?m\s+sure\s+you'?d\s+want|acreditamos\s+que|acha(?:s)?\s+justo|te\s+parece\s+justo|trouvez-vous\s+juste|creemos\s+que|we\s+(?:believe|feel|think)|nous\s+(?:pensons|estimons|croyons)|wir\s+(?:glauben|denken|finden))\b/;

/** The review passed on for someone else to act: "al fabricante para que revise", "to our supplier to check". */
export const THIRD_ACTS =
  /\b(?:al|ao|a\s+la|a\s+nuestro|to\s+(?:the|our)|an\s+(?:den|die|das|unser\w*)|au|a\s+notre|a\s+l')\s+(?:\w+\s+){0,2}?(?:fabricante|manufacturer|hersteller|fabricant|proveedor|fornecedor|supplier|lieferant|fournisseur|laboratorio|lab|labor|equipo|equipa|team|time|equipe|departamento|abteilung|service)\b[^.!?]{0,40}?\b(?:para\s+que|que\s+va|que\s+vai|to|damit|pour\s+qu\w*|qui\s+va|who\s+will|der|die|das)\b/;

/** The shop as the subject of the change ("we updated the listing", "wir haben die Anleitung angepasst"). */
const SHOP_BEFORE = /\b(?:we(?:'ve|'ll|'re)?|our\s+team|i(?:'ve|'ll)?|nos|nosotros|vamos|wir|nous|je|j'ai)\s+(?:\w+\s+){0,3}$/;
/** Changed because of the review, thanks for a change made, or the choice left to them: not an ask. */
const NOT_ASK =
  /\b(?:thank\w*|obrigad\w*|gracias|danke|merci)\s+(?:\w+\s+){0,3}?(?:for|por|fur|d'avoir|de)\s+(?:(?:having|ter|haber|avoir|your|votre|seu|sua|tu|ihre\w*)\s+){0,2}(?:updat|chang|edit|revis|atualiz|alter|actualiz|cambi|aktualisier|ander|anpass|modifi|mis)\w*|(?<!\b(?:make|making|made)\s+(?:it|this|that)\s+)\bup\s+to\s+you\b|\bihre\s+entscheidung\b|\ba\s+vous\s+de\b|\b(?:ganz\s+)?ihnen\s+uberlassen\b|\bdepende\s+de\s+(?:ti|usted|voce)\b|\bwhether\s+or\s+not\b|\b(?:we\s+(?:do\s+not|don'?t|won'?t|never)\s+ask|(?:nao|nunca)\s+(?:lhe\s+|te\s+)?pedimos|no\s+(?:le\s+|te\s+)?pedimos|wir\s+bitten\s+(?:sie\s+)?nicht|nous\s+ne\s+vous\s+demandons\s+pas)\b|\b(?:after|following|based\s+on|thanks\s+to|apos|gracias\s+a|dank|aufgrund|grace\s+a|suite\s+a)\s+(?:your|seu|sua|su|tu|ihre\w*|votre|vos)\s+(?:\w+\s+)?(?:review|avaliac|resena|bewertung|avis|comment)/;

export function reviewChangeByMeaning(text: string, folded: string): Hit[] {
  const hits: Hit[] = [];
  const all = sentences(text);
  for (const [k, sentence] of all.entries()) {
    const s = folded.slice(sentence.start, sentence.end);
    const req = REQUEST.exec(s);
    const obj = REVIEW_OBJECT.exec(s);
    const fits = obj && !NOT_ASK.test(s) ? STILL_FITS.exec(s) : null;
    // the review said to be still there or outdated, and the ask in the next sentence: "…your 1-star is
    // still at the top of the shop. If you think it fair, would you look at it again?"
    const next = all[k + 1] ? folded.slice(all[k + 1]!.start, all[k + 1]!.end) : '';
    if (
      obj &&
      (fits || STILL_THERE.test(s)) &&
      !NOT_ASK.test(s + ' ' + next) &&
      (REQUEST.test(next) || PUT_TO_THEM.test(next)) &&
      (CHANGE_ONE.test(next) || STILL_FITS.test(next))
    ) {
      hits.push({ code: 'asks_to_change_review', start: sentence.start + obj.index, end: all[k + 1]!.end });
      continue;
    }
    if (obj && fits && (req || PUT_TO_THEM.test(s))) {
      const start = Math.min(obj.index, fits.index);
      const end = Math.max(obj.index + obj[0].length, fits.index + fits[0].length);
      hits.push({ code: 'asks_to_change_review', start: sentence.start + start, end: sentence.start + end });
      continue;
    }
    if (!req || !obj || NOT_ASK.test(s)) continue;
    // someone else to act on it: "hemos enviado las fotos de tu reseña al fabricante para que revise el lote"
    if (THIRD_ACTS.test(s)) continue;
    const changes = [...s.matchAll(CHANGE)].filter((m) => !SHOP_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index)));
    const change = changes[0];
    if (!change) continue;
    const start = Math.min(req.index, obj.index, change.index);
    const end = Math.max(req.index + req[0].length, obj.index + obj[0].length, change.index + change[0].length);
    hits.push({ code: 'asks_to_change_review', start: sentence.start + start, end: sentence.start + end });
  }
  return hits;
}
