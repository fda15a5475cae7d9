// Asking for personal or payment data in a public thread, read as a frame rather than a phrase:
// in one sentence, a request addressed to the customer (an imperative, "could you", "please", a
// question) and an object that is personal data (address, card digits, email, phone, order number,
// name with postcode, tax id). The same ask is fine when it sends the customer to a private channel
// ("DM us your order number"), in that sentence or the next, unless it also names a public place
// ("reply here"). Patterns run on folded text (lower case, no accents) in en, pt, es, de and fr.
import { fold } from './fold.js';
import type { Hit } from './text-scan.js';
import { sentences, spansOf } from './text-scan.js';

/** Personal or payment data, as the object of a request. */
const DATA = [
  // order and tracking numbers
  'order\\s*(?:number|no\\b|#|id\\b|ref\\w*|details|info\\w*|code)',
  'tracking\\s+(?:number|code|id)',
  'receipt\\s+number',
  '(?:numero|n[o.º°]+|codigo)\\s+(?:d[oae]\\s+)?(?:seu\\s+|sua\\s+|tu\\s+|su\\s+|votre\\s+)?(?:pedido|encomenda|compra|commande|rastreio|seguimiento|suivi)',
  '\\w*(?:bestell|auftrags|sendungs|kunden|rechnungs)nummer\\w*',
  // email
  // "we've emailed you" is the channel used, not the address asked for
  'e-?mail(?!ed|ing)(?:-?adress?e?)?(?:\\s+address)?',
  '(?<!\\boficina\\s+de\\s)correo(?:\\s+electronico)?(?!s\\b)',
  'courriel',
  '(?<=\\b(?:ton|votre|ta)\\s)mail\\b',
  'numero\\s+de\\s+tel\\b',
  'adresse\\s+(?:e-?mail|mail|electronique)',
  // phone
  '(?:phone|mobile|cell|whatsapp)\\s*(?:number|no\\b)|(?<=\\b(?:your|ur|a)\\s)(?:phone|mobile|cell)(?!s)\\b(?!\\s+(?:to|into|on|near|off|back|with|and\\s+(?:the|your)\\s+(?:router|speaker|device|app)))(?<!\\b(?:connect|charge|restart|reboot|update|pair|hold|unlock|move|bring|reset)\\s+(?:your|ur|a)\\s+(?:phone|mobile|cell))|whatsapp',
  'contact\\s+number',
  '(?<!\\b(?:o|do|no|um|esse|este|pelo)\\s)(?:telefone|celular)|whatsapp|cel\\b|numero\\s+de\\s+cel',
  'gsm|natel',
  '(?:numero\\s+de\\s+)?(?:telefono|movil|telephone|portable)',
  '\\w*(?:telefon|handy|mobil)(?:nummer)?\\w*',
  'best\\s+number',
  'number\\s+to\\s+(?:reach|call|text)',
  // address
  '(?:home\\s+|shipping\\s+|delivery\\s+|street\\s+|postal\\s+|full\\s+|billing\\s+)?address',
  'where\\s+you\\s+live',
  'street\\s+and\\s+(?:house\\s+)?number',
  'house\\s+number',
  'zip\\s*code|post\\s*code|postal\\s+code',
  'endereco|cep\\b',
  'direccion|domicilio|codigo\\s+postal',
  '\\w*adresse\\w*|\\w*anschrift\\w*|postleitzahl|plz\\b|wohnort',
  'code\\s+postal|domicile',
  '(?:street|rua|calle|strase|strasse|rue)\\b(?:\\s+(?:and|e|y|und|et)\\s+(?:house\\s+)?(?:number|numero|nummer|n[o.º°]))?',
  'numero\\s+da\\s+sua\\s+casa|numero\\s+de\\s+(?:tu|su)\\s+casa|hausnummer',
  '(?:wohnen\\s+sie|wohnst\\s+du|vives|vive\\s+usted|habitez(?:-vous)?|habites(?:-tu)?|voce\\s+mora|mora\\s+voce)\\b',
  'donde\\s+vives|onde\\s+(?:voce\\s+)?mora|wo\\s+(?:sie\\s+wohnen|du\\s+wohnst)|ou\\s+vous\\s+habitez',
  // names and ids
  'data\\s+de\\s+nascimento|fecha\\s+de\\s+nacimiento|geburtsdatum|date\\s+de\\s+naissance|full\\s+name|nome\\s+completo|nombre\\s+completo|(?:vollstandigen?|vollen)\\s+namen?|nom\\s+complet',
  // the Spanish foreigner's id, not German "nie" (never): "su NIE", "DNI o NIE"
  'cpf|dni|nif|(?<=\\b(?:su|tu|el|del|o|y|numero\\s+de)\\s)nie\\b|rg\\b|social\\s+security|date\\s+of\\s+birth',
  // payment
  '(?:credit|debit|bank)\\s+card|card\\s*(?:number|digits|details|no\\b)|(?:your|the)\\s+card\\b',
  '(?:last|first)\\s+(?:\\w+\\s+)?digits',
  "expiry\\s+date|expiration\\s+date|validade\\s+do\\s+cartao|fecha\\s+de\\s+caducidad|ablaufdatum|date\\s+d'expiration|(?:ultimos|derniers|letzten)\\s+(?:\\w+\\s+)?(?:numeros|digitos|chiffres|ziffern)",
  "(?:long\\s+)?(?:numbers?|numeros?|nummer|ziffern|chiffres|digits|digitos)\\s+(?:[\\w'-]+\\s+){0,3}?(?:card|cartao|tarjeta|karte|carte)\\b",
  '(?:ultimos|primeiros|primeros)\\s+(?:quatro|cuatro|4)\\s+digitos',
  'digitos|ziffern|chiffres',
  'cartao(?!\\s+presente)|tarjeta(?!\\s+regalo)|(?<!geschenk)(?:kredit)?karte(?:nnummer)?|carte\\s+(?:bancaire|bleue|de\\s+credit)|numero\\s+de\\s+carte',
  'cvv|cvc|security\\s+code|codigo\\s+de\\s+seguranca|codigo\\s+de\\s+seguridad|sicherheitscode|cryptogramme',
  'sort\\s+code|account\\s+number|routing\\s+number|agencia\\s+e\\s+(?:a\\s+)?conta|conta\\s+(?:do\\s+seu\\s+banco|bancaria)|numero\\s+de\\s+cuenta|cuenta\\s+bancaria|kontonummer|blz\\b|numero\\s+de\\s+compte|iban|bank\\s+details|dados\\s+bancarios|datos\\s+bancarios|bankdaten|bankverbindung|coordonnees\\s+bancaires|rib\\b',
  'chave\\s+pix|pix\\s+key|clave\\s+pix',
  'password|senha|contrasena|passwort|mot\\s+de\\s+passe',
  'login\\s+details|account\\s+details|dados\\s+da\\s+conta|datos\\s+de\\s+(?:tu|su)\\s+cuenta',
  'coordonnees|contact\\s+details|personal\\s+details|dados\\s+pessoais|datos\\s+personales|kontaktdaten|personliche\\s+daten',
];
const DATA_RE = new RegExp(`\\b(?:${DATA.join('|')})`, 'g');

