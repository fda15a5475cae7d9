// Asking the customer to remove, edit or raise a review, and tying a reward to what a review says,
// read as frames in en, pt, es, de and fr over folded text:
//   change-verb × review-object within a few words, in either order ("delete this post",
//   "die Bewertung bitte loschen", "reconsider your star rating"), or a pronoun object with a
//   take-down verb ("take it down"); the shop thanking for a change already made is not an ask;
//   reward × review condition anywhere in the reply ("five stars ... free shipping", "avis positif
//   ... cadeau"), because the bargain is often split over two sentences.
import { fold } from './fold.js';
import { THIRD_ACTS, reviewChangeByMeaning } from './review-change-meaning.js';
import type { Hit } from './text-scan.js';
import { sentences, spansOf } from './text-scan.js';

const REVIEW =
  '(?:(?:\\d|one|two|three|four|five)[\\s-]*stars?|(?<=\\b(?:the|your|ta|sua|seu|tu|su|dein\\w*|ihr\\w*|la|o|el|das|den|votre)\\s)(?:stories|story|reel|video|tweet|insta(?:gram)?\\s+post)|tiktok|reviews?|ratings?|(?:star\\s+)?ratings?|stars?|score|(?<!\\b(?:in\\s+the|by|per|via)\\s)post|comment|feedback|testimonial|avaliac(?:ao|oes)|classificac(?:ao|oes)|nota(?!\\s+fiscal)|comentario|estrelas?|depoimento|resenas?|valoracion(?:es)?|opinion(?:es)?|puntuacion|calificacion|estrellas?|[\\w-]*bewertung(?:en)?|rezension(?:en)?|sterne?|kommentar|beitrag|avis|note|commentaire|etoiles?|evaluation|reclamac(?:ao|oes)|publicac(?:ao|oes)|publicacion(?:es)?|publication|estrellitas?|estrelinhas?|sternchen)';
const CHANGE = [
  // a review made to "reflect" something: "dass sich das in Ihrer Bewertung widerspiegelt", "que la reseña recogiera", "repasser sur votre commentaire"
  'olhadinha|dar\\s+uma\\s+olhada|otro\\s+vistazo|otra\\s+mirada|outra\\s+olhada|nouvel\\s+oeil|reflect\\w*|widerspiegel\\w*|spiegel\\w*|refle(?:je|jara|jase|jar)\\w*|reflit\\w*|refletir|reflete\\w*|refleter|recogier\\w*|repasser|reavali\\w*|revaloren|nochmal\\s+(?:drauf|druber)\\s*schau\\w*|noch\\s*(?:ein)?mal\\s+(?:drauf|druber)\\s*schau\\w*|noch\\s+einmal\\s+(?:auf|uber)\\b|' +
    // en
    'edit\\s+out|hid(?:e|ing)|reword\\w*|rephras\\w*|tone\\s+down|updat\\w*|chang\\w*|replac\\w*|switch\\w*|turn\\w*(?!\\s+up)|flip\\w*|edit\\w*|revis\\w*|amend\\w*|modif\\w*|reconsider\\w*|remov\\w*|delet\\w*|retract\\w*|withdraw\\w*|rais(?:e|ing)|increas\\w*|bump\\w*|adjust\\w*|revisit\\w*|improv\\w*|upgrad\\w*|correct(?:s|ed|ing)\\b|correct(?=\\s+(?:it|this|that|your|the)\\b)|tak(?:e|ing)\\s+down|pull\\w*\\s+down|another\\s+look|second\\s+look|rethink\\w*|refresh\\w*|knock\\w*|add\\s+to|expand\\w*|disappear\\w*|(?<=\\b(?:is|are|was)\\s)gone|vanish\\w*',
  // pt
  'reformul\\w*|ocult\\w*|escond\\w*|suaviz\\w*|alter\\w*|mud\\w*|corrij\\w*|edit\\w*|atualiz\\w*|remov\\w*|apag\\w*|exclu\\w*|retir\\w*|tir(?:ar|e|a)\\b|rever|revej\\w*|revis\\w*|reconsider\\w*|aument\\w*|melhor(?:ar|e)|corrig\\w*|complement\\w*|acrescent\\w*|sum(?:ir|a|am|ida|iu)\\b|desaparec\\w*|apagad\\w*|removid\\w*|retirad\\w*|excluid\\w*',
  // es
  'arquiv\\w*|archiv\\w*|mais\\s+leve|mas\\s+suave|plus\\s+doux|plus\\s+douce|trocar|reformul\\w*|rebaj\\w*|suaviz\\w*|retoc\\w*|cambi\\w*|modifi\\w*|corrij\\w*|edit\\w*|actualiz\\w*|actualic\\w*|abzuschwach\\w*|abzuander\\w*|anzupassen|zuruckzuziehen|hochzustufen|heraufzusetzen|elimin\\w*|borr\\w*|quit\\w*|retir\\w*|reconsider\\w*|subi\\w*|sube\\w*|mejor(?:ar|e|ase|aras|a)\\b|corrig\\w*|revis\\w*|complet\\w*|anad\\w*|ampli\\w*|desaparec\\w*|desaparez\\w*|eliminad\\w*|borrad\\w*|retirad\\w*',
  // de
  'streich\\w*|umformulier\\w*|entscharf\\w*|(?:ge)?ander(?:n|t|st)\\b|geloscht|erganz\\w*|nachtrag\\w*|verschw\\w*|abander\\w*|anpass\\w*|aktualisier\\w*|losch\\w*|entfern\\w*|uberdenk\\w*|uberarbeit\\w*|korrigier\\w*|zuruckzieh\\w*|zuruckneh\\w*|erhoh\\w*|nach\\s+oben|verbesser\\w*|bearbeit\\w*|hoch(?:zu)?(?:setz|stuf|stell)\\w*|noch\\s+einmal\\s+(?:anschauen|ansehen)|heraus(?:nehm|genomm)\\w*|rausnehm\\w*|rausnimm\\w*|herausnimm\\w*|anheb\\w*|verberg\\w*|ausblend\\w*|offline\\s+nehm\\w*|anzupass\\w*|abzuander\\w*|zuruckzuzieh\\w*|zuruckzuneh\\w*|zu\\s+(?:andern|loschen|entfernen|aktualisieren|uberdenken|korrigieren|erhohen|bearbeiten|verbessern)',
  // fr
  'reviendr\\w*\\s+sur|revenir\\s+sur|reveniez\\s+sur|remplac\\w*|reformul\\w*|efface\\w*|effacer|releve\\w*|relever|retrait|attenu\\w*|actualis\\w*|modifi\\w*|chang\\w*|revoy\\w*|revoi\\w*|passer|passez|mett\\w*\\s+a\\s+jour|supprim\\w*|retir\\w*|enlev\\w*|revoir|revis\\w*|reconsider\\w*|remont\\w*|augment\\w*|ameliorer|corrig\\w*|edit\\w*|dispar\\w*|complet\\w*|ajout\\w*',
].join('|');
const OWNER =
  "(?:(?:your|their|the|this|that|ur|seu|sua|essa|esse|esta|este|a|o|tu|su|esta|este|esa|ese|la|el|ihre|ihren|ihrem|ihrer|aquela|aquele|aquel|aquella|jene[nrs]?|deiner|deine|deinen|deinem|diese|dieser|diesen|die|den|votre|vos|ton|ta|seus|suas|cet|cette|ce|le|la|les|los|las|os|as)(?![\\w])|l')";
