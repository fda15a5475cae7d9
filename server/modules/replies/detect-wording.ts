// Blame, argument and absolute promises, read as frames over folded text (lower case, no accents)
// in en, pt, es, de and fr. A frame names the move, not a sentence someone wrote: second person plus
// a failure verb ("you did not read", "voce nao seguiu", "Sie haben ... nicht gelesen"), a should-have
// ("deberia haber", "auriez du"), a cause laid on the customer's handling ("because it went in the
// dryer", "por mau uso"), a contest of the review ("we disagree", "c'est faux"), or a defence that
// puts the fault elsewhere ("it was perfect when it left us"). A reply may name the carrier, a
// guarantee policy or the review itself; it may not blame, promise or bargain.
import { BROKEN_SAID, namesFirmTime } from './detect-date-promise.js';
import { namesRemedy } from './detect-discount-only.js';
import { fold } from './fold.js';
import type { Hit } from './text-scan.js';
import { sentences, spansOf } from './text-scan.js';

const EMOTION =
  '(?:so\\s+|very\\s+|really\\s+|quite\\s+)?(?:frustrat|disappoint|upset|annoy|worr|stress|surpris|inconvenien|angry|confus|let down)';
const HANDLE =
  '(?:read|check|follow|measur|look|us|assembl|install|wash|dri|dry|clean|charg|stor|handl|open|fit|mount|care|consult|review|pay\\s+attention)\\w*';