/** What makes a sentence a request to the customer. */
const REQUEST = [
  // en
  "please|kindly|publi(?:ez|e|que|ca|quez|sh)|post(?:ez|e|ea)|need|needs|require\\w*|comment\\s+(?:the|your|with|below|here)|pop\\s+(?:your|it|the)|put\\s+(?:your|it|the)|could\\s+you|can\\s+you|would\\s+you|will\\s+you|mind\\s+\\w+ing|let\\s+us\\s+know|tell\\s+us|send\\s+(?:us|over)|give\\s+us|share\\b|drop\\s+(?:us|your|it|the)|post\\s+(?:your|it|the)|leave\\s+your|reply\\s+(?:with|to\\s+this)|respond\\s+with|comment\\s+(?:with|below)|confirm|provide|include\\s+your|need\\s+(?:your|the)|(?:what|which)(?:'s|\\s+is|\\s+was|\\s+are)?\\s+(?:your|the|\\w+\\s+did\\s+you)|what\\s+(?:e-?mail|address|number|phone)|where\\s+(?:should|can|do)\\s+we|how\\s+can\\s+we\\s+reach",
  // pt
  'deixa|passa|solicitamos\\s+que|comente|(?:conta|diz|fala)\\s+(?:pra|para)\\s+(?:gente|nos)|precisamos|comenta\\w*|deixar|por\\s+favor|poderia|podia|pode\\s+(?:nos\\s+)?(?:dizer|informar|enviar|mandar|passar|confirmar|compartilhar|deixar|colocar|escrever)|(?:nos\\s+)?(?:diga|informe|envie|mande|passe|conte|deixe|compartilhe|coloque|escreva|responda|confirme|forneca|indique)(?:-nos)?|qual\\s+(?:e\\s+)?(?:o\\s+|a\\s+)?(?:seu|sua)|precisamos\\s+d[oa]s?\\s+(?:seu|sua)',
  // es
  // usted and "me" imperatives too: "déjenos aquí su DNI", "pásame tu celular"
  'respondes|(?:le|te)\\s+rogamos|rogamos\\s+que|(?:envie|mande|indique|deje|escriba|facilite|confirme|proporcione|comparta|pase|diga)nos|(?:pasa|manda|envia|deja|escribe|di|pase|mande|envie|deje|responde|contesta)me\\b|' +
    'necesitamos|comenta\\w*|dejar\\w*|podrias|puedes|podria|(?:nos\\s+)?dices|nos\\s+podrias|(?:envia|manda|di|indica|facilita|escribe|deja|confirma|comparte|pasa|proporciona|responde|contesta)nos|(?:envia|manda|indica|deja|escribe|comparte|responde|confirma|facilita|pon|proporciona|envie|indique|facilite)\\b|cual\\s+es\\s+(?:tu|su)|necesitamos\\s+(?:tu|su)',
  // de
  'wenn\\s+(?:sie|du)\\s+uns\\b|brauchten\\s+wir|wir\\s+brauchten|sagen\\s+sie|sag\\s+uns|verraten\\s+sie|brauchen\\s+wir|benotigen\\s+wir|kommentier\\w*|hinterlass\\w*|bitte|konnten\\s+sie|konnen\\s+sie|kannst\\s+du|konntest\\s+du|wurden\\s+sie|(?:schicken|senden|nennen|geben|teilen|schreiben|posten|bestatigen|hinterlassen)\\s+sie|(?:schick|sende|nenn|gib|teil|schreib|poste|bestatige)(?:\\s+uns)?\\b|wie\\s+lautet|welche\\s+\\w+\\s+(?:haben|hast|nutzen)|brauchen\\s+(?:ihre|deine)|benotigen\\s+(?:ihre|deine)',
  // fr
  '(?:il\\s+)?nous\\s+(?:faut|faudrait)|mettez|laisser|' +
    "merci\\s+(?:d(?:e|')(?!\\s*(?:nous\\s+|m'|vous\\s+)?avoir\\b)|(?:ecrire|envoyer|indiquer|donner|mettre|communiquer|transmettre|laisser)\\b)|(?:vous\\s+pouvez|tu\\s+peux)\\s+(?:m'|nous\\s+)?(?:ecrire|envoyer|donner|indiquer|transmettre|communiquer|laisser)|s'il\\s+vous\\s+plait|svp|pourriez-vous|pouvez-vous|peux-tu|pourrais-tu|(?:envoyez|indiquez|communiquez|donnez|dites|transmettez|precisez|partagez|confirmez|ecrivez|laissez|repondez)(?:-nous|-moi)?|(?:laisse|envoie|donne|ecris|indique|mets)-(?:nous|moi)|quel(?:le)?\\s+est\\s+(?:votre|ton)|besoin\\s+de\\s+(?:votre|ton)",
].join('|');
const REQUEST_RE = new RegExp(`(?:^|[^\\w])(?:${REQUEST})(?:(?![\\w])|(?<='))`, 'g');