/** "updated the page after your review": a change made because of the review is not a change to it. */
const NOT_CAUSE =
  '(?!(?:after|since|following|from|thanks|because|due|per|based|apos|depois|desde|gracas|por\\s+causa|tras|despues|gracias|nach|seit|dank|aufgrund|wegen|apres|grace|suite)\\b)';
const W = "[\\w'-]+";

/** The review or the stars reconsidered as an enclitic pronoun, read across the sentence before too:
 * "ojalá puedas reconsiderarlas", "pode revê-la"; the stars also from the sentence before (below). */
const ENCLITIC_ES_PT =
  /\b(?:(?:reconsiderar|revisar|cambiar|modificar|actualizar|editar|subir|mejorar|reconsidera|revisa|cambia|modifica|actualiza|edita|sube|reconsidere|revise|modifique|actualice|edite|suba|altera|atualiza|muda)-?|reve-)(?:las|los|la|lo)\b(?=[^.!?]*\b(?:estrell\w*|estrel\w*|resena|valoracion|opinion|avaliac\w*|nota|comentario|calificacion|puntuacion)|(?<=\b(?:estrell\w*|estrel\w*|resena|valoracion|opinion|avaliac\w*|nota|comentario|calificacion|puntuacion)\b[\s\S]{0,80}))/g;
const STARS_BEFORE = /\b(?:estrell\w*|estrel\w*)\b/g;
const OTHER_PLURAL = /\b(?:las|los|as|os|unas|unos|estas|esas|essas|estes|tus|sus|suas|seus|nuestras|nossas)\s+(?!estrel)[a-z]{3,}/;
/** A French enclitic on the review: "si vous pouviez l'adoucir un peu". */
const ENCLITIC_FR =
  /\bl'(?:adoucir|modifier|retirer|supprimer|changer|revoir|nuancer|effacer)\b(?=[\s\S]{0,80}\b(?:avis|note|etoiles?|commentaire)\b|(?<=\b(?:avis|note|etoiles?|commentaire)\b[\s\S]{0,80}))/g;
