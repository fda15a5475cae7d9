// Blame with no "you" in it: the fault moved onto the customer through the facts the shop chooses
// to set out. Each frame is two ideas in one sentence, in en, pt, es, de and fr over folded text: a
// loss placed after the delivery or at the customer's home; the fault refused ("we can't accept
// this is on us", "que nos atribuyas el retraso"); a use the product is not made for set out as the
// explanation of the damage; the manual pressed on the customer before they use "our products"; the
// measuring done wrong; the size chart or manual called clear against them; and the counterfactual
// "had someone been home". A reply that owns the fault or names the case only as a condition ("if
// it went missing after delivery, we send another") is left alone.
import { namesRemedy } from './detect-discount-only.js';
import { ownsFault } from './detect-wording.js';
import { fold } from './fold.js';
import type { Hit } from './text-scan.js';
import { sentences } from './text-scan.js';

interface Frame {
  a: RegExp;
  b: RegExp;
}

const LOSS =
  /\b(?:lost|misplaced|went\s+missing|gone\s+missing|go\s+missing|disappeared|perd(?:id[oa]|eu|eram|erse|erse|io|ido)|se\s+perdeu|sumi\w*|extravi\w*|desapareci\w*|abhanden\w*|verloren|verschwunden|weggekommen|egar\w*|perdu\w*|disparu\w*)\b/;
const AFTER_DELIVERY =
  /\b(?:after\s+(?:it\s+was\s+|being\s+|the\s+)?deliver\w*|after\s+(?:it\s+)?(?:arrived|reached\s+you)|(?:at|in)\s+your\s+(?:home|house|address|building|door)|on\s+your\s+(?:end|side|doorstep)|depois\s+da\s+entrega|apos\s+a\s+entrega|na\s+sua\s+(?:residencia|casa)|em\s+sua\s+(?:residencia|casa)|despues\s+de\s+(?:la\s+entrega|entregarlo|ser\s+entregado)|en\s+(?:tu|su)\s+(?:domicilio|casa)|nach\s+(?:der|erfolgter)\s+zustellung|bei\s+ihnen(?:\s+zu\s+hause)?|apres\s+(?:la\s+)?livraison|chez\s+vous)\b/;
// pt "se" is also the reflexive ("deve ter se perdido")
const CONDITION = /\b(?:if|whether|in\s+case|se(?!\s+(?:perd|extravi|sumi|desvi))|caso|si|wenn|falls|ob|au\s+cas)\b/;

const REFUSE_FAULT: Frame = {
  a: /\b(?:not|no|nao|nicht|pas|can'?t|cannot|won'?t)\b|n't\b/,
  b: /\b(?:accept\s+(?:that\s+)?(?:this|it|the\s+\w+)\s+(?:\w+\s+){0,2}?(?:is|was)\s+(?:on\s+us|our\s+(?:mistake|fault|error))|on\s+us\b(?=[^.!?]*\b(?:accept|agree|fair))|(?:attribut|imput|atribu)\w*|(?:uns\s+)?(?:\w+\s+)?anlasten|zuschreiben|(?:nous\s+)?soit\s+reproche\w*|reprocher|blame\s+us|hold\s+us\s+responsible|culp(?:ar|e|en|es)\s+(?:a\s+)?nos|nos\s+culp\w*|(?:seja|sea)\s+culpa\s+nuestra|(?:seja\s+)?culpa\s+nossa|unsere\s+schuld|notre\s+faute|our\s+fault|our\s+responsibility)/,
};