/** Private channels: where personal data belongs. */
const PRIVATE = [
  'dm\\b|dms\\b|d\\.m\\.|direct\\s+message|private(?:ly)?|in\\s+private|inbox|pm\\b|message\\s+(?:us|our|the)|(?:send|drop)\\s+us\\s+a\\s+(?:message|note|line)|e-?mail\\s+(?:us|it|them|our)|by\\s+e-?mail|via\\s+e-?mail|over\\s+e-?mail|contact\\s+(?:form|page|us)|support\\s+(?:team|page|channel|chat)|customer\\s+(?:care|service|support)|care\\s+team|help\\s+(?:page|centre|center|desk|link)|helpdesk|live\\s+chat|chat\\b|account\\s+page|order\\s+page|our\\s+website\\s+form|secure\\s+(?:form|link|page)',
  'privad[oa]|mensagem\\s+(?:privada|direta)|direct\\b|inbox|por\\s+e-?mail|pelo\\s+e-?mail|no\\s+e-?mail|(?:pelo|no|via|com\\s+o|nosso|central\\s+de)\\s+atendimento|suporte|sac\\b|chat|fale\\s+conosco|formulario',
  'privado|(?:responda|responde|reply\\s+to|antworten\\s+sie\\s+auf|repondez\\s+a)\\s+(?:aquele|aquel|ese|esse|that|this|our|diese|cet|ce)\\s+(?:e-?mail|correo|mail|courriel)|mensaje\\s+(?:privado|directo)|mensajeria\\s+de\\s+la\\s+plataforma|mensageria|messagerie\\s+de\\s+la\\s+plateforme|verkaufer\\s+kontaktieren|contact\\s+(?:the\\s+)?seller|md\\b|por\\s+correo|(?:escribe|escribenos|escribanos|escribinos)\\s+(?:\\w+\\s+)?al\\s+correo|atencion\\s+al\\s+cliente|soporte|servicio\\s+de\\s+atencion|formulario',
  'privat\\w*|direktnachricht|per\\s+nachricht|pn\\b|per\\s+e-?mail|kundenservice|kundendienst|support|kontaktformular|chat',
  'prive[e]?|message\\s+prive|en\\s+mp|mp\\b|par\\s+(?:e-?mail|mail|courriel|message)|service\\s+client|support|formulaire|messagerie',
  '[\\w.+-]+@[\\w-]+\\.[\\w.]+',
  // messaging apps, a mailbox handle ("help@"), and the privacy named as the reason
  'whats\\s?app|telegram|messenger|signal\\s+app|[\\w.+-]+@(?![\\w])',
  'to\\s+keep\\s+your\\s+(?:details|data|information)\\s+(?:private|safe|off)|so\\s+your\\s+(?:details|data)\\s+(?:stay|are\\s+not)|para\\s+nao\\s+expor|para\\s+no\\s+(?:publicar|exponer)|para\\s+proteger\\s+(?:seus|sus|tus)\\s+datos|para\\s+proteger\\s+seus\\s+dados|um\\s+ihre\\s+daten\\s+(?:nicht|zu\\s+schutzen)|pour\\s+ne\\s+pas\\s+(?:exposer|publier|afficher)|pour\\s+proteger\\s+vos\\s+donnees',
].join('|');
const PRIVATE_RE = new RegExp(`(?:^|[^\\w@])(?:${PRIVATE})`);