const CHANGE_REVIEW: readonly RegExp[] = [
  // a star or two more hoped for: "hopefully that's worth a star or two more?", "dann ist noch ein Stern mehr drin", "vous reviendrez ajouter une étoile"
  /\b(?:worth|deserves?|merece\w*|vale|vaut|verdient)\s+(?:\w+\s+){0,2}?(?:a|an|one|another|uma|una|une|einen|un)\s+(?:\w+\s+)?(?:star|estrela|estrella|etoile|stern)s?\s+(?:or\s+two\s+)?(?:more|a\s+mais|mas|de\s+plus|mehr)\b|\b(?:noch\s+)?(?:ein|einen)\s+stern\s+mehr\b|\bajouter\s+une\s+etoile(?:\s+ou\s+deux)?\b|\b(?:add|adding)\s+(?:a|another)\s+star\b|\b(?:mais|una)\s+(?:uma\s+)?estrel\w*\s+(?:a\s+mais|mas)\b/g,
  new RegExp(`\\b(?:${CHANGE})(?:\\s+${NOT_CAUSE}${W}){0,3}?\\s+${OWNER}\\s*(?:${W}\\s+){0,2}?${REVIEW}\\b`, 'g'),
  new RegExp(`\\b${OWNER}\\s*(?:${W}\\s+){0,2}?${REVIEW}\\s+(?:${W}\\s+){0,4}?(?:${CHANGE})\\b`, 'g'),
  // German separable verbs, the particle at the end: "passen Sie Ihre Bewertung an", "nehmen Sie die Sternbewertung zuruck"
  new RegExp(
    `\\b(?:passen|nehmen|stellen|heben|setzen|stufen|ziehen)\\s+sie\\s+(?:${W}\\s+){0,4}?${REVIEW}\\s+(?:${W}\\s+){0,4}?(?:an|zuruck|herunter|runter|raus|hoch|um|weg|offline|vom\\s+netz)\\b`,
    'g',
  ),
  /\b(?:take|taking|pull|pulling)\s+(?:it|this|that|them)\s+down\b/g,
  // "please consider taking this one down": in a reply, "this" is the post replied to
  /\bconsider\s+(?:taking|pulling)\s+(?:this|it|that)(?:\s+one)?\s+(?:down|offline)\b/g,
  new RegExp(`\\b(?:take|taking|pull|pulling|put|putting)\\s+${OWNER}\\s+(?:${W}\\s+)?${REVIEW}\\s+(?:down|offline)\\b`, 'g'),
  /\b(?:leave|write|post|give)\s+(?:us\s+)?an?\s+(?:updated|revised|amended|new|second)\s+(?:review|rating)\b/g,
  /\b(?:make|change|turn|update|bump|raise)\s+(?:it|that|this)\s+(?:up\s+)?(?:to|into)\s+(?:a\s+)?(?:\d|five|four)[\s-]*stars?\b/g,
  /\b(?:review|rating)\s+(?:to\s+)?(?:reflect\w*|show\w*)\s+(?:the|how|our)\b/g,
  // moving it to a number of stars: "auf fünf Sterne", "up to 5 stars", "para cinco estrelas"
  /\b(?:to|auf|para|pra|a|en)\s+(?:4|5|four|five|vier|funf|quatro|cinco|cuatro|quatre|cinq)\s+(?:stars?|sterne\w*|estrelas|estrellas|etoiles)\b/g,
  // the review as "this" or "it" with a reason to change it: "edit this to reflect the refund"
  /\b(?:edit|update|change|amend|revise|adjust)\s+(?:this|it|that)\s+to\s+(?:reflect|show|say|include)\b/g,
  // a change as a noun: "a quick edit to this review", "una pequena edicion de esta resena", "eine kleine Anderung dieser Rezension"
  new RegExp(
    `\\b(?:edit|update|change|revision|tweak|edicion|edicao|alteracao|mudanca|cambio|modificacion|anderung|aktualisierung|uberarbeitung|modification|mise\\s+a\\s+jour|retouche)\\w*\\s+(?:to|of|on|in|de|da|do|a|em|en|an|nessa|nesta|neste|nesse|dieser|der|ihrer|de\\s+cette|de\\s+votre|dans|sur)\\s+(?:${W}\\s+)?${REVIEW}\\b`,
    'g',
  ),
  // a pronoun for the review, in a sentence that names it: "please delete it", "merci de le supprimer", "borralo"
  /\b(?:(?:delete|remove|edit|change|update|amend|take\s+down)\s+(?:it|this|that)|(?:le|la|lo|o|a)\s+(?:supprimer|retirer|modifier|eliminar|borrar|quitar|apagar|remover|excluir|retirar|editar)|(?:supprimez|retirez|modifiez|eliminalo|borralo|quitalo|apague(?:-?o)?|remova(?:-?o)?|exclua(?:-?o)?|borra|elimina|loschen\s+sie\s+(?:ihn|es|sie)|entfernen\s+sie\s+(?:ihn|es|sie)))\b(?=[^.!?]*\b(?:review|comment|feedback|post|rating|avaliac|comentario|resena|opinion|valoracion|bewertung|rezension|kommentar|avis|commentaire)|(?<=\b(?:review|comment|feedback|post|rating|avaliac\w*|comentario|resena|opinion|valoracion|bewertung|rezension|kommentar|avis|commentaire)\b[^.!?]*))/g,
  // more stars: "a few more stars", "mais estrelas", "ein paar Sterne mehr"
  /\b(?:more|extra|additional|another|mais|mas|otra|otras|weitere|plus\s+d')\s+(?:\w+\s+)?(?:stars?|estrelas?|estrellas?|sterne|etoiles?)\b|\b(?:sterne|sternchen|estrelas|estrellas|etoiles?|stars)\s+(?:\w+\s+)?(?:mehr|a\s+mais|mas|de\s+plus|en\s+plus|more)\b|\b(?:sub\w*|aument\w*|raise|bump)\s+(?:\w+\s+){0,2}?(?:estrellitas?|estrellas?|estrelas?|estrelinhas?|stars?|sterne\w*|etoiles?)\b|\b(?:second|segunda|zweite|seconde|another|otra|outra|nouvelle|noch\s+eine)\s+(?:chance|oportunidad|oportunidade)\s+(?:\w+\s+){0,3}?(?:a\s+|to\s+|der\s+|ihrer\s+|à\s+)?(?:tu\s+|su\s+|sua\s+|your\s+|votre\s+|la\s+|the\s+|a\s+)?(?:puntuacion|resena|valoracion|avaliacao|nota|review|rating|bewertung|note|avis)\b/g,
  // the review going away, said of the review: "could come down", "be removed"
  new RegExp(
    `\\b${REVIEW}\\s+(?:${W}\\s+){0,4}?(?:(?:comes?|go|goes|coming|be\\s+taken|taken|been\\s+taken)\\s+down|has\\s+been\\s+(?:removed|deleted))\\b|\\b${REVIEW}\\s+(?:could|would|might|can)\\s+be\\s+(?:removed|deleted|updated|changed|edited|revised|taken\\s+down)\\b`,
    'g',
  ),
  // a wish for a better or new review: "a better rating would make our day", "eine bessere Bewertung", "une meilleure note"
  new RegExp(
    `\\b(?:better|higher|fairer|more\\s+accurate|more\\s+balanced|improved|updated|revised|second|bessere\\w*|hohere\\w*|neue\\w*|aktualisierte\\w*|uberarbeitete\\w*|geanderte\\w*|korrigierte\\w*|meilleure|nouvelle|revisee|corrigee|nova|melhor|revisada|nueva|mejor|otra|corregida)\\s+(?:${W}\\s+)?(?:review|rating|score|stars|bewertung|rezension|note|avis|nota(?!\\s+fiscal)|avaliacao|resena|valoracion|puntuacion|calificacion)\\b`,
    'g',
  ),
  // a fairer or higher rating, the adjective after the noun: "uma nota mais justa faz muita diferença", "une note plus juste"
  /\b(?:nota|avaliacao|resena|valoracion|calificacion|puntuacion|note)\s+(?:mais\s+|mas\s+|plus\s+)(?:justa|juste|alta|haute|positiva|positive)\b/g,
  // the marketplace's own change request sent: "eine Anfrage zur Bewertungsänderung", "a feedback revision request"
  /\b(?:bewertungsanderung\w*|(?:feedback|review)\s+revision\s+request|demande\s+de\s+(?:modification|revision)\s+(?:de\s+|d')?(?:l'evaluation|l'avis|avis)|solicitud\s+de\s+(?:cambio|revision)\s+de\s+(?:la\s+)?valoracion|solicitacao\s+de\s+(?:alteracao|revisao)\s+da\s+avaliacao)\b/g,
  // a number of stars said to describe it better: "three or four stars might describe the keyboard better"
  /\b(?:\d|one|two|three|four|five)\s+(?:or\s+(?:\d|two|three|four|five)\s+)?stars?\s+(?:might|would|could|may)\s+(?:describe|reflect|fit|suit|capture)\b/g,
  ENCLITIC_ES_PT,
  // rated again: "que avalie novamente a empresa", "bewerten Sie uns gern erneut", "rate us again"
  /\b(?:avali\w*|rate|re-rate|bewerte\w*|evaluez|evaluer|califique\w*|calificar|valore\w*|valorar|puntue\w*|puntuar|note[zr]?)\s+(?:\w+\s+){0,2}?(?:novamente|de\s+novo|again|de\s+nuevo|nuevamente|otra\s+vez|erneut|nochmal|noch\s+einmal|a\s+nouveau|de\s+nouveau)\b/g,
  // the complaint marked as resolved by the customer: "marque a reclamação como resolvida"
  /\b(?:marque|marcar|marca|mark|markieren)\s+(?:\w+\s+){0,2}?(?:reclamac\w*|queja|reclamacion|complaint|beschwerde|reclamation)\s+(?:como|as|als|comme)\s+(?:resolvid\w*|resuelt\w*|resolved|geloest|gelost|erledigt|resolue?)\b/g,
  // the stars looked at again, the particle at the end: "Schau dir deine 2 Sterne gern nochmal an"
  /\bschau\w*\s+(?:dir\s+|sie\s+sich\s+)?(?:\w+\s+){0,3}?(?:sterne\w*|bewertung|rezension)\s+(?:\w+\s+){0,2}?(?:noch\s*(?:ein)?mal|erneut)\s+an\b/g,
  // something to be told or added there: "que tal contar isso lá na sua avaliação?", "add that to your review"
  /(?<!\b(?:thanks?|thank\s+you|gracias|obrigad[oa]|merci|danke)\s+(?:for|por|pelo|de|pour|fur|d')\s*)\b(?:contar|conte|cuente|contarlo|dire|ajouter|ajoutez|add|mention|mencion\w*|erwahn\w*|mentionn\w*|tell|erzahl\w*|acrescentar|incluir|include|poner|ponerlo|agregar)\s+(?:\w+\s+){0,3}?(?:in|on|to|na|no|en|dans|a|in\s+ihrer)\s+(?:sua|seu|your|tu|su|votre|ihrer|deiner)\s+(?:review|avaliac\w*|resena|opinion|avis|bewertung|rezension|commentaire|comentario)\b/g,
  // the stars turned into more: "esas 2 estrellitas se podrían convertir en 5"
  /\b(?:estrell\w*|estrel\w*|stars?|sterne\w*|etoiles?)\s+(?:\w+\s+){0,3}?(?:convert\w*|transform\w*|virar|viram|become|turn\s+into|werden\s+zu)\s+(?:en\s+|em\s+|into\s+|zu\s+)?(?:4|5|cinco|cuatro|quatro|five|four|funf|vier|cinq|quatre)\b/g,
  // a second chance with the stars: "geben Sie uns bei den Sternen eine zweite Chance"
  /\b(?:bei\s+den\s+sternen|in\s+der\s+bewertung|with\s+(?:the|your)\s+(?:stars|rating)|en\s+las\s+estrellas|nas\s+estrelas|dans\s+(?:la|votre)\s+note)\s+(?:\w+\s+){0,2}?(?:eine\s+|a\s+|una\s+|uma\s+|une\s+)?(?:zweite|second|segunda|seconde)\s+(?:chance|oportunidad|oportunidade)\b/g,
  // the review left standing, said as a pity: "ob es noch Sinn ergibt, sie so zu lassen", "steht leider noch so da", "nicht so stehen bleibt"
  /\b(?:faz|fizer|tiene|ergibt|makes)\s+(?:\w+\s+)?sentido\s+(?:\w+\s+){0,2}?(?:deixar|dejar)\s+(?:\w+\s+)?(?:assim|asi)\b|\b(?:bewertung|rezension|review|avaliac\w*|resena|avis)\s+(?:[\w-]+\s+){0,4}?(?:steht\s+(?:\w+\s+){0,2}?so\s+da|(?:nicht\s+)?so\s+stehen\s+bleibt|stays\s+(?:up\s+)?like\s+that|fique\s+assim|se\s+quede\s+asi|reste\s+(?:comme\s+ca|en\s+l'etat))\b/g,
  ENCLITIC_FR,
  /\b(?:retira-?la|apaga-?la|remove-?la|eliminarla|borrarla|quitarla|supprimer|le\s+retirer|la\s+retirer)\b(?=[^.!?]*(?:avalia|coment|resena|opinion|avis|comment|review))/g,
];
/** The shop thanking for a change already made, or promising never to ask, is not an ask. */
const NOT_ASK =
  /\b(?:(?:you\s+)?(?:don'?t|do\s+not)\s+need\s+to\s+(?:change|edit|update|remove)|(?:voce\s+)?nao\s+precisa\s+(?:alterar|mudar|editar|apagar|tirar)|nao\s+precisa,?\s+de\s+jeito\s+nenhum|(?:sie\s+)?mussen\s+(?:\w+\s+){0,3}?weder|(?:sie\s+)?mussen\s+(?:\w+\s+){0,3}?nichts?\s+(?:andern|loschen|anpassen|entfernen)|no\s+(?:tienes|tiene|hace\s+falta)\s+(?:que\s+)?(?:cambiar|editar|modificar|borrar)|(?:sie\s+)?mussen\s+nichts\s+(?:andern|loschen|anpassen)|vous\s+n'avez\s+(?:rien\s+a\s+modifier|pas\s+besoin\s+de\s+(?:modifier|changer|supprimer))|thank\w*\b[^.!?]{0,20}\bfor\s+(?:\w+\s+){0,2}(?:updating|changing|editing|revising|raising|adding\s+to|expanding)|(?:danke|dank)\b[^.!?]*\b(?:aktualisiert|geandert|angepasst|uberarbeitet|erganzt)\b|merci\s+d'avoir|gracias\s+por\s+(?:actualizar|cambiar|modificar|editar)|we(?:'d|\s+would|\s+will|'ll)?\s+never\s+ask|we\s+(?:won'?t|will\s+not|would\s+not|wouldn'?t|don'?t)\s+ask|no\s+(?:te|le|les|os)\s+(?:vamos\s+a\s+pedir|pediremos|pedimos)|nunca\s+(?:te|le|les)\s+(?:vamos\s+a\s+)?pedir\w*|nao\s+(?:vamos|iremos)\s+(?:te\s+|lhe\s+)?pedir|nunca\s+(?:vamos\s+)?(?:te\s+|lhe\s+)?pedir\w*|wir\s+(?:werden|wurden)\s+(?:sie|dich)\s+(?:nie|niemals|nicht)\s+(?:darum\s+)?bitten|wir\s+bitten\s+(?:sie|dich)\s+nicht|nous\s+ne\s+vous\s+demander\w*\s+(?:jamais|pas)|jamais\s+nous\s+ne\s+vous\s+demander\w*|obrigad[oa]\s+por\s+(?:atualizar|alterar)|gracias\s+por\s+(?:actualizar|cambiar)|danke\s+(?:fur\s+)?(?:das\s+)?(?:aktualisieren|anpassen)|merci\s+d'avoir\s+(?:modifie|mis\s+a\s+jour))/;
/** The customer's own change seen, as a fact: "vimos que o senhor atualizou a sua avaliação", "vous avez complété votre avis". */
/** A change of mind ("changement d'avis"), gears ("nas mudanças"), and the review as what made us act ("tu reseña nos llevó a revisar"). */
const NOT_THE_REVIEW =
  /\bchangement\s+d'avis\b(?![^.!?]*\b(?:etoiles?|note|commentaire))|\b(?:nas|das)\s+mudancas\b|\b(?:your|tu|su|sua|seu|ihre\w*|votre)\s+(?:\w+\s+)?(?:review|resena|avaliac\w*|bewertung|avis|comment\w*|valoracion|opinion|comentario)\s+(?:nos\s+(?:llevo|hizo|ayudo|levou|fez|ajudou)|led\s+us|made\s+us|helped\s+us|hat\s+uns|nous\s+a)\b/;
const SEEN_CHANGED =
  /\b(?:you(?:'ve|'d|\s+have|\s+had)|(?:voce|o\s+senhor|a\s+senhora)|(?:usted\s+)?ha|(?:tu\s+)?has|sie\s+haben|du\s+hast|vous\s+avez|tu\s+as)\s+(?:\w+\s+)?(?:updated|changed|edited|added\s+to|atualizou|alterou|editou|mudou|complementou|actualizado|cambiado|modificado|editado|ampliado|aktualisiert|geandert|erganzt|uberarbeitet|complete|modifie|mis\s+a\s+jour|change)\s+(?:a\s+|o\s+)?(?:sua|seu|your|su|tu|ihre\w*|deine\w*|votre|ton)\s+(?:\w+\s+)?(?:review|rating|avaliac\w*|comentario|valoracion|resena|opinion|bewertung|rezension|avis|commentaire|note)\b/;

/** The shop's own page or listing being changed ("we updated the listing after reviews like yours"). */
const SHOP_SUBJECT = /\b(?:we(?:'ve|\s+have|'ll|\s+will|\s+are|'re)?|our\s+team|nos|vamos|estamos|wir|nous)\s+(?:\w+\s+){0,2}$/;

const OUR_CHANGE =
  /\b(?:revis|cambi|modific|correg|corrig|actualiz|atualiz|alter|edit|ajust|mud|rectific|retific)\w*(?:amos|emos|imos|ons)\b/;
/** "we'd love it if you", "nos encantaria que", "que vous": the wish is addressed to the customer. */
const WISH_TO_YOU = /\b(?:que|dass|if\s+you|se\s+voce|si\s+vous|si\s+tu|wenn\s+sie|wenn\s+du)\b/;

const REWARD =
  /(?:\b\d+\s?%(?:\s?off)?|\b(?:(?:oferec|ofrec)(?:emos|eremos)(?:-(?:lhe|te|vos))?\s+(?:(?:a|lhe|te|le)\s+)?(?:um|uma|un|una)\s+(?!(?:troca|reembolso|devolucao|substituicao|cambio|reposicao|reparo|reparacion|nov[oa]|nuev[oa])\b)\w+|gratisprobe\w*|free\s+sample|muestra\s+gratis|amostra\s+gratis|echantillon\s+(?:gratuit|offert)|petit\s+cadeau|im\s+gegenzug|in\s+return|en\s+echange|em\s+troca|(?<!nada\s)a\s+cambio|leg(?:e|en)\s+(?:\w+\s+){0,10}?bei|ajoutons|verlanger\w*\s+(?:\w+\s+){0,3}?garantie|prolong\w*\s+(?:\w+\s+){0,3}?garantie|extend\w*\s+(?:\w+\s+){0,3}?warranty|beilegen|uberraschung\w*|surprise|sorpresa|surpresa|ganh(?:a|ou|am|e)|gana(?:s|ras)?|gagne[zr]?|gewinn\w*|sorte\w*|sorteamos|sorteio|raffle|tirage\s+au\s+sort|verlos\w*|gewinnspiel|carimbo\s+em\s+dobro|double\s+points|doppelte\s+punkte|(?:half|metade|mitad|halfte|moitie)\s+(?:\w+\s+){0,3}?(?:price|preco|valor|precio|importe|kaufpreis\w*|preis\w*|prix)|for\s+free|de\s+graca|regal(?:amos|aremos|ar|ando)|schenken|offrons|as\s+a\s+thank(?:\s+you|s)|como\s+(?:forma\s+de\s+)?agradecimiento|em\s+agradecimento|como\s+forma\s+de\s+agradecimento|als\s+dank\w*|en\s+remerciement|pour\s+vous\s+remercier|discount|coupon|voucher|gift\s+card|gift|free\s+(?!to\b|of\b)\w+|free(?=\s*[.!,;]|\s*$)|uberweisen\s+wir|on\s+the\s+house|por\s+conta\s+da\s+casa|cortesia\s+de\s+la\s+casa|aufs\s+haus|offert\s+par\s+la\s+maison|obendrauf|on\s+top|de\s+quebra|de\s+regalo|en\s+prime|ubernehmen\s+wir\s+(?:\w+\s+){0,2}?\w*kosten|erlassen\s+wir|(?:lege|legen)\s+(?:ich|wir)\s+(?:\w+\s+){0,10}?dazu|refund\w*|store\s+credit|credit(?!ed\s+to\s+you)\w*|reward|waiv\w*|dispens\w*|entfallt|entfallen|ahorr\w*|offrons|cash\s?back|freebie|little\s+something|surprise|surpresa|mimo|detalhe|sorpresa|detalle|aufmerksamkeit|(?<!\b(?:fur|fuer|danke)\s(?:\w+\s)?)dankeschon(?!\s+fur)|uberraschung|geste\s+commercial|petit\s+geste|points|desconto|cupom|brinde|presente|reembols\w*|credito(?!\s+para\s+(?:voce|voces|o\s+autor|a\s+autora))|gratis|frete\s+gratis|devolvemos|descuento|cupon|regalo|devolvemos|rabatt|gutschein|geschenk|kostenlos|gratis|erstatt\w*|reduction|remise|bon\s+d'achat|cadeau|gratuit\w*|rembours\w*|offerte?s?|offre|ships?\s+(?:for\s+)?free|versandkostenfrei|sorteo|sorteio|concorre\w*|gewinnspiel|verlosung|tirage\s+au\s+sort|giveaway|prize|premio|premio|bonus\s+(?:accessory|gift|item|product|points|credit)|(?:acessorio|brinde|accessoire|zubehor)\s+bonus|bonificacion|cashback|(?:extend|ampli|prolong|verlanger)\w*\s+(?:\w+\s+){0,2}?(?:warranty|garantia|garantie))\b|[$€£]\s?\d+|\d+\s?[$€£]|r\$\s?\d+)/g;
const CONDITION = new RegExp(
  [
    '\\b[345]\\s*(?:⭐|★)|(?:⭐|★){4,5}',
    `\\b(?:positive|positiva|positivo|positif|positiv)\\w*\\s+(?:${W}\\s+){0,3}?${REVIEW}\\b|\\b${REVIEW}\\s+(?:${W}\\s+){0,4}?(?:positive|positiva|positivo|positif|positiv)\\w*`,
    '\\b(?:positive|good|glowing|honest\\s+and\\s+positive)\\s+(?:update|words|post|story|shout-?out)',
    // the stars moved up as the price: "bump it to 5 and we'll send", "súbela a 5"
    '\\b(?:bump|raise|change|update|move|sube|subela|sobe|mude|passez|passe)\\s+(?:it|that|them|la|a)?\\s*(?:up\\s+)?(?:to|a|para|auf)\\s+(?:5|five|cinco|funf|cinq|4|four|cuatro|quatro|vier|quatre)\\b',
    `\\b(?:if|se|si|wenn|falls|once|sobald|quand|cuando|quando)\\s+(?:you|voce|vous|sie|tu|usted)\\s+(?:\\w+\\s+){0,4}?(?:edit|mention|updat|add|ampl|expand|editar|mencion|atualiz|acrescent|erwahn|aktualisier|erganz|modifi|mentionn|ajout|actualis)\\w*\\s+(?:\\w+\\s+){0,4}?(?:${REVIEW}|texto|text|relato)\\b|\\b(?:if|se|si|wenn)\\s+(?:you|voce|vous|sie|tu|usted)\\s+(?:\\w+\\s+){0,3}?(?:${REVIEW}|texto|relato)\\s+(?:\\w+\\s+){0,3}?(?:mention|mencion|erwahn|mentionn|erganz|ampl)\\w*`,
    '\\b(?:on\\s+the\\s+condition|provided\\s+that|in\\s+exchange|all\\s+we\\s+ask|com\\s+a\\s+condicao|desde\\s+que|en\\s+cuanto|una\\s+vez\\s+que|a\\s+cambio|con\\s+la\\s+condicion|voraussetzung|vorausgesetzt|sofern|unter\\s+der\\s+bedingung|im\\s+gegenzug|sobald|en\\s+echange|a\\s+condition\\s+que|pourvu\\s+que)\\b[^.!?]{0,60}?\\b(?:review|rating|avaliac\\w*|comentario|resena|opinion|bewertung|rezension|avis|commentaire|note|passage|part|parte|absatz|edit\\w*)',
    '\\b(?:falando|hablando|parlant|speaking|talking|saying)\\s+(?:muito\\s+|muy\\s+|tres\\s+|so\\s+)?(?:bem|bien|good|well|nice)|\\bgut\\s+uber\\s+uns',
    '\\b(?:(?:5|five|4|four|cinco|quatro|cuatro|funf|vier|cinq|quatre)[\\s-]*(?:stars?|estrelas|estrellas|sterne\\w*|etoiles))',
    '\\b(?:positive|good|great|glowing|nice|favou?rable|better|higher|happy|excellent)\\s+(?:review|rating|feedback)',
    // a review asked to be lavish: "conta com uma avaliacao bem caprichada", "una resena bien generosa"
    '\\b(?:avaliac(?:ao|oes)|nota|resena|opinion|review|rating|bewertung|avis)\\s+(?:bem\\s+|bien\\s+|muy\\s+|really\\s+|tres\\s+|richtig\\s+)?(?:caprichad[ao]|generos[ao]|generous|glowing|bonit[ao]|linda|top|grosszugig\\w*|genereuse?)\\b',
    '\\b(?:avaliac(?:ao|oes)|resena|opinion|bewertung|avis)\\s+(?:boa|buena|gute|bon)\\b|\\b(?:boa|buena|gute|bonne?)\\s+(?:avaliac(?:ao|oes)|resena|opinion|bewertung|avis)\\b',
    `\\b(?:if|se|si|wenn|falls)\\s+(?:your|seu|sua|tu|su|ihre|votre)\\s+(?:${REVIEW})\\s+(?:\\w+\\s+)?(?:says|diz|dice|sagt|indique|mentions|menciona|erwahnt|mentionne)\\b`,
    '\\bavaliac(?:ao|oes)\\s+positiva|\\bnota\\s+(?:maxima|5|10|alta)',
    '\\b(?:resena|opinion|valoracion|calificacion)\\s+positiva|\\bpuntuacion\\s+(?:maxima|alta)',
    '\\bpositive\\w*\\s+(?:bewertung|rezension)',
    '\\bavis\\s+(?:positif|favorable|5)|\\bbonne\\s+note',
    `\\b(?:${CHANGE})(?:\\s+${W}){0,3}?\\s+${OWNER}\\s*(?:${W}\\s+){0,2}?(?:reviews?|ratings?|avaliacao|nota|resena|valoracion|opinion|bewertung|rezension|avis|note)\\b`,
    `\\b(?:if|once|when|se|si|wenn|sobald|quando|cuando|lorsque)\\s+(?:you\\s+|voce\\s+|vous\\s+|sie\\s+)?(?:leave|write|post|give|deixar|escrever|dejas|escribes|hinterlassen|schreiben|laissez|ecrivez|postez)\\w*\\s+(?:us\\s+)?(?:a\\s+|an\\s+|uma\\s+|una\\s+|eine\\s+|un\\s+)?(?:review|avaliacao|resena|opinion|bewertung|avis)`,
    '\\b(?:leave|write|post)\\s+(?:us\\s+)?an?\\s+(?:\\w+\\s+)?review\\s+(?:and|to)\\s+(?:get|receive|earn|win)',
    '\\ba\\s+cambio\\s+de\\s+que\\s+(?:nos\\s+)?(?:califique|valore|puntue|deje|ponga)\\w*|\\bem\\s+troca\\s+de\\s+(?:uma\\s+)?(?:avaliac\\w*|nota)',
    // "une fois votre note mise à jour", "once your review is updated"
    `\\b(?:une\\s+fois|des\\s+que|once|sobald|assim\\s+que|en\\s+cuanto|una\\s+vez)\\s+(?:que\\s+)?(?:votre|ta|la|your|the|ihre|deine|sua|a|tu|su)\\s+(?:\\w+\\s+)?(?:${REVIEW})\\s+(?:\\w+\\s+)?(?:mise?\\s+a\\s+jour|modifiee?|updated|changed|edited|aktualisiert|geandert|atualizad[oa]|actualizad[oa]|cambiad[oa])`,
  ].join('|'),
  'g',
);
/** Thanking for stars is fine on its own: a reward only counts with a link to the review ("for", "if", "and get"). */

const CHANGE_RE = new RegExp(`\\b(?:${CHANGE})`);
/** Whether folded text has a verb of changing or removing (a concept for the learned model's features). */
export function namesChange(folded: string): boolean {
  return CHANGE_RE.test(folded);
}
const REVIEW_RE = new RegExp(
  `\\b${REVIEW}\\b|\\b(?:take|taking|pull|pulling)\\s+(?:\\w+\\s+){0,3}?down\\b|\\b(?:edit|update|change|amend)\\s+(?:this|it)\\b`,
);
/** Whether folded text speaks of a review at all (the learned model's precondition for a review ask). */
export function speaksOfReview(folded: string): boolean {
  return REVIEW_RE.test(folded);
}
/** The shop thanking for a change already made ("thanks for updating your review"): never an ask. */
export function thanksForChange(folded: string): boolean {
  return NOT_ASK.test(folded);
}
/** Whether folded text offers anything of value (the learned model's precondition for an incentive). */
export function offersReward(folded: string): boolean {
  return rewardSpans(folded).length > 0;
}

/** The customer's own question about changing it, answered: "a senhora perguntou como apagar", "Ja, das geht: unter Mein Konto". */
const ASKED_HOW =
  /\b(?:(?:voce|a\s+senhora|o\s+senhor)\s+perguntou\s+como|you\s+asked\s+how|(?:me\s+)?preguntaste\s+c[oó]mo|sie\s+haben\s+gefragt,?\s+wie|ja,\s+das\s+geht|vous\s+avez\s+demande\s+comment|yes,\s+you\s+can)\b/;
/** The review left to the customer ("it's entirely up to you", "bleibt Ihnen uberlassen", "libre a vous"): no ask in that sentence. */
const FREE_CHOICE =
  /\b(?:(?:a\s+)?decisao\s+e\s+(?:toda\s+)?sua|entscheiden\s+(?:natur\w*\s+)?(?:allein|ganz)?\s*sie)\b|\b(?:(?<!\b(?:make|making|made)\s+(?:it|this|that)\s+)(?:entirely\s+|completely\s+|totally\s+)?up\s+to\s+you|your\s+(?:call|choice|decision)|(?:review|rating|resena|avaliacao|opinion|bewertung|rezension|avis)\s+(?:\w+\s+)?(?:is|es|e|ist|est)\s+(?:yours|tuya|suya|sua|ihre|a\s+vous)\b|whether\s+or\s+not\s+you|(?:e|fica\s+a)\s+(?:decisao|criterio)\s+(?:sua|seu)|a\s+(?:seu|teu)\s+criterio|e\s+(?:sua|tua)\s+(?:decisao|escolha)|es\s+(?:tuya|suya)|(?:decision|eleccion)\s+(?:tuya|suya)|depende\s+de\s+(?:ti|usted|voce)|(?:bleibt|liegt)\s+(?:\w+\s+){0,2}?(?:ihnen|dir|bei\s+ihnen|bei\s+dir)\s*(?:uberlassen|uberlasst)?|ihre\s+entscheidung|ganz\s+ihnen\s+uberlassen|libre\s+a\s+vous|a\s+vous\s+de\s+(?:voir|decider|juger)|vous\s+appartient|votre\s+choix|comme\s+vous\s+le\s+souhaitez|nada\s+(?:a\s+cambio|em\s+troca)|nothing\s+in\s+return|no\s+strings\s+attached|rien\s+en\s+(?:retour|echange)|nichts\s+im\s+gegenzug|(?:opinion|opiniao|honest\s+(?:review|opinion)|ehrliche\s+meinung|avis)\s+(?:sincer[ao]|sincere|honest[ao]?|ehrlich\w*)|(?:tu|su|sua|your|votre|ihre)\s+(?:opinion|opiniao|opinion|avis|meinung)\s+(?:sincera|honesta|sincere|ehrliche)|(?:nothing|rien|nada|nichts)\s+(?:to|a|que|para|zu)\s+(?:change|modifier|changer|cambiar|modificar|alterar|mudar|andern)|(?:stays?|remain|can\s+stay)\s+(?:exactly\s+)?(?:as|the\s+way)\s+you\s+(?:wrote|posted|left)|bleibt\s+(?:\w+\s+)?,?\s*wie\s+(?:sie|du)\s+(?:sie|ihn|es)\s+geschrieben|(?:puede|pode)\s+(?:quedarse|ficar)\s+(?:como|tal\s+como)\s+(?:esta|esta)|peut\s+rester\s+tel(?:le)?\s+quel(?:le)?)\b/;
/** Whether folded text leaves the review to the customer (the learned model may then not claim a review ask or a bargain). */
export function leavesChoice(folded: string): boolean {
  return FREE_CHOICE.test(folded) || THING_CHANGE.test(folded);
}
const THING_CHANGE = new RegExp(`\\b(?:this|that|it|cela|ca|ceci|isso|isto|esto|eso|das|dies)\\s+(?:${CHANGE})`);
/** A thing as the subject of the change ("if this changes your mind", "si cela change votre avis"): not a request. */
const CHANGE_AT_START = new RegExp(`^(?:${CHANGE})`);
const THING_SUBJECT = /\b(?:this|that|it|cela|ca|ceci|isso|isto|esto|eso|das|dies)\s+$/;

/** A part of the review as what is to go: "edit out the part about the smell", "editar a parte que fala do atraso". */
const PART_OUT =
  /\b(?:edit\s+out|remove|take\s+out|cut|editar|tirar|tire|tira|remova|apague|quite|quita|elimine|borre|enlevez|supprimez|remover|apagar|quitar|eliminar|borrar|streichen|herausnehmen|entfernen|loschen|retirer|supprimer|enlever|retrait\s+du)\s+(?:\w+\s+){0,2}?(?:the\s+part|the\s+bit|the\s+line|the\s+word|a\s+parte|o\s+trecho|a\s+palavra|la\s+parte|la\s+frase|la\s+palabra|den\s+absatz|den\s+satz|das\s+wort|le\s+passage|la\s+phrase|le\s+mot)\b|\b(?:the\s+part|a\s+parte|la\s+parte|den\s+absatz|das\s+wort|le\s+passage|le\s+mot)\b[^.!?]{0,60}?\b(?:aus\s+(?:ihrer|der)\s+(?:rezension|bewertung)\s+(?:zu\s+)?(?:streichen|herausnehmen|entfernen|loschen)|out\s+of\s+(?:your|the)\s+review)|\b(?:mention|mencione|mencion[ae]|erwahnen\s+sie|mentionnez)\s+(?:\w+\s+){0,2}?(?:in|en|no|na|dans)\s+(?:your|seu|sua|su|tu|ihrer|votre)\s+(?:review|comment\w*|avalia\w*|resena|rezension|bewertung|avis|commentaire)/;

/** A request addressed to the customer, their own review named, and a change in the same sentence ("poderia atualizar o seu relato?"). */
const ASKS_YOU =
  /\?|\b(?:could|would|can)\s+you\b|\bpourr(?:iez|ais)-(?:vous|tu)|\bpoderia|\bpodr(?:ia|ias)\b|\bkonnten\s+sie\b|\bwurden\s+sie\b|\bte\s+importaria|\ble\s+importaria/;
const YOUR_REVIEW =
  /\b(?:your|seu|sua|o\s+seu|a\s+sua|tu|su|ihre\w*|votre|ton)\s+(?:\w+\s+)?(?:review|rating|post|comment|relato|texto|avaliac\w*|comentario|resena|valoracion|puntuacion|bewertung|rezension|kommentar|beitrag|text|avis|commentaire|note)\b/;

/** A review site named as the place: "bei Google", "no Reclame Aqui", "on Trustpilot". */
const REVIEW_SITE =
  /\b(?:bei|auf|on|no|na|en|sur)\s+(?:google|trustpilot|reclame\s+aqui|yelp|tripadvisor|trusted\s*shops|avis\s+verifies)\b/;

export function detectReviewAsk(text: string): Hit[] {
  const f = fold(text);
  const hits: Hit[] = [];
  const excused: { start: number; end: number }[] = [];
  for (const sentence of sentences(text)) {
    const s = f.slice(sentence.start, sentence.end);
    if (NOT_ASK.test(s)) {
      excused.push({ start: sentence.start, end: sentence.end });
      continue;
    }
    if (FREE_CHOICE.test(s) || SEEN_CHANGED.test(s) || NOT_THE_REVIEW.test(s) || THIRD_ACTS.test(s)) {
      excused.push({ start: sentence.start, end: sentence.end });
      continue;
    }
    const part = PART_OUT.exec(s);
    // the part of a message or an email is not the review's
    if (part && !/\b(?:message|e-?mail|mensage\w*|mensaje|nachricht|chat|formular\w*|form)\b/.test(s))
      hits.push({ code: 'asks_to_change_review', start: sentence.start + part.index, end: sentence.start + part.index + part[0].length });
    const site = REVIEW_SITE.exec(s);
    if (site && ASKS_YOU.test(s) && CHANGE_RE.test(s.replace(REVIEW_SITE, ' ')) && !SHOP_SUBJECT.test(s.slice(0, site.index)))
      hits.push({ code: 'asks_to_change_review', start: sentence.start + site.index, end: sentence.start + site.index + site[0].length });
    const own = YOUR_REVIEW.exec(s);
    if (own && ASKS_YOU.test(s) && CHANGE_RE.test(s.replace(YOUR_REVIEW, ' ')) && !SHOP_SUBJECT.test(s.slice(0, own.index))) {
      hits.push({ code: 'asks_to_change_review', start: sentence.start + own.index, end: sentence.start + own.index + own[0].length });
    }
    for (const re of CHANGE_REVIEW) {
      for (const m of spansOf(s, re)) {
        const before = s.slice(Math.max(0, m.start - 30), m.start);
        if (THING_SUBJECT.test(before) && CHANGE_AT_START.test(m.text)) {
          excused.push({ start: sentence.start + m.start, end: sentence.start + m.end });
          continue;
        }
        if (SHOP_SUBJECT.test(before) && !WISH_TO_YOU.test(before) && !/\b(?:could|would|can)\s+you\b|\bplease\b/.test(s)) continue;
        // the change in the shop's own first person plural: "…vienes de esta reseña y revisamos lo del robot"
        if (OUR_CHANGE.test(m.text)) continue;
        hits.push({ code: 'asks_to_change_review', start: sentence.start + m.start, end: sentence.start + m.end });
      }
    }
  }
  const covered = (h: Hit) =>
    excused.some((x) => x.start <= h.start && h.start < x.end) || hits.some((x) => x.start <= h.end && h.start <= x.end);
  // the stars as a plural enclitic, named in the sentence before: "…2 estrellitas... ¿te animas a subirlas?"
  // (only the plural: "revisarlo" after "gracias por tu reseña" is the broken part, not the review)
  for (const m of spansOf(f, ENCLITIC_ES_PT)) {
    const h: Hit = { code: 'asks_to_change_review', start: m.start, end: m.end };
    const own = sentences(text).find((x) => x.start <= m.start && m.start < x.end);
    const before = f.slice(Math.max(0, m.start - 80), m.start);
    const stars = [...before.matchAll(STARS_BEFORE)].pop();
    // another plural noun after the stars is what the pronoun stands for: "Las toallas nuevas… ¿puedes revisarlas?"
    const other = stars !== undefined && OTHER_PLURAL.test(before.slice(stars.index + stars[0].length));
    if (/las$/.test(m.text) && stars && !other && !covered(h) && !(own && NOT_ASK.test(f.slice(own.start, own.end)))) hits.push(h);
  }
  // the customer asked how, and the reply tells them and leaves it to them: "a senhora perguntou como apagar … a decisão é toda sua"
  if (ASKED_HOW.test(f) && FREE_CHOICE.test(f)) return incentiveHits(f, [], excused);
  hits.push(...reviewChangeByMeaning(text, f).filter((h) => !covered(h)));
  hits.push(...incentiveHits(f, hits, excused));
  return hits;
}

/** A replacement sent free of charge: "send a new seal for free", "mandamos uma tampa nova grátis". */
const FREE_REPLACEMENT =
  /\b(?:new|nuevo|nueva|novo|nova|neue\w*|nouveau|nouvelle|ersatz\w*|replac\w*|troc\w*|sustitu\w*|ersetz\w*|remplac\w*)\b/;

/** Rewards offered, less a replacement sent free for a problem ("we'll send a new seal for free"): that is a remedy. */
function rewardSpans(f: string) {
  return spansOf(f, REWARD).filter(
    (r) =>
      !(
        /^(?:for\s+free|free|gratis|gratuit\w*)$/.test(r.text.trim()) && FREE_REPLACEMENT.test(f.slice(Math.max(0, r.start - 40), r.start))
      ),
  );
}

// A reward and a review condition in the same reply is the bargain, even split over two sentences
// ("Thanks for the 5 stars! Here's a voucher."). The span runs from the first of the two to the end
// of the last so both halves are highlighted.
function incentiveHits(f: string, asks: readonly Hit[], excused: readonly { start: number; end: number }[]): Hit[] {
  if (NOT_ASK.test(f)) return [];
  const rewards = rewardSpans(f);
  const conditions = [...spansOf(f, CONDITION), ...asks.map((a) => ({ start: a.start, end: a.end, text: f.slice(a.start, a.end) }))].filter(
    (c) => !excused.some((x) => x.start <= c.start && c.start < x.end),
  );
  if (rewards.length === 0 || conditions.length === 0) return [];
  const all = [...rewards, ...conditions];
  return [{ code: 'incentive_for_positive_review', start: Math.min(...all.map((s) => s.start)), end: Math.max(...all.map((s) => s.end)) }];
}