const NOT_MADE_FOR =
  /\b(?:not|isn'?t|wasn'?t|aren'?t|never)\s+(?:\w+\s+)?(?:designed|meant|made|intended|built|suitable|rated)\b|\b(?:should|must)\s+not\s+(?:be\s+)?\w+|\bshouldn'?t\s+\w+|\bnao\s+(?:deve|pode|foi\s+(?:feit|projetad|pensad)\w*|e\s+(?:indicad|adequad|apropriad)\w*)|\bno\s+(?:debe|puede|esta\s+(?:pensad|disenad|hech|indicad)\w*)|\bnicht\s+(?:\w+\s+){0,6}?(?:gedacht|geeignet|ausgelegt|vorgesehen|bestimmt)|\b(?:darf|sollte|soll)\s+(?:\w+\s+){0,3}?nicht\b|\bne\s+(?:doit|peut|devrait|convient)\s+pas|\bn'est\s+pas\s+(?:concu|prevu|fait|adapte|destine)\w*/;
const EXPLAINS =
  /\b(?:which\s+(?:would\s+)?explains?|(?:that|this)\s+(?:would\s+)?explains?|explains?\s+(?:the|why)|o\s+que\s+explica|isso\s+explica|lo\s+que\s+explica|eso\s+explica|(?:das|dies)\s+erklart|was\s+(?:\w+\s+)?erklart|daher\s+(?:der|die|das|auch)|ce\s+qui\s+explique|cela\s+explique|d'ou\s+(?:le|la|les))\b/;

const READ_MANUAL =
  /\b(?:read\w*|consult\w*|check\w*|follow\w*|lei?a\w*|ler|consult\w*|siga|lea|leer|lean|lesen|lesen\s+sie|beachten|lire|lisez|suivre|suivez)\s+(?:\w+\s+){0,2}?(?:manual|instructions?|user\s+guide|leaflet|notice|mode\s+d'emploi|anleitung|gebrauchsanweisung|bedienungsanleitung|instruc\w*|folheto|folleto)\b/;
const BEFORE_USING_OURS =
  /\b(?:before\s+(?:using|use|you\s+use)\s+(?:any\s+of\s+)?our|before\s+(?:any|each|every)\s+use|in\s+(?:the\s+)?future|next\s+time|from\s+now\s+on|antes\s+de\s+(?:usar|utilizar)\s+(?:nossos|os\s+nossos|nuestros|qualquer|cualquier)|da\s+proxima\s+vez|no\s+futuro|en\s+el\s+futuro|la\s+proxima\s+vez|vor\s+(?:jeder|der)\s+(?:benutzung|verwendung|nutzung)\s+unserer|kunftig|zukunftig|in\s+zukunft|nachstes\s+mal|avant\s+(?:toute|chaque)\s+utilisation|avant\s+d'utiliser\s+nos|a\s+l'avenir|la\s+prochaine\s+fois)\b/;

const MEASURING =
  /\b(?:measure\w*|measuring|medid[oa]s?|medi(?:r|u|do|das|ram)|gemessen|messung|mass(?:e|en)?\b|mesur\w*|prises?\s+(?:les\s+)?mesures|tomad[oa]s|tomaron|tomo|genommen|prises?)\b/;
const NOT_RIGHT =
  /\b(?:not|weren'?t|wasn'?t|nao|no|nicht|pas)\s+(?:\w+\s+){0,4}?(?:correct\w*|properly|right|accurately|correctament\w*|corretament\w*|direito|bien|richtig|korrekt|genau|exactement)\b|\b(?:incorrect\w*|wrong\w*|errad\w*|mal\s+(?:tomad|medid)\w*|falsch)\b/;

const GUIDE_CLEAR =
  /\b(?:size\s+(?:chart|guide)|sizing\s+(?:chart|guide)|manual|instructions|description|listing|label|tabela\s+de\s+(?:medidas|tamanhos)|guia\s+de\s+tamanhos|tabla\s+de\s+tallas|guia\s+de\s+tallas|grossentabelle|grossentafel|anleitung|beschreibung|guide\s+des\s+tailles|notice|fiche)\b[^.!?]{0,30}?\b(?:(?:is|was|are)\s+(?:very\s+|perfectly\s+|quite\s+|pretty\s+)?(?:clear|unambiguous|visible|easy\s+to\s+(?:find|see))|(?:e|esta)\s+(?:muito\s+|bem\s+|bastante\s+)?(?:clara|claro|visivel)|(?:es|esta)\s+(?:muy\s+|bien\s+|bastante\s+)?(?:clara|claro|visible)|ist\s+(?:doch\s+|sehr\s+|ganz\s+)?(?:eindeutig|klar|deutlich|gut\s+sichtbar)|est\s+(?:pourtant\s+)?(?:tres\s+|bien\s+|parfaitement\s+)?(?:clair|claire|visible|explicite))\b/;
const NOT_CLEAR_OWNED = /\b(?:not|isn'?t|wasn'?t|nao|no|nicht|pas|unclear|confus\w*)\b/;

const NOBODY_HOME =
  /\b(?:had\s+(?:someone|anyone|somebody|you)\s+been\s+(?:home|in|there|available)|if\s+(?:someone|anyone|somebody|you)\s+had\s+been\s+(?:home|in|there|available)|se\s+(?:alguem|voce|a\s+senhora|o\s+senhor)\s+(?:estivesse|tivesse\s+estado)\s+em\s+casa|si\s+(?:alguien|usted|tu)\s+(?:hubiera|hubiese)\s+(?:estado|habido)|si\s+hubiera\s+habido\s+alguien|(?:ware|waren)\s+(?:jemand|sie)\s+(?:\w+\s+)?(?:zu\s+hause|da|anwesend)\s+gewesen|si\s+(?:quelqu'un|vous)\s+(?:avait|aviez)\s+ete\s+(?:present|la|chez))/;

/** A step under way: "a new one is on its way", "ya está en camino", "we've arranged a collection". */
const STEP =
  /\b(?:on\s+its\s+way|new\s+one|(?:we've|we\s+have|we'll|we\s+will|we\s+are|we're)\s+(?:sent|send|sending|shipp\w*|arrang\w*|book\w*)|a\s+caminho|en\s+camino|unterwegs|en\s+route|collect\w*|coleta|recogida|abholung|enlevement)\b/;

/** The shop's own measuring or listing: "the listing's measurement was wrong, we've corrected it". */
const OUR_SIDE =
  /\b(?:we|our|wir|unser\w*|nous|notre|nos|nosotros|nuestr\w*|nosso|nossa|listing|anuncio|descri\w*|page|pagina|seite|fiche|chart|tabela|tabla|tabelle|corrig\w*|korrigier\w*|fixed|updated)\b/;

/** A carrier named (by kind or by the names buyers know in the five markets) beside its fault or the shop's denial. */
const CARRIER_NAMED =
  /\b(?:carrier|courier|transportadora|correios|transportista|(?<!\bpor\s+la\s)mensajer\w*(?!\s+de\s+(?:mercado|amazon|la\s+(?:app|plataforma|web)))|paketdienst|zusteller|spediteur|transporteur|livreur|royal\s+(?:mail|post)|evri|yodel|dhl|ups|fedex|usps|tnt|gls|dpd|hermes|correos(?:\s+express)?|mrw|seur|nacex|ctt|jadlog|loggi|total\s+express|sedex|colissimo|chronopost|mondial\s+relay|la\s+poste|deutsche\s+post|post\s?nl|bpost|[a-z]+ship)\b/;
const CARRIER_FAULT =
  /\b(?:fault|blame|lost|misplaced|mishandl\w*|responsible|on\s+(?:them|\w+),?\s+not\s+us|not\s+us|culpa|responsab\w*|extravi\w*|perd(?:eu|eram|io|ieron|ido)|nao\s+(?:nos|a\s+gente)|no\s+(?:a\s+)?nosotros|verantwort\w*|schuld|verschlampt|geschlampt|verloren|(?:auf|zu)\s+deren\s+konto|nicht\s+(?:auf\s+)?(?:unser\w*|wir|uns)|imputable|faute|egare\w*|perdu|pas\s+nous|n'y\s+sommes\s+pour\s+rien|nuls?|desastre|vivem\s+fazendo|no\s+da\s+una|standig\s+arger|accumulent|perder|damaged|smashed|crushed|broke|danific\w*|amass\w*|quebr(?:ou|aram)|dan(?:o|aron)|rompi(?:o|eron)|aplast\w*|beschadigt|zerdruckt|kaputt\w*|kein\s+verlass|abime\w*|casse\w*|ecrase\w*|incapables?|incompetent\w*|useless|inuteis|inutiles|greve|strike|streik|huelga|en\s+greve)\b/;
/** The shop opening a claim or trace with the carrier: a step, not blame ("abrimos uma reclamação de extravio com a transportadora"). */
const CLAIM_OPENED =
  /\b(?:abrimos|abri|aberto|opened|open(?:ing)?\s+(?:a\s+)?(?:claim|trace|investigation)|filed|lodged|hemos\s+abierto|abierto\s+una|avons\s+ouvert|ai\s+ouvert|ouvrons|eingeleitet|nachforschungsauftrag|beantragt|registramos|registrei|registramos\s+una|(?:we|i)(?:'ve|\s+have)?\s+(?:raised|logged|reported))\b/;
/** The carrier's estimate said to be theirs, not ours: a hedge ("das ist die Einschätzung von DPD, nicht unsere"). */
const THEIR_ESTIMATE = /\b(?:einschatzung|schatzung|prognose|estimate|estimativa|estimacion|estimation|prevision|previsao)\b/;
/** The delay or damage placed on a named carrier: "geht komplett auf DHL", "is all down to the courier". */
const ON_THE_CARRIER = new RegExp(
  `\\b(?:(?:is|was)\\s+(?:entirely\\s+|all\\s+)?(?:down\\s+to|on)|geht\\s+(?:\\w+\\s+){0,3}?auf(?:\\s+das\\s+konto\\s+(?:von|der|des))?)\\s+(?:the\\s+)?(?:${CARRIER_NAMED.source})`,
);

/** A reproach for posting instead of contacting the shop first. */
const POSTED =
  /\b(?:post\w*|review\w*|complain\w*|reclam\w*|avalia\w*|rese[nñ]a|publica\w*|bewertung|offentlich|schreiben|avis|publier|commentaire)\b/;
const CONTACT_FIRST =
  /\b(?:contact\w*|reach\w*\s+out|call\w*|ticket|chamado|contat\w*|contactar|llamar|escribir\w*|anzurufen|anrufen|kontakt\w*|kundenservice|nous\s+contacter|appeler)\b[^.!?]{0,40}?\b(?:before|first|antes|vorher|zuerst|d'abord|avant)\b|\b(?:without|sem|sin|ohne|statt|instead\s+of|plutot\s+que|en\s+lugar\s+de|em\s+vez\s+de|ni\s+siquiera|didn'?t\s+even)\b[^.!?]{0,50}?\b(?:contact\w*|reach\w*|call\w*|ticket|chamado|contat\w*|contactar|llamar|anzurufen|anrufen|kontakt\w*|kundenservice|contacter|appeler)/;

/** The customer's own side named as the likely cause: "your screen settings are probably off", "vient sûrement de votre peau". */
const LIKELY =
  /\b(?:probably|likely|must|surely|vermutlich|wahrscheinlich|wohl|sicherlich|surement|sans\s+doute|doit|doivent|provavelmente|certamente|seguramente|probablemente|se\s+nota|deve|debe)\b/;
const YOUR_SIDE =
  /\b(?:your|ihr\w*|votre|vos|tu|tus|su|sus|seu|sua|voce|vous|sie)\b[^.!?]{0,40}?\b(?:off|wrong|falsch\w*|mal\s+(?:regle\w*|configurad\w*|ajustad\w*)|errad\w*|liegt\s+(?:es\s+)?an|vient\s+(?:donc\s+)?(?:surement\s+)?de|culpa|fault|not\s+(?:\w+\s+){0,3}(?:properly|correctly|right)|nao\s+(?:\w+\s+){0,3}direito)\b|\b(?:liegt\s+(?:es\s+)?an|vient\s+(?:donc\s+)?(?:surement\s+)?de|comes\s+from|es\s+de|e\s+d[ao])\s+(?:ihr\w*|votre|your|su|tu|sua|seu)\b/;
/** You did it wrong: second person, a negation and a "correctly" in one clause ("vous ne l'avez pas entretenu correctement"). */
/** "Sie haben ihn offensichtlich zu heiß gewaschen", "vous auriez commandé la bonne taille": the customer's act, obvious or counterfactual. */
const YOU_OBVIOUSLY =
  /\b(?:sie|vous|usted|voce|tu|du)\s+(?:\w+\s+){0,3}?(?:offensichtlich|evidemment|manifestement|obviamente|evidentemente)\b(?!\s+(?:recht|raison|razon|razao|libres?|free|frei|livres?|berechtigt|en\s+droit|dans\s+(?:votre|ton)\s+droit|no\s+seu\s+direito|en\s+su\s+derecho))|\b(?:you\s+would\s+have|you'd\s+have|vous\s+auriez|tu\s+aurais|usted\s+habria|habrias|voce\s+teria|sie\s+hatten)\s+(?:\w+\s+){0,2}?(?:ordered|chosen|picked|commande|choisi|pedido|elegido|escolhido|bestellt|gewahlt)\s+(?:\w+\s+){0,2}?(?:right|correct|bonne|correct[ao]|cert[ao]|richtige\w*)\b/;
const YOU_NOT_RIGHT =
  /\b(?:voce|a\s+senhora|o\s+senhor|usted|vous|you)\s+(?:\w+\s+)?(?:mediu|midio|mediste|avez\s+mesure|measured)\s+(?:\w+\s+){0,3}?(?:errad[oa]|mal|incorrectamente|incorretamente|wrong(?:ly)?|incorrectly)\b|\berro\s+de\s+medicao\s+d[oa]\s+(?:comprador|cliente)|\b(?:haben\s+sie|sie\s+haben|hast\s+du|du\s+hast)\s+(?:[\w/]+\s+){0,4}?falsch\s+(?:eingegeben|bestellt|gemessen|montiert|angeschlossen|eingebaut|gewahlt|ausgewahlt|verwendet|benutzt|eingestellt)\b(?![^.!?]*\?)|\byou\s+(?:entered|ordered|measured|fitted|installed|selected|chose)\s+(?:\w+\s+){0,3}?(?:wrong(?:ly)?|incorrect(?:ly)?)\b(?![^.!?]*\?)|\b(?:you|voce|usted|tu|sie|vous|du(?=\s+(?:hast|hattest|bist|warst|solltest|musstest|musst|kannst|konntest|wirst|wurdest)\b))\s+(?:\w+\s+){0,2}?(?:didn'?t|did\s+not|haven'?t|never|nao|no|nicht|ne|n'|nie)\b[^.!?]{0,40}?\b(?:correct\w*|properly|right|direito|corretamente|bien|richtig|korrekt|correctement|como\s+(?:se\s+)?deve)\b/;
/** Wear named as the cause, the handling as the reason, and carelessness. */
const USE_MARKS =
  /(?<!\b(?:no|keine|aucune?|nenhum\w*|ningun\w*|sin|sem|ohne|sans)\s(?:\w+\s)?)\b(?:signs\s+of\s+(?:use|wear)|traces\s+d'(?:utilisation|usure)|gebrauchsspuren|marcas\s+de\s+uso|senales\s+de\s+uso|sinais\s+de\s+uso|(?:rayures|marques|traces)\s+d'usage|rayures\s+d'utilisation)\b|\b(?:con|com)\s+(?:poco|pouco)\s+cuidado|\bavec\s+peu\s+de\s+soin|\bwithout\s+(?:much\s+)?care\b/;
const HOW_YOU_HANDLED =
  /\b(?:the\s+way\s+you|(?:pela\s+|a\s+)?forma\s+como\s+(?:voce|o\s+senhor|a\s+senhora)|(?:la\s+)?(?:forma|manera)\s+(?:en\s+)?(?:que|como)\s+(?:usted|tu|lo|la|los|las)|wie\s+sie\s+(?:\w+\s+){0,3}?|la\s+(?:facon|maniere)\s+dont\s+vous)\s*(?:'re\s+|'ve\s+)?(?:\w+\s+)?(?:handl|us|wash|treat|car|stor|clean|cuid|us|lav|guard|trat|limp|behandel|benutz|gepfleg|gewasch|gelager|utilis|lav|entreten|trait|manipul)\w*/;
/** The customer treated badly by someone ("a forma como você foi tratado pelo montador"): their handling is not named. */
const TREATED_BY_OTHERS =
  /\b(?:you|voce|o\s+senhor|a\s+senhora|usted|tu|sie|vous)\s+(?:was|were|foi|fue|fuiste|wurden|avez\s+ete|a\s+ete|ha\s+sido)\s+(?:\w+\s+)?(?:treated|spoken|tratad\w*|behandelt|traite\w*|atendid\w*|recibid\w*|recebid\w*)/;
/** The tracking set beside the customer's word, with the shop saying it believes them ("pero entiendo que no lo has recibido"). */
const UNDERSTOOD = /\b(?:entiendo|entendo|compreendo|comprendo|i\s+understand|i\s+know|je\s+comprends|ich\s+verstehe|ich\s+weiss)\b/;
/** What a warranty covers and leaves out, said as its terms ("a garantia cobre…; o desgaste natural não entra"). */
const COVERAGE = /\b(?:cobre|cobrem|cubre|cubren|covers?|deckt|abgedeckt|couvre|couvrent)\b/;
/** The product as shown, held against what the customer saw (with no fix offered). */
const AS_SHOWN =
  /\b(?:exactly\s+(?:as|like)\s+(?:shown|pictured|in\s+the\s+photos?|on\s+our\s+site)|identic[oa]\s+a(?:l)?\s+(?:de\s+)?(?:la|el|a)\s+(?:web|foto|imagen|pagina)|exatamente\s+(?:como|igual)\s+(?:na|a)\s+foto|entspricht\s+exakt|identique\s+a\s+la\s+photo|runs?\s+(?:perfectly|fine)|lauft\s+einwandfrei|funciona\s+perfectamente|fonctionne\s+parfaitement|(?:esta|is)\s+intact[ao]?|nao\s+tem\s+problema\s+nenhum|has\s+no\s+(?:defect|problem)|no\s+tiene\s+ningun\s+(?:defecto|problema))\b/;
const DEFECT_RULED_OUT =
  /\b(?:defect|fault|defeito|defecto|fallo|produktfehler|mangel|defaut)\w*\s+(?:\w+\s+){0,3}?(?:ausgeschlossen|excluded|ruled\s+out|descartad\w*|exclu\w*)|\b(?:we\s+(?:very\s+much\s+|really\s+)?doubt|dudamos|duvidamos|bezweifeln|doutons)\b[^.!?]{0,40}?\b(?:product|producto|produto|produkt|produit|fallo|fault|defeito|defaut)/;
/** The page held up to the customer: "as stated in the listing", "tal y como se indica en la ficha", "wie in der Beschreibung angegeben". */
const AS_STATED =
  /\b(?:as\s+(?:clearly\s+)?(?:stated|indicated|described|mentioned|shown|explained|noted)\s+(?:in|on)|(?:como|conforme)\s+(?:\w+\s+)?(?:indicad[oa]|informad[oa]|descrit[oa]|mencionad[oa]|explicad[oa]|consta)\s+(?:n[oa]s?|em)|(?:tal\s+y\s+)?como\s+(?:se\s+)?(?:indica|describe|explica|menciona|detalla)\w*\s+en|segun\s+(?:se\s+)?(?:indica|consta)|wie\s+(?:\w+\s+){0,4}?(?:angegeben|beschrieben|vermerkt|erwahnt|erklart|ausgewiesen)|comme\s+(?:\w+\s+)?(?:indique|precise|mentionne|decrit|explique)e?s?\s+(?:dans|sur))\b/;
/** What the page said the product is not or only is: the part of "as stated" that is held against the customer. */
const LIMIT = /\b(?:not|only|never|no|nao|apenas|so|solo|nicht|nur|kein\w*|ne|pas|seulement|uniquement|jamais)\b|n't\b/;
/** A record of money paid back is a fact the customer can use, not a contest. */
const MONEY = /\b(?:refund\w*|reembols\w*|estorno|abono|erstatt\w*|gutschrift|rembours\w*|credit\w*)\b/;
/** Our records against the customer's word: a record, the customer as subject and a receipt ("según nuestros registros, usted firmó"). */
const RECORDS =
  /\b(?:records?|registros?|unterlagen|daten|aufzeichnungen|registres|system\w*|sistema|tracking|rastreamento|seguimiento|sendungsverfolgung|suivi|historique|historial|historico)\b/;
const YOU_RECEIVED =
  /\b(?:you|voce|usted|tu|sie|vous)\s+(?:\w+\s+){0,4}?(?:signed|received|collected|accepted|picked\s+up|assinou|recebeu|retirou|firm\w*|recibi\w*|recogi\w*|quittiert|unterschrieben|erhalten|entgegengenommen|abgeholt|signe|recu|retire|accepte)\b(?!\s+(?:\w+\s+)?(?:tracking\s+)?(?:numero|number|e-?mail|mail|link|lien|enlace|code|codigo|nummer|message|mensagem|mensaje|nachricht|notification|confirmation|confirmacao|confirmacion|bestatigung))|\b(?:signed\s+for|received|collected)\s+by\s+you\b/;
/** No other customer with the problem, or others without it. */
const NO_OTHER_CUSTOMER =
  /\b(?:nadie\s+(?:mas\s+)?(?:ha\s+tenido|tuvo)\s+(?:nunca\s+)?|nobody\s+(?:else\s+)?has\s+(?:ever\s+)?had\s+(?:a\s+|any\s+)?|ninguem\s+(?:mais\s+)?(?:teve|tem)\s+(?:nunca\s+)?|niemand\s+(?:sonst\s+)?hatte\s+(?:je\s+|jemals\s+)?|personne\s+n'a\s+(?:jamais\s+)?eu\s+(?:de\s+)?)(?:problem\w*|issues?|quejas?|reclamac\w*|probleme?s?)\b|\b(?:no|none\s+of\s+(?:our|the)|kein\w*|ningun\w*|aucun\w*|nenhum\w*)\s+(?:other|anderer?|andere[nm]?|otro|otra|autre|outro|outra)\s+(?:customers?|buyers?|clientes?|kund\w*|clients?|compradores?|acheteurs?)\b|\b(?:other|andere|otros|outros|autres|d'autres|los\s+demas|die\s+anderen)\s+(?:customers|buyers|clientes|kunden|kundinnen|clients)\b[^.!?]{0,40}?\b(?:no|keine\w*|ningun\w*|aucun\w*|nenhum\w*|sin|ohne|sans|sem|never|nie|nunca|jamais|n')\b/;
const PROBLEM =
  /\b(?:problem\w*|issue\w*|complain\w*|reported|probleme?s?|problemas?|queja\w*|reclam\w*|beschwer\w*|gemeldet|plainte\w*|signale\w*|fehler|defekt\w*|defeito\w*|defecto\w*|defaut\w*)\b/;
/**
 * The usual cause named, which is the customer's doing: "suele pasar cuando se deja cargando al sol",
 * "chipping usually comes from being thrown", "deutet in aller Regel auf Kontakt mit Felskanten hin",
 * "survient généralement lorsque l'appareil n'a pas été détartré". Delivery and refund timing is not a cause.
 */
const USUALLY =
  /\b(?:usually|generally|typically|normally|tend\s+to|in\s+most\s+cases|most\s+often|suele\w*|normalmente|generalmente|geralmente|tipicamente|meist(?:ens)?|in\s+(?:aller\s+)?(?:der\s+)?regel|erfahrungsgemas|typischerweise|generalement|la\s+plupart\s+du\s+temps|typique\w*|typical\w*|tipic[oa])\b/;
const WHEN_CAUSE =
  /\b(?:when|whenever|cuando|quando|lorsque|quand|wenn|deutet\s+(?:\w+\s+){0,4}?auf|points?\s+to)\b[^.!?;]{0,60}?\b(?:not|n'a\s+pas|n'est\s+pas|nao|no\s+se|nicht|kein\w*|sans|without|sin|sem|ohne|left|leave|deja\w*|deix\w*|laiss\w*|lass\w*|stuff\w*|thrown|throw\w*|drop\w*|forc\w*|overfill\w*|overload\w*|overtighten\w*|sun|sol|soleil|sonne|rain|chuva|lluvia|pluie|regen|frost|gel|geada|hielo|dishwasher|lava-?lou\w*|lavavajillas|lave-vaisselle|spulmaschine|gefrier\w*|congel\w*|freez\w*|rou\w*\s+sur|graviers|gravel|beyond|au-dela|mas\s+de|mehr\s+als|above|excess\w*|exces|exceso|zu\s+viel|too\s+much|hot|heiss\w*|chaud\w*|caliente|quente|kontakt|contact|impact\w*|choc|golpe|sto\w*)\b/;
/** Something that "happens" or "appears" when…: "the separation happens when it's stored above 25 °C". */
const OCCURS =
  /\b(?:happens?|appears?|occurs?|shows?\s+up|acontece\w*|aparece\w*|ocorre\w*|pasa|ocurre\w*|passiert|entsteht|entstehen|tritt\s+(?:\w+\s+)?auf|arrive|se\s+produit|apparait|survient|dispara)\b/;
/** The customer's handling guessed as the cause: "o forno provavelmente não foi preaquecido", "wurde er vermutlich leergesaugt", "seguramente se dañó al moverlo". */
const GUESSED_CAUSE =
  /\b(?:probably|likely|most\s+likely|provavelmente|probablemente|seguramente|lo\s+mas\s+probable\s+es\s+que|vermutlich|wahrscheinlich|sans\s+doute|surement|probablement)\s+(?:\w+\s+){0,4}?(?:was|were|wasn'?t|weren'?t|had\s+been|got|foi|nao\s+foi|ficou|fue|no\s+fue|se\s+\w+o\b|quedo|wurde|war|a\s+ete|n'a\s+pas\s+ete|est\s+reste)\b|\b(?:wurde|war)\s+(?:\w+\s+)?(?:vermutlich|wahrscheinlich)\b/;
/** The shop as the subject of the guess: "we probably sent the wrong size" owns it. */
const WE_DID = /\b(?:we|our|nos|nosso|nossa|nuestro|nuestra|wir|unser\w*|nous|notre)\b/;
/** A finding "typical of" contact with liquid or an impact. */
const TYPICAL_OF =
  /\b(?:typical\s+of\s+|tipic[oa]\s+de\s+|typique\s+d(?:e\s+|')|typisch\s+fur\s+)(?:\w+\s+){0,2}?(?:contact|contato|contacto|kontakt|impact|impacto|choc|golpe|sturz|stos|drop|queda|caida|chute|liquid|liquido|liquide|flussigkeit|water|agua|eau|wasser|misuse|mau\s+uso|mal\s+uso)/;
const LOGISTICS =
  /\b(?:refund\w*|reembols\w*|estorno|erstatt\w*|rembours\w*|deliver\w*|entrega\w*|livr\w*|liefer\w*|zugestellt|arriv\w*|cheg\w*|lleg\w*|ankomm\w*|ship\w*|envi[oa]\w*|versand\w*|expedi\w*|tracking|rastreio|seguimiento|suivi|sendungsverfolgung|bank|banco|banque|werktag\w*|business\s+days|working\s+days|dias\s+uteis|dias\s+habiles|jours\s+ouvr\w*|spedition|transportista|transportadora|transporteur|courier|carrier|anruf\w*)\b/;
/** "don't swell unless they've been charged with a non-original charger" */
const UNLESS_MISUSED =
  /\b(?:don'?t|doesn'?t|won'?t|never|nao|no|nicht|ne)\s+(?:\w+\s+){0,2}?(?:swell|break|crack|leak|fade|rust|shrink|tear|split|chip|warp|peel|incham|quebra|racha|vaza|desbota|hinch\w*|romp\w*|raj\w*|gonfl\w*|cass\w*|fissur\w*|schwell\w*|brech\w*|reiss\w*)\w*\s+(?:\w+\s+){0,2}?(?:unless|a\s+menos\s+que|salvo\s+que|es\s+sei\s+denn|sauf\s+si|a\s+moins\s+que)\b|\b(?:entstehen|entsteht|passiert|passieren|kommt|kommen)\s+(?:\w+\s+){0,5}?nur\s+durch\b/;
/** "no matter how it was washed": the handling named only to set it aside. */
const WHATEVER_HOW =
  /\b(?:nothing\s+to\s+do\s+with|nada\s+que\s+ver\s+con|nada\s+a\s+ver\s+com|nichts\s+(?:damit\s+)?zu\s+tun\s+mit|rien\s+a\s+voir\s+avec|not\s+because\s+of|no\s+matter|regardless\s+of|whatever|egal|ganz\s+gleich|unabhangig\s+davon|peu\s+importe|quelle\s+que\s+soit|da\s+igual|no\s+importa|independientemente\s+de|nao\s+importa|independente(?:mente)?\s+de)\b,?\s+(?:\w+\s+){0,2}?(?:how|wie|comment|como|la\s+facon|la\s+forma|a\s+forma)\b/;
/** The handling named as the issue: "the issue is how it was washed", "la forma en que se lavó". */
const HOW_IT_WAS =
  /\b(?:how\s+(?:it|they)\s+(?:was|were|has\s+been|have\s+been)|(?:a|pela)\s+forma\s+como\s+(?:foi|foram)|(?:la\s+)?(?:forma|manera)\s+en\s+(?:que|como)\s+se|wie\s+(?:er|sie|es)\s+(?:\w+\s+){0,3}?(?:wurde|wurden)|la\s+(?:facon|maniere)\s+dont\s+(?:il|elle|ils|elles)\s+(?:a|ont)\s+ete)\s+(?:\w+\s+){0,2}?(?:wash|us|handl|stor|clean|dri|dry|install|mount|assembl|lavad|usad|manuse|guardad|limp|instal|mont|lav|us[oó]|trat|gewasch|benutzt|behandelt|gelagert|gereinigt|montiert|lave|utilise|manipule|stocke|nettoye|monte)\w*/;

/** The customer's own order held against them, with a check to make ("confira o seu e-mail: você pediu…"). */
const CHECK_YOURSELF =
  /\b(?:double-check|check|verify|confira|verifique|revise|compruebe|comprueba|prufen\s+sie|uberprufen\s+sie|schauen\s+sie|verifiez|consultez|regardez)\b/;
/** The account or address the customer ordered with is a reference, not their order held against them. */
const ORDERED_WITH =
  /\b(?:you|voce|usted|tu|sie|vous)\s+(?:\w+\s+){0,2}?(?:ordered|bought|paid|comprou|pagou|pediu|compraste|pagaste|compro|pago|bestellt|bezahlt|gekauft|commande|paye|achete)\s+(?:with|com|con|mit|avec|using)\b|\b(?:with|com|con|mit|avec)\s+(?:der|dem|la|el|o|a)\s+(?:\w+\s+)?(?:sie|du|vous|usted|voce)\s+(?:\w+\s+)?(?:bestellt|commande|compro|comprou)/g;
/** "Please check your private messages": where our answer is, not a check held against them. */
const CHECK_MESSAGES =
  /\b(?:check|verifique|confira|revisa|prufen\s+sie|consultez|verifiez)\s+(?:your\s+|seu\s+|sua\s+|tu\s+|su\s+|ihre\w*\s+|vos\s+|votre\s+)?(?:private\s+)?(?:messages?|inbox|e-?mails?|dms?|mensagens|mensajes|caixa|bandeja|nachrichten|postfach|boite|courriels?)\b/g;
/** The customer's choice confirmed as right: "you ordered the 12V, so you're all set". */
const ALL_SET =
  /\bso\s+you(?:'re|\s+are)\s+(?:all\s+set|good|fine|covered)|\bso\s+(?:it|that)\s+(?:fits|will\s+fit|works)|\bentao\s+(?:esta\s+tudo\s+certo|serve)|\basi\s+que\s+(?:todo\s+bien|te\s+sirve|encaja)|\balso\s+passt\s+(?:alles|das)|\bdonc\s+(?:c'est\s+bon|tout\s+est\s+bon|ca\s+ira)/;
const YOU_ORDERED =
  /\b(?:you|voce|usted|tu|sie|vous)\s+(?:\w+\s+){0,2}?(?:ordered|chose|selected|picked|bought|pediu|escolheu|comprou|pidi\w*|eligi\w*|compr\w*|bestellt|gewahlt|gekauft|commande|choisi|achete)\b|\b(?:exactly\s+what\s+you\s+(?:ordered|chose|bought|asked\s+for)|exatamente\s+o\s+que\s+(?:voce|o\s+senhor|a\s+senhora)\s+(?:pediu|comprou|escolheu)|exactamente\s+lo\s+que\s+(?:pediste|pidio|compraste|compro|elegiste)|genau\s+das,?\s+was\s+sie\s+bestellt|exactement\s+ce\s+que\s+vous\s+avez\s+(?:commande|choisi|achete))\b/;
/** The complaint itself called incomprehensible, the first of its kind, or the damage dated after it left us. */
const CONTESTED =
  /\b(?:(?:ihre|deine)\s+schilderung\s+(?:deckt\s+sich|stimmt)\s+nicht|your\s+(?:account|version|description)\s+(?:doesn'?t|does\s+not)\s+match|(?:seu|o\s+seu)\s+relato\s+nao\s+(?:confere|bate|corresponde)|(?:su|tu)\s+(?:relato|version)\s+no\s+coincide|votre\s+(?:version|recit)\s+ne\s+correspond\s+pas|(?:wir\s+)?bezweifeln(?:\s+\w+)?\s*,?\s*dass|(?:we|i)\s+doubt\s+(?:that\s+)?(?:the|this|it|your)|duvidamos\s+que|dudamos\s+(?:de\s+)?que|nous\s+doutons\s+que|(?:can'?t|cannot|do\s+not|don'?t)\s+(?:understand|see)\s+(?:your|the|this)\s+(?:complaint|problem|issue)|nicht\s+nachvollziehen|no\s+entendemos\s+(?:su|tu|la|esta)\s+(?:queja|reclamacion|critica)|nao\s+entendemos\s+(?:a\s+)?(?:sua|essa)\s+reclamac\w*|ne\s+comprenons\s+pas\s+(?:votre|cette)\s+(?:plainte|reclamation|critique))\b/;
const FIRST_COMPLAINT =
  /\b(?:first|only|einzige|erste|primera|unica|primeira|premiere|seule)\s+(?:\w+\s+)?(?:complaint|reclamac\w*|queja|beschwerde|reklamation|plainte|reclamation)\b/;
const AFTER_IT_LEFT =
  /\b(?:happened|occurred|aconteceu|ocurrio|paso|passiert|entstanden|produit|arrive)\s+(?:\w+\s+){0,2}?(?:after|depois|despues|nach|apres)\s+(?:it\s+left|(?:a\s+)?(?:sua\s+)?saida|(?:de\s+)?salir|(?:dem\s+)?verlassen|(?:son\s+)?depart)\b/;
const PRODUCT_FINE =
  /\b(?:(?:el\s+producto|o\s+produto|the\s+product|das\s+produkt|le\s+produit)\s+no\s+tiene\s+nada\s+de\s+malo|(?:producto|produto)\s+(?:no|nao)\s+tiene?\s+nada\s+de\s+(?:malo|errado)|(?:there'?s|there\s+is)\s+nothing\s+wrong\s+with\s+(?:the|our)\s+(?:product|item|tent|case|bag)|(?:product|produkt|produit)\w*\s+(?:hat|a)\s+(?:keinen\s+mangel|aucun\s+defaut)|product|produto|producto|produkt|produit|item|artikel|article)\s+(?:is|e|esta|ist|est)\s+(?:perfectly\s+|totalmente\s+|vollig\s+|parfaitement\s+)?(?:fine|in\s+ordnung|einwandfrei|perfeit[oa]|perfect[oa]|en\s+bon\s+etat|impeccable|intact[oa]?)\b(?!\s+(?:to|para|zu|pour|for|a\s+usar))/;

const OTHERS_FINE =
  /\b(?:thousands|hundreds|many|most|other|every(?:one|body)|todo\s+mundo|todos|miles|cientos|muchos|otros|tausende|hunderte|viele|andere|des\s+(?:milliers|centaines)|beaucoup|milhares|centenas|outros)\b[^.!?]{0,40}?\b(?:(?:without|sin|ohne|sans|sem|no|kein\w*|aucun\w*|nenhum\w*|ningun\w*)\s+(?:\w+\s+)?(?:problem\w*|issue\w*|complaint\w*|queja\w*|reclam\w*|beschwer\w*|plainte\w*|probleme?s?|fallo\w*|falla\w*|defect\w*|defeito\w*|defekt\w*|defaut\w*|bruch|rotura\w*|quebra\w*|casse\w*|leak\w*|fuga\w*|souci\w*|trouble)|no\s+problem|elogi\w*|love|adoran|lieben|adorent)\b/;

/**
 * The customer's own choice or entry held up as the cause, with the consequence drawn against them:
 * "you chose standard shipping, so…", "você digitou o CEP errado, por isso…", "elegiste el envío
 * económico, así que…", "Sie haben die falsche Hausnummer angegeben, deshalb…", "vous avez choisi la
 * livraison économique, il ne fallait donc pas…". Read only when no remedy is offered.
 */
const YOU_CHOSE =
  /\b(?:you|voce|o\s+senhor|a\s+senhora|usted|sie|vous|du)\s+(?:\w+\s+){0,2}?(?:chose|selected|picked|opted|entered|typed|gave|provided|put|filled|ordered|escolheu|optou|selecionou|digitou|informou|colocou|preencheu|pediu|eligio|escogio|opto|selecciono|escribio|introdujo|indico|puso)\b|\b(?:sie|du)\s+(?:haben|hast)\b[^.!?]{0,60}?\b(?:gewahlt|ausgewahlt|angegeben|eingegeben|eingetragen|bestellt|entschieden)\b|\b(?:vous\s+avez|tu\s+as)\s+(?:\w+\s+)?(?:choisi|opte|saisi|indique|entre|renseigne|commande|selectionne|donne|mis)\b|\b(?:elegiste|escogiste|optaste|seleccionaste|escribiste|introdujiste|indicaste|pusiste|pediste)\b/;
const SO_AGAINST =
  /\b(?:so|hence|therefore|that'?s\s+why|which\s+is\s+why|por\s+isso|entao|portanto|logo|asi\s+que|por\s+eso|por\s+lo\s+que|por\s+lo\s+tanto|deshalb|daher|darum|deswegen|also|donc|c'est\s+pourquoi|d'ou|voila\s+pourquoi)\b/;
/** What the shop then did as a favour, which turns "you ordered late, so…" into service: "so we upgraded it for free". */
const SO_A_FAVOUR =
  /\b(?:so|por\s+isso|entao|asi\s+que|por\s+eso|deshalb|daher|also|donc)\b[^.!?]*\b(?:upgrad\w*|expedit\w*|prioriti[sz]\w*|prioriz\w*|priorisi\w*|free(?:\s+of\s+charge)?|on\s+us|gratis|gratuit\w*|sem\s+custo|sin\s+coste|kostenlos|auf\s+unsere\s+kosten|por\s+nuestra\s+cuenta|por\s+nossa\s+conta|a\s+nos\s+frais|offert\w*)\b/;
/** The door closed on the customer: "nothing we can do", "dafür können wir nichts", "não temos o que fazer". */
const NOTHING_WE_CAN_DO =
  /\b(?:(?:not\s+something|nothing)\s+(?:any|a|the|we|our)\s+(?:\w+\s+)?can\s+be\s+held\s+responsible\s+for|nothing\s+(?:more\s+)?we\s+can\s+do|(?:little|not\s+much)\s+(?:more|else)\s+we\s+can\s+do|poco\s+mas\s+(?:podemos|se\s+puede)\s+hacer|pouco\s+(?:mais\s+)?(?:podemos|ha\s+a|da\s+pra)\s+fazer|viel\s+mehr\s+(?:konnen|kann)\s+(?:wir|ich)\s+(?:da\s+)?nicht|(?:nous\s+ne\s+pouvons|on\s+ne\s+peut)\s+pas\s+faire\s+grand-chose|not\s+(?:our|something\s+we)\s+(?:problem|can\s+help)|what\s+you\s+signed\s+up\s+for|(?:nao\s+temos|nao\s+ha)\s+(?:o\s+)?que\s+fazer|nao\s+e\s+(?:problema|responsabilidade)\s+nossa|no\s+(?:podemos\s+hacer\s+nada|hay\s+nada\s+que\s+(?:podamos\s+)?hacer)|no\s+tiene\s+(?:mucho\s+)?sentido\s+quejarse|dafur\s+konnen\s+wir\s+nichts|no\s+podemos\s+hacernos\s+cargo|nao\s+podemos\s+nos\s+responsabilizar|(?:we\s+)?can(?:not|'t)\s+take\s+responsibility|keine\s+(?:haftung|verantwortung)\s+ubernehmen|da\s+konnen\s+wir\s+nichts|(?:nous\s+)?n'y\s+pouvons\s+rien|on\s+n'y\s+peut\s+rien|il\s+ne\s+fallait\s+(?:donc\s+)?pas\s+vous\s+attendre)\b/;
/** The customer's account rejected outright: "wir weisen Ihre Darstellung zurück", "and you know it". */
const ACCOUNT_REJECTED =
  /\b(?:(?:we\s+)?(?:reject|dispute|deny)\s+(?:your|these|this)\s+(?:account|claims?|version|allegations?|accusations?|description)|weisen\s+(?:\w+\s+){0,3}?(?:darstellung|vorwurf|vorwurfe|behauptung\w*|anschuldigung\w*|kritik)\s+(?:\w+\s+)?zuruck|rechazamos\s+(?:\w+\s+){0,2}?(?:su|tu|esta|esa)\s+(?:version|acusacion|afirmacion|queja)|rejeitamos\s+(?:\w+\s+)?(?:a\s+)?(?:sua|essa)\s+(?:versao|acusacao|afirmacao|reclamacao)|(?:nous\s+)?contestons\s+(?:\w+\s+)?(?:votre|vos|cette)\s+(?:version|affirmations?|accusations?|avis)|and\s+you\s+know\s+it|und\s+das\s+wissen\s+sie(?:\s+auch)?|y\s+(?:usted|tu)\s+lo\s+sabe\w*|e\s+voce\s+sabe\s+disso|et\s+vous\s+le\s+savez)\b/;

/** The customer's own thing named as the cause: "your router is very likely the cause", "su cargador es la causa". */
const YOURS_THE_CAUSE =
  /\b(?:ont|a|have|has|haben|hat|han|foram|foi|sind|ist)\s+(?:donc\s+|therefore\s+|also\s+|daher\s+|entonces\s+|portanto\s+)?(?:eu\s+lieu|happened|occurred|passiert|entstanden|ocurrido|ocorrido|acontecido)\s+(?:\w+\s+){0,2}?(?:chez\s+vous|at\s+your\s+(?:home|end|place)|bei\s+ihnen|en\s+su\s+casa|na\s+sua\s+casa|em\s+sua\s+casa|on\s+your\s+(?:end|side))\b|(?<!\b(?:not|nao|no|nicht|pas|nie|kein|keine|ne|nunca|never)\s(?:\w+\s)?)\b(?:(?:liegt|fallt)\s+(?!nicht\b)(?:\w+\s+)?in\s+(?:ihr(?:em|en)|dein(?:em|en))\s+verantwortungsbereich|(?:is|was|remains)\s+(?!(?:not|never)\b)(?:\w+\s+)?your\s+(?:own\s+)?responsibility|(?:e|era|fica)\s+(?:de\s+)?(?:sua|tua)\s+(?:inteira\s+)?responsabilidade|responsabilidade\s+(?:e\s+)?(?:sua|do\s+cliente|do\s+comprador)|(?:es|era|queda\s+bajo)\s+(?:de\s+)?(?:tu|su)\s+(?:entera\s+)?responsabilidad|(?:releve|est|etait)\s+(?!pas\b)(?:\w+\s+)?de\s+votre\s+(?:seule\s+)?responsabilite|(?:ist|war)\s+(?!nicht\b)(?:\w+\s+)?(?:ihre|deine)\s+(?:eigene\s+)?verantwortung|(?:liegt|lag)\s+(?:das|es)\s+(?:\w+\s+)?an\s+(?:der|ihrer|deiner)\s+(?:bedienung|handhabung|anwendung|nutzung|montage|pflege|lagerung)|(?:liegt|lag)\s+(?:das|es)\s+(?:\w+\s+)?an\s+(?:ihr|dein)\w*\s+\w+\s+als\s+an\s+unser\w*|(?:your|votre|tu|su|sua|seu)\s+\w+\s+(?:rather\s+than|plutot\s+qu'?a|mas\s+que|do\s+que)\s+(?:our|notre|nuestro|nosso|a\s+nuestro|ao\s+nosso)\s+(?:product|produit|producto|produto))\b|\b(?:your|ihr\w*|dein\w*|votre|vos|tu|tus|su|sus|seu|sua)\s+(?!(?:review|feedback|report|message|comment|avis|resena|avaliacao|bewertung|rezension|hinweis|commentaire|mensagem|mensaje|nachricht)\b)(?:[\w-]+\s+){0,3}?(?:is|are|was|est|sont|es|son|e|sao|ist|sind|war)\s+(?:\w+\s+){0,2}?(?:the\s+(?:cause|culprit|reason|problem)|la\s+(?:cause|causa|raison)|a\s+causa|o\s+(?:problema|culpado)|el\s+(?:problema|culpable)|die\s+ursache|das\s+problem|schuld|le\s+(?:probleme|coupable))\b/;
/** Wear named as ordinary, with no remedy: "the mark looks like normal wear from use". */
const NORMAL_WEAR =
  /\b(?:normal\s+wear|wear\s+and\s+tear|desgaste\s+(?:normal|natural|de\s+uso|por\s+uso|do\s+uso)|usure\s+(?:normale|naturelle)|normale[rn]?\s+(?:abnutzung|verschleiss)|naturliche[rn]?\s+verschleiss)\b/;
/** A cause set against the product: "down to sensitive skin rather than the soap itself". */
const CAUSE_NOT_PRODUCT =
  /\b(?:down\s+to|due\s+to|caused\s+by|comes?\s+from|se\s+debe\s+a|viene\s+de|vient\s+de|liegt\s+an|kommt\s+von|devido\s+a|vem\s+d[oae]|vem\s+da|por\s+causa\s+d[oae])\b[^.!?]{0,60}?\b(?:rather\s+than|instead\s+of|not|y\s+no|en\s+lugar\s+de|e\s+nao|nao|no|statt|nicht|plutot\s+que|et\s+non|pas)\s+(?:from\s+|de\s+|a\s+|an\s+|vom\s+|von\s+)?(?:the|our|o|a|do|da|del|el|la|das|der|die|dem|le|du|notre|nuestro|nuestra|nosso|nossa|unser\w*)\s+(?:\w+\s+)?(?:product|item|soap|cream|fabric|material|produto|producto|produkt|produit|artikel|article|jabon|sabonete|seife|savon|creme|crema|tecido|tejido|stoff|tissu|materiau)\b/;
/** The damage as the known result of the customer's use: "cracking like this is what happens in a dishwasher". */
const WHAT_HAPPENS =
  /\b(?:is|are|that'?s|this\s+is)\s+what\s+happens\s+(?:when|if|in|with|after)|\be\s+o\s+que\s+acontece\s+(?:quando|se|n[oa])|\bes\s+lo\s+que\s+(?:pasa|ocurre|sucede)\s+(?:cuando|si|en|con)|\bdas\s+passiert,?\s+wenn|\bc'est\s+ce\s+qui\s+(?:arrive|se\s+passe)\s+(?:quand|si|au|dans|avec)/;

/** The customer as the first to complain: "you're the first to say the lid leaks". */
const FIRST_TO_SAY =
  /\b(?:you(?:'re|\s+are)|eres|es\s+usted|voce\s+e|sie\s+sind|du\s+bist|vous\s+etes)\s+(?:(?!not\b|nao\b|no\b|nicht\b|pas\b)\w+\s+)?(?:the|la|el|o|a|der|die|le)\s+(?:first|only|primer[oa]?|unic[oa]|primeir[oa]|erste|einzige|premiere?|seule?)\s+(?:\w+\s+)?(?:to|que|a|der|die|qui)\b/;
/** The customer sent to their household before complaining again. */
const ASK_YOUR_HOUSEHOLD =
  /\b(?:(?:nobody|no\s+one|someone|anyone)\s+(?:else\s+)?(?:in|from|at)\s+your\s+(?:household|family|building|house|home)|(?:ninguem|alguem)\s+(?:mais\s+)?(?:da|na)\s+sua\s+(?:casa|familia|predio)|(?:nadie|alguien)\s+(?:mas\s+)?(?:de|en)\s+(?:tu|su)\s+(?:casa|familia|edificio)|(?:niemand|jemand)\s+(?:anderes\s+)?(?:in|aus)\s+(?:ihrem|deinem)\s+(?:haushalt|haus)|(?:personne|quelqu'un)\s+(?:d'autre\s+)?(?:de|chez)\s+(?:votre|ton)\s+(?:foyer|famille|entourage))\b|\b(?:check\w*|ask\w*|pregunt\w*|pergunt\w*|verifi\w*|frag\w*|demand\w*)\s+(?:\w+\s+){0,2}?(?:your|tu|su|sua|seus|ihre[nr]?|vos|votre)\s+(?:household|neighbou?rs?|family|housemates|vecinos|familia|vizinhos|familia|nachbarn|familie|mitbewohner|voisins|famille|proches)\b/;
/** The result called no wonder: "ya sabes por qué encogió", "da muss man sich nicht wundern". */
/** "La machine n'a pas brûlé le pain toute seule": the product said not to have done it on its own, so the customer did. */
const BY_ITSELF =
  /\b(?:n'a|n'ont|didn'?t|did\s+not|nao|no\s+se)\s+(?:pas\s+)?(?:[\w']+\s+){0,4}?(?:tout(?:e|es)?\s+seul(?:e|es|s)?|by\s+(?:itself|themselves)|on\s+(?:its|their)\s+own|sozinh[oa]s?|sol[oa]s?)\b|\bnicht\s+(?:\w+\s+)?von\s+(?:selbst|allein)\b/;
const NO_WONDER =
  /\b(?:(?:more|mais|mas|plus|besser)\s+(?:attention|atencao|atencion|cuidado|careful|aufpassen)\s+(?:da|la|next|the\s+next|la\s+prochaine|beim)\s+(?:proxima|next|prochaine|naechstes|nachsten)?\s*(?:vez|time|fois|mal)|(?:quem|whoever|anyone\s+who|quien|wer|quiconque)\s+(?:\w+\s+){1,10}?(?:nao\s+pode\s+esperar|can'?t\s+expect|cannot\s+expect|no\s+puede\s+esperar|kann\s+nicht\s+erwarten|darf\s+sich\s+nicht\s+wundern|ne\s+peut\s+pas\s+s'attendre)|(?:si\s+no\s+sabes|se\s+(?:voce\s+)?nao\s+sabe|if\s+you\s+don'?t\s+know\s+how|wenn\s+sie\s+nicht\s+wissen,?\s+wie|si\s+vous\s+ne\s+savez\s+pas)\b[^.!?]{0,60}?\b(?:tutorial\w*|youtube|manual|anleitung|notice|video)|no\s+wonder|you\s+know\s+why|ya\s+sabes?\s+por\s+que|no\s+es\s+de\s+extranar|voce\s+(?:ja\s+)?sabe\s+(?:o\s+)?por\s+que|nao\s+(?:e\s+)?de\s+(?:se\s+)?estranhar|(?:muss|braucht)\s+(?:man\s+)?sich\s+(?:\w+\s+){0,4}?nicht\s+(?:zu\s+)?wundern|kein\s+wunder|vous\s+savez\s+pourquoi|(?:pas|rien\s+d')\s*etonnant)\b/;
/** Handed over in person, on the record, and the matter closed: "an Sie persönlich übergeben", "remis en main propre". */
const HANDED_OVER =
  /\b(?:handed\s+(?:over\s+)?(?:to\s+you|at\s+your\s+door)|(?:an\s+sie|ihnen)\s+(?:\w+\s+)?(?:personlich\s+)?ubergeben|personlich\s+ubergeben|remis\s+en\s+main\s+propre|entregue\s+em\s+maos|entregado\s+en\s+mano|en\s+mano\s+propia)\b/;
const CASE_CLOSED =
  /\b(?:(?:see|sehen)\s+(?:\w+\s+)?(?:no|keinen)\s+(?:reason|grund)|consider\w*\s+(?:\w+\s+){0,3}?(?:delivered|effectuee|entregue|entregado|erfolgt)|considerons\s+(?:\w+\s+){0,3}?effectuee|betrachten\s+(?:\w+\s+){0,3}?(?:als\s+)?(?:zugestellt|erfolgt))\b/;

/** A condition the customer created, with the result called obvious: "Si lo mete en la lavadora, obviamente encoge", "Wenn Schritt 4 übersprungen wird, wackelt er natürlich", "Sans entretien, il est normal qu'elle tombe en panne". */
const IF_THEN_OBVIOUSLY =
  /\b(?:if|si|wenn|falls|without|sans|sin|sem|ohne)\b[^.!?]{0,80}?\b(?:obviously|of\s+course|naturally|obviamente|claro\s+que|logicamente|naturalmente|naturlich|logischerweise|evidemment|forcement|(?<!\b(?:no|not|nao|nicht|pas)\s)(?:it'?s|il\s+est|es|e|ist\s+es)\s+normal)\b[^.!?]{0,40}?\b(?:shrink\w*|shrank|encog\w*|encolh\w*|einlauf\w*|eingelaufen|retreci\w*|wackel\w*|wobbl\w*|ausf\w*|ausgefallen|break\w*|broke|romp\w*|quebr\w*|kaputt\w*|cass\w*|panne|fall\w*|fail\w*|rost\w*|rust\w*|oxid\w*|fad\w*|destin\w*|desbot\w*|verfarb\w*|deterior\w*|damag\w*|dan\w*|estrag\w*|beschadig\w*|abime\w*|deform\w*|rai?s\w*|ray\w*|kratz\w*|risc\w*|crack\w*|fissur\w*|enfria\w*|esfria\w*|leak\w*|fuit\w*|vaza\w*|undicht|rate\w*|fail\w*|mislung\w*|misslingt|da\s+errado|sale\w*\s+mal|brul\w*|burn\w*|verbrann\w*|queim\w*|quem\w*)\b/;
/** Disbelief at the customer's account: "nous avons du mal à croire", "we find it hard to believe". */
const HARD_TO_BELIEVE =
  /\b(?:(?:find\s+it\s+)?hard\s+to\s+believe|du\s+mal\s+a\s+croire|(?:nos\s+)?cuesta\s+creer|dificil\s+(?:de\s+)?(?:acreditar|creer)|kaum\s+zu\s+glauben|schwer,?\s+(?:\w+\s+)?zu\s+glauben)\b/;

export function namesStepUnderWay(folded: string): boolean {
  return STEP.test(folded);
}

/**
 * The product's record set against the complaint, and a cause placed in the customer's use, both in
 * one reply that offers nothing: "tested for 48 hours before dispatch … delays of this kind happen when
 * the watch sits near a phone", "le lot n'a fait l'objet d'aucune autre réclamation … le plus souvent
 * liés à une suralimentation", "Ela sai da fábrica testada … funcionamento a seco não é coberto".
 * Each alone is information; together, with no remedy or step, they argue the customer out of it.
 */
const RECORD =
  /\b(?:(?:tested|checked|inspected|controlled|probad[oa]s?|prueban|testad[oa]s?|testamos|testa\w*|conferid[oa]s?|regulad[oa]s?|verificad[oa]s?|gepruft|getestet|kontrolliert|teste[es]?|verifie[es]?|controle[es]?)\b[^.!?]{0,50}?\b(?:before|antes\s+d[eo]|vor\s+dem|avant|prior\s+to)\b|\b(?:left|leave|leaves|sai|saem|saiu|salio|sale|salen|verlie\w*|verlassen|quitte\w*|part\w*)\b[^.!?]{0,40}?\b(?:perfect|perfeit[oa]|perfect[oa]|perfekt|einwandfrei|parfait\w*|healthy|saudave\w*|sano|gesund|en\s+bon\s+etat|em\s+bom\s+estado|intact\w*|testad[oa]|testet)|laborgepruft|fait\s+ses\s+preuves|sem\s+qualquer\s+problema|sin\s+ningun\s+problema|without\s+any\s+(?:problem|issue)s?|ohne\s+(?:jedes\s+)?probleme?|sans\s+(?:aucun\s+)?probleme|(?:aucune|keine|no|nenhum\w*|ningun\w*)\s+(?:autre\s+|andere\w*\s+|other\s+|outr[ao]\s+|otr[ao]\s+)?(?:reclamation|beanstandung|complaint|reclamac\w*|queja|historico\s+de\s+reclamac\w*)|reklamationsquote|nunca\s+(?:tivemos|recebemos|hemos\s+(?:tenido|recibido)|habiamos\s+(?:tenido|recibido))\s+(?:ess[ae]|est[ae]|es[ae]|nenhum[a]?|ninguna?)\s+(?:reclamac\w*|queixa|queja|problema)|never\s+(?:had|received|seen)\s+(?:this|that|a|one|such\s+a)\s+(?:complaint|problem|issue)|noch\s+nie\s+(?:eine|diese|so\s+eine)\s+(?:reklamation|beschwerde)|jamais\s+eu\s+(?:cette|une|de)\s+reclamation|(?:more\s+than|over|mais\s+de|mas\s+de|uber|plus\s+de)\s+[\d.,]+\s*(?:mil\s+|k\s+|thousand\s+|tausend\s+)?(?:sales|units\s+sold|sold|vendas|vendid[oa]s|ventas|vendid[oa]s|verkauf\w*|ventes|vendu\w*)|(?:nota|rated|rating\s+of|bewertet\s+mit|note\s+de|calificacion\s+de)\s+[45][.,]\d|(?:many|several|hundreds|thousands|varios|vari[ao]s|viele|tausende|centaines|des\s+centaines|milliers|cientos|miles|centenas|milhares)\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:customers|clientes|kunden|clients|poulaillers)|performing\s+as\s+designed|funciona\s+correctamente\s+cuando|fonctionne\s+normalement|steht\s+(?:\w+\s+)?stabil|dentro\s+da\s+toleranc\w*|innerhalb\s+der\s+\w*toleranz)/;
/** Every unit checked before it leaves ("las revisamos una por una"): a record, and not a step taken for this customer. */
const CHECKED_EACH =
  /\b(?:revisamos|checamos|conferimos|controlamos|inspeccionamos|we\s+check|wir\s+prufen|nous\s+verifions|nous\s+controlons)\s+(?:\w+\s+){0,2}?(?:una\s+por\s+una|uno\s+por\s+uno|uma\s+a\s+uma|um\s+a\s+um|um\s+por\s+um|one\s+by\s+one|each\s+one|every\s+(?:one|item|unit)|einzeln|une\s+(?:par|a)\s+une|un\s+(?:par|a)\s+un)\b/g;
const CAUSE_THERE =
  /\b(?:(?:habra|habran|tera|terao)\s+sido\s+(?:por|pela|pelo|debido)|must\s+have\s+been\s+(?:due\s+to|from|because|caused)|(?:aura|auront)\s+ete\s+(?:cause|du|a\s+cause)|(?:provavelmente|probably|probablemente|seguramente|wahrscheinlich|vermutlich|sans\s+doute|surement)\s+(?:a\s+senhora|o\s+senhor|voce|you|usted|tu|sie|vous|du)\s+(?!\w+\s+(?:razao|raison|razon|recht|right)\b)\w+|(?:happens?|appears?|occurs?|acontece\w*|aparece\w*|ocorre\w*|ocurre\w*|tritt\s+auf|se\s+produit|survient)\s+(?:\w+\s+){0,3}?(?:when|quando|cuando|wenn|lorsque|quand)|(?:due|linked|related)\s+to|lie[es]?s?\s+a|li[ée]s?\s+a|vient\s+(?:en\s+general\s+|souvent\s+|surtout\s+)?d|(?:ergeben|resultieren)\s+sich\s+(?:\w+\s+){0,4}?aus|andere\s+ursachen|zwangslaufig|explica\w*|explains?|explique\w*|erklart|indique\w*|is\s+what\s+\w+|o\s+que\s+explica|lo\s+que\s+explica\w*|c'est\s+que|what\s+\w+\s+(?:mileage|use|wear)\s+does|costuma\w*\s+(?:acontecer|ocorrer|aparecer)|suele\w*\s+(?:ocurrir|pasar|aparecer)|nao\s+costuma\w*|no\s+suele\w*|not\s+a\s+sign|nao\s+(?:e|e\s+)?coberto|no\s+(?:esta\s+)?cubierto|nicht\s+(?:\w+\s+)?abgedeckt|n'est\s+pas\s+couvert|not\s+covered)\b/;
/** "If they shrank, it is because they were washed hotter": the cause drawn from the customer's side as a rule. */
const IF_THEN_BECAUSE =
  /\b(?:si|se|if|wenn|falls)\b[^.!?]{0,60},\s*(?:(?:es|e|it'?s|c'est|ist\s+das|liegt\s+das)\s+(?:porque|because|parce\s+que|weil|daran,?\s+dass)|c'est\s+qu(?:e|')|(?:war|ist)\s+(?:er|sie|es)\s+(?:schlicht|einfach|eben|wohl)|(?:seguramente|probablemente|provavelmente)\s+(?:la|lo|las|los|a|o)\s+\w+|(?:it|they)\s+(?:was|were)\s+(?:simply|just|probably)\s+(?:over\w+|too\s+\w+))\b/;
/** The customer's photo or video read as the evidence against them: "auf Ihrem Foto hängt er direkt über dem Bachlauf". */
const PHOTO_SHOWS =
  /\b(?:(?:in|on|from)\s+(?:your|the)\s+(?:photos?|pictures?|video)|pel[oa]\s+(?:sua\s+|seu\s+)?(?:fotos?|video)|(?:en|por)\s+(?:la|las|tu|tus|su|sus)\s+(?:fotos?|video)(?:\s+que\s+adjunt\w*)?|revisando\s+(?:tus|sus)\s+fotos|(?:auf|in)\s+(?:ihrem|ihren|deinem|deinen|dem)\s+(?:foto|fotos|bild|bildern|video)|(?:ihre|deine)\s+fotos\s+gepruft|(?:d'apres|vu|au\s+vu\s+de|a\s+en\s+juger\s+par)\s+(?:votre|ta|vos|tes)\s+(?:photos?|video)|(?:looking\s+at|judging\s+by)\s+your\s+(?:photos?|pictures?|video)|(?:viendo|mirando)\s+(?:tus|sus)\s+fotos|(?:olhando|vendo)\s+(?:as\s+)?(?:suas\s+)?fotos|nach\s+(?:ihren|deinen)\s+fotos|sur\s+(?:votre|ta|vos|la)\s+(?:photos?|video)|analisamos\s+o\s+video)\b/;
const PHOTO_AGAINST =
  /\b(?:not|nicht|nao|no\s+(?:es|esta|se|hay|tiene|lleva|sobre)|pas|sans|sem|sin|ohne|falsch\w*|wrong\w*|errad\w*|incorrect\w*|abaixo|below|unter\w*|au\s+lieu|instead|alors\s+que|direkt|directly|trop|muito\s+(?:inclinad\w*|abaixo|alt[oa]|baix[oa]|apertad\w*)|demasiado|irregular|uneven|sobre\s+el\s+borde|inclinad\w*|tomad[oa]|explica\w*|explains?|explique\w*)\b/;
/** Anything the shop does or gives, however small, and a fault named as the product's: the reply is not arguing. */
const SHOP_GIVES =
  /\b(?:we(?:'ll|\s+will)?\s+(?:send|ship|replace|refund|swap|book|arrange|cover)|(?:enviamos|mandamos|agendamos|reembolsamos|trocamos|cambiamos|devolvemos|reenviamos)|(?:schicken|senden|tauschen|erstatten)\s+(?:ihnen|dir)|(?:envoyons|renvoyons|remboursons|echangeons)|vous\s+l'ai\s+expedie|sem\s+custo|sin\s+coste|free\s+of\s+charge|kostenlos|gratuit\w*|offert\w*|on\s+vous\s+l'offre|fallo\s+del?\s+material|defeito\s+de\s+fabrica\w*|manufacturing\s+(?:defect|fault)|defaut\s+de\s+fabrication|(?:herstellungs|material|produktions)fehler)\b/;
const THANKS_FOR = /\b(?:thank\w*|obrigad\w*|gracias|danke\w*|merci)\b/;

export function detectFaultShift(text: string): Hit[] {
  const f = fold(text);
  const hits: Hit[] = [];
  // a step under way counts like a remedy: "a new one is on its way", "ya está en camino"; the product's record
  // ("las revisamos una por una") is not a step
  const noRecord = f.replace(CHECKED_EACH, (m) => ' '.repeat(m.length));
  const remedied = namesRemedy(noRecord) || namesStepUnderWay(noRecord);
  const all = sentences(text);
  if (!remedied && !ownsFault(f) && !SHOP_GIVES.test(f)) {
    const record = RECORD.test(f) || noRecord !== f;
    const photo = PHOTO_SHOWS.test(f);
    const cause = all.find((x) => {
      const t = f.slice(x.start, x.end);
      return (
        CAUSE_THERE.test(t) || IF_THEN_BECAUSE.test(t) || (photo && PHOTO_SHOWS.test(t) && PHOTO_AGAINST.test(t) && !THANKS_FOR.test(t))
      );
    });
    if (cause && (record || photo || IF_THEN_BECAUSE.test(f.slice(cause.start, cause.end))))
      hits.push({ code: 'argues_with_customer', start: cause.start, end: cause.end });
  }
  for (const s of all) {
    const t = f.slice(s.start, s.end);
    if (ownsFault(t)) continue;
    const unconditional = !CONDITION.test(t);
    const blames =
      (unconditional && LOSS.test(t) && AFTER_DELIVERY.test(t)) ||
      (REFUSE_FAULT.a.test(t) && REFUSE_FAULT.b.test(t)) ||
      (NOT_MADE_FOR.test(t) && EXPLAINS.test(t)) ||
      (READ_MANUAL.test(t) && BEFORE_USING_OURS.test(t)) ||
      (unconditional && MEASURING.test(t) && NOT_RIGHT.test(t) && !OUR_SIDE.test(t)) ||
      (GUIDE_CLEAR.test(t) && !NOT_CLEAR_OWNED.test(t.replace(GUIDE_CLEAR, ''))) ||
      NOBODY_HOME.test(t) ||
      (POSTED.test(t) && CONTACT_FIRST.test(t)) ||
      (LIKELY.test(t) && YOUR_SIDE.test(t)) ||
      YOU_NOT_RIGHT.test(t) ||
      YOU_OBVIOUSLY.test(t) ||
      USE_MARKS.test(t) ||
      (HOW_YOU_HANDLED.test(t) && !TREATED_BY_OTHERS.test(t)) ||
      DEFECT_RULED_OUT.test(t) ||
      (RECORDS.test(t) && YOU_RECEIVED.test(t) && unconditional && !MONEY.test(t) && !UNDERSTOOD.test(t)) ||
      (NO_OTHER_CUSTOMER.test(t) && PROBLEM.test(t)) ||
      (HOW_IT_WAS.test(t) && !WHATEVER_HOW.test(t)) ||
      (!remedied && AS_STATED.test(t) && LIMIT.test(t)) ||
      (CHECK_YOURSELF.test(t.replace(CHECK_MESSAGES, ' ')) && YOU_ORDERED.test(t.replace(ORDERED_WITH, ' '))) ||
      CONTESTED.test(t) ||
      ACCOUNT_REJECTED.test(t) ||
      NOTHING_WE_CAN_DO.test(t) ||
      (!remedied && YOU_CHOSE.test(t.replace(ORDERED_WITH, ' ')) && SO_AGAINST.test(t) && !SO_A_FAVOUR.test(t) && !ALL_SET.test(t)) ||
      YOURS_THE_CAUSE.test(t) ||
      FIRST_TO_SAY.test(t) ||
      IF_THEN_OBVIOUSLY.test(t) ||
      (!remedied && HARD_TO_BELIEVE.test(t)) ||
      (!remedied && BY_ITSELF.test(t)) ||
      ASK_YOUR_HOUSEHOLD.test(t) ||
      NO_WONDER.test(t) ||
      (HANDED_OVER.test(t) && RECORDS.test(f)) ||
      (!remedied && CASE_CLOSED.test(t)) ||
      (!remedied && ((NORMAL_WEAR.test(t) && !COVERAGE.test(t)) || CAUSE_NOT_PRODUCT.test(t) || WHAT_HAPPENS.test(t))) ||
      (!remedied &&
        (AS_SHOWN.test(t) || OTHERS_FINE.test(t) || FIRST_COMPLAINT.test(t) || AFTER_IT_LEFT.test(t) || PRODUCT_FINE.test(t))) ||
      (!remedied && (USUALLY.test(t) || OCCURS.test(t)) && WHEN_CAUSE.test(t) && !LOGISTICS.test(t)) ||
      (GUESSED_CAUSE.test(t) && !LOGISTICS.test(t) && !WE_DID.test(t)) ||
      TYPICAL_OF.test(t) ||
      UNLESS_MISUSED.test(t);
    if (blames) hits.push({ code: 'argues_with_customer', start: s.start, end: s.end });
    else if (
      ((CARRIER_NAMED.test(t) && CARRIER_FAULT.test(t)) || ON_THE_CARRIER.test(t)) &&
      !CONDITION.test(t) &&
      !CLAIM_OPENED.test(t) &&
      !THEIR_ESTIMATE.test(t)
    )
      hits.push({ code: 'blames_carrier', start: s.start, end: s.end });
  }
  return hits;
}