/** A public place: the answer would land in the thread. "here to help" is not a place. */
const PUBLIC_RE =
  /\b(?:(?:a|en)\s+esta\s+(?:resena|valoracion|opinion)|nesta\s+(?:avaliacao|resposta\s+publica)|(?:in|to)\s+this\s+review|no\s+post|neste\s+post|en\s+(?:el|este)\s+post|(?:unter|in)\s+(?:diesem|dem)\s+post|unter\s+der\s+bewertung|sous\s+(?:ce|cet)\s+(?:post|avis)|below|underneath|beneath|in\s+the\s+replies|in\s+(?:a|your)\s+reply|in\s+(?:the|a|this|your)\s+(?:comments?|reply|thread|post)|(?:reply|respond)\s+to\s+this|this\s+(?:comment|review|thread)|publicly|under\s+this|abaixo|nos\s+comentarios|neste\s+comentario|(?:responda|responder)\s+(?:a\s+)?este|abajo|debajo|en\s+los\s+comentarios|a\s+este\s+comentario|unten|in\s+den\s+kommentaren|auf\s+diesen\s+kommentar|unter\s+(?:diese|dieser)|en\s+dessous|la-dessous|drunter|darunter|aqui\s+embaixo|aqui\s+abaixo|aqui\s+debajo|ci-dessous|dans\s+les\s+commentaires|a\s+ce\s+commentaire|en\s+reponse)\b/;
const HERE_TO_HELP =
  /\b(?:from\s+here|daqui|por\s+aqui|desde\s+aqui|von\s+hier\s+aus|d'ici|here\s+(?:to|for)\s+(?:help|you)|aqui\s+para\s+(?:ajudar|voce)|aqui\s+para\s+ayudar|hier,?\s+um\s+zu\s+helfen|ici\s+pour\s+vous\s+aider)\b/g;

const NOT_PUBLIC =
  /\b(?:statt\s+hier|instead\s+of\s+here|em\s+vez\s+de\s+aqui|en\s+lugar\s+de\s+aqui|plutot\s+qu'ici|au\s+lieu\s+d'ici)\b|\b(?:can'?t|cannot|don'?t|do\s+not|nao|no|ne)\s+(?:\w+\s+)?(?:discuss|share|handle|tratamos|tratar|compartimos|discutimos|traitons|discutons|besprechen)\b[^.!?;]{0,40}\b(?:comments?|comentarios|commentaires|kommentaren|here|aqui|ici|hier)\b|\bn'\w+\s+(?:rien|pas|jamais)\s+(?:\w+\s+)?ici\b|\b(?:never|not|nunca|nao|jamais|niemals|nie|ni)\s+(?:\w+\s+)?(?:here|aqui|ici|in\s+the\s+comments|nos\s+comentarios|en\s+los\s+comentarios|dans\s+les\s+commentaires|in\s+den\s+kommentaren)\b|\b(?:(?:don'?t|do\s+not|never|please\s+don'?t|nao|nunca|no|ne)\s+|n')(?:\w+\s+){0,2}?(?:post|share|publish|put|write|leave|comment|publi\w*|escrev\w*|deix\w*|compart\w*|coloqu\w*|pong\w*|mett\w*|laiss\w*|partag\w*|indiqu\w*|ecri\w*|donn\w*|envoy\w*|inform\w*|escrib\w*|indic\w*|envi\w*|mand\w*|coloc\w*|bota\w*)|\b(?:nicht|keine\w*)\s+(?:[\w-]+\s+){0,4}?(?:hier|offentlich|posten|teilen)\b|\b(?:hier|offentlich)\s+(?:\w+\s+)?(?:keine\w*|nicht)\b|\b(?:posten|teilen|schreiben)\s+sie\s+(?:\w+\s+){0,3}?nicht\b/;

/**
 * Card secrets: the whole card number, its security code, the card photographed. No refund or check
 * needs them, so asking for them blocks in every channel (the "last four digits" stay a private ask).
 */