const ARGUE: readonly RegExp[] = [
  // en
  new RegExp(`\\byou\\s+must(?:'ve|\\s+have)\\s+(?!(?:been|felt)\\s+${EMOTION})\\w+`),
  /\byou\s+should(?:'ve|\s+have)\s+(?!(?:their|our|the|a|an|it|them|your|this|that|one|had|seen|to)\b|received|gotten|got\b|heard\b|been\s+(?:contacted|refunded|notified|told|informed|offered|sent))\w+/,
  new RegExp(
    `\\byou\\s+(?:(?:obviously|clearly|simply|just)\\s+)?(?:didn'?t|did\\s+not|failed\\s+to|never|haven'?t|have\\s+not)\\s+(?:(?:even|properly|carefully|correctly)\\s+)?${HANDLE}`,
  ),
  new RegExp(
    `\\b(?:if\\s+you(?:'d|\\s+had|\\s+would\\s+have)|had\\s+you)\\s+(?:(?:just|only|simply|actually|properly|bothered\\s+to|taken\\s+the\\s+time\\s+to|cared\\s+to)\\s+)?${HANDLE}`,
  ),
  /\byou\s+(?:obviously|clearly)\s+\w+/,
  /\byou\s+(?:ordered|chose|picked|selected|bought)\s+the\s+wrong\b/,
  /\byou\s+(?:misunderstood|misread|are\s+wrong|'re\s+wrong|are\s+mistaken|'re\s+mistaken|claim)\b/,
  /\byou(?:'re|\s+are)\s+(?:wrong|mistaken|the\s+only\s+(?:customer|one|person|buyer))\b/,
  /\b(?:no\s+other\s+(?:customer|buyer)s?\s+(?:has|have)\s+(?:had|complained|reported)|nobody\s+else\s+has\s+(?:had|complained|reported))/,
  /\b(?:(?<!\b(?:no|nothing|zero|free|without|nada)\s+(?:[\w-]+\s+){0,2})on\s+your\s+(?:end|side)|your\s+(?:own\s+)?fault|user\s+error|customer\s+error|operator\s+error|(?:improper|incorrect|wrong|careless)\s+(?:use|usage|handling|installation|washing|care)|(?<!\b(?:not\s+cover|excludes?|excluding|except)\b[^.!?]{0,40})(?:misuse|mishandl\w*))\b/,
  /\b(?:as\s+)?(?:clearly\s+(?:stated|states|says|said|shown|indicated|written|marked)|it\s+clearly\s+(?:says|states|shows)|(?:was|is|were|are)\s+clearly\s+(?:stated|written|shown|mentioned|marked|labell?ed)|(?:instructions?|label|description|listing|manual|guide|chart)\s+clearly\s+(?!wasn'?t|isn'?t|was\s+not|is\s+not|did\s+not|didn'?t|failed)\w+)\b/,
  /\b(?:this|that|your\s+review|your\s+claim|the\s+review)(?:'s|\s+is)\s+(?:simply\s+|just\s+)?(?:not\s+true|false|untrue|a\s+lie|inaccurate|misleading|unfair)\b/,
  /\b(?:not\s+our\s+(?:fault|problem|responsibility)|nothing\s+we\s+can\s+do|we\s+did\s+nothing\s+wrong|we(?:'re|\s+are)\s+not\s+responsible|not\s+(?:from|on)\s+us\b|not\s+a\s+(?:defect|fault)\s+(?:of|in)\s+(?:our|the)\s+product)/,
  /\b(?:contrary\s+to|unlike)\s+what\s+you\b/,
  // their account contested, and the fault refused outright: "Ihre Darstellung stimmt so nicht", "nous n'y sommes pour rien"
  /\b(?:(?:ihre|deine)\s+(?:darstellung|aussage|behauptung|schilderung)\s+(?:ist|stimmt)\s+(?:so\s+|leider\s+)?(?:nicht|falsch|unzutreffend)|bleiben\s+sie\s+(?:bitte\s+)?bei\s+den\s+fakten|stick\s+to\s+the\s+facts|your\s+(?:account|version|description)\s+(?:of\s+events\s+)?(?:is\s+not|isn'?t|is\s+in)\s*(?:accurate|correct|true|right|correct)|(?:su|tu)\s+version\s+(?:de\s+los\s+hechos\s+)?no\s+es\s+(?:cierta|correcta|exacta)|(?:sua|a\s+sua)\s+versao\s+(?:dos\s+fatos\s+)?nao\s+(?:e|esta)\s+(?:correta|verdadeira)|votre\s+version\s+(?:des\s+faits\s+)?n'est\s+pas\s+(?:exacte|correcte)|(?:ist|war)\s+nicht\s+unser(?:e)?\s+(?:fehler|problem|verschulden|schuld)|liegt\s+(?:also\s+|daher\s+|somit\s+)?nicht\s+an\s+uns(?:erer|eren|erem|)\b|(?:nous\s+)?n'y\s+sommes\s+pour\s+rien|ce\s+n'est\s+pas\s+(?:de\s+)?notre\s+faute|no\s+es\s+(?:culpa\s+nuestra|nuestra\s+culpa|nuestro\s+problema)|nao\s+e\s+(?:culpa\s+nossa|nossa\s+culpa|problema\s+nosso))/,
  // the customer's own choice held against them: "Sie haben die Lieferung ja selbst nicht angenommen", "vous avez choisi ce point relais vous-meme"
  /\bsie\s+haben\s+(?:\w+\s+){0,4}?(?:ja\s+)?selbst\s+(?:\w+\s+){0,2}?(?:\w*ge\w+(?:t|en)|\w+iert)\b|\bvous\s+avez\s+(?:\w+\s+){0,5}?vous-meme\b|\byou\s+(?:\w+\s+){0,2}?(?:chose|picked|selected|declined|refused|entered|typed)\s+(?:\w+\s+){0,4}?yourself\b|\b(?:usted|tu)\s+mism[oa]\s+(?:\w+\s+)?(?:eligi|rechaz|seleccion|escribi|introduj)\w*|\bvoce\s+mesm[oa]\s+(?:\w+\s+)?(?:escolheu|recusou|selecionou|digitou|escreveu|escolhera|optou)\b/,
  /\bwe\s+(?:do\s+not|don'?t|cannot|can'?t)\s+(?:agree|accept)\s+(?:with\s+)?(?:this|your|that|the)\b|\bwe\s+(?:disagree|dispute|reject)\b/,
  /\b(?:was|were|left|arrived)\s+(?:in\s+)?(?:perfect(?:\s+condition)?|flawless|fine|intact)\s+when\s+it\s+left\s+(?:us|our)\b|\bwhen\s+it\s+left\s+(?:us|our\s+\w+)(?:,)?\s+it\s+was\s+(?:perfect|fine|flawless|intact)/,
  /\b(?:damage|problem|issue|fault|break\w*|shrink\w*|stain\w*|tear)\s+(?:came|comes|happened|occurred|was\s+caused|is\s+caused|results?|resulted)\s+(?:from|by|because)\s+(?:how|the\s+way|you|your)\b/,
  /\b(?:happened|occurred|broke|shrank|shrunk|failed|stopped\s+working)\s+because\s+(?:you|it\s+was\s+(?:put|washed|dried|dropped|left|used|assembled|mounted)|they\s+were\s+(?:put|washed|dried|dropped|left|used))\b/,
  /\b(?:read|check)\s+the\s+(?:description|listing|size\s+chart|product\s+page|instructions|manual)\s+(?:before|next\s+time|first|more\s+carefully|properly)\b/,
  // cause laid on the customer's handling, any language: a causal word, then (with no "we" in between)
  // a fault word or a handling verb in the passive: "because it was plugged into the wrong voltage",
  // "weil es an der falschen Spannung angeschlossen wurde", "parce qu'il a ete branche sur la mauvaise tension"
  /(?<!\b(?:isn'?t|is\s+not|not|wasn'?t|was\s+not|nao\s+e|no\s+es|n'est\s+pas|ist\s+nicht)\s+)\b(?:because|since|due\s+to|caused\s+by|down\s+to|result\s+of|porque|pois|devido|por\s+causa|weil|wegen|durch|parce\s+qu?e?'?|a\s+cause|en\s+raison)\b(?:(?!\b(?:we|our|us|nos|nosso|nossa|nuestro|nuestra|wir|unser\w*|nous|notre|nos|given|told|sent|shown|informed|gave|sold|quoted|turned|arrived|came|shipped|delivered|veio|chegou|llego|vino|kam|arrive|packed|labell?ed)\b)[^.!?;]){0,60}?\b(?:wrong|incorrect\w*|improper\w*|falsch\w*|errad[oa]s?|equivocad[oa]s?|mauvais\w*|how\s+it\s+was\s+\w+|how\s+(?:you|they)\s+\w+|(?:was|were)\s+(?:plugged|connected|washed|dried|dropped|filled|overfilled|left|stored|used|assembled|installed|tumble)|foi\s+(?:ligad|lavad|secad|usad|montad|deixad|derrubad|guardad)\w*|se\s+(?:enchufo|conecto|lavo|seco|uso|monto|dejo|cayo)|(?:angeschlossen|gewaschen|getrocknet|benutzt|aufgebaut|montiert|fallen\s+gelassen)\s+wurde|a\s+ete\s+(?:branche|lave|seche|utilise|monte|laisse)\w*)/,
  /\b(?:most|other|all\s+(?:our\s+)?other)\s+(?:customers|buyers|people)\s+(?:manage|have\s+no|don'?t\s+have|never\s+have|are\s+happy)|\b(?:maioria|outros)\s+(?:dos\s+)?clientes\s+(?:conseguem|nao\s+(?:tem|tiveram))|\b(?:mayoria\s+de\s+(?:los\s+)?clientes|otros\s+clientes)\s+(?:no\s+(?:tienen|han\s+tenido)|consiguen)|\b(?:die\s+meisten|andere)\s+kunden\s+(?:haben\s+(?:kein|damit\s+kein)|kommen)|\b(?:la\s+plupart\s+des|les\s+autres)\s+clients\s+(?:n'ont|y\s+arrivent|arrivent)/,
  /\b(?<!\b(?:i|we)\s+(?:know|understand|realise|realize|believe\s+you)\s)(?:that(?:'s|\s+is)\s+not\s+what\s+happened|nao\s+(?:e|foi)\s+(?:isso|assim)\s+(?:que|o\s+que)\s+aconteceu|nao\s+foi\s+assim|eso\s+no\s+es\s+lo\s+que\s+paso|no\s+fue\s+asi|so\s+war\s+es\s+nicht|das\s+ist\s+(?:so\s+)?nicht\s+passiert|ce\s+n'est\s+pas\s+ce\s+qui\s+s'est\s+passe|ca\s+ne\s+s'est\s+pas\s+passe)\b/,
  /\b(?:you|sie|usted|vous|voce|a\s+senhora|o\s+senhor)\s+(?:(?:were\s+not|weren'?t|waren\s+nicht|no\s+estaba|n'etiez\s+pas|nao\s+estava)\s*(?:at\s+home|home|in\b|zu\s+hause|en\s+casa|em\s+casa|chez\s+vous|there|da\b|available|present|anwesend|presente?)|etiez\s+absente?)/,
  /\b(?:(?:right|clearly)\s+there\s+on\s+the\s+(?:page|listing|label|box)|(?:as\s+)?(?:clearly\s+)?stated\s+(?:in|on)\s+the\s+(?:manual|instructions|listing|description|page|label)|conforme\s+(?:consta|indicado|informado)\s+n[oa]|como\s+(?:indica|dice)\s+(?:claramente\s+)?(?:el|la)\s+(?:manual|descripcion|etiqueta|ficha)|wie\s+(?:in\s+der\s+\w+\s+)?(?:klar|deutlich)\s+(?:steht|beschrieben)|comme\s+l'indique\s+(?:clairement\s+)?la\s+(?:notice|fiche|description|etiquette))\b/,
  // "clearly said": the label, page or manual held against the customer
  /\b(?:clearly|claramente|clairement|deutlich|eindeutig|klar|bien|explicitly|expressly)\s+(?:(?!als\b|than\b|que\b|do\b)\w+\s+){0,2}?(?:said|says|stated|states|labell?ed|marked|written|shown|dizia|diz|dizem|informad[oa]|indicad[oa]|decia|dice|indicaba|indica|indiquait|indique|indiquee?|ecrit|mentionne|angegeben|beschrieben|vermerkt|gekennzeichnet|markiert)\b|\b(?:(?<!\bder\s)stand|steht|stehen|dizia|diz|dice|decia|indiquait|indique|indica|indicaba|said|says|stated|sagt|zeigt|mostra|muestra|montre)\s+(?!(?:\w+\s+){0,1}?(?:jetzt|nun|now|agora|ahora|maintenant|desormais|inzwischen|plus|more|mais|mas|besser)\b)(?:\w+\s+){0,2}?(?:clearly|deutlich|klar|claramente|clairement)\b/,
  // the fault laid on the buyer's carelessness, or denied to the product: "caused by the buyer, not the
  // product", "por descuido na instalacao, e nao por defeito", "durch Unachtsamkeit ... nicht durch einen Produktmangel"
  /\b(?:caused\s+by|due\s+to|down\s+to|because\s+of)\s+(?:the\s+)?(?:buyer|customer|user|owner|you)\b|\b(?:carelessness|negligence|descuido|negligencia|desleixo|unachtsamkeit|nachlassigkeit|fahrlassigkeit|negligence|inattention)\b|\b(?:(?:and\s+)?not\s+(?:by\s+|from\s+|due\s+to\s+)?(?:a\s+|the\s+|any\s+)?(?:product|manufacturing)\s+(?:defect|fault)|not\s+the\s+product\b|(?:e\s+)?nao\s+(?:por|de)\s+(?:um\s+)?defeito|no\s+(?:a|por|de)\s+un\s+defecto|nicht\s+(?:durch|an)\s+(?:einen?\s+|einem\s+)?(?:produktmangel|produktfehler|herstellungsfehler|mangel)|non\s+(?:d'|a\s+)un\s+defaut|pas\s+(?:d'|a\s+)un\s+defaut)/,
  // a counterfactual about the instructions: "if the instructions had been followed", "wäre die Anleitung befolgt worden"
  /(?=[^.!?]*(?:\bhad\b|'d\b|tivess|houvess|hubier|hubies|avai|aviez|\bware\b|\bwaren\b|hatte|would))\b(?:if|had|se|si|wenn|ware|waren|hatte\w*)\b[^.!?]{0,50}\b(?:instruc\w*|manual|guide|anleitung|gebrauchsanweisung|bedienungsanleitung|notice|mode\s+d'emploi|care\s+label|label|etiqueta|etikett|etiquette|size\s+chart|tabela|tabla|gros+entabelle|guide\s+des\s+tailles)\b[^.!?]{0,40}?\b(?:followed|read|observed|checked|respected|seguid\w*|lid[oa]s?|respeitad\w*|respetad\w*|leid[oa]s?|befolgt|gelesen|beachtet|suivie?s?|lue?s?|respectee?s?|consultee?s?)\b/,
  /(?=[^.!?]*(?:\bhad\b|'d\b|tivess|houvess|hubier|hubies|avai|aviez|\bware\b|\bwaren\b|hatte|would))\b(?:if|se|si|wenn)\b[^.!?]{0,30}\b(?:followed|read|observed|seguid[oa]s?|lid[oa]s?|leid[oa]s?|respetad[oa]s?|respeitad[oa]s?|befolgt|gelesen|beachtet|suivie?s?|lue?s?)\s+(?:\w+\s+){0,2}?(?:instruc\w*|manual|guide|anleitung|notice|label|etiqueta|etikett|etiquette|size\s+chart|tabela|tabla)\b/,
  // "the information was available before you ordered", "your responsibility from there"
  /\b(?:available|there|provided|shown|stated|disponivel|disponible|vorlagen|lagen|lag|standen|stand|figurait|indiquee?)\b[^.!?]{0,30}?\b(?:before|antes|vor|avant)\s+(?:you\s+(?:ordered|bought|purchased)|(?:da|de\s+la|de)\s+compra|de\s+comprar|dem\s+kauf|der\s+bestellung|votre\s+(?:achat|commande)|(?:the\s+|your\s+)?(?:purchase|order)|buying|ordering)\b/,
  /(?<!\b(?:nao\s+e|no\s+es|not|isn'?t|is\s+not|n'est\s+pas|ist\s+nicht|nicht)\s+(?:\w+\s+)?)\b(?:(?:your|sua|su|tu|ihre|votre)\s+respons[ai]b\w*|responsibility\s+(?:is\s+)?(?:yours|on\s+you)|responsabilidade\s+(?:e\s+)?(?:sua|do\s+cliente)|responsabilidad\s+(?:es\s+)?(?:suya|tuya|del\s+cliente)|verantwortung\s+(?:liegt\s+)?(?:bei\s+ihnen|beim\s+kunden)|ihre\s+verantwortung|responsabilite\s+(?:est\s+)?(?:la\s+votre|du\s+client))\b/,
  // the warranty held against the customer: "which voids the warranty", "invalida a garantia"
  /\b(?:voids?|voided|invalidates?|invalida\w*|anula\w*|annule\w*|erlischt|erloschen|verfallt)\s+(?:\w+\s+){0,2}?(?:warranty|guarantee|garantia|garantie)\b|\b(?:warranty|garantie|garantia)\s+(?:is\s+)?(?:void|erlischt|caduca|annulee)\b/,
  // advice to be more careful next time, and the fault denied to the product
  /\b(?:you|voce|usted|tu|sie|vous)\b[^.!?]{0,40}?\b(?:measur|check|read|look|order|choos|follow|handl|pay|medi|confer|verific|ler|lei|lee|revis|mess|pruf|les|mesur|lir|consult|verifi|regard)\w*\b[^.!?]{0,30}?\b(?:next\s+time|more\s+carefully|da\s+proxima\s+vez|com\s+mais\s+(?:cuidado|atencao)|la\s+proxima\s+vez|con\s+mas\s+(?:cuidado|atencion)|nachstes\s+mal|genauer|sorgfaltiger|la\s+prochaine\s+fois|plus\s+attentivement)\b/,
  /\b(?:(?:isn'?t|is\s+not|not)\s+a\s+(?:product\s+)?(?:fault|defect)|no\s+hay\s+(?:ningun\s+)?defecto|kein\w*\s+herstellungsfehler|pas\s+de\s+defaut|nao\s+ha\s+(?:nenhum\s+)?defeito|no\s+(?:manufacturing|product)\s+(?:defect|fault)|there\s+is\s+no\s+(?:defect|fault)|kein\w*\s+(?:produktfehler|produktmangel|mangel|defekt)|nao\s+e\s+(?:um\s+)?defeito|no\s+es\s+(?:un\s+)?defecto|n'est\s+(?:donc\s+)?pas\s+un\s+defaut|,\s*pas\s+un\s+defaut|,\s*not\s+a\s+(?:manufacturing\s+)?(?:defect|fault)|,\s*no\s+un\s+defecto|,\s*nao\s+um\s+defeito|,\s*kein\s+(?:produktions|herstellungs)?(?:fehler|mangel))\b(?!\s+(?:coberto|cubierto|covered|couvert|abgedeckt|gedeckt))/,
  // the part assumed overlooked by the customer: "wir gehen davon aus, dass das Netzteil beim Auspacken übersehen wurde"
  /\b(?:wir\s+gehen\s+(?:\w+\s+)?davon\s+aus|we\s+(?:assume|believe)|suponemos|supomos|acreditamos|nous\s+supposons|nous\s+pensons)\b[^.!?]{0,80}\b(?:ubersehen|overlooked|missed\s+(?:it|when)|pasado\s+por\s+alto|passou\s+despercebid\w*|echappe|verlegt|misplaced|thrown\s+away\s+with)\b/,
  // the account called strange, and the explanation given again: "É muito estranho o senhor afirmar", "wie ich Ihnen bereits dreimal erklärt habe"
  /\b(?:(?:e\s+)?muito\s+estranho\s+(?:o\s+senhor|a\s+senhora|voce)\s+(?:afirmar|dizer)|es\s+muy\s+extrano\s+que\s+(?:usted|tu)?|c'est\s+(?:tres\s+)?etrange\s+que\s+vous|it'?s\s+(?:very\s+)?strange\s+that\s+you|(?:sehr\s+)?seltsam,?\s+dass\s+sie|wie\s+ich\s+ihnen\s+(?:jetzt\s+)?(?:bereits|schon)\s+(?:\w+\s+)?erklart\s+habe|como\s+(?:ja|eu\s+ja)\s+(?:lhe\s+|te\s+)?expliquei|como\s+ya\s+(?:le|te)\s+he\s+explicado|comme\s+je\s+vous\s+l'ai\s+deja\s+explique)\b/,
  // the customer's action named as the cause: "washing it hot is what shrank the jumper"
  /\b(?:\w+ing\s+(?:it|them)\s+\w+\s+)?(?:is|was|that'?s|that\s+is|which\s+is)\s+what\s+(?:shrank|shrunk|caused|broke|damaged|ruined|cracked|faded|stained|melted|bent|weakened|loosened|warped|tore|split|pulled|ripped|wore|cracked|scratched|dulled|clogged)\b|\b(?:foi|e)\s+(?:isso\s+)?o\s+que\s+(?:encolheu|causou|quebrou|estragou|danificou|desbotou|fez|arranca|rasgou|entupiu|riscou|descolou)\b|\bfoi\s+isso\s+que\s+(?:fez|causou|estragou|quebrou|rasgou)\b|\bes\s+lo\s+que\s+(?:ha\s+)?(?:encogio|encogido|causo|causado|rompio|roto|estropeo|estropeado|dano|danado|destino|desteñido|rasgado|rayado|atascado)\b|\bc'est\s+ce\s+qui\s+a\s+(?:fait|cause|abime|casse|endommage|decolore)\b|(?<!\b(?:dhl|dpd|gls|hermes|ups|fedex|post|zusteller|paketdienst|spediteur|kurier|versanddienstleister)\s)\bhat\s+(?:\w+\s+){0,3}?(?:verursacht|beschadigt|ruiniert)\b/,
  // other customers' satisfaction held up against this one, and the use named as the cause
  /\b(?:(?:thousands|hundreds|many|lots)\s+of\s+(?:happy|satisfied)\s+customers|(?:milhares|centenas)\s+de\s+clientes\s+(?:satisfeitos|felizes)|(?:miles|cientos)\s+de\s+clientes\s+(?:contentos|satisfechos)|(?:tausende|hunderte)\s+zufriedene\w*\s+kunden|des\s+(?:milliers|centaines)\s+de\s+clients\s+satisfaits)\b/,
  /\b(?:caused\s+by\s+(?:the\s+)?(?:use|usage|handling)|causad[oa]\s+(?:pel[oa]|por\s+(?:el|la))\s+(?:forma\s+de\s+)?(?:uso|manuseio|utilizacao|manipulacion)|durch\s+die\s+(?:art\s+der\s+)?(?:nutzung|benutzung|verwendung|handhabung)|lie\w*\s+a\s+l'utilisation)\b/,
  // the argumentative opener, and overloading named as the cause
  /\b(?:with\s+(?:all\s+)?(?:due\s+)?respect|respectfully|com\s+todo\s+(?:o\s+)?respeito|con\s+todo\s+(?:el\s+)?respeto|bei\s+allem\s+respekt|avec\s+(?:tout\s+le\s+)?respect)\b/,
  /\b(?:was|were|got|foi|foram|se|wurde|wurden|a\s+ete|ont\s+ete)\s+(?:overloaded|overfilled|overtightened|sobrecarregad[oa]s?|sobrecargo|sobrecargad[oa]s?|uberladen|uberfullt|surcharge\w*)\b/,
  // "not sure what you expect us to do", "our records show you signed for it"
  /\b(?:(?:not\s+sure|don'?t\s+know|no\s+idea)\s+what\s+(?:else\s+)?you\s+(?:expect|want)|what\s+(?:else\s+)?(?:do\s+|did\s+)?you\s+expect|nao\s+sabemos\s+o\s+que\s+(?:mais\s+)?(?:voce\s+)?(?:espera|quer)|no\s+sabemos\s+(?:que|lo\s+que)\s+(?:mas\s+)?(?:espera|quiere)s?|(?:wissen|verstehen)\s+(?:wir\s+)?nicht,?\s+was\s+sie\s+(?:noch\s+)?(?:erwarten|wollen)|ne\s+(?:savons|voyons)\s+pas\s+ce\s+que\s+vous\s+(?:attendez|voulez))\b/,
  /\b(?:(?:our\s+)?records|tracking|the\s+system|registros|unterlagen|registres)\s+(?:\w+\s+){0,2}?(?:shows?|mostram|muestran|zeigen|montrent)\s+(?:that\s+|que\s+|dass\s+)?(?:you|voce|usted|tu|sie|vous)\s+(?:\w+\s+){0,2}?(?:signed|received|collected|accepted|assinou|recebeu|firmo|firmaste|recibio|recibiste|unterschrieben|erhalten|signe|recu)\b/,
  // "this is what happens when the pan goes in the dishwasher", "which the leaflet warns against"
  /\b(?:this\s+is\s+what\s+happens|that'?s\s+what\s+happens|this\s+(?:is\s+what\s+)?happens|isso\s+(?:e\s+o\s+que\s+)?acontece|esto\s+(?:es\s+lo\s+que\s+)?(?:pasa|ocurre|sucede)|(?:das\s+)?passiert\s+(?:das|so\s+etwas)?|c'est\s+ce\s+qui\s+arrive|cela\s+arrive|ca\s+arrive)\s*,?\s+(?:\w+\s+){0,2}?(?:when|if|quando|se|cuando|si|wenn|quand|lorsque)\b(?![^.!?]*\b(?:se\s+perd\w*|gets\s+lost|se\s+pierde|se\s+perde|verloren\s+geht|is\s+lost)\b)/,
  /(?<!\b(?:aunque|although|though|obwohl|embora|bien\s+que|meme\s+si)\s+(?:\w+\s+){0,3})(?<!(?:allerg|alerg|schwanger|pregnan|enceinte|embarazad|gravid)[^.!?]*)(?![^.!?]*\b(?:\w*allerg\w*|\w*alerg\w*|pregnan\w*|enceinte|grossesse|schwanger\w*|embarazad\w*|gravidez|gravida|children\s+under|enfants\s+de\s+moins|ninos\s+menores|kinder\s+unter|criancas\s+menores)\b)\b(?:warns?\s+against|advises?\s+against|desaconselh\w*|desaconsej\w*|abr[a]t|abraten|deconseill\w*)\b/,
  /\b(?:fault|blame|problem|issue)\s+lies\s+with\b|\bwe\s+stand\s+by\s+(?:our|the)\s+product\b|\bla\s+culpa\s+(?:la\s+tiene|es\s+de)\s+(?:usted|tu|el\s+cliente)|\ba\s+culpa\s+(?:e\s+)?(?:do\s+cliente|de\s+quem)\b/,
  // "ask your neighbours before posting": the customer sent to check before complaining
  /\b(?<!\b(?:to|para|pour|zu)\s)(?:ask|check|verify|talk|speak|pergunt\w*|verifiqu\w*|verific\w*|confir\w*|convers\w*|pregunt\w*|comprueb\w*|fragen|fragt|prufen|erkundig\w*|sprechen|demandez|renseignez|verifiez|voyez)\b[^.!?]{0,60}?\b(?:before|antes\s+de|bevor|avant\s+de?)\s+(?:you\s+|sie\s+|nous\s+|d')?(?:\w+\s+){0,3}?(?:post\w*|complain\w*|writ\w*|leav\w*|review\w*|accus\w*|reclam\w*|escrev\w*|public\w*|quej\w*|escrib\w*|dej\w*|deix\w*|avali\w*|bewert\w*|schreib\w*|beschwer\w*|accuser|ecrire|publier|laisser|poster)/,
  // "nobody else has complained", "noch nie passiert", "personne ne s'est plaint": others held up against this one
  /\b(?:nobody|no\s+one|not\s+one|ninguem|nadie|niemand|personne|kein\s+einziger)\s+(?:\w+\s+){0,3}?(?:complain\w*|reclam\w*|quej\w*|beschwer\w*|plaint|plaint\w*|reklamier\w*|had\s+(?:this|that|a|an|any)|reported|leaked|broke|broken|failed|returned)|\b(?:has|have)\s+never\s+(?:happened|had\s+(?:this|a\s+complaint))|\bnever\s+happened\s+before|\bnoch\s+(?:nie|niemals)\s+(?:passiert|vorgekommen)|\bnunca\s+(?:aconteceu|nos\s+(?:aconteceu|paso)|ha\s+(?:pasado|ocurrido))|(?<!\b(?:colis|paquet|commande|envoi|article|produit|remboursement)\s+n'est\s+)\bjamais\s+(?:arrive|eu\s+(?:de|ce))/,
  // the fault laid on the use or handling: "o problema provavelmente foi o uso", "der Fehler liegt wohl eher in der Handhabung"
  /\b(?:problem|issue|fault|defect|problema|defeito|fallo|falla|defecto|fehler|problem|ursache|souci|probleme|defaut|panne)\w*\s+(?:\w+\s+){0,6}?(?:the\s+(?:use|usage|handling|way\s+it\s+was)|how\s+it\s+was\s+used|o\s+uso|do\s+uso|no\s+uso|manuseio|el\s+uso|del\s+uso|uso\s+que|handhabung|benutzung|nutzung|bedienung|anwendung|l'utilisation|l'usage|la\s+manipulation)\b/,
  // "if you'd looked at the size guide", "si la hubieras mirado", "hatten Sie ... gelesen", "wer sie liest", "si vous l'aviez lu"
  /\bsi\s+(?:lo\s+|la\s+|los\s+|las\s+|le\s+)?hubier\w*\s+(?:\w+\s+)?(?:mirado|leido|revisado|consultado|seguido|medido|comprobado)|\bse\s+(?:voce\s+|a\s+senhora\s+|o\s+senhor\s+)?(?:a\s+|o\s+)?tivesse\s+(?:\w+\s+)?(?:olhado|lido|verificado|conferido|medido|seguido|consultado)|\bhatten\s+sie\s+(?:\w+\s+){0,3}?\w*(?:gelesen|gepruft|gemessen|geschaut|gesehen|beachtet|befolgt)|\bwer\s+(?:sie|es|ihn|die\s+\w+|den\s+\w+|das\s+\w+)\s+(?:liest|beachtet|misst|pruft|befolgt)|\bsi\s+vous\s+(?:l'|les\s+|la\s+|le\s+)?(?:aviez|auriez)\s+(?:\w+\s+)?(?:lu|consulte|verifie|regarde|mesure|suivi)/,
  // a cause set against the product: "down to how it was washed, not to us", "foi por causa da lavagem, nao do produto"
  /\b(?:por\s+causa\s+d[aoe]s?|pela\s+forma|por\s+como|debido\s+a|es\s+por|foi\s+(?:por|pel[oa])|down\s+to|due\s+to|because\s+of|comes?\s+from|caused\s+by|liegt\s+(?:das\s+)?(?:am|an\s+der|an\s+dem|an)|c'est\s+du\s+a|du\s+a|vient\s+d[ue]s?)\b[^.!?]{0,50}?,?\s*(?:and\s+|e\s+|y\s+|und\s+|et\s+)?(?:not|nao|no|nicht|pas)\s+(?:to\s+|from\s+|with\s+|por\s+|de\s+|d[oa]s?\s+|pel[oa]\s+|an\s+|am\s+|au\s+|du\s+|de\s+la\s+|a\s+|la\s+|el\s+|the\s+|o\s+|os\s+|der\s+|dem\s+|den\s+|le\s+|les\s+){0,2}(?:us|product|item|fabric|material|garment|produto|tecido|peca|roupa|prenda|producto|tejido|articulo|produkt|artikel|stoff|ware|produit|tissu|article|l'article|vetement|nous|nosotros|nos)\b/,
  // the care instructions not respected: "l'entretien n'a pas ete respecte", "instructions were not followed"
  /\b(?:entretien|instructions?|consignes?|care\s+(?:label|instructions)|instruc(?:oes|ciones)|indicaciones|pflegehinweise|anleitung|hinweise)\s+(?:\w+\s+){0,2}?(?:n'(?:a|ont)\s+pas\s+ete\s+(?:respecte|suivi)\w*|(?:was|were)\s+not\s+followed|(?:wasn'?t|weren'?t)\s+followed|nao\s+(?:foi|foram)\s+(?:seguid|respeitad)\w*|no\s+se\s+(?:siguio|siguieron|respeto|respetaron)|nicht\s+(?:beachtet|befolgt|eingehalten))/,
  /\b(?:al\s+no\s+haberse\s+(?:seguido|respetado)|por\s+no\s+(?:haber\s+)?(?:seguir|respetar|seguido|respetado)\s+las|por\s+nao\s+ter(?:em)?\s+(?:sido\s+)?(?:seguid|respeitad|seguir|respeitar)\w*|(?:laundered|washed|used|cleaned|stored)\s+contrary\s+to\s+the|contrary\s+to\s+the\s+(?:care\s+)?(?:instructions|label|guidance)|entgegen\s+(?:der|den)\s+(?:pflege\w*|anleitung|hinweis\w*|gebrauchsanweisung)|contrairement\s+aux\s+(?:consignes|instructions|recommandations)|en\s+contra\s+de\s+las\s+(?:indicaciones|instrucciones)|contrariando\s+as\s+(?:instrucoes|orientacoes))\b/,
  /\b(?:(?:wenig|nicht|kaum)\s+glaubwurdig|unglaubwurdig|not\s+(?:very\s+)?(?:credible|believable)|pouco\s+(?:credivel|provavel)|poco\s+(?:creible|verosimil)|peu\s+(?:credible|vraisemblable)|(?:le|te|les|lhe|vous|ihnen|dir)?\s*(?:recomendamos|recomiendo|aconsejamos|recomendo|empfehlen|conseillons|recommandons)\s+(?:\w+\s+){0,2}?(?:tener|ter|mehr|etre|faire)\s+(?:mas|mais|plus)?\s*(?:cuidado|vorsicht|attention|prudent\w*)|(?:be|being)\s+more\s+careful|tenha\s+mais\s+cuidado|(?:ten|tenga)\s+mas\s+cuidado|seien\s+sie\s+(?:kunftig\s+)?vorsichtiger|(?:soyez|sois)\s+plus\s+prudent\w*|(?:ein\s+)?(?:reklamationsgrund|garantiefall|gewahrleistungsfall|sachmangel)\s+liegt\s+(?:\w+\s+)?nicht\s+vor|kein\w*\s+(?:reklamationsgrund|garantiefall)|(?:isso|isto)\s+e\s+(?:meio\s+|bem\s+|bastante\s+)?obvio|that'?s\s+(?:kind\s+of\s+|pretty\s+|rather\s+)?obvious|es\s+(?:bastante\s+|algo\s+)?obvio|c'est\s+(?:assez\s+|plutot\s+)?evident|darf\s+sich\s+nicht\s+wundern|braucht\s+sich\s+nicht\s+(?:zu\s+)?wundern|revise\s+como\s+(?:lo|la|los|las)\s+esta\s+\w+ndo|check\s+how\s+you(?:'re|\s+are)\s+\w+ing)\b/,
  /\b(?:wir\s+gehen\s+davon\s+aus|we\s+(?:assume|take\s+it)|partimos\s+do\s+principio|asumimos|suponemos|damos\s+por\s+(?:hecho|entregado)|nous\s+(?:considerons|partons\s+du\s+principe))\s*,?\s*(?:dass|that|que|qu')\s+(?:\w+\s+){0,5}?(?:angekommen|zugestellt|erhalten|delivered|received|arrived|entregue|recebid\w*|recibid\w*|entregad\w*|llego|livre\w*|recu\w*|arrive\w*)|\bc'est\s+que\s+vous\s+(?:l'|les\s+|la\s+|le\s+)?(?:avez|aviez)|\bit'?s\s+because\s+you\s+(?:left|used|washed|put|stored|dropped|charged|didn'?t)|\b(?:e|foi)\s+porque\s+(?:voce|o\s+senhor|a\s+senhora)\s+(?:\w+\s+)?(?:deixou|usou|lavou|colocou|guardou|derrubou)|\bes\s+porque\s+(?:usted|tu)\s+(?:lo\s+|la\s+)?(?:dejo|dejaste|uso|usaste|lavo|lavaste|puso|pusiste|guardo|guardaste)/,
  /\b(?:como\s+ja\s+(?:lhe\s+|te\s+)?expliquei|como\s+ya\s+(?:le\s+|te\s+)?(?:he\s+)?expliq\w*|as\s+i(?:'ve|\s+have)?\s+(?:already\s+)?explained|wie\s+(?:ich\s+)?(?:bereits|schon)\s+(?:\w+\s+)?erklart|comme\s+(?:je\s+vous\s+l'ai\s+)?deja\s+explique|no\s+sepa\s+usar|(?:doesn'?t|don'?t)\s+know\s+how\s+to\s+use|nao\s+sabe\s+usar|ne\s+savez\s+pas\s+utiliser|nicht\s+(?:richtig\s+)?(?:bedienen|benutzen)\s+(?:konnen|kann)|(?:lea|leia|read|lesen\s+sie|lisez)\s+(?:\w+\s+){0,3}?(?:antes\s+de|before|bevor|avant\s+de)\s+(?:opinar|abrir\s+outro|reviewing|commenting|posting|complaining|bewerten|commenter|avaliar|comentar|reclamar)|next\s+time\s+and\s+it\s+won'?t\s+happen|(?:da\s+proxima\s+vez|la\s+proxima\s+vez|nachstes\s+mal|la\s+prochaine\s+fois)\s+(?:\w+\s+){0,3}?(?:nao|no|nicht|ne)\s+(?:vai\s+)?(?:acontece|pasa|passiert|arrivera))/,
  /\b(?:(?:achamos|acho)\s+estranho|estranhamos|(?:nos|me)\s+(?:parece|resulta)\s+(?:muy\s+)?(?:extrano|raro|curioso)|(?:we|i)\s+find\s+it\s+(?:strange|odd|curious)|(?:finden|finde)\s+(?:es\s+)?(?:seltsam|merkwurdig|komisch)|(?:nous\s+trouvons|je\s+trouve)\s+(?:ca\s+|cela\s+)?(?:etrange|curieux|bizarre)|es\s+porque\s+(?:se\s+te\s+ha|se\s+le\s+ha|lo\s+has|la\s+has|lo\s+ha|la\s+ha)\b)/,
  // "whoever reads the care card has no such problem": the customer set against those who read
  /\b(?:most\s+people|anyone|whoever|those|quem|quien|quienes|wer|ceux|celles)\s+(?:who\s+|que\s+|qui\s+)?(?:\w+\s+){0,3}?(?:reads?|follows?|measures?|checks?|le|leem|lee|leen|segue|seguem|sigue|siguen|mede|mide|liest|lesen|befolgt|beachtet|nachmisst|misst|lisent|suivent|mesure)\b[^.!?]{0,60}?\b(?:problem\w*|issues?|trouble|problema\w*|surprises?|uberraschung\w*|sorpresas?|surpresas?)\b/,
  // "isn't down to us", "liegt nicht an uns", "n'est pas de notre fait"
  /\b(?:(?:isn'?t|is\s+not|not)\s+down\s+to\s+us|liegt\s+nicht\s+(?:an|bei)\s+uns|nao\s+(?:e|foi)\s+(?:culpa\s+|responsabilidade\s+)?nossa|no\s+es\s+(?:culpa\s+|responsabilidad\s+)?nuestr[ao]|n'est\s+pas\s+de\s+notre\s+(?:fait|ressort|faute)|ne\s+vient\s+pas\s+de\s+nous)\b/,
  // a step left undone before first use: "wasn't seasoned before first use", "n'a pas ete culottee avant la premiere utilisation"
  /\b(?:not|wasn'?t|weren'?t|nao|no|nicht|pas)\s+(?:\w+\s+){0,3}?(?:before|antes\s+d[oea]l?|vor|avant)\s+(?:the\s+|its\s+|o\s+|el\s+|dem\s+|la\s+|sa\s+)?(?:first|primeir[oa]|primer[oa]?|erst\w*|premiere?)\s+(?:use|using|uso|gebrauch|benutzung|einsatz|utilisation|usage|wash|lavagem|lavado|wasche|lavage)\b/,
  // disbelief: "hard to believe the fault is ours", "nos cueste creer"
  /\b(?:(?:hard|difficult)\s+to\s+believe|cuest\w*\s+creer|dificil\s+(?:de\s+)?(?:acreditar|creer)|schwer\s+(?:zu\s+glauben|vorstellbar)|difficile\s+(?:a|de)\s+croire)\s+(?:that\s+|que\s+|dass\s+)(?:\w+\s+){0,4}?(?:fault|fallo|falla|culpa|fehler|faute|defeito|defecto|defaut|problem\w*|ours|nuestro|nosso|unser\w*|notre|nous)\b|\bhard\s+to\s+see\s+(?:this|it|that)\s+as/,
  // "only happens when ... used wrongly"
  /\b(?:only\s+happens?\s+(?:when|if)|so\s+acontece\s+(?:quando|se)|solo\s+(?:ocurre|pasa|sucede)\s+(?:cuando|si)|entstehen\s+nur,?\s+wenn|passiert\s+nur,?\s+wenn|n'arrive\s+que\s+(?:lorsque|quand|si))\b/,
  /\b(?:unsachgemas?s|falsch|unsachgerecht|nicht\s+bestimmungsgemas?s)\s+(?:verwendet|benutzt|gebraucht|behandelt|gewaschen|montiert|gelagert)\b|\b(?:utilisee?s?|employee?s?|lavee?s?|montee?s?)\s+de\s+(?:maniere|facon)\s+(?:inappropriee|incorrecte|inadaptee)|\b(?:utilizo|uso|utilizad[oa]|usad[oa]|lavo|monto)\s+de\s+(?:forma|manera)\s+(?:inadecuada|incorrecta|indebida|equivocada)|\b(?:used|handled|washed|installed|assembled)\s+(?:incorrectly|wrongly|improperly|carelessly)|\b(?:usad|utilizad|lavad|montad)[oa]\s+de\s+(?:forma|maneira|manera)\s+(?:errada|incorreta|inadequada|incorrecta|inadecuada|equivocada)|\bse\s+usa\s+de\s+(?:forma|manera)\s+(?:incorrecta|inadecuada)|\bfalsch\s+(?:benutzt|verwendet|bedient|gewaschen|montiert|angeschlossen)|\bmal\s+(?:utilise|employe|monte|lave|branche)e?s?\b/,
  // the review itself called unfair or false
  /\b(?:this|that|your|the)\s+(?:\w+\s+)?(?:review|comment|claim|rating|complaint)\s+(?:is|was|seems)\s+(?:\w+\s+)?(?:unfair|unjust|false|untrue|inaccurate|misleading|exaggerated|dishonest)\b|\b(?:avaliacao|resena|opinion|comentario|bewertung|rezension|avis|commentaire)\s+(?:\w+\s+)?(?:e|es|ist|est)\s+(?:\w+\s+)?(?:injust[ao]|falsa|exagerad[ao]|ungerecht|unfair|falsch|ubertrieben|injuste|faux|fausse|exagere)\b/,
  // a non-apology with a "but": "sorry you feel that way, but"
  /\b(?:sorry|lamentamos|sentimos|schade|dommage|desole\w*)\b[^.!?]{0,30}\b(?:feel|see|pense|penses|sienta|veas|vea|sehen|siehst|voyiez|pensiez|ressentiez)\s+(?:\w+\s+)?(?:that\s+way|this\s+way|so|assim|asi|ainsi|comme\s+ca|das\s+so)\b[^.!?]{0,6}\b(?:but|mas|pero|aber|mais)\b/,
  // the product's record set against this customer: "sold over 3,000 without a single cracked base", "vendemos milhares e nunca deu problema", "works fine for everyone else"
  /\b(?:sold|vendemos|vendimos|verkauft|vendu)\s+(?:\w+\s+){0,3}?(?:thousands|hundreds|[\d.,]{3,}|milhares|centenas|miles|cientos|tausende|hunderte|milliers|centaines)\b[^.!?]{0,60}?\b(?:without|never|not\s+(?:a|one)|no\s+(?:problem|complaint|issue)|sem|nunca|sin|ni\s+una|ohne|nie|keine?|sans|jamais|aucun)\b|\b(?:(?:works?|connects?|fits?)\s+(?:fine|perfectly|well)\s+for\s+(?:everyone|everybody|all\s+our)|para\s+todos\s+os\s+outros|para\s+todos\s+los\s+demas|bei\s+allen\s+anderen|pour\s+tous\s+les\s+autres)\b/,
  // a certain cause in the customer's hands: "something must have happened to it after it arrived", "com certeza foi usada no fogo alto", "vient certainement d'un mauvais lavage"
  /\bsomething\s+must\s+have\s+happened|\b(?:com\s+certeza|certamente|seguramente|sicher(?:lich)?|bestimmt|certainement|surement)\s+(?:foi|fue|wurde|a\s+ete|vient|kommt|es|e)\s+(?:\w+\s+){0,2}?(?:usad|utilizad|lavad|montad|colocad|deixad|guardad|benutzt|gewaschen|verwendet|d'un\s+mauvais|d'une\s+mauvaise|von\s+falsch|por\s+(?:mal|un\s+mal)|por\s+mau)\w*/,
  /\b(?:pelo|por\s+el|del|vom|par\s+l')\s+(?:mau\s+|mal\s+)?(?:uso|utilizacao|gebrauch|usage)\s+que\s+(?:voce|vc|o\s+senhor|a\s+senhora|usted|tu|le|lhe|sie|vous)\s+(?:lhe\s+|le\s+)?(?:deu|fez|dio|diste|ha\s+dado|has\s+dado|en\s+avez\s+fait|avez\s+fait)\b|\b(?:mauvais|mauvaise)\s+(?:lavage|utilisation|entretien|usage|manipulation|branchement|montage)\b|\b(?:mau|mal)\s+(?:uso|manuseio|lavagem)\b|(?<!\bsi\s+(?:fue|hubo|ha\s+habido)\s+(?:un\s+)?)\buso\s+(?:indebido|inadecuado|incorrecto)\b|\bfalsche\w*\s+(?:pflege|wasche|handhabung|benutzung|lagerung)\b/,
  /\b(?:vous\s+avez|tu\s+as|sie\s+haben|voce|usted|you)\s+(?:\w+\s+)?(?:mal|falsch|wrong(?:ly)?|incorrectly)\s+(?:mesure|lave|monte|branche|utilise|lu|installe|gemessen|gewaschen|montiert|angeschlossen|gelesen|medido|lavado|montado|mediu|lavou|montou|measured|washed|installed|read)\b|\b(?:you|voce|vous|sie|usted)\s+(?:\w+\s+)?(?:measured|washed|installed|mediu|lavou|instalou|medio|lavo|instalo|mesure|lave|installe|gemessen|gewaschen)\s+(?:it\s+|them\s+)?(?:wrong|incorrectly|errado|mal)\b|\bno\s+(?:la|lo|las|los)\s+ha\s+(?:enroscado|cerrado|montado|lavado|colocado|medido|instalado)\s+bien\b|\b(?:your|votre|ihr|seu|sua|tu|su)\s+(?:screen|monitor|display|ecran|bildschirm|tela|pantalla)\s+(?:\w+\s+)?(?:shows?|show|makes?|displays?|affiche|zeigt|mostra|muestra)\b/,
  // contempt: an eye-roll, "did you actually look?", "c'est connu", "é só seguir"
  /🙄|😒|\bdid\s+you\s+(?:actually|even)\s+(?:look|read|check|open|try)|\b(?:voce|vc)\s+(?:sequer|nem)\s+(?:leu|olhou|abriu)|\b(?:has|ha)\s+(?:leido|mirado)\s+siquiera|\bhaben\s+sie\s+(?:\w+\s+)?uberhaupt\s+(?:gelesen|nachgesehen|geschaut)|\bavez-vous\s+(?:seulement|meme)\s+(?:lu|regarde|ouvert)|\b(?:c'est\s+(?:bien\s+)?connu|tout\s+le\s+monde\s+(?:le\s+)?sait|c'est\s+(?:pourtant\s+|quand\s+meme\s+)?la\s+base|everyone\s+knows|as\s+everybody\s+knows|todo\s+(?:mundo|el\s+mundo)\s+sabe|das\s+weis\s+(?:doch\s+)?(?:jeder|man))\b|(?<!\b(?:duvida|dudas?|doute)\b[^.!?]{0,40})\be\s+so\s+(?:seguir|ler|olhar|medir|conferir)\b|\bbasta\s+con\s+(?:leer|mirar|seguir|medir)\b/,
  // the customer called dishonest, their dispute an abuse, the law held over them
  /\b(?:is|was|are|e|foi|es|fue|ist|war|est|c'est|sind)\s+(?:\w+\s+){0,2}?(?:dishonest|abusive|abusif|abusiv[oa]|deshonest[oa]|desonest[oa]|unehrlich|missbrauchlich|malhonnete)\b|\b(?:ausnutz\w*|missbrauch\w*|abuse\s+of|abusing|abus\s+de|abuso\s+d[aeo])\s+(?:\w+\s+){0,1}?(?:kauferschutz\w*|buyer\s+protection|return\s+policy|the\s+system|garantie|garantia|politica|politique|protection\s+acheteur|retours?)\b|\b(?:reserve\s+the\s+right\s+to\s+(?:take\s+legal|press|pursue)|(?:nous\s+)?(?:reservons|reserve)\s+le\s+droit\s+de\s+porter\s+plainte|rechtliche\s+schritte\s+(?:vor|einleiten)|medidas\s+(?:legales|judiciais)\s+contra)/,
  // insinuation: "curioso que … justo en el único pedido", "what a coincidence"
  /\b(?:curioso|curiosamente|funny|strange|odd|interesting|estranho|komisch|seltsam|bizarre|etrange|curieux)\b,?\s+(?:\w+\s+)?(?:how|that|que|dass|wie|comme)\b[^.!?]{0,40}\b(?:justo|just|only|right\s+on|precisamente|ausgerechnet|justement|comme\s+par\s+hasard)\b|\b(?:what\s+a\s+coincidence|que\s+coincidencia|quelle\s+coincidence|was\s+fur\s+ein\s+zufall|comme\s+par\s+hasard)\b/,
  // others held up: "quem mede direitinho não erra o tamanho", "wer seinen Kopfumfang misst, bestellt auch die richtige Größe"
  /\b(?:quem|quien|wer|whoever|anyone\s+who|those\s+who|ceux\s+qui|qui)\s+(?:\w+\s+){0,2}?(?:mede|mide|misst|measures?|mesure\w*)\b[^.!?]{0,50}\b(?:nao\s+erra|no\s+se\s+equivoca|richtige|right\s+size|correct\s+size|bonne\s+taille|ne\s+se\s+trompe|tamanho\s+certo|talla\s+correcta)\b/,
  // "next time please look carefully" with nobody from the shop in it
  /^(?![^.!?]*\b(?:we|wir|nous|nos|nosotros|a\s+gente|our|unser\w*|notre|nuestr\w*|noss[oa]s?)\b)[^.!?]*\b(?:next\s+time|nachste[sn]?\s+mal|la\s+prochaine\s+fois|da\s+proxima\s+vez|la\s+proxima\s+vez)\b[^.!?]{0,30}\b(?:more\s+carefully|carefully|genau\w*|sorgfaltig\w*|attenti\w*|com\s+(?:mais\s+)?(?:cuidado|atencao)|con\s+(?:mas\s+)?(?:cuidado|atencion))/m,
  // damage that "only" happens under misuse, any language: "threads only strip like this when", "rostet nur, wenn", "ne rétrécit que s'il", "solo se rompen cuando", "só desbota quando"
  /\bonly\s+(?:\w+\s+){0,2}?(?:happen|strip|rust|shrink|break|crack|fade|leak|tear|bleed|peel|warp|stain|snap|bend|pill|split|chip|fray|discolou?r|come\s+apart|come\s+loose)\w*\s+(?:\w+\s+){0,3}?(?:when|if)\b|\b(?:happen|strip|rust|shrink|break|crack|fade|leak|tear|bleed|peel|warp|stain|snap|bend|pill|split|chip|fray)\w*\s+(?:\w+\s+){0,3}?only\s+(?:when|if)\b|\b(?:solo|solamente)\s+(?:se\s+)?(?:rompe|rompen|raja|rajan|destine|destinen|encoge|encogen|oxida|oxidan|pasa|ocurre|despega|despegan|pela|pelan|decolora|decoloran)\w*\s+(?:\w+\s+){0,3}?(?:cuando|si)\b|\b(?:so|somente|apenas)\s+(?:\w+\s+)?(?:quebra|quebram|desbota|desbotam|encolhe|encolhem|enferruja|rasga|rasgam|acontece|descola|descolam|descasca|racha)\w*\s+(?:\w+\s+){0,3}?(?:quando|se)\b|\bne\s+(?:se\s+)?(?:\w+\s+)?(?:retreci|cass|rouill|decolor|fui|dechir|detei|arriv|tern|abim|fend|craqu|gondol|ecaill|jaun|boulo|decoll|pel|raye|oxyd)\w*\s+que\s+(?:si|lorsque|quand|s'il|s'ils|s'elle|s'elles)\b|\b(?:rostet|rosten|bricht|brechen|reisst|reissen|verfarbt|verfarben|schrumpft|schrumpfen|passiert|lauft\s+ein|laufen\s+ein|blattert|blattern|platzt|splittert|leckt|tropft|verzieht\s+sich|lost\s+sich|losen\s+sich|franst|fransen|knittert|bleicht|quillt|reisst|geht\s+kaputt|gehen\s+kaputt)\s+nur,?\s+(?:wenn|falls)\b|\b(?:no\s+se\s+(?:rompen|rompe|rajan|raja|destinen|destine)\s+sol[oa]s?|nao\s+(?:quebram|quebra|rasgam|rasga|desbotam|desbota)\s+sozinh[oa]s?|(?:don'?t|doesn'?t)\s+(?:break|snap|crack|tear|fade|rust)\s+(?:on\s+(?:their|its)\s+own|by\s+(?:themselves|itself))|gehen\s+nicht\s+von\s+(?:selbst|alleine?)\s+kaputt|ne\s+se\s+(?:cassent|casse|dechirent|dechire)\s+pas\s+(?:tout(?:es)?\s+)?seule?s?)\b/,
  // the case refused unless the customer proves otherwise; "no other customer complained"; "are you sure it was washed cold?"
  /\b(?:unless|a\s+menos\s+que|salvo\s+que|es\s+sei\s+denn|a\s+moins\s+que)\s+(?:\w+\s+){0,3}?(?:prove|probar|pruebe|provar|prouver|nachweis\w*|beweis\w*)\b|\b(?:ninguna|ningun|nenhuma|nenhum|keine?|aucune?|no)\s+(?:otra|otro|outra|outro|andere\w*|autre|other)\s+(?:client\w*|kund\w*|compr\w*|customer)s?\s+(?:\w+\s+){0,2}?(?:se\s+ha\s+quejado|ha\s+reclamado|reclamou|hat\s+sich\s+beschwert|s'est\s+plaint\w*|complained|has\s+complained|reclam\w*|quej\w*|beschwer\w*)|\b(?:seguro|sure|sicher|certeza|sur)\s+(?:de\s+)?que\s+(?:se\s+|lo\s+|la\s+|o\s+|a\s+)?(?:lavo|lavaste|lavou|seco|secaste|uso|usaste|usou|monto|montaste|siguio|seguiste|leyo|leiste)\b|\bare\s+you\s+sure\s+(?:you|it\s+was)\s+(?:\w+\s+){0,2}?(?:washed|followed|read|installed|charged|used|dried)/,
  // "in future please respect the care label", "si lo indicas en el próximo pedido", "à l'avenir", "künftig bitte"
  /\b(?:merci\s+de\s+(?:bien\s+)?respecter|please\s+(?:follow|respect|observe)|bitte\s+(?:beachten|halten)\s+sie|por\s+favor\s+(?:respete|respeta|siga|sigue)|por\s+favor\s+(?:respeite|siga))\b[^.!?]{0,60}\b(?:a\s+l'avenir|in\s+(?:the\s+)?future|next\s+time|kunftig|in\s+zukunft|en\s+el\s+futuro|la\s+proxima\s+vez|no\s+futuro|da\s+proxima\s+vez)\b|\b(?:en\s+el\s+proximo\s+pedido|no\s+proximo\s+pedido|in\s+your\s+next\s+order|bei\s+der\s+nachsten\s+bestellung|lors\s+de\s+votre\s+prochaine\s+commande)\b[^.!?]{0,60}\b(?:no\s+deberia\s+volver|nao\s+deve\s+(?:voltar|acontecer)|won'?t\s+happen|shouldn'?t\s+happen|sollte\s+(?:das\s+)?nicht|ne\s+devrait\s+plus)/,
  // "which is exactly what causes this fault", "nearly always means it wasn't pushed in", someone in the household took it, a step "as the label says" not done
  /\b(?:which\s+is\s+(?:exactly|precisely|just)\s+what|que\s+es\s+(?:justo|justamente|precisamente|exactamente)\s+lo\s+que|que\s+e\s+(?:justamente|exatamente|precisamente)\s+o\s+que|(?:das|was)\s+ist\s+genau\s+das,?\s+was|c'est\s+(?:exactement|justement|precisement)\s+ce\s+qui)\b|\b(?:nearly|almost)\s+always\s+means\s+(?:it|you|the\s+\w+)\s+(?:wasn'?t|weren'?t|didn'?t|was\s+not|had\s+not|hadn'?t)\b|\b(?:alguem|alguien|someone|somebody|jemand|quelqu'un)\s+(?:\w+\s+){0,2}?(?:da\s+casa|de\s+(?:la|tu|su)\s+casa|in\s+your\s+(?:household|house|building)|at\s+your\s+(?:address|home)|(?:aus\s+)?ihrem\s+haushalt|bei\s+ihnen|chez\s+vous|de\s+votre\s+foyer|da\s+portaria|do\s+predio|del\s+edificio)\b/,
  /\b(?:not|n'a\s+pas|n'ont\s+pas|nao\s+foi|nao\s+foram|no\s+se|no\s+fue|nicht|wasn'?t|weren'?t)\b[^.!?]{0,60}\b(?:como\s+(?:indica|manda|diz|dice|pone|explica)\s+(?:a|o|la|el)\s+(?:embalagem|etiqueta|manual|instruc\w*|caixa|caja|envase|ficha|folleto|prospecto)|as\s+(?:the\s+)?(?:care\s+)?(?:label|instructions|manual|packaging|box|leaflet)\s+(?:says|say|states|explains|shows)|as\s+(?:stated|shown|explained)\s+on\s+the\s+(?:label|box|packaging)|wie\s+(?:es\s+)?(?:in|auf)\s+der\s+(?:\w+)?(?:anleitung|verpackung|beschreibung|etikett)\s+(?:steht|beschrieben)|comme\s+(?:l'indique|indique|le\s+precise)\s+(?:sur\s+)?(?:la|l'|le)\s*(?:notice|etiquette|emballage|fiche|mode))/,
  // "doesn't dry the hair when used the right way", "bei richtiger Anwendung"; "almost always overwatering"; "so the tea can't arrive stale"
  /\b(?:when|if)\s+(?:it'?s\s+|they'?re\s+|it\s+is\s+|they\s+are\s+)?used\s+(?:correctly|properly|right|as\s+(?:directed|intended))|\b(?:quando|se)\s+(?:e\s+)?usad[oa]s?\s+(?:do\s+jeito\s+certo|corretamente|direito|da\s+forma\s+certa)|\b(?:cuando|si)\s+se\s+(?:usa|utiliza)n?\s+(?:bien|correctamente)|\bbei\s+(?:richtiger|sachgemaser|korrekter|ordnungsgemaser)\s+(?:anwendung|nutzung|benutzung|verwendung|pflege)|\b(?:quand|si)\s+(?:il\s+|elle\s+|on\s+)?(?:est\s+|sont\s+)?(?:utilise\w*|l'utilise)\s+correctement/,
  /\b(?:almost|nearly|presque|casi|quase|fast)\s+(?:always|toujours|siempre|sempre|immer)\s+(?:\w+\s+){0,3}?(?:(?:an?\s+)?excess\w*|exces|exceso|excesso|too\s+much|zu\s+viel\w*|manque|lack|falta|misuse|user\s+error|mal\s+uso|mau\s+uso)\b|\b(?:so|donc|por\s+lo\s+que|portanto|daher|deshalb|thus)\s+(?:\w+\s+){0,4}?(?:can'?t|cannot|ne\s+peut\s+pas|no\s+puede|nao\s+pode|kann\s+(?:gar\s+)?nicht)\s+(?:\w+\s+){0,2}?(?:arrive|have\s+arrived|arriver|llegar|chegar|ankommen)\b|\b(?:daher|deshalb|also)\s+(?:kann|konnen)\s+(?:\w+\s+){0,4}?(?:gar\s+)?nicht\s+(?:\w+\s+){0,2}?(?:ankommen|angekommen\s+sein|sein)\b/,
  // the rating itself called unfair: "luego no puedes poner una estrella, no es justo", "die 2 Sterne sind nicht mehr ganz fair"
  /\b(?:star|stars|estrella|estrellas|estrela|estrelas|sterne?|etoiles?|rating|nota|note|bewertung|calificacion)\b[^.!?]{0,50}\b(?:no\s+es\s+justo|not\s+fair|isn'?t\s+fair|nao\s+e\s+justo|nicht\s+(?:\w+\s+){0,2}?fair|pas\s+juste|injust\w*|unfair)\b|\b(?:no\s+es\s+justo|nao\s+e\s+justo|pas\s+juste)\b[^.!?]{0,30}\b(?:estrella|estrela|etoile|nota|note)/,
  // household and neighbours as where it went: "taken in by someone else in the household", "algún familiar o vecino lo recogió"
  /\b(?:someone|somebody|alguien|alguem|jemand|quelqu'un)\s+(?:else\s+)?(?:in\s+(?:the|your)\s+household|at\s+(?:the|your)\s+address)|\b(?:familiar|vecino|vizinho|nachbar\w*|voisin\w*|neighbou?r)s?\b[^.!?]{0,30}\b(?:lo\s+recogio|la\s+recogio|recebeu|recibio|took\s+it\s+in|taken\s+in|angenommen|recupere|receptionne)/,
  // years without breakage set against this one, "nine times out of ten", "it doesn't happen on its own", "rarely the plant's fault", "clearly been dropped", "hard to see how"
  /\b(?:seit\s+jahren|for\s+years|ha\s+anos|desde\s+hace\s+anos|depuis\s+des\s+annees)\s+(?:\w+\s+){0,2}?(?:ohne|without|sem|sin|sans)\b|\b(?:nine\s+times\s+out\s+of\s+ten|neuf\s+fois\s+sur\s+dix|nueve\s+de\s+cada\s+diez|nove\s+em\s+cada\s+dez|neun\s+von\s+zehn(?:\s+fallen)?)\b|\b(?:eso|esto|isso|isto|that|this|it|das|ca|cela)\s+(?:no|nao|doesn'?t|does\s+not|n')\s*(?:\w+\s+)?(?:pasa|acontece|happen|passiert|arrive)\s+(?:solo|sozinho|on\s+its\s+own|by\s+itself|von\s+(?:allein|selbst)|tout\s+seul)\b|\b(?:rarement|rarely|raramente|selten)\s+(?:\w+\s+){0,2}?(?:la\s+faute|the\s+(?:\w+'s\s+)?fault|culpa|schuld)\b|\b(?:clairement|clearly|claramente|eindeutig|offensichtlich|obviously)\s+(?:\w+\s+)?(?:ete|been|sido|worden)\b|\b(?:hard\s+to\s+see\s+how|schwer\s+nachvollziehbar|dificil\s+(?:de\s+)?(?:entender|ver)\s+como|difficile\s+de\s+(?:voir|comprendre)\s+comment)\b/,
  /\b(?:e|is|es|ist|c'est|it'?s|that'?s)\s+(?:\w+\s+){0,2}?(?:excesso\s+de|exceso\s+de|excess\s+|too\s+much\s+|zu\s+viel\w*\s+|exces\s+d|overwater\w*|over-watering)/,
  // pt
  /\b(?:voce|vc|o\s+senhor|a\s+senhora|a\s+sra|o\s+sr|o\s+cliente|a\s+cliente|o\s+comprador|a\s+compradora)\s+(?:(?:infelizmente|simplesmente|claramente)\s+)?nao\s+(?:leu|seguiu|verificou|conferiu|mediu|olhou|observou|respeitou|usou|utilizou|montou|lavou|consultou|prestou)\b/,
  /\b(?:voce|vc|o\s+senhor|a\s+senhora)\s+(?:deveria|devia|precisava)\s+ter\s+(?!recebido|sido\s+(?:avisad|informad|contatad|reembolsad))/,
  /\b(?:voce|vc|o\s+senhor|a\s+senhora)\s+(?:escolheu|pediu|comprou|selecionou)\s+(?:o|a)\s+\w+\s+errad[oa]\b/,
  /\b(?:a\s+)?culpa\s+(?:[e]\s+)?(?:sua|do\s+cliente|da\s+cliente)\b/,
  /\b(?:mau|mal)\s+uso\b|\buso\s+(?:indevido|incorreto|inadequado|errado)\b|\bmanuseio\s+(?:incorreto|inadequado)\b/,
  /\bnao\s+(?:e|eh)\s+(?:verdade|nossa\s+culpa|nosso\s+problema|responsabilidade\s+nossa)\b|\b(?:e|eh)\s+mentira\b|\bnao\s+somos\s+responsaveis\b/,
  /\bdiscordamos\b|\bnao\s+concordamos\b|(?<!\b(?:le|te|les|lhe|lo|la)\s)\bcontestamos\b(?!\s+(?:tarde|pronto|a\s+(?:su|tu)|su\s|tu\s))/,
  /\bsaiu\s+(?:perfeit[oa]|em\s+perfeito\s+estado|intact[oa]|sem\s+defeito)s?\s+(?:daqui|do\s+nosso|da\s+nossa)/,
  /\b(?:estava|esta|era)\s+(?:bem\s+|muito\s+)?(?:clar[oa]|explicit[oa]|informad[oa])\s*(?:na|no|nas|nos)?\b(?=[^.!?]*(?:tabela|descricao|anuncio|manual|etiqueta|instruc))|\b(?:tabela|descricao|anuncio|manual|etiqueta)\s+(?:estava|esta|era)\s+(?:bem\s+|muito\s+)?clar[oa]/,
  /\bporque\s+(?:a\s+peca|o\s+produto|o\s+item|ele|ela|voce|vc)\s+(?:foi|foram)\s+(?:lavad|secad|colocad|usad|montad|deixad|derrubad)\w*|\bpor\s+isso\s+o\s+produto\s+(?:estragou|quebrou|encolheu)/,
  /\b(?:defeito|dano|problema)\s+(?:aconteceu|ocorreu|foi\s+causado)\s+(?:porque|por|pelo|pela)\s+(?:a\s+peca\s+foi|o\s+produto\s+foi|voce|vc|mau|uso|lavagem|manuseio)/,
  /\b(?:unico|unica)\s+cliente\s+(?:que|a|com)\b|\b(?<!\b(?:rien\s+(?:a\s+faire|de\s+plus|d'anormal)|nada\s+(?:de\s+)?anormal|nichts\s+ungewohnliches|necessaire|requis|nada|nada\s+a\s+fazer|hacer\s+nada|nada\s+que\s+hacer|nichts\s+(?:weiter\s+)?(?:zu\s+tun|tun|notig|erforderlich))\s+)do\s+seu\s+lado\b/,
  // es
  /\b(?:usted|tu|el\s+cliente|la\s+clienta)?\s*no\s+(?:leyo|leiste|siguio|seguiste|reviso|revisaste|comprobo|comprobaste|midio|mediste|respeto|respetaste|consulto|consultaste)\s+(?:las?|los|el)\b/,
  /\b(?:deberia|deberias|tendria|tendrias|hubiera|hubieras)\s+(?:que\s+)?(?:haber\w*|debido)\s+(?!recibido|estado|pasado|ocurrido|sucedido|sido\s+(?:avisad|informad|contactad|reembolsad|indicad|explicad|mas\s+clar))/,
  /\b(?:usted|tu)\s+(?:eligio|elegiste|pidio|pediste|compro|compraste)\s+(?:la|el)\s+\w+\s+(?:equivocad[oa]|incorrect[oa]|errone[oa])\b/,
  /\b(?:mal|mala)\s+(?:uso|utilizacion|manipulacion)\b/,
  /\bno\s+estamos\s+de\s+acuerdo\b|\bno\s+es\s+(?:cierto|verdad)\b|\bes\s+(?:falso|mentira)\b|\bno\s+es\s+(?:nuestra\s+culpa|culpa\s+nuestra|nuestro\s+problema)\b|\bno\s+somos\s+responsables\b/,
  /\bsalio\s+(?:en\s+perfect[oa]\s+estado|perfect[oa]|intact[oa])\b/,
  /\b(?:la\s+)?culpa\s+es\s+(?:suya|tuya|del\s+cliente)\b|\b(?<!\b(?:rien\s+(?:a\s+faire|de\s+plus|d'anormal)|nada\s+(?:de\s+)?anormal|nichts\s+ungewohnliches|necessaire|requis|nada|nada\s+a\s+fazer|hacer\s+nada|nada\s+que\s+hacer|nichts\s+(?:weiter\s+)?(?:zu\s+tun|tun|notig|erforderlich))\s+)por\s+su\s+parte\b|\b(?<!\b(?:rien\s+(?:a\s+faire|de\s+plus|d'anormal)|nada\s+(?:de\s+)?anormal|nichts\s+ungewohnliches|necessaire|requis|nada|nada\s+a\s+fazer|hacer\s+nada|nada\s+que\s+hacer|nichts\s+(?:weiter\s+)?(?:zu\s+tun|tun|notig|erforderlich))\s+)de\s+su\s+lado\b|\bunico\s+cliente\s+(?:que|con)\b/,
  /\bporque\s+(?:usted|tu|lo|la)\s+(?:lavo|lavaste|seco|secaste|metio|metiste|uso|usaste|dejo|dejaste|monto|montaste)\b/,
  // de
  /\bsie\s+haben\s+(?:\w+\s+){0,4}?(?:nicht|offensichtlich\s+nicht|wohl\s+nicht)\s+(?:\w+\s+){0,2}?(?:gelesen|befolgt|beachtet|gepruft|gemessen|angeschaut|eingehalten|verstanden)\b/,
  /\bdu\s+hast\s+(?:\w+\s+){0,4}?nicht\s+(?:\w+\s+){0,2}?(?:gelesen|befolgt|beachtet|gepruft|gemessen)\b/,
  /\b(?:sie\s+hatten|du\s+hattest|(?<!\bwir\s)hatten\s+sie|hattest\s+du)\s+(?:\w+\s+){0,6}?(?!bekommen|erhalten|informiert|benachrichtigt)(?:\w+en|\w+t)\s+(?:sollen|mussen)\b/,
  /\b(?:unsachgemas?s\w*|falsch\w*|unsachgerecht\w*|fehlerhaft\w*)\s+(?:benutzung|verwendung|handhabung|anwendung|montage|reinigung|gebrauch|bedienung|pflege|lagerung)\b|\bbedienungsfehler\b|\banwenderfehler\b/,
  /\bwir\s+konnen\s+(?:diese|ihre|die)\s+\w+\s+nicht\s+nachvollziehen\b|\bdas\s+stimmt\s+(?:so\s+)?nicht\b|\bentspricht\s+nicht\s+der\s+wahrheit\b|\bwir\s+widersprechen\b(?![^.!?]*\bnicht\b)|\bnicht\s+unsere\s+schuld\b|\bsind\s+(?:wir\s+)?nicht\s+verantwortlich\b/,
  /\b(?:einwandfrei|fehlerfrei|unbeschadigt|intakt|in\s+perfektem\s+zustand)\w*[^.!?]{0,30}\b(?:verlassen|verliess|verlies)\b|\b(?:verliess|verlies)\s+(?:unser|das)\s+lager\s+(?:einwandfrei|intakt)/,
  /\bihre\s+(?:eigene\s+)?schuld\b|\b(?<!\b(?:rien\s+(?:a\s+faire|de\s+plus|d'anormal)|nada\s+(?:de\s+)?anormal|nichts\s+ungewohnliches|necessaire|requis|nada|nada\s+a\s+fazer|hacer\s+nada|nada\s+que\s+hacer|nichts\s+(?:weiter\s+)?(?:zu\s+tun|tun|notig|erforderlich))\s+)auf\s+ihrer\s+seite\b|\b(?:einzige|einziger)\s+kunde\b/,
  /\bsie\s+haben\s+(?:\w+\s+){0,3}?(?:die|den|das)\s+falsche\w*\s+\w+\s+(?:bestellt|gewahlt|gekauft)\b/,
  // fr
  /\bvous\s+n'?(?:avez|aviez)\s+(?:\w+\s+){0,2}?pas\s+(?:\w+\s+)?(?:lu|suivi|verifie|respecte|consulte|mesure|regarde|compris)\b/,
  /\b(?:vous\s+auriez|tu\s+aurais)\s+du\s+(?!recevoir|etre\s+(?:informe|contacte|rembourse|prevenu))/,
  /\b(?:mauvaise|mauvais)\s+(?:utilisation|usage|manipulation|entretien)\b|\butilisation\s+(?:incorrecte|inappropriee|non\s+conforme)\b/,
  /\bnous\s+contestons\b|\bc'est\s+(?:faux|inexact)\b|\bn'est\s+pas\s+(?:vrai|exact|notre\s+faute)\b|\bnous\s+ne\s+sommes\s+pas\s+(?:d'accord|responsables)\b/,
  /\b(?:parfait|intact|impeccable)s?\s+(?:a\s+la\s+sortie|en\s+quittant|quand\s+il\s+a\s+quitte)\b/,
  /\bvotre\s+faute\b|\b(?<!\b(?:rien\s+(?:a\s+faire|de\s+plus|d'anormal)|nada\s+(?:de\s+)?anormal|nichts\s+ungewohnliches|necessaire|requis|nada|nada\s+a\s+fazer|hacer\s+nada|nada\s+que\s+hacer|nichts\s+(?:weiter\s+)?(?:zu\s+tun|tun|notig|erforderlich)|chances)\s+)de\s+votre\s+cote\b|\bseul\s+client\b/,
  /\bvous\s+avez\s+(?:choisi|commande|pris)\s+(?:la|le)\s+(?:mauvaise|mauvais)\b/,
  // any language (train-t54…t57): checking told to come before the complaint ("revisar sus datos antes de quejarse")
  /\b(?:avant\s+d'(?:affirmer|accuser)|(?:before|antes\s+de|avant\s+de|bevor\s+sie)\s+(?:contacting\s+us(?:\s+again)?|posting|complaining|claiming|accusing|saying\s+it|quejarse|reclamar|afirmar|acusar|parler\s+de|vous\s+plaindre|accuser|affirmer|sich\s+(?:zu\s+)?beschweren|(?:etwas\s+)?behaupten))\b/,
  // what the customer should have done, said as enough: "il suffisait de peser votre chien", "se tivesse pesquisado", "un minimum de lecture"
  /\b(?:il\s+suffisait\s+de|bastava|bastaba\s+con|all\s+you\s+had\s+to\s+do|un\s+minimum\s+de\s+(?:lecture|attention)|a\s+little\s+reading|se\s+(?:tivesse|tivessem|hubiera|hubiese|hubieras)\s+(?:\w+\s+){0,3}?(?:pesquisado|lido|leido|medido|comprobado|revisado|verificado|conferido)|si\s+vous\s+aviez\s+(?:\w+\s+){0,2}?(?:lu|mesure|verifie|pese)|had\s+you\s+(?:\w+\s+)?(?:read|measured|checked)|hatten\s+sie\s+(?:\w+\s+){0,3}?(?:gelesen|gemessen|gewogen|gepruft))\b/,
  // condescension: "isso qualquer um sabe", "es básico", "sollte eigentlich jedem klar sein", "no sé cómo más ponerlo"
  /\b(?:qualquer\s+um\s+sabe|todo\s+mundo\s+sabe|isso\s+e\s+basico|cualquiera\s+(?:lo\s+)?sabe|todo\s+el\s+mundo\s+(?:lo\s+)?sabe|eso\s+es\s+basico|anyone\s+(?:would\s+)?knows?|everyone\s+knows|common\s+sense|(?:sollte|musste|muss)\s+(?:eigentlich\s+)?jedem\s+klar\s+sein|weiss\s+(?:doch\s+)?jeder|tout\s+le\s+monde\s+(?:le\s+)?sait|n'importe\s+qui\s+(?:le\s+)?sait|no\s+se\s+como\s+mas\s+(?:ponerlo|decirlo|explicarlo)|(?:i\s+)?don'?t\s+know\s+how\s+(?:else|much\s+clearer)\s+(?:to|we\s+can)|nao\s+sei\s+(?:mais\s+)?como\s+(?:explicar|dizer)|je\s+ne\s+sais\s+plus\s+comment\s+(?:le\s+dire|l'expliquer))\b/,
  // the customer's account doubted: "je doute que la couleur ait déteint", "c'est la première fois qu'on nous raconte ça"
  /\b(?:je\s+doute\s+(?:fort\s+)?que\s+(?:\w+\s+){0,4}?(?:ait|aient|soit|soient)|dudo\s+(?:mucho\s+)?que\s+(?:\w+\s+){0,4}?(?:haya|hayan|se\s+haya)|duvido\s+(?:muito\s+)?que\s+(?:\w+\s+){0,4}?(?:tenha|tenham)|i\s+doubt\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:just\s+)?(?:happened|broke|faded|shrank|came)|ich\s+bezweifle,?\s+dass|premiere\s+fois\s+qu'on\s+nous\s+(?:raconte|sort)|primera\s+vez\s+que\s+nos\s+(?:cuentan|vienen\s+con)|primeira\s+vez\s+que\s+(?:nos\s+)?(?:contam|aparecem\s+com)|first\s+time\s+(?:anyone|someone)\s+(?:has\s+)?(?:claimed|told\s+us\s+that))\b/,
  // the fault put on the customer's own device, light or timing: "o problema é a configuração do seu aparelho", "igual es la luz de tu foto"
  /\b(?:o\s+problema\s+e|the\s+problem\s+is|el\s+problema\s+es|das\s+problem\s+ist|le\s+probleme\s+(?:c'est|est|vient\s+de))\s+(?:\w+\s+){0,3}?(?:seu|sua|your|tu|su|ihr\w*|dein\w*|votre|ton|ta)\b|\b(?:igual|quizas|a\s+lo\s+mejor|seguramente)\s+(?:es|sea|fue)\s+(?:la\s+luz|la\s+pantalla|la\s+camara)\s+de\s+tu\b|\b(?:porque|because|parce\s+que|weil)\s+(?:\w+\s+){0,6}?(?:em\s+cima\s+da\s+hora|a\s+ultima\s+hora|at\s+the\s+last\s+minute|a\s+la\s+derniere\s+minute|in\s+letzter\s+minute)\b/,
  // a drop or misuse read from the damage: "spricht eher für einen Sturz", "points more to a drop"
  /(?:\b(?:spricht|deutet)\s+(?:\w+\s+)?(?:eher\s+)?(?:fur|auf)\s+(?:einen|eine)\s+(?:sturz|fall|schlag|fehlbedienung)|\bpoints?\s+(?:more\s+)?to\s+(?:a\s+)?(?:drop|fall|knock|misuse|mishandling)\b|\b(?:indica|aponta)\s+(?:mais\s+)?(?:para\s+)?(?:uma\s+)?(?:queda|pancada|mau\s+uso)\b|\bapunta\s+(?:mas\s+)?a\s+(?:un\s+)?(?:golpe|caida|mal\s+uso)\b|\b(?:fait\s+(?:plutot\s+)?penser|ressemble\s+(?:plutot\s+)?)\s+a\s+une\s+chute\b)(?![^.!?]{0,30}\b(?:transit|transport\w*|shipping|envio|livraison|versand|unterwegs|our|nossa|nuestr\w*|unser\w*|notre)\b)/,
  // damage dated after delivery, or what should have been reported to the driver
  /\b(?:gehen|ging)\s+(?:\w+\s+){0,2}?davon\s+aus,?\s+dass\s+(?:(?:\w+\s+){0,4}?nach\s+der\s+(?:lieferung|zustellung)|(?:sie|du)\b)|\bsur\s+votre\s+simple\s+(?:declaration|parole)\b|\bon\s+your\s+word\s+alone\b|\bcan'?t\s+have\s+been\s+(?:left\s+out|missing|missed)\s+on\s+our\s+side\b|\bpeu\s+probable\s+qu'il\s+manqu\w*|\bavez-vous\s+bien\s+regarde\b|\b(?:la\s+causa\s+es|the\s+cause\s+is|a\s+causa\s+e|die\s+ursache\s+ist|la\s+cause\s+est)\s+(?:evidente|obvious|obvia|offensichtlich|evidente)\b|\bwe\s+(?:must\s+)?assume\s+(?:that\s+)?(?:the\s+)?damage\s+(?:\w+\s+){0,3}?after\s+delivery\b|\b(?:hatte|should\s+have|deveria\s+ter|deberia\s+haber\w*|aurait\s+du)\s+(?:\w+\s+){0,2}?(?:sofort\s+)?(?:beim\s+fahrer|to\s+the\s+driver|ao\s+entregador|al\s+repartidor|au\s+livreur)\b/,
  // the point made again: "as I've already mentioned"
  /\bas\s+i(?:'ve|\s+have)\s+already\s+(?:mentioned|explained|said|told\s+you)\b|\bcomo\s+ya\s+(?:le|te|les)\s+(?:dije|explique|comente|indicamos|dijimos|explicamos)\b|\bcomme\s+(?:nous|je)\s+vous\s+l'(?:avons|ai)\s+deja\s+(?:dit|explique|indique|precise)\b|\bwie\s+(?:ich\s+)?(?:bereits|schon)\s+(?:gesagt|erklart|erwahnt)\b|\bcomme\s+(?:je\s+)?(?:vous\s+l'ai\s+)?deja\s+(?:dit|explique)\b/,
  // the account hard to believe: "we're struggling to see how", "halten wir für wenig glaubhaft", "me extraña mucho lo que nos cuenta"
  /\b(?:struggling|hard|difficult)\s+to\s+(?:see|understand|believe)\s+how\b|\bdifficile\s+de\s+croire\b|\bdificil\s+de\s+creer\b|\bdificil\s+(?:de\s+)?acreditar\b|\bschwer\s+zu\s+glauben\b|\b(?:(?:halten|finden)\s+wir|wir\s+(?:halten|finden))\s+(?:\w+\s+){0,5}?(?:wenig|kaum|nicht)\s+glaubhaft\b|\bme\s+extrana\s+(?:\w+\s+)?lo\s+que\s+nos\s+cuenta\b|\bnos\s+extrana\s+(?:\w+\s+)?lo\s+que\b/,
  // no surprise for whoever does it wrong, an installation error, "did you even": "darf sich über Kleckse nicht wundern", "isso é erro de instalação", "avez-vous seulement essayé"
  /\b(?:darf|braucht|muss)\s+sich\s+(?:\w+\s+){0,3}?nicht\s+(?:zu\s+)?wundern\b|\bshouldn'?t\s+be\s+surprised\b|\bne\s+doit\s+pas\s+s'etonner\b|\b(?:erro|error|erreur)\s+(?:de\s+|d')(?:instalacao|montagem|instalacion|montaje|installation|montage|utilisation)\b|\b(?:installation|user)\s+error\b|\b(?:montage|einbau|bedien)fehler\b|\bavez-vous\s+seulement\b|\b(?:did|have)\s+you\s+even\b|\bhaben\s+sie\s+(?:\w+\s+)?uberhaupt\b|\bes\s+porque\s+se\s+(?:ha|han)\s+(?:forzado|golpeado|caido|mojado|doblado|tirado|manipulado)\b/,
  // the customer's account ruled impossible or confused, and the likeliest cause put on them: "não tem como … ter chegado vencida", "tem certeza que não confundiu", "lo más probable es que tengas la piel sensible"
  /\bnao\s+tem\s+como\s+(?:\w+\s+){0,3}?ter\s+(?:chegado|vindo)\b|\bthere'?s\s+no\s+way\s+(?:it|the\s+\w+)\s+(?:could\s+have|arrived|came)\b|\bno\s+hay\s+manera\s+de\s+que\b|\bes\s+imposible\s+que\s+(?:\w+\s+){0,3}?(?:haya|llegara|llegase)\b|\b(?:tem|tens|are\s+you|esta|estas|etes-vous|sind\s+sie)\s+(?:certeza|sure|segur[oa]|sure?|sicher)\s+(?:de\s+)?(?:que\s+|that\s+|dass\s+)?(?:\w+\s+){0,2}?(?:confundiu|confundio|confundiste|mixed\s+(?:it\s+)?up|confondu|verwechselt)\b|\blo\s+mas\s+probable\s+es\s+que\s+(?:\w+\s+){0,2}?(?:tengas|tenga|no\s+hicieras|no\s+hiciera|usaras|usara|hayas|haya)\b|\bmost\s+likely\s+you\b|\bo\s+mais\s+provavel\s+e\s+que\s+(?:voce|a\s+senhora|o\s+senhor)\b|\bhochstwahrscheinlich\s+haben\s+sie\b|\ble\s+plus\s+probable\s+est\s+que\s+vous\b/,
  // the shop cannot be expected to: "our delivery team can't be expected to…"
  /\b(?:can'?t|cannot)\s+be\s+expected\s+to\b|\bno\s+se\s+(?:nos\s+)?puede\s+exigir\b|\bkann\s+man\s+(?:von\s+uns\s+)?nicht\s+erwarten\b/,
];

const CARRIER =
  '(?:the\\s+)?(?:carrier|courier|postal\\s+service|post\\s+office|postman|mail\\s?man|delivery\\s+(?:company|driver|service|partner)|shipping\\s+(?:company|partner|provider)|logistics\\s+(?:company|partner|provider)|usps|ups|fedex|dhl|royal\\s+mail|canada\\s+post|australia\\s+post|evri|hermes)';

const CARRIER_BLAME: readonly RegExp[] = [
  new RegExp(`${CARRIER}(?:'s|s')?\\s+(?:fault|mistake|error|problem)`),
  new RegExp(`\\b(?:fault|blame|responsibility)\\s+(?:of|lies\\s+with|is\\s+with|goes\\s+to|belongs\\s+to|is\\s+on)\\s+${CARRIER}`),
  new RegExp(`\\bblame\\s+${CARRIER}`),
  new RegExp(`${CARRIER}\\s+(?:is|was|are|were)\\s+(?:to\\s+blame|responsible|at\\s+fault|the\\s+problem|the\\s+one\\s+who)`),
  new RegExp(`${CARRIER}\\s+(?:lost|damaged|broke|crushed|mishandled|messed\\s+up|delayed|dropped|threw|ruined)\\b`),
  new RegExp(`\\b(?:that|this|it)(?:'s|\\s+is|\\s+was)\\s+on\\s+${CARRIER}`),
  /\b(?:culpa|responsabilidade)\s+(?:e\s+)?(?:da|do|dos)\s+(?:transportadora|correios|entregador)\b/,
  /\b(?:os\s+correios|a\s+transportadora|o\s+entregador)\s+(?:perdeu|perderam|atrasou|atrasaram|danificou|danificaram|quebrou|e\s+responsavel)\b/,
  /\b(?:culpa|responsabilidad)\s+(?:es\s+)?(?:de\s+la|del)\s+(?:transportista|mensajer\w+|empresa\s+de\s+(?:transporte|mensajeria)|correos)\b/,
  /\b(?:schuld|verantwortlich)\s+(?:ist|sind|war)?\s*(?:der|die|das)\s+(?:paketdienst|zusteller|spediteur|post|versanddienstleister)\b|\b(?:der\s+paketdienst|der\s+zusteller|die\s+post)\s+(?:hat|ist)\s+(?:\w+\s+)?(?:beschadigt|verloren|schuld)\b/,
  /\b(?:la\s+)?faute\s+(?:est\s+)?(?:au|du|de\s+la)\s+(?:transporteur|livreur|poste)\b|\b(?:le\s+transporteur|le\s+livreur|la\s+poste)\s+(?:a|est)\s+(?:\w+\s+)?(?:abime|perdu|endommage|responsable)\b/,
];

const DEFLECTION =
  /\b(?:out\s+of\s+our\s+hands|beyond\s+our\s+control|fora\s+do\s+nosso\s+controle|fuera\s+de\s+nuestro\s+control|aus?serhalb\s+unserer\s+kontrolle|hors\s+de\s+notre\s+controle)\b/;
/** "banks usually take 3-10 days, and that part is out of our hands": an honest hedge about a bank's time. */
const BANK_TIME =
  /\b(?:banks?|banco|bancos|banque|banques|banken|payment\s+provider|card\s+issuer|operadora\s+do\s+cartao|emisor\s+de\s+la\s+tarjeta)\b/;
const DELIVERY_WORDS =
  /\b(?:carrier|courier|shipping|delivery|deliveries|transit|customs|post|postal|mail|transportadora|correios|entrega|alfandega|transportista|envio|aduana|versand|zustell\w*|zoll|paketdienst|transporteur|livraison|douane)\b/;

/** A fix made permanent or the problem made history: "will fix the wobble for good", "virou coisa do passado", "endgültig behoben". */
const FOR_GOOD =
  /\b(?:(?:fix|fixes|solves?|resolves?|cures?|sorts?)\b[^.!?]{0,40}\b(?:for\s+good|permanently|once\s+and\s+for\s+all|forever)|(?:resolv\w*|solucion\w*|result\w*|arrum\w*|consert\w*|behoben|gelost|resolu\w*|regle\w*|corrige\w*)\s+(?:\w+\s+){0,3}?(?:de\s+vez|para\s+sempre|definitivamente|para\s+siempre|endgultig|ein\s+fur\s+alle\s+mal|dauerhaft|definitivement|une\s+fois\s+pour\s+toutes)|(?:endgultig|dauerhaft|definitivamente|definitivement)\s+(?:\w+\s+){0,2}?(?:behoben|gelost|resolvid\w*|resuelt\w*|resolu\w*|regle\w*|corrigid\w*|corregid\w*)|(?:some|sumira|desaparece\w*|vai\s+embora|acaba)\s+de\s+vez|(?:disparaitra|disparaitront|desaparecera|vai\s+desaparecer|verschwindet|wird\s+verschwinden)\s+(?:\w+\s+)?(?:definitivement|pour\s+de\s+bon|para\s+siempre|definitivamente|de\s+vez|endgultig|dauerhaft)|(?:a|is|are|now)\s+(?:\w+\s+)?thing\s+of\s+the\s+past|(?:virou|e|sao|sera)\s+coisa\s+do\s+passado|(?:es|son|sera)\s+(?:cosa|historia)\s+del\s+pasado|(?:gehort|gehoren)\s+(?:\w+\s+){0,3}?der\s+vergangenheit\s+an|(?:appartient|appartiennent)\s+(?:desormais\s+)?au\s+passe|(?:you'll|you\s+will)\s+never\s+(?:see|have|notice|experience)\s+(?:it|this|that|the\s+\w+)\s+again|nunca\s+mais\s+(?:vai|vao|vera|tera)|(?:nao|no)\s+(?:vai|va|vao|van)\s+(?:mais\s+)?(?:se\s+)?(?:repetir|voltar\s+a\s+acontecer)|isso\s+nao\s+vai\s+(?:se\s+)?repetir|(?:springt|reisst|bricht|lost\s+sich|lockert\s+sich|lauft|tropft)\s+(?:\w+\s+){0,3}?nicht\s+mehr\b|(?:ab\s+sofort|ab\s+jetzt|von\s+nun\s+an)\s+(?:\w+\s+){0,3}?immer)\b/;
/** Certainty sworn over a future outcome: "no doubt about it: your coffee will taste like day one", "pode ter certeza: … para de soltar tinta". */
const SURE =
  /\b(?:versprochen|(?:pode|podes)\s+ficar\s+tranquil[oa]|ya\s+veras|pode\s+usar\s+sem\s+medo|sin\s+ningun\s+error|zu\s+100\s?%|isso\s+e\s+certeza|eso\s+esta\s+hecho|no\s+question(?:\s+about\s+it)?|forcement|zwangslaufig|obligatoriamente|vous\s+pouvez\s+(?:y\s+)?compter(?:\s+dessus)?|you\s+can\s+count\s+on\s+(?:it|that)|(?:puede|puedes)\s+contar\s+con\s+ello|cuente\s+con\s+ello|no\s+doubt(?:\s+about\s+it)?|without\s+(?:a|any)\s+doubt|mark\s+my\s+words|you\s+can\s+be\s+sure|sem\s+(?:nenhuma\s+)?duvida(?:\s+nenhuma)?|(?:pode|podes)\s+(?:ter\s+certeza|confiar|contar)|tenha\s+certeza|com\s+toda\s+certeza|sin\s+(?:ninguna\s+)?duda(?:\s+alguna)?|(?:ten|tenga)\s+por\s+seguro|(?:te|se\s+lo|le)\s+(?:lo\s+)?aseguro|da\s+bin\s+ich\s+(?:mir\s+)?(?:ganz\s+)?sicher|ganz\s+sicher|darauf\s+(?:konnen|kannst)\s+(?:sie|du)\s+(?:sich|dich)\s+verlassen|(?:konnen|kannst)\s+(?:sie|du)\s+(?:ganz\s+)?beruhigt\s+sein|sans\s+aucun\s+doute|soyez\s+(?:en\s+)?(?:sur|certain)e?s?|je\s+vous\s+l'assure|c'est\s+certain|a\s+coup\s+sur|auf\s+jeden\s+fall|in\s+jedem\s+fall|(?:com\s+)?certeza\s+absoluta)\b/;
const SURE_FUTURE =
  /\b(?:will|'ll|won'?t|going\s+to|never|vai|vao|va\s+a|van\s+a|fica|para\s+de|deja\s+de|hort\s+auf|wird|werden|ist\s+(?:\w+\s+){0,6}?(?:weg|vorbei|bei\s+(?:ihnen|ihrer|ihrem|dir|deiner|deinem|euch)|in\s+ihrer)|prendra|couvrira|acceptera|validera|approuvera|remboursera|cubrira|aprobara|aceptara|cobrira|aprovara|aceitara|sera|seront|va|vont|retrouvera\w*|fonctionnera\w*|marchera|tiendra|durera|reviendra|restera|disparai\w*|desaparece\w*|desaparec\w*|some|sumira|gone|weg|nicht\s+mehr|nao\s+vai|no\s+va|ne\s+\w+\s+plus)\b/;
/** The shop's own next step made certain is a commitment it controls: "rest assured, we'll call you tomorrow". */
const OUR_STEP_NEXT = /^\W*(?:(?:that|que|dass)\s+)?(?:we|we'll|i|i'll|vamos|iremos|eu|a\s+gente|nosotros|wir|ich|nous|je)\b/;

/** A claim's outcome promised: "va a salir a tu favor", "wird zu Ihren Gunsten entschieden". */
const IN_YOUR_FAVOUR =
  /\b(?:(?:se\s+)?va\s+a\s+resolver|vai\s+ser\s+resolvid[oa]|will\s+be\s+resolved|sera\s+resolue?|va\s+a\s+salir|vai\s+sair|will\s+(?:go|be\s+decided|be\s+settled)|wird\s+(?:\w+\s+)?(?:ausgehen|entschieden)|sera\s+(?:tranche|decide|regle)e?)\s+(?:a\s+tu|a\s+su|a\s+seu|a\s+sua|in\s+your|zu\s+ihren|en\s+votre|a\s+votre)\s+(?:favou?r|gunsten|faveur)\b/;

// Firm promises of an outcome nobody at the shop can guarantee. A guarantee as a policy ("30-day
// money-back guarantee", "garantia de 90 dias") is a fact about the shop, not a promise, and passes.
/**
 * A promise cited, not made: the shop owning that it broke one ("você tem razão: prometemos 5 dias úteis"),
 * what the listing promised ("o mínimo de 4 que prometemos no anúncio"), or a guarantee refused
 * ("je ne peux pas vous garantir qu'il vous ira parfaitement").
 */
const OWNED_BROKEN =
  /\b(?:(?:(?:voce|o\s+senhor|a\s+senhora)\s+)?tem\s+(?:toda\s+)?razao|(?:sie\s+haben|haben\s+sie)\s+(?:vollig\s+|vollkommen\s+|ganz\s+)?recht|you(?:'re|\s+are)\s+(?:quite\s+|absolutely\s+)?right|vous\s+avez\s+(?:tout\s+a\s+fait\s+)?raison|tienes?\s+(?:toda\s+la\s+)?razon)\b/;
const PROMISE_WORD = /\b(?:prometemos|prometimos|promise\w*|versprech\w*|versprochen|promettons|garant\w*)\b/;
const PROMISE_CITED =
  /\b(?:que|what|lo\s+que|ce\s+que|was)\s+(?:nos\s+|we\s+|wir\s+|nous\s+)?(?:prometemos|prometimos|promised|versprechen|versprochen|promettons|avions\s+promis)\b|\b(?:anuncio|produktseite|listing|product\s+page|ficha|fiche|pagina)\b[^.!?]{0,20}\b(?:prometemos|prometimos|versprechen\s+wir|we\s+promise|nous\s+promettons)\b|\b(?:can'?t|cannot)\s+(?:promise|guarantee)|\bne\s+(?:peux|pouvons)\s+pas\s+(?:vous\s+)?(?:garantir|promettre)|\bnao\s+(?:posso|podemos)\s+(?:garantir|prometer)|\bno\s+(?:puedo|podemos)\s+(?:garantizar|prometer)|\b(?:kann|konnen)\s+(?:ich|wir)\s+(?:ihnen\s+)?nicht\s+(?:garantieren|versprechen)/;

const ABSOLUTE: readonly RegExp[] = [
  /\b(?<!\b(?:not\s+(?:something|one|a\s+date|a\s+day)|rather\s+than\s+something|than\s+something|nothing|anything)\s)(?:we|i)(?:'ll|\s+will|\s+can)?\s+(?:personally\s+|absolutely\s+)?guarantee\b/,
  /\b(?:is|are|it's)\s+guaranteed\s+to\b|\bguaranteed\s+(?:to|not\s+to|fix|solution|results?|delivery|arrival)\b/,
  /\b(?:100|one\s+hundred)\s?(?:%|percent)\s+(?:sure|certain|guarantee\w*|that|seguro|segura|certo|certa|sicher|garantiert|sur|sure|certaine?)\b/,
  /\bnever\s+(?:ever\s+)?(?:happen\s+)?(?:to\s+you\s+)?again\b/,
  /\b(?:will\s+never|won'?t\s+ever)\s+(?:again\s+)?(?:happen|break|fail|leak|crack|tear|fade|stop\s+working|go\s+wrong|occur|be\s+(?:late|lost|damaged|wrong)|(?:give|cause)\s+you\s+(?:this|that|the\s+same|any)\s+(?:\w+\s+)?(?:problem|issue|trouble))\b/,
  /\b(?:will\s+not|won'?t)\s+happen\s+(?:to\s+you\s+)?again\b/,
  /(?<!\b(?:something|nothing|anything)\s)\b(?:we|i)\s+(?:can\s+|do\s+)?promise\b|\b(?:give\s+you|you\s+have)\s+our\s+word\b|\blast\s+time\s+this\s+will\b|\bwill\s+ever\s+happen\b|\b(?:damos|dou)\s+(?:nossa|minha)\s+palavra\b|\b(?:le|te)\s+damos\s+nuestra\s+palabra\b|\bunser\s+wort\b|\bnotre\s+parole\b/,
  /\b(?:will|'ll)\s+(?:definitely|certainly|surely|absolutely)\s+(?:fix|solve|work|resolve|be\s+(?:fine|perfect|fixed|resolved))\b/,
  // certainty laid on an outcome nobody here controls: "will 100% fix it", "you won't see this problem again", "eso seguro", "das kann ich Ihnen fest zusagen"
  /\b(?:resolve|resolvera|soluciona|solucionara|arregla|conserta|corrige|fixes|solves|behebt|regle|resout)\s+(?:\w+\s+)?(?:com\s+certeza|con\s+(?:toda\s+)?seguridad|for\s+sure|definitely|ganz\s+sicher|a\s+coup\s+sur|sans\s+aucun\s+doute|sem\s+duvida|sin\s+duda)\b|\b(?:will|'ll)\s+100\s?%\s+\w+|\b(?:will|'ll|won'?t)\s+[^.!?,]{0,40},\s*100\s?%(?=\s*(?:[.!]|$))|(?<!\b(?:not|nao|no|nicht|pas|ne|always|nem|ni)\s)\b(?:fixes|solves|works|resolve|resuelve|soluciona|funciona|behebt|lost|funktioniert|regle|resout|marche|fonctionne)\s+(?:it\s+|that\s+|o\s+problema\s+|el\s+problema\s+|das\s+problem\s+|le\s+probleme\s+|es\s+|ca\s+)?(?:for|para|pour|bei)\s+(?:everyone|everybody|todo\s+(?:mundo|el\s+mundo)|todos|tout\s+le\s+monde|allen|jedem)\b|\b(?:won'?t|will\s+not|never)\s+(?:see|have|experience|get|run\s+into)\s+(?:this|that|the\s+same)\s+(?:\w+\s+)?(?:problem|issue|fault)\s+again\b|\beso\s+(?:es\s+)?seguro\b|\b(?:das|dies)\s+(?:kann|konnen)\s+(?:ich|wir)\s+ihnen\s+(?:\w+\s+){0,3}?zusagen\b/,
  // every order from now on, any language: "a partir de ahora todos tus pedidos llegaran", "ab jetzt kommt jede Bestellung an"
  /\b(?:from\s+now\s+on|every\s+future|a\s+partir\s+de\s+(?:ahora|agora|maintenant)|de\s+agora\s+em\s+diante|ab\s+jetzt|von\s+nun\s+an|desormais|dorenavant)\b[^.!?]{0,60}?\b(?:arriv\w*|lleg\w*|cheg\w*|kommt|kommen|ankomm\w*)|\b(?:todos|todas|every|jede\w*|chacune?|tous|toutes)\b[^.!?]{0,40}?\b(?:a\s+partir\s+de\s+(?:ahora|agora)|from\s+now\s+on)\b[^.!?]{0,30}?\b(?:lleg\w*|cheg\w*|arriv\w*)/,
  /\b(?:on\s+vous\s+le\s+promet|(?:nous\s+)?vous\s+le\s+promettons|palavra\s+da\s+\w+|nie\s+wieder)\b|\b(?:nenhum|ningun|kein|aucun|no)\s+(?:outro\s+|otro\s+|anderer\s+|autre\s+|other\s+)?(?:cliente|kunde|client|customer)\w*\s+(?:\w+\s+){0,3}?(?:de\s+novo|de\s+nuevo|wieder|again|plus\s+jamais)\b/,
  // a fit or a match promised as certain: "it will fit perfectly", "te va a quedar perfecta", "aucun doute là-dessus"
  /\b(?:will|'ll)\s+(?:fit|match)\s+(?:\w+\s+)?(?:perfectly|exactly)\b|\b(?:te|le)\s+va\s+a\s+quedar\s+perfect\w*|\bvai\s+(?:servir|ficar|caber)\s+(?:\w+\s+)?perfeit\w*|\bira\s+parfaitement\b|\baucun\s+doute\s+la-dessus\b|\bpasst\s+(?:garantiert|hundertprozentig|ganz\s+sicher)\b/,
  // a fix sworn complete, a problem that never comes back, a charge that never shows: "resolve 100%", "não volta mais", "won't even show on your statement"
  /\b(?:resolve|resuelve|soluciona|fixes|solves|behebt|regle|resout)\s+(?:\w+\s+)?(?:100\s?%|a\s+100\s?%|al\s+100\s?%|hundertprozentig)|\bnao\s+volta\s+(?:mais|nunca)\b|\bno\s+(?:te\s+)?vuelve\s+a\s+(?:pasar|salir|aparecer)\b|\bkommt\s+(?:\w+\s+)?nicht\s+wieder\b|\bne\s+reviendra\s+(?:plus|jamais)\b|\b(?:nem|nao)\s+vai\s+aparecer\s+na\s+(?:sua\s+)?fatura\b|\bwon'?t\s+(?:even\s+)?(?:show|appear)\s+on\s+your\s+(?:statement|bill)\b|\bno\s+(?:te\s+)?(?:va\s+a\s+)?aparecer\w*\s+en\s+(?:tu|su)\s+(?:extracto|resumen)\b|\b(?:erscheint|wird)\s+(?:gar\s+)?nicht\s+(?:\w+\s+)?auf\s+(?:ihrer|deiner)\s+(?:abrechnung|kontoauszug)|\bn'apparaitra\s+(?:meme\s+)?pas\s+sur\s+votre\s+releve\b/,
  // a claim with a carrier, an insurer or a platform said to be approved: "it'll be approved", "se la van a aprobar"
  /(?<!\b(?:whether|if)\s)\b(?:it|the\s+claim|your\s+claim|claim)(?:'ll|\s+will)\s+(?:definitely\s+|certainly\s+)?be\s+(?:approved|accepted|granted)\b(?=[\s\S]*\b(?:claim|insurer|insurance|carrier|courier|platform)\b|(?<=\b(?:claim|insurer|insurance|carrier|courier|platform)\b[\s\S]*))|\b(?:se\s+la|se\s+lo|te\s+la|te\s+lo)\s+van?\s+a\s+aprobar\b|\b(?:vai|vao)\s+ser\s+aprovad[oa]s?\b|\bwird\s+(?:\w+\s+)?(?:genehmigt|anerkannt)\s+werden\b|\b(?:sera|seront)\s+(?:forcement\s+)?(?:acceptee?s?|approuvee?s?)\b/,
  // nothing can go wrong, "promised" said after, it won't happen again: "da kann nichts mehr schiefgehen", ", versprochen."
  /\bsure?\s+a\s+100\s?%|\b100\s?%\s+(?:resolvid\w*|resuelt\w*|fixed|solved|gelost|behoben|resolu\w*|regle\w*)|\bnichts\s+(?:mehr\s+)?schief\s*(?:gehen|geht)\b|\bnothing\s+(?:can|will)\s+go\s+wrong\b|\bnada\s+(?:pode|vai)\s+dar\s+errado\b|\bnada\s+puede\s+salir\s+mal\b|\brien\s+ne\s+peut\s+(?:plus\s+)?mal\s+(?:se\s+passer|tourner)\b|,\s*(?:versprochen|promis|prometido)\s*[.!]*\s*$|[,-]\s*(?:garantido|garantizado|garantiert|guaranteed|garanti)(?=\s*(?:[.!]|$))|\ba\s+coup\s+sur\b|\bon\s+vous\s+le\s+garanti[ts]\b|\bnao\s+vai\s+(?:mais\s+)?acontecer\b|\b(?:endgultig|dauerhaft)\s+(?:weg|vorbei|erledigt|verschwunden)\b|\b(?:regle|resolu|corrige)e?s?\s+(?:\w+\s+)?pour\s+de\s+bon\b/,
  // a third party that will approve or cover it, said as fact: "o fabricante vai aprovar a troca"
  /(?<!\b(?:whether|if|se|si|ob)\s(?:\w+\s){0,3})\b(?:fabricante|fabricant|hersteller|manufacturer|seguradora|aseguradora|assureur|\w*versicherung|insurer|plataforma|platform|plateforme)\s+(?:\w+\s+)?(?:vai|va\s+a|will|wird|va)\s+(?:\w+\s+)?(?:aprovar|aprobar|approve|approuver|genehmigen|aceitar|aceptar|accept|accepter|akzeptieren|ubernehmen|cubrir|cobrir|cover|couvrir)\b/,
  // pt
  /\bnunca\s+mais\b|\bgarantid[oa]s?\s+(?:que|de\s+que)\b|\b(?:nos\s+)?garantimos\b|\bprometemos\b(?![^.!?]*\b(?:demorou|demoramos|tardou|levou|chegou|foi|mas)\b)|\bnao\s+vai\s+(?:mais\s+)?(?:apresentar|ter)\s+(?:nenhum|qualquer)\b/,
  // es
  /\b(?:te|le|les|os)?\s*(?<!\blo\s+que\s)garantizamos\b|\bprometemos\b(?![^.!?]*\b(?:demorou|demoramos|tardou|levou|chegou|tardo|tardamos|tardaron|llego|fue|foi|pero|mas|but)\b)|\bnunca\s+mas\b|\bno\s+volvera\w*\s+a\s+(?:pasar|ocurrir|suceder|fallar|romperse|dar(?:te|le)?\s+problemas|averiarse|estropearse)\b|\b(?:te|se)\s+lo\s+(?:aseguramos|aseguro|garantizamos|garantizo)\b|\bno\s+tendra\s+ningun\s+(?:problema|defecto)\b/,
  // de
  /\bwir\s+garantieren\b|\b(?<!nicht\s)garantiert\s+(?:nur|hochstens|maximal|in|innerhalb|bis|wieder|sofort)\b|\b(?<!\b(?:nichts|nicht|kein\w*)\s)(?:wir\s+)?versprechen\s+(?:ihnen|dir)?\b(?![^.!?]*\b(?:warten\s+lassen|nicht\s+eingehalten|gebrochen|haben\s+(?:es\s+)?nicht)\b)(?!\s*(?:konnen|kann)\s+(?:wir|ich)\s+(?:\w+\s+)?(?:nichts|nicht|keine?)\b)|\bgarantiert\s+(?:nicht|kein|keine|behoben|gelost|repariert|weg|dicht|erledigt|leer|ruhig|still|trocken|aus|sauber|vorbei|wie\s+neu)\b|\bwird\s+(?:nie|nicht)\s+(?:wieder|mehr)\s+(?:vorkommen|passieren)\b|\bkeine\s+probleme\s+mehr\s+haben\s+wird\b/,
  // fr
  /\bhundertprozentig\b|\bcent\s+pour\s+cent\b|(?<!\b(?:asegurar\w*|garantizar\w*|prometer\w*)\s+al\s)\bcien\s+por\s+cien\b|(?<!\b(?:garantir|garanti-lo|prometer)\s+a\s)\bcem\s+por\s+cento\b|\bno\s+(?:se\s+)?va\s+a\s+\w+\s+nunca\b|\bnous\s+(?:vous\s+)?garantissons\b|\bnous\s+(?:vous\s+)?promettons\b|\bje\s+(?:te|vous)\s+(?:promets|garantis|jure)\b|\bnunca\s+(?:mais\s+)?vai\s+(?:entrar|quebrar|acontecer|estragar|falhar|vazar|rasgar|desbotar)\b|\bne\s+se\s+(?:reproduira|produira)\s+plus\b|\bplus\s+jamais\b|\bn'aura\s+aucun\s+(?:defaut|probleme)\b/,
];

/** The shop taking the fault ("that's on us", "c'est notre faute"): an argument hit in that sentence is not an argument. */
const OWN_FAULT =
  /\b(?:(?:wrong|mistake|error|erro\w*|equivoc\w*|fehler\w*|falsch\w*|erreur|faute|mix-?up)\b[^.!?]{0,40}\b(?:on\s+our\s+(?:side|end)|de\s+nuestro\s+lado|por\s+nuestra\s+parte|do\s+nosso\s+lado|da\s+nossa\s+parte|unsererseits|bei\s+uns|de\s+notre\s+(?:cote|part))|(?:n'etait|n'est|n'a\s+pas\s+ete|wasn'?t|isn'?t|was\s+not|nao\s+(?:estava|era|foi)|no\s+(?:estaba|era|fue)|war\s+nicht|ist\s+nicht)\s+(?:pas\s+)?(?:\w+\s+){0,2}?(?:indique|mentionne|clearly|clairement|claramente|deutlich|klar|stated|said)|you(?:'re|\s+are)\s+(?:quite\s+|absolutely\s+)?right|sie\s+haben\s+(?:vollig\s+|vollkommen\s+)?recht|(?:tiene|tienes)\s+(?:toda\s+la\s+)?razon|(?:voce|o\s+senhor|a\s+senhora)\s+tem\s+(?:toda\s+)?razao|vous\s+avez\s+(?:tout\s+a\s+fait\s+)?raison|not\s+clear\s+enough|nicht\s+(?:deutlich|klar)\s+genug|pas\s+assez\s+clair\w*|no\s+(?:\w+\s+)?(?:lo\s+)?suficientemente\s+clar\w*|nao\s+(?:\w+\s+)?(?:suficientemente\s+)?clar\w*|we\s+should(?:'ve|\s+have)|our\s+(?:\w+\s+){1,2}?should(?:'ve|\s+have)|(?:nosso|nossa)\s+\w+\s+deveria\s+ter|(?:nuestro|nuestra)\s+\w+\s+deberia\s+haber\w*|(?:unsere?r?)\s+\w+\s+hatte\b|(?:notre|nos)\s+\w+\s+aurai(?:t|ent)\s+du|we\s+ought\s+to\s+have|(?:deviamos|deveriamos)\s+ter|(?:debimos|deberiamos\s+haber|tendriamos\s+que\s+haber)|(?:hatten|haetten)\s+wir\s+(?:\w+\s+){0,5}?(?:deutlicher|besser|klarer|fruher|genauer|sollen|mussen)|wir\s+hatten\s+(?:\w+\s+){0,6}?(?:sollen|mussen)|nous\s+aurions\s+du|on\s+aurait\s+du|(?:came|comes)\s+from\s+us|(?:vino|viene)\s+de\s+nosotros|(?:veio|vem)\s+de\s+nos|kam\s+von\s+uns|(?:venait|vient)\s+de\s+nous|(?:that'?s|it'?s|this\s+is)\s+on\s+us|our\s+(?:fault|mistake|error)|(?:a\s+)?(?:culpa|falha)\s+(?:e\s+)?nossa|(?:es\s+)?(?:culpa|error|fallo)\s+nuestr[oa]|unser(?:\s+eigener)?\s+fehler|(?:liegt\s+)?(?:der\s+)?fehler\s+(?:liegt\s+)?bei\s+uns|notre\s+(?:faute|erreur))\b/;

/** Misuse named only to rule it out: "no sign of misuse", "não por uso errado", "kein Zeichen für falsche Lagerung". */
const CLEARED_BEFORE =
  /(?:\b(?:nao|not|no|nicht|pas|ni|nor)\s+$|\b(?:no|any|nenhum\w*|ningun\w*|kein\w*|aucun\w*|sans|sin|sem|without)\s+(?:\w+\s+){0,2}?(?:signs?|signo|sinal|sinais|zeichen|traces?|spur\w*|indices?|indicio\w*|evidence|hinweis\w*)\s+(?:of|de|do|da|fur|d'|auf|von)?\s*|\b(?:nao|not|no|nicht|pas|kein)\s+(?:por|from|by|durch|par|de|du|fur)\s+(?:\w+\s+)?)$/;

/** "Ese SMS no es nuestro", "le SMS ne vient pas de nous": a fake message disowned, not a fault refused. */
const FAKE_MESSAGE =
  /\b(?:sms|e-?mails?|mensajes?|messages?|mensage(?:m|ns)|links?|enlaces?|liens?|anrufe?|llamadas?|appels?|ligac(?:ao|oes)|nachrichten?|correos?|courriels?|whatsapp|textos?|anzeigen?|perfil|profile|profil|konto|compte|cuenta|conta)\b[^.!?]{0,80}\b(?:no\s+es\s+nuestr[oa]|ne\s+vient\s+pas\s+de\s+nous|nao\s+e\s+noss[oa]|nao\s+(?:vem|veio)\s+de\s+nos|isn'?t\s+(?:from\s+us|ours)|is\s+not\s+(?:from\s+us|ours)|(?:stammt|kommt)\s+nicht\s+von\s+uns|ist\s+nicht\s+von\s+uns|n'est\s+pas\s+de\s+nous)\b|\b(?:your\s+side\s+or\s+ours|yours\s+or\s+ours|ni\s+(?:de\s+)?(?:votre|ta)\s+faute\s+ni|nem\s+(?:sua|tua)\s+nem\s+nossa|ni\s+tuya\s+ni\s+nuestra|weder\s+(?:ihr|dein)\w*\s+noch\s+unser\w*|weder\s+bei\s+ihnen\s+noch\s+bei\s+uns)\b/;

/** "That's not true" said of what the shop or its bot said, once the reply owns the fault or says it corrected it. */
/** A defect denied in so many words (read with a remedy beside it as an explanation, not an argument). */
const NO_DEFECT =
  /\b(?:kein\w*\s+(?:defekt|mangel|fehler)|no\s+es\s+(?:un\s+)?defecto|nao\s+e\s+(?:um\s+)?defeito|not\s+a\s+(?:defect|fault)|pas\s+un\s+defaut|n'est\s+pas\s+un\s+defaut)\b/;
const WHAT_HAPPENS_TOLD =
  /\b(?:this\s+is\s+what\s+happens|that'?s\s+what\s+happens|this\s+happens|isso\s+(?:e\s+o\s+que\s+)?acontece|esto\s+(?:es\s+lo\s+que\s+)?(?:pasa|ocurre|sucede)|passiert|c'est\s+ce\s+qui\s+arrive|cela\s+arrive|ca\s+arrive)\b/;
/** What our own bot, page or listing said, which the shop may call wrong: "Unser Chat-Assistent hat Ihnen gesagt…", "o anúncio prometia…". */
const OUR_CLAIM =
  /\b(?:(?:our|unser\w*|notre|nuestr[oa]|noss[oa]|o|el|le|der|die|das)\s+(?:chat-?\s*)?(?:assistent\w*|assistant|asistente|bot|chatbot|anuncio|listing|annonce|beschreibung|produktseite|fiche|pagina|page|website|site|descricao|descripcion|description))\b[^.!?]{0,80}\b(?:said|told|says|promised|informed|hat\s+\w+\s+gesagt|gesagt|genannt|mitgeteilt|informou|informo|annonce|versprach|versprochen|dizia|disse|prometia|prometeu|decia|dijo|prometia|disait|a\s+dit|promettait|indiquait)\b/;
const CONTEST =
  /\b(?:c'est\s+(?:faux|inexact)|das\s+stimmt\s+(?:so\s+)?nicht|no\s+es\s+(?:cierto|verdad)|es\s+falso|nao\s+e\s+verdade|(?:that'?s|that\s+is)\s+(?:not\s+true|wrong|incorrect))\b/;
const SHOP_CORRECTED =
  /\b(?:wir\s+haben\s+(?:\w+\s+){0,4}?(?:entfernt|geandert|korrigiert|angepasst|gestrichen)|we(?:'ve|\s+have)\s+(?:\w+\s+){0,3}?(?:removed|corrected|changed|fixed|updated)|(?:corrigimos|removemos|alteramos|ajustamos|corregimos|eliminamos|cambiamos)|nous\s+avons\s+(?:\w+\s+)?(?:corrige|retire|supprime|modifie)|a\s+ete\s+corrige\w*|foi\s+corrigid\w*|fue\s+corregid\w*|wurde\s+korrigiert|(?:has\s+been|was)\s+corrected)\b/;

/** Whether folded text owns the fault ("that's on us", "a culpa é nossa"). */
export function ownsFault(folded: string): boolean {
  return OWN_FAULT.test(folded) && !NOT_OURS.test(folded);
}
/** "não é culpa nossa", "not our fault", "nicht unsere Schuld": the fault refused, not owned. */
const NOT_OURS =
  /\b(?:cannot|can'?t|won'?t|refuse\s+to)\s+(?:accept|agree|admit)\s+(?:\w+\s+){0,3}?our\s+(?:fault|mistake|problem|responsibility)\b|\b(?:not|isn'?t|wasn'?t|nao|no|nicht|kein|pas)\s+(?:\w+\s+){0,2}?(?:our\s+(?:fault|mistake|problem|responsibility)|culpa\s+(?:nossa|nuestra)|(?:unsere|unser)\s+(?:schuld|fehler|problem)|notre\s+(?:faute|probleme|responsabilite)|(?:problema|responsabilidade|responsabilidad)\s+(?:nossa|nuestra|nosso|nuestro))\b/;

/** An outcome promised whatever happens: "whatever the inspection finds", "pase lo que pase", "egal was die Prufung ergibt". */
const NO_MATTER =
  /\b(?:da\s+igual|no\s+importa|nao\s+importa|doesn'?t\s+matter|regardless\s+of|no\s+matter\s+what|whatever\s+(?:happens|the\s+\w+\s+(?:finds|says|shows))|either\s+way\s+guaranteed|aconteca\s+o\s+que\s+acontecer|independente(?:mente)?\s+d[aoe]|seja\s+qual\s+for|pase\s+lo\s+que\s+pase|si\s+o\s+si|sea\s+cual\s+sea|independientemente\s+de|egal\s+(?:was|wie)|ganz\s+gleich|unabhangig\s+davon|quoi\s+qu'il\s+arrive|peu\s+importe|quel\s+que\s+soit|quelle\s+que\s+soit)\b(?!\s+(?:\w+\s+)?(?:motivo|reason|raison|grund|razon))(?![^.!?]{0,30}\b(?:review|resena|avaliacao|bewertung|avis|rezension|opinion|meinung|opiniao|valoracion|rating|estrelas?|estrellas?|sterne|etoiles)\b)/;
/** The customer told what they will get ("you'll get every penny back", "vous serez remboursé", "recibirás"), not the shop's own act. */
const YOU_WILL_GET =
  /\b(?:you(?:'ll|\s+will)\s+(?:\w+\s+)?(?:get|receive|have|be\s+(?:refunded|reimbursed|paid))|(?:voce\s+)?vai\s+(?:ter|receber)|recebera|(?:seu|sua)\s+\w+\s+vai\s+voltar|cai\s+na\s+sua\s+conta|(?:vas|va)\s+a\s+(?:recibir|tener)|recibira\w*|tendras|tendra\s+(?:su|el)|(?:sie|du)\s+(?:erhalten|bekommen|kriegen|kriegst|bekommst|erhaltst)|(?:erhalten|bekommen)\s+sie|vous\s+(?:serez|allez\s+etre)\s+rembours\w*|vous\s+(?:recevrez|aurez|allez\s+recevoir)|tu\s+(?:seras|vas\s+etre)\s+rembours\w*)\b/;
/** Sworn certainty beside it: "guaranteed", "sí o sí", "auf jeden Fall", "com certeza". */
const SWORN =
  /\b(?:guarante\w*|garant\w*|certain\w*|com\s+certeza|con\s+(?:toda\s+)?seguridad|sin\s+duda|si\s+o\s+si|auf\s+jeden\s+fall|in\s+jedem\s+fall|de\s+qualquer\s+jeito|sans\s+faute|for\s+sure|definitely|promise\w*|prometo|versprech\w*|promets)\b|100\s?%/;
/** Told as done: "rest assured, the refund went through yesterday". */
const PAST_DONE =
  /\b(?:went\s+through|has\s+been|have\s+been|was|were|already|ja\s+(?:foi|foram|esta)|foi|ya\s+(?:se|ha|esta|fue)|fue|wurde|bereits|schon|deja|a\s+ete)\b/;
const OUTCOME =
  /\b(?:refund\w*|money|back|fixed|work\w*|reembols\w*|dinheiro|de\s+volta|dinero|de\s+vuelta|devol\w*|geld|erstatt\w*|zuruck|funktion\w*|rembours\w*|argent|fonctionn\w*|receb\w*|recib\w*|erhalt\w*|bekomm\w*|recevr\w*|get|receive)/;

/**
 * Someone else's decision told as settled: the financing company, the insurer, the warranty, the
 * maker's service, the bank or the carrier approving, paying, freezing or swapping, with a word that
 * makes it certain ("warranty will approve this one, cracks are always covered", "te congelan las
 * cuotas", "l'organisme de financement reportera automatiquement", "der Hersteller tauscht auf jeden
 * Fall", "nos la aprueban seguro") and no hedge. The shop can ask them; it cannot decide for them.
 */
const DECIDER =
  /\b(?:financeira|financiera|organisme\s+de\s+financement|finanzierer|finanzierungspartner|warranty|garantia|garantie|insurer|insurance|seguro\s+del?|seguradora|aseguradora|versicherung|assureur|assurance|manufacturer|fabricante|hersteller|fabricant|kundendienst|servicio\s+tecnico|assistencia\s+tecnica|service\s+apres-vente|bank|banco|banque|correos|correios|carrier|transportadora|transportista|transporteur)\b/;
const DECIDES =
  /\b(?:will\s+(?:\w+\s+)?(?:approve|accept|cover|pay|refund|replace|swap|freeze|waive|release)|aprovad[oa]\s+na\s+hora|(?:vai|vao|ira)\s+(?:aprovar|aceitar|cobrir|pagar|reembolsar|trocar|liberar)|aprueba\w*|aprobara\w*|congela\w*|(?:te|le|les|nos)\s+van\s+a\s+(?:abonar|pagar|devolver|aprobar|cambiar|congelar)|abonara\w*|genehmig\w*|tauscht|ubernimmt|approuvera|acceptera|reportera|remboursera|prendra\s+en\s+charge|couvrira)\b/;
const SETTLED =
  /\b(?:always|immer|toujours|siempre|sempre|seguro|for\s+sure|auf\s+jeden\s+fall|com\s+certeza|sans\s+faute|automatic\w*|automatiquement|automaticamente|automatisch|na\s+hora|sofort|immediately|keine\s+sorge|don'?t\s+worry|no\s+te\s+preocupes|pas\s+d'inquietude|tranquil[ao]|ya\s+veras|versprochen|no\s+tienes\s+que\s+hacer\s+nada)\b/;
const OPEN_DECISION =
  /\b(?:if|whether|usually|normally|probably|likely|should|may|might|hope\w*|expect\w*|se|si|ob|falls|wenn|normalmente|normalement|generalmente|geralmente|provavel\w*|probable\w*|wahrscheinlich|voraussichtlich|en\s+principe|em\s+principio|en\s+principio|suele|costuma|deve|debe|devrait|sollte|pode\s+ser|puede\s+ser|peut\s+etre|kann\s+sein|depend\w*|hangt|asked|ask\s+them|pedimos|solicitamos|demande\w*|gebeten|request\w*|decid\w*|entscheid\w*)\b/;

export function detectWording(text: string): Hit[] {
  const f = fold(text);
  const hits: Hit[] = [
    ...hitsOn(f, 'argues_with_customer', ARGUE),
    ...hitsOn(f, 'blames_carrier', CARRIER_BLAME),
    ...hitsOn(f, 'absolute_promise', ABSOLUTE).filter((h) => {
      const around = sentenceAround(f, h.start);
      return (
        !PROMISE_CITED.test(around) &&
        !BROKEN_SAID.test(around) &&
        !(OWNED_BROKEN.test(around) && PROMISE_WORD.test(f.slice(h.start, h.end)))
      );
    }),
  ];
  for (const sentence of sentences(text)) {
    const s = f.slice(sentence.start, sentence.end);
    const good = FOR_GOOD.exec(s) ?? IN_YOUR_FAVOUR.exec(s);
    if (good)
      hits.push({ code: 'absolute_promise', start: sentence.start + good.index, end: sentence.start + good.index + good[0].length });
    const sure = SURE.exec(s);
    if (!good && sure && SURE_FUTURE.test(s) && !OUR_STEP_NEXT.test(s.slice(sure.index + sure[0].length)) && !PAST_DONE.test(s))
      hits.push({ code: 'absolute_promise', start: sentence.start, end: sentence.end });
    if (DECIDER.test(s) && DECIDES.test(s) && SETTLED.test(s) && !OPEN_DECISION.test(s))
      hits.push({ code: 'absolute_promise', start: sentence.start, end: sentence.end });
    const m = NO_MATTER.exec(s);
    if (m && OUTCOME.test(s) && (YOU_WILL_GET.test(s) || SWORN.test(s) || namesFirmTime(s)))
      hits.push({ code: 'absolute_promise', start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  if (ownsFault(f) || SHOP_CORRECTED.test(f)) {
    const kept2 = hits.filter((h) => !(h.code === 'argues_with_customer' && CONTEST.test(f.slice(h.start, h.end))));
    hits.length = 0;
    hits.push(...kept2);
  }
  const all = sentences(text);
  // the defect denied beside a remedy ("kein Defekt … falls sie danach noch da sind, tauschen wir den Topf") is an explanation
  const kept3 = hits.filter((h) => {
    if (h.code !== 'argues_with_customer') return true;
    const said = f.slice(h.start, h.end);
    const own = sentences(text).find((x) => x.start <= h.start && h.start < x.end);
    if (!own) return true;
    const elsewhere = namesRemedy(text.slice(0, own.start) + text.slice(own.end));
    if (NO_DEFECT.test(said)) return !elsewhere;
    // "ça arrive souvent quand …; sinon on vous en envoie une autre": what usually happens, with a remedy, is advice
    if (WHAT_HAPPENS_TOLD.test(said)) return !(elsewhere || namesRemedy(text.slice(h.end, own.end)));
    return true;
  });
  hits.length = 0;
  hits.push(...kept3);
  const owned = all.filter(
    (x, k) =>
      ownsFault(f.slice(x.start, x.end)) ||
      FAKE_MESSAGE.test(f.slice(x.start, x.end)) ||
      // our own bot or listing called wrong: "Unser Chat-Assistent hat Ihnen gesagt … Das stimmt so nicht"
      (CONTEST.test(f.slice(x.start, x.end)) && OUR_CLAIM.test(f.slice(all[k - 1]?.start ?? x.start, x.end))),
  );
  const kept = hits.filter(
    (h) =>
      h.code !== 'argues_with_customer' ||
      (!owned.some((x) => x.start <= h.start && h.end <= x.end) && !CLEARED_BEFORE.test(f.slice(Math.max(0, h.start - 40), h.start))),
  );
  hits.length = 0;
  hits.push(...kept);
  for (const sentence of sentences(text)) {
    const s = f.slice(sentence.start, sentence.end);
    if (BANK_TIME.test(s)) continue;
    for (const d of spansOf(s, DEFLECTION)) {
      const code = DELIVERY_WORDS.test(s) ? 'blames_carrier' : 'argues_with_customer';
      hits.push({ code, start: sentence.start + d.start, end: sentence.start + d.end });
    }
  }
  return hits;
}

function hitsOn(folded: string, code: Hit['code'], patterns: readonly RegExp[]): Hit[] {
  return patterns.flatMap((p) => spansOf(folded, p).map((s) => ({ code, start: s.start + lead(s.text), end: s.end })));
}

/** Patterns that open on optional whitespace start their span at the first word. */
function lead(s: string): number {
  return s.length - s.trimStart().length;
}

/** The sentence of folded text around a position (to read what else it says). */
function sentenceAround(folded: string, at: number): string {
  const start = Math.max(folded.lastIndexOf('.', at - 1), folded.lastIndexOf('!', at - 1), folded.lastIndexOf('?', at - 1)) + 1;
  const ends = ['.', '!', '?'].map((c) => folded.indexOf(c, at)).filter((i) => i >= 0);
  return folded.slice(start, ends.length ? Math.min(...ends) : folded.length);
}