const CARD_SECRET_RE = new RegExp(
  `\\b(?:${[
    '(?:full|complete|whole|entire|long|16[\\s-]?digit)\\s+(?:[\\w-]+\\s+){0,2}?card\\s*(?:number|no\\b|digits|details)',
    '(?:full|complete|whole|entire|all\\s+(?:the\\s+)?|16)\\s*(?:[\\w-]+\\s+)?(?:numbers?|digits)\\s+(?:of|on|from)\\s+(?:your|the)\\s+card',
    'long\\s+number\\s+(?:across|on)\\s+(?:the\\s+)?(?:front\\s+of\\s+)?(?:the|your)\\s+card',
    '(?:numero|numeros)\\s+complet[oa]s?\\s+d[oae]\\s+(?:seu\\s+|sua\\s+|tu\\s+|su\\s+|la\\s+|o\\s+)?(?:cartao|tarjeta)',
    '(?:16|dezesseis|dieciseis)\\s+(?:numeros|digitos)\\s+d[oae]l?\\s+(?:seu\\s+|sua\\s+|tu\\s+|su\\s+|la\\s+|o\\s+)?(?:cartao|tarjeta)',
    '(?:vollstandige|komplette|ganze|16-stellige)\\s+(?:\\w+\\s+)?(?:kredit)?kartennummer|alle\\s+(?:16\\s+)?ziffern\\s+(?:ihrer|deiner)\\s+karte',
    'numero\\s+complet\\s+de\\s+(?:votre|ta|la)\\s+carte|(?:16|seize)\\s+chiffres\\s+de\\s+(?:votre|ta|la)\\s+carte',
    'cvv2?|cvc2?|csc\\b|security\\s+code|(?:3|three)[\\s-]digit\\s+(?:security\\s+)?code|(?:3|three)\\s+(?:digits|numbers)\\s+on\\s+the\\s+back',
    '(?:3|tres)\\s+numer\\w*\\s+(?:que\\s+ficam\\s+)?(?:atras|no\\s+verso|de\\s+tras)|(?:3|tres)\\s+(?:numer\\w*|digit\\w*)\\s+del\\s+reverso|numero\\s+completo\\s+(?:dele|dela|de\\s+la\\s+misma|del\\s+mismo)|codigo\\s+de\\s+seguranca|codigo\\s+de\\s+(?:3|tres)\\s+digitos|(?:3|tres)\\s+(?:digitos|numeros)\\s+(?:de\\s+tras|do\\s+verso|de\\s+atras|detras)',
    'codigo\\s+de\\s+seguridad|(?:3|tres)\\s+(?:numer\\w*|digit\\w*)\\s+de\\s+(?:detras\\s+de\\s+la\\s+tarjeta|atras|detras|la\\s+parte\\s+de\\s+atras)',
    '(?:karten)?prufnummer|sicherheitscode|kartenprufziffer|prufziffer|vollstandige\\s+nummer\\s+(?:der|ihrer|deiner)\\s+(?:\\w+\\s+)?(?:kredit)?karte',
    'cryptogramme|(?:3|trois)\\s+chiffres\\s+(?:au\\s+dos|derriere|au\\s+verso)',
  ].join('|')})`,
  'g',
);
/** A photo of the card's two sides. */
const CARD_PHOTO_RE =
  /\b(?:photo|picture|pic|image|scan|snap|foto|bild|imagen)\w*\b.*\b(?:card|cartao|tarjeta|\w*karte|girocard|carte)\b|\b(?:card|cartao|tarjeta|\w*karte|girocard|carte)\b.*\b(?:photo|picture|pic|scan|snap|foto|bild|imagen)\w*\b/;
const BOTH_SIDES_RE =
  /\b(?:both\s+sides|recto[\s-]+verso|(?:du|le)\s+recto|por\s+delante|the\s+front|vorderseite|por\s+delante\s+y\s+(?:por\s+)?detras|(?:por|de)\s+ambas\s+caras|(?:por|de)\s+(?:ambos|los\s+dos)\s+lados|frente\s+y\s+(?:dorso|reverso)|front\s+and\s+(?:the\s+)?back|frente\s+e\s+(?:d?o\s+)?verso|anverso\s+y\s+reverso|por\s+ambos\s+lados|(?:por|de)\s+las\s+dos\s+caras|(?:por|de)\s+(?:los\s+)?dos\s+lados|beide\s+seiten|les\s+deux\s+faces|vorder-?\s+und\s+ruckseite|beidseitig|recto\s+(?:et\s+)?(?:le\s+)?verso|des\s+deux\s+cotes)\b/;
/**
 * The card named as the one that paid, or its holder to be proven: a photo of that card is a photo of
 * its number ("foto do cartão … confirmar que o senhor é o titular", "une photo de votre carte bancaire",
 * "ein Foto von der Karte, mit der du bezahlt hast"); a gift card or a warranty card is not.
 */
const PAYMENT_CARD_RE =
  /\b(?:(?:credit|debit|bank|payment)\s+card|card\s+(?:you|that\s+you)\s+(?:paid|used|pay)|cardholder|card\s+holder|cartao\s+(?:de\s+(?:credito|debito)|que\s+(?:voce\s+)?(?:usou|utilizou)|com\s+(?:o\s+)?que\s+pagou)|tarjeta\s+(?:de\s+(?:credito|debito)|bancaria|con\s+la\s+que\s+(?:pagaste|pago|ha\s+pagado|has\s+pagado)|que\s+usaste)|titular|(?:kredit|ec-|bank)karte|girocard|mit\s+der\s+(?:du|sie)\s+(?:\w+\s+)?(?:bezahlt|gezahlt)|karteninhaber\w*|carte\s+(?:bancaire|de\s+credit|bleue|avec\s+laquelle)|titulaire)\b/;
/** The card's number named plainly; with the paying card named beside it, the whole number is meant. */
const CARD_NUMBER_RE =
  /\b(?:card\s+number|numero\s+d[oa]\s+(?:seu\s+|teu\s+)?cartao|numero\s+de\s+(?:la\s+|tu\s+|su\s+)?tarjeta|kartennummer|numero\s+de\s+(?:votre\s+|ta\s+|la\s+)?carte)\b/;
/** Only part of the number: the last four digits are no secret. */
const PART_OF_NUMBER_RE =
  /\b(?:last|final|ultim[oa]s|letzten|derniers|endet|ending|termina\w*)\b|\b(?:4|four|quatro|cuatro|vier|quatre)\s+(?:digits|digitos|numeros|ziffern|chiffres)\b/;
/** The card photographed so its number can be read: "so that the number is readable". */
const NUMBER_READABLE =
  /\w*(?:nummer|number|numero)\s+(?:\w+\s+){0,2}?(?:lesbar|readable|legible|legivel|lisible|visible|visivel|erkennbar)\b/;
/** A need stated by the shop is an ask here ("I'll need the full card number"). */
const NEED_RE =
  /\b(?:pede|facilitar|(?:me\s+)?tienes\s+que|(?:voce\s+)?tem\s+que|you\s+(?:have|need)\s+to\s+(?:give|send|provide)|send|give|tell|provide|share|pass|write|need|needs|required?|attach|upload|is\s+enough|hacen?\s+falta|transmet\w*|fourni\w*|anex\w*|adjunt\w*|anhang\w*|hochlad\w*|joign\w*|joindre|basta|suffit|reicht|solicit\w*|pide|pedimos|requier\w*|exige\w*|verlangt|demande\w*|necesit\w*|precis\w*|brauch\w*|benotig\w*|besoin|faut|faudrait|necesario|necessario|erforderlich|tippen|type|enter|digite|introduce|saisir|saisissez)\b/;
/** Negations that make a card secret advice: "we never ask for your CVV", "nunca compartas…". */
const NEGATION_RE =
  /\b(?:weder|neither|nem|never|not|don'?t|no\s+(?:te|le|les|nos|vamos|pedimos|necesitamos|hace|compartas|envies|envie|mandes|publiques)|nunca|nao|jamais|pas|n'|ne|ni|nie|niemals|nicht|kein\w*|sin|sem|ohne|sans)\b/;
/** A code that failed is not asked for: "the security code was rejected". */
const FAILED_RE =
  /\b(?:code|cvv|cvc|number|numero|nummer|digitos|ziffer\w*|chiffres|codigo|prufnummer)\b[^.!?]{0,30}\b(?:wrong|incorrect|invalid|rejected|declined|errad[oa]|incorrect[oa]|falsch\w*|ungultig\w*|invalide|refuse)\b/;

/** Told not to send it, after naming it: "schicken Sie bitte auf keinen Fall", "ne l'envoyez jamais", "never send it". */
const FORBIDDEN_AFTER =
  /\b(?:(?:grundsatzlich\s+)?(?:nie|niemals)\s+(?:per|uber|an|weiter)|never\s+(?:by|over|via|in)|auf\s+keinen\s+fall|keinesfalls|en\s+aucun\s+cas|de\s+jeito\s+nenhum|em\s+hipotese\s+alguma|de\s+ninguna\s+manera|bajo\s+ningun\s+concepto|por\s+ningun\s+motivo|under\s+no\s+circumstances)\b/;
/** A negation before the span makes it advice ("we never ask for your CVV"), unless a request follows it ("o pagamento que não passou, me manda uma foto"). */
function negatedBefore(s: string, at: number): boolean {
  const before = s.slice(0, at);
  const last = [...before.matchAll(new RegExp(NEGATION_RE.source, 'g'))].at(-1);
  // the verb right after the negation is the one negated ("never share your CVV"); a request after it is a new ask
  const rest = before.slice((last?.index ?? 0) + (last?.[0].length ?? 0)).replace(/^\s*(?:\w+\s+)?\w+/, '');
  return last !== undefined && !new RegExp(REQUEST_RE.source).test(rest);
}

/** The card the customer already sent, deleted and not needed: "vous nous avez envoyé une photo de votre carte : nous l'avons supprimée". */
const SENT_AND_DELETED =
  /\b(?:vous\s+nous\s+avez\s+envoye|you\s+sent\s+us|(?:voce|a\s+senhora|o\s+senhor)\s+nos\s+enviou|nos\s+(?:enviaste|envio|ha\s+enviado|has\s+enviado)|sie\s+haben\s+uns\s+(?:\w+\s+){0,4}?geschickt)\b[^.!?]*\b(?:supprim\w*|deleted|removed|apagamos|apagad\w*|excluimos|excluid\w*|borramos|borrad\w*|eliminad\w*|eliminamos|geloscht|entfernt|n'en\s+avons\s+pas\s+besoin|don'?t\s+need|nao\s+precisamos|no\s+(?:la|lo)\s+necesitamos|brauchen\s+(?:wir|sie)\s+nicht)\b/;

/** Asking for the card's full number, security code or a photo of it, in any channel. */
export function detectCardAsk(text: string): Hit[] {
  const folded = fold(text);
  const hits: Hit[] = [];
  for (const sentence of sentences(text)) {
    const s = folded.slice(sentence.start, sentence.end);
    if (FAILED_RE.test(s)) continue;
    const asks = new RegExp(REQUEST_RE.source).test(s) || NEED_RE.test(s) || s.trimEnd().endsWith('?');
    if (!asks) continue;
    if (FORBIDDEN_AFTER.test(s) || NEVER_ASK.test(s) || SENT_AND_DELETED.test(s)) continue;
    const secrets = spansOf(s, CARD_SECRET_RE).filter((d) => !negatedBefore(s, d.start));
    const photo = CARD_PHOTO_RE.exec(s);
    if (
      secrets.length === 0 &&
      photo &&
      (BOTH_SIDES_RE.test(s) || NUMBER_READABLE.test(s) || PAYMENT_CARD_RE.test(s)) &&
      !negatedBefore(s, photo.index)
    ) {
      hits.push({ code: 'asks_for_card_secrets', start: sentence.start, end: sentence.end });
      continue;
    }
    const number = secrets.length === 0 ? CARD_NUMBER_RE.exec(s) : null;
    if (number && PAYMENT_CARD_RE.test(s) && !PART_OF_NUMBER_RE.test(s) && !negatedBefore(s, number.index)) {
      hits.push({
        code: 'asks_for_card_secrets',
        start: sentence.start + number.index,
        end: sentence.start + number.index + number[0].length,
      });
      continue;
    }
    for (const d of secrets) hits.push({ code: 'asks_for_card_secrets', start: sentence.start + d.start, end: sentence.start + d.end });
  }
  return hits;
}

/** The data is where something goes, or where the customer should look: "sent to your email", "check your inbox". */
const DET = '(?:your|the|this|o|a|seu|sua|tu|su|ihre?n?|deine?n?|votre|ton|ta|la|le)';
const POSS = '(?:your|seu|sua|tu|su|ihre?n?|deine?n?|votre|ton|ta)';
const DESTINATION_BEFORE = new RegExp(
  `(?:\\b(?:to|at|into|para|pro|pra|sur|dans|vers|auf)\\s+(?:${DET}\\s+){0,2}(?:registered\\s+|cadastrad[oa]\\s+)?` +
    `|\\b(?:al|an|in|no|na|on|en|a(?=\\s+(?:tu|su|votre|ton|ta)\\b))\\s+${POSS}\\s+(?:registered\\s+|cadastrad[oa]\\s+)?` +
    `|\\b(?:check|see|verifique|confira|revisa|consulta|prufen\\s+sie|schauen\\s+sie\\s+in|verifiez|consultez)\\s+(?:${DET}\\s+)?)$`,
);

/** The concepts this frame reads, one test each, for the learned model's features (concepts.ts). */
export const PRIVATE_ASK_CONCEPTS: Record<string, (folded: string) => boolean> = {
  request: (f) => new RegExp(REQUEST_RE.source).test(f),
  private: (f) => PRIVATE_RE.test(f),
  public: (f) => PUBLIC_RE.test(f),
};

/** Whether folded text names personal or payment data at all (the learned model's precondition for a data ask). */
export function namesPersonalData(folded: string): boolean {
  return spansOf(folded, DATA_RE).length > 0;
}

export function detectPrivateAsk(text: string): Hit[] {
  const folded = fold(text);
  const ss = sentences(text);
  const hits: Hit[] = [];
  // "we never ask for passwords or card data here": the reply is a warning, not an ask
  if (NEVER_ASK.test(folded)) return hits;
  ss.forEach((sentence, k) => {
    const s = folded.slice(sentence.start, sentence.end).replace(HERE_TO_HELP, (m) => ' '.repeat(m.length));
    // "we never share customer data": the shop as the subject is not a request to the customer.
    const requests = [...s.matchAll(REQUEST_RE)]
      .map((m) => m.index ?? 0)
      .filter((at) => !SHOP_SUBJECT.test(s.slice(Math.max(0, at - 24), at + 1)));
    const question = s.trimEnd().endsWith('?');
    if (requests.length === 0 && !question && !PUBLIC_RE.test(s)) return;
    // "Persönliche Daten bitte nicht hier posten": the public place named only to be avoided, no request made
    if (NOT_PUBLIC.test(s) && !PRIVATE_RE.test(s)) return;
    const objects = spansOf(s, DATA_RE).filter((d) => !DESTINATION_BEFORE.test(s.slice(Math.max(0, d.start - 40), d.start)));
    // A data word that is itself the channel ("by email", "email us") is not the object asked for.
    const asked = objects.filter((d) => !isChannelUse(s, d));
    if (asked.length === 0) return;
    const next = ss[k + 1] ? folded.slice(ss[k + 1]!.start, ss[k + 1]!.end) : '';
    // "Don't post your order number here, DM it": the public place is named to be avoided.
    const publicHere = (PUBLIC_RE.test(s) || hereAfterRequest(s, requests)) && !NOT_PUBLIC.test(s);
    const prev = k > 0 ? folded.slice(ss[k - 1]!.start, ss[k - 1]!.end) : '';
    const there = THERE_FIRST.test(s) && PRIVATE_RE.test(prev);
    const goesPrivate = (PRIVATE_RE.test(s) || there || (PRIVATE_RE.test(next) && !PUBLIC_RE.test(next))) && !publicHere;
    if (goesPrivate) return;
    for (const d of asked) {
      const from = requests.filter((r) => r <= d.start).at(-1);
      const start = from === undefined ? d.start : from + (/\w/.test(s[from]!) ? 0 : 1);
      hits.push({ code: 'asks_private_details_in_public', start: sentence.start + start, end: sentence.start + d.end });
    }
  });
  return hits;
}

/** A sentence that opens on "there", pointing back at the private channel just named. */
const THERE_FIRST = /^\W*(?:there|over\s+there|la|ali|alli|ahi|dort|dabei|la-bas)\b/;

/** "here" names the thread only right after a request ("post it here", "deixe aqui"), not in "visible to us here". */
const HERE = /\b(?:here|aqui|hier|ici)\b/g;
function hereAfterRequest(s: string, requests: readonly number[]): boolean {
  for (const m of s.matchAll(HERE)) {
    const at = m.index ?? 0;
    if (requests.some((r) => r < at && at - r <= 40)) return true;
  }
  return false;
}

const NEVER_ASK =
  /\b(?:never|nunca|nie|niemals|jamais)\s+(?:\w+\s+)?(?:asks?|requests?|pede|pedira|solicita|pide|pedira|fragt|verlangt|demande)\b|\b(?:brauchen|benotigen)\s+wir\s+(?:\w+\s+)?(?:nie|niemals|nicht)\b|\b(?:we|i)\s+(?:will\s+)?never\s+need\b|\bnunca\s+(?:precisamos|necesitamos|vamos\s+precisar)\b|\bjamais\s+besoin\b|\bn'avons\s+jamais\s+besoin\b|\b(?:we|wir|nous|nos|nosotros|a\s+gente)\s+(?:will\s+|'ll\s+)?(?:never|nie|niemals|jamais|nunca|ne\s+\w+\s+jamais)\s+(?:\w+\s+)?(?:ask|fragen|demand\w*|pedimos|pede|pediremos|pedire\w*|solicit\w*)\b|\bnunca\s+(?:te\s+|le\s+|lhe\s+)?(?:pedimos|pediremos|solicitamos)\b|\bnous\s+ne\s+(?:vous\s+|les\s+|le\s+|la\s+)?demand\w*\s+jamais\b|\bwir\s+(?:fragen|bitten|verlangen)\s+(?:sie\s+|dich\s+)?(?:nie|niemals)\b/;
const SHOP_SUBJECT = /\b(?:we|i|nos|nosotros|wir|nous|je)\s+(?:\w+\s+){0,2}?\W?$/;

function isChannelUse(s: string, d: { start: number; end: number; text: string }): boolean {
  // our own notice: "o e-mail de aviso", "the confirmation email"
  if (/^\s+(?:de\s+(?:aviso|confirmac\w*|notificac\w*|lembrete|recordatorio)|de\s+notification)\b/.test(s.slice(d.end, d.end + 24)))
    return true;
  // the shop's own address: "an die Service-Adresse", "our support address"
  if (
    /(?:service|support|kundenservice|retouren|return)[\s-]*$/.test(s.slice(Math.max(0, d.start - 16), d.start)) ||
    /\b(?:our|unsere?[rn]?|notre|nossa|nuestra)\s+(?:\w+\s+)?$/.test(s.slice(Math.max(0, d.start - 24), d.start))
  )
    return true;
  if (!/e-?mail|correo|courriel/.test(d.text)) return false;
  // a message, not an address: "the spam email you received", "o e-mail falso"
  if (
    /\b(?:spam|phishing|fake|scam|fraudulent|promotional|confirmation|falso|golpe|falsa)\s+$/.test(
      s.slice(Math.max(0, d.start - 14), d.start),
    )
  )
    return true;
  if (/^\s+(?:falso|falsa|de\s+confirmac\w*|de\s+phishing|frauduleux)\b/.test(s.slice(d.end, d.end + 24))) return true;
  const before = s.slice(Math.max(0, d.start - 16), d.start);
  const after = s.slice(d.end, d.end + 8);
  // "reply to the order email", "respondenos al correo del pedido": the shop's message is the channel
  if (
    /\b(?:reply|respond\w*|answer|responda\w*|responde\w*|antwort\w*|repond\w*)\b(?:\s+simplement|\s+simply|\s+just)?\s*(?:to|a|al|an|auf|ao|à)\b(?![^.!?]*\b(?:with|com|con|mit|avec)\b)[^.!?]{0,14}$/.test(
      s.slice(Math.max(0, d.start - 36), d.start),
    )
  )
    return true;
  return (
    /\b(?:by|via|over|per|por|pelo|par|our|nosso|nossa|ao\s+nosso|nuestro|nuestra|a\s+nuestro|notre|a\s+notre|unsere?[nm]?|auf\s+unsere)\s+$/.test(
      before,
    ) || /^\s+(?:us|it|them|our|your|nos)\b/.test(after)
  );
}
