// Dates nobody at the shop controls: arrival, delivery, customs clearance, money landing in a bank
// account, in en, pt, es, de and fr. A frame: an arrival verb (future or firm present) and a day
// within the same sentence, with no hedge ("should", "expected", "usually", "voraussichtlich",
// "normalement", the carrier's estimate). Dates the shop does control ("we'll ship the replacement
// today", "we'll update you by Friday") are the good kind of promise and stay unflagged, so the
// verbs here are arrival verbs. A sentence in the past ("it arrived on Monday") states a fact.
import { fold } from './fold.js';
import type { Hit } from './text-scan.js';
import { sentences, spansOf } from './text-scan.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WHEN_EN = `(?:(?:before|by|for|in\\s+time\\s+for)\\s+(?:christmas|xmas|new\\s+year(?:'s)?|easter|thanksgiving|mother'?s\\s+day|father'?s\\s+day|valentine'?s(?:\\s+day)?|black\\s+friday|the\\s+holidays|the\\s+weekend|her\\s+birthday|his\\s+birthday|your\\s+birthday)|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this\\s+week(?:end)?|next\\s+week|end\\s+of\\s+(?:the\\s+)?(?:day|week)|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|(?:within|in)\\s+(?:\\d+|one|two|three|four|five|a\\s+few)(?:\\s*[-–]\\s*\\d+)?\\s+(?:business\\s+|working\\s+)?(?:days?|hours?|hrs?|h)|within\\s+(?:the|a)\\s+week|early\\s+next\\s+week|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)`;
const WHEN_PT =
  '(?:na\\s+(?:sua\\s+)?proxima\\s+fatura|(?:antes\\s+d[oa]|ate\\s+o|para\\s+o|a\\s+tempo\\s+d[oa])\\s+(?:natal|ano\\s+novo|pascoa|dia\\s+das\\s+maes|dia\\s+dos\\s+pais|dia\\s+dos\\s+namorados|black\\s+friday|fim\\s+de\\s+semana|aniversario)|hoje|amanha|(?<!\\b(?:la|una|su|tu|mi|esta|esa|el|un)\\s)(?:segunda|terca|quarta|quinta|sexta)(?!\\s+(?:vez|mano|opcion|unidad|parte|entrega|silla|caja|pieza|talla|prenda|edicion))|sabado|domingo|(?:esta|essa)\\s+semana|semana\\s+que\\s+vem|proxima\\s+semana|(?:em|dentro\\s+de|ate)\\s+\\d+\\s+(?:dias|horas)(?:\\s+uteis)?|dia\\s+\\d{1,2})';
const WHEN_ES =
  '(?:(?:antes\\s+del?|para\\s+el)\\s+fin\\s+de\\s+semana|(?:antes\\s+de|para)\\s+(?:navidad|nochebuena|reyes|ano\\s+nuevo|semana\\s+santa|el\\s+dia\\s+de\\s+la\\s+madre|el\\s+dia\\s+del\\s+padre|san\\s+valentin|el\\s+fin\\s+de\\s+semana|black\\s+friday|tu\\s+cumpleanos|su\\s+cumpleanos)|hoy|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|esta\\s+semana|la\\s+semana\\s+que\\s+viene|la\\s+proxima\\s+semana|(?:en|dentro\\s+de)\\s+\\d+\\s+(?:dias|horas)(?:\\s+habiles)?|el\\s+(?:dia\\s+)?\\d{1,2})';
const WHEN_DE =
  '(?:(?:vor|bis|zu|an)\\s+(?:weihnachten|heiligabend|ostern|silvester|neujahr|muttertag|vatertag|pfingsten|dem\\s+wochenende|ihrem\\s+geburtstag)|heute|morgen|ubermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|diese\\s+woche|(?:anfang\\s+|ende\\s+|mitte\\s+)?nachste[rn]?\\s+woche|(?:in|innerhalb\\s+von)\\s+\\d+\\s+(?:werk)?(?:tagen|stunden)|am\\s+\\d{1,2}\\.|(?:bis|um)\\s+\\d{1,2}\\s+uhr|(?:vor\\s+dem|bis\\s+zum|zum)\\s+\\d{1,2}\\.)';
const WHEN_FR =
  "(?:(?:avant|pour)\\s+(?:noel|paques|le\\s+nouvel\\s+an|le\\s+jour\\s+de\\s+l'an|la\\s+fete\\s+des\\s+(?:meres|peres)|la\\s+saint-valentin|le\\s+week-end|votre\\s+anniversaire)|aujourd'hui|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|cette\\s+semaine|la\\s+semaine\\s+prochaine|(?:en\\s+)?(?:debut|fin|milieu)\\s+de\\s+semaine\\s+prochaine|(?:sous|dans|d'ici)\\s+\\d+\\s+(?:jours|heures)(?:\\s+ouvres)?|(?:d'ici|avant)\\s+(?:la\\s+)?fin\\s+de\\s+(?:la\\s+)?(?:semaine|journee)|(?:d'ici|des)\\s+ce\\s+soir|sur\\s+votre\\s+prochain\\s+releve|le\\s+\\d{1,2})";

const ARRIVE_EN =
  '(?:arrive|be\\s+delivered|be\\s+there|be\\s+with\\s+you|reach\\s+you|reach\\s+your\\s+(?:card|account|bank)|get\\s+to\\s+you|land|show\\s+up|be\\s+at\\s+your\\s+door|clear\\s+customs|be\\s+in\\s+your\\s+(?:hands|account|bank)|be\\s+back\\s+in\\s+your\\s+account|appear\\s+in\\s+your\\s+(?:account|bank)|hit\\s+your\\s+(?:account|bank)|be\\s+credited|be\\s+refunded\\s+to\\s+your)';
const WILL = "(?:\\bwill|'ll|\\bis\\s+going\\s+to|\\bare\\s+going\\s+to|\\bshall|\\bis\\s+guaranteed\\s+to)";

const DATE_PROMISES: readonly RegExp[] = [
  new RegExp(`${WILL}\\s+(?:definitely\\s+|certainly\\s+|surely\\s+|100%\\s+)?${ARRIVE_EN}\\b[^.!?\\n]{0,40}?\\b${WHEN_EN}\\b`),
  new RegExp(`\\b(?:arrives|arriving|gets\\s+there|delivery\\s+(?:is|will\\s+be))\\s+(?:on\\s+|by\\s+|before\\s+)?${WHEN_EN}\\b`),
  new RegExp(
    `\\byou(?:'ll|\\s+will)\\s+(?:definitely\\s+)?(?:have|receive|get|see)\\s+(?:it|them|your\\s+\\w+|the\\s+\\w+|the\\s+money|an?\\s+(?:new\\s+)?(?!e-?mail|label|link|message|update|call|reply|answer|confirmation|text|sms)\\w+)\\s+(?:back\\s+)?(?:on\\s+|by\\s+|before\\s+)?${WHEN_EN}\\b`,
  ),
  new RegExp(
    `\\b(?:chegara|chega|chegam|vai\\s+chegar|vao\\s+chegar|sera\\s+entregue|vai\\s+ser\\s+entregue|estara\\s+(?:com\\s+voce|na\\s+sua\\s+(?:casa|conta))|(?:vai|ira)\\s+cair|cai(?:ra)?\\s+na\\s+(?:sua\\s+)?conta|recebera|vai\\s+receber)(?=[\\s,])[^.!?\\n]{0,40}?\\b${WHEN_PT}`,
  ),
  new RegExp(
    `\\b(?:llegara|llega|llegaran|va\\s+a\\s+llegar|sera\\s+entregad[oa]|estara\\s+en\\s+(?:tu|su)\\s+(?:casa|cuenta|banco)|recibiras|recibira|lo\\s+tendras|la\\s+tendras)(?=[\\s,])[^.!?\\n]{0,40}?\\b${WHEN_ES}`,
  ),
  new RegExp(
    `\\b(?:kommt|wird|ist|erhalten\\s+sie|bekommen\\s+sie|haben\\s+sie|trifft)\\b[^.!?\\n]{0,50}?\\b${WHEN_DE}\\b[^.!?\\n]{0,40}?\\b(?:ankommen|geliefert|zugestellt|eingehen|auf\\s+ihrem\\s+konto|gutgeschrieben|bei\\s+ihnen|(?:an|da|ein)(?=\\s*(?:[.!?,;:]|$)))`,
  ),
  new RegExp(
    `\\b(?:arrivera|(?<!\\b(?:est|sont|etait|etaient|jamais|pas)\\s)arrive|arriveront|sera\\s+livre\\w*|sera\\s+(?:chez\\s+vous|sur\\s+votre\\s+compte)|recevrez|aurez)(?=[\\s,])[^.!?\\n]{0,40}?\\b${WHEN_FR}`,
  ),
];

// Any language: an arrival word and a day in either order within one clause ("it lands at your door
// on Saturday", "liefert am Samstag an Ihre Tur", "sera devant votre porte samedi").
const ARRIVAL_ANY =
  "(?:l[oa]s?\\s+(?:tienes|tendras|tiene|tendra)\\b(?:\\s+en\\s+(?:casa|tu\\s+casa))?|volta\\s+(?:no|na|para\\s+o|pro)\\s+(?:seu\\s+|sua\\s+)?(?:cartao|conta)|vuelve\\s+a\\s+(?:tu|su)\\s+(?:tarjeta|cuenta)|back\\s+on\\s+your\\s+card|arriv(?:e|es|ing)|lands?|landing|reach(?:es)?\\s+your\\s+(?:card|account|bank)|hits?\\s+your\\s+(?:bank|account|card)|cai(?:ra)?\\s+n[oa]\\s+(?:sua\\s+|seu\\s+)?(?:banco|conta|fatura|cartao|extrato)|auf\\s+(?:ihrem|dem|deinem)\\s+konto|(?:vor|an)\\s+(?:ihrer|deiner)\\s+tur|get\\s+(?:it|them)\\s+to\\s+you|bring\\w*\\s+(?:it|them)|bringt|bringen|apporte\\w*|deliver(?:s|ing)?|be\\s+delivered|reach(?:es)?\\s+you|at\\s+your\\s+(?:door|house|home)|on\\s+your\\s+doorstep|in\\s+your\\s+(?:hands|account|bank)|clears?\\s+customs|cheg(?:a|am|ara|arao)|(?<!\\b(?:a|na|da|sua|de|la|el|tu|su|una|uma|proxima|primeira|nossa|cada|outra|nueva|otra|primera|proxima|nuestra|nenhuma|ninguna|nem|ni|sem|sin)\\s)entreg(?:a|am|ara|arao)|na\\s+sua\\s+(?:casa|porta|conta)|em\\s+maos|lleg(?:a|an|ara|aran)|(?<!\\b(?:a|na|da|sua|de|la|el|tu|su|una|uma|proxima|primeira|nossa|cada|outra|nueva|otra|primera|proxima|nuestra|nenhuma|ninguna|nem|ni|sem|sin)\\s)entreg(?:an|ara|aran)|en\\s+(?:tu|su)\\s+(?:puerta|casa|cuenta)|a\\s+(?:tu|su)\\s+puerta|liefert|geliefert\\s+(?:wird|werden)|zugestellt\\s+(?:wird|werden)|an\\s+ihre[rn]?\\s+tur|auf\\s+ihrem\\s+konto|ankommt|eintrifft|ser(?:a|ont)\\s+la|freigib\\w*|freigegeben\\s+wird|liberera\\w*|aura\\s+libere|liberar\\w*|clears?\\s+customs|(?<!\\b(?:deve|deveria|pode|podera)\\s)aparece\\w*\\s+(?:\\w+\\s+){0,3}?na\\s+(?:sua\\s+)?(?:proxima\\s+)?fatura|back\\s+in\\s+your\\s+account|sur\\s+votre\\s+compte|devolvera\\s+el\\s+dinero|kommt\\s+(?:\\w+\\s+){0,7}?an(?=\\s*(?:[.!?,;]|$))|kommen\\s+(?:\\w+\\s+){0,7}?an(?=\\s*(?:[.!?,;]|$))|arrivera|arriveront|livrera|livreront|sera\\s+livre\\w*|sera\\s+dedouane\\w*|devant\\s+votre\\s+porte|sur\\s+votre\\s+compte|sera\\s+chez\\s+vous|seront\\s+chez\\s+vous|bei\\s+ihnen\\s+(?:ist|sind|sein)|(?:sind|ist)\\s+(?:[\\w.]+\\s+){0,4}?bei\\s+ihnen|haben\\s+sie\\s+(?:es|ihn|sie|das\\s+paket)|estara\\s+en\\s+(?:tu|su)\\s+casa|estara\\s+(?:com\\s+voce|na\\s+sua\\s+casa)|(?:ta|esta|estara)\\s+ai|bei\\s+(?:dir|euch)\\s+(?:ist|sind|sein)|(?:ist|sind)\\s+(?:\\w+\\s+){0,4}?bei\\s+(?:dir|euch)|(?:morgen|heute|ubermorgen)\\s+bei\\s+(?:dir|ihnen|euch)|(?:hast\\s+du|haben\\s+sie|sie\\s+haben|du\\s+hast)\\s+(?:\\w+\\s+){0,5}?(?:zuruck|wieder)|(?<=\\b(?:sie\\s+haben|haben\\s+sie|du\\s+hast|hast\\s+du)\\b[^.!?]{0,60})zuruck(?=\\s*(?:[.!?,;]|$))|steht(?:'s|\\s+es|\\s+er|\\s+sie)?\\s+(?:\\w+\\s+){0,4}?vor\\s+(?:der|deiner|ihrer)\\s+tur|(?:tu|vous)\\s+l'(?:as|auras|aurez|avez)(?!\\s+(?:\\w+\\s+)?(?:demande|dit|indique|souhaite|precise|signale|mentionne|ecrit|explique|propose|choisi|note))|(?:le|la|les)\\s+verr(?:as|ez)\\s+sur\\s+(?:ton|votre)\\s+compte|(?<!\\b(?:deve|deveria|pode|podera)\\s)aparece\\w*\\s+n[oa]\\s+(?:seu\\s+|sua\\s+)?(?:cartao|conta|extrato)|have\\s+it\\s+back|chegando|llegando|(?<!\\b(?:deve|deveria|pode|podera)\\s)(?:vai|vao|ira|irao)\\s+aparecer)";
/** Within the hour: as firm a date as a day. */
const WHEN_HOUR =
  "(?:(?:within|in\\s+less\\s+than)\\s+(?:the|an|one)\\s+hour|dans\\s+l'heure|en\\s+moins\\s+d'une\\s+heure|en\\s+menos\\s+de\\s+una\\s+hora|em\\s+menos\\s+de\\s+uma\\s+hora|innerhalb\\s+(?:einer|der\\s+nachsten)\\s+stunde|ainda\\s+hoje|hoy\\s+mismo|noch\\s+heute)";
const WHEN_ANY = `(?:${WHEN_HOUR}|${WHEN_EN}|${WHEN_PT}|${WHEN_ES}|${WHEN_DE}|${WHEN_FR})`;
const ARRIVAL_DAY: readonly RegExp[] = [
  new RegExp(`\\b${ARRIVAL_ANY}\\b[^.!?;\\n]{0,50}?\\b${WHEN_ANY}(?![\\w])`),
  new RegExp(`\\b${WHEN_ANY}\\b[^.!?;\\n]{0,40}?\\b${ARRIVAL_ANY}\\b`),
];
/** A sentence about what already happened states a fact. */
const PAST =
  /\b(?:(?:n'est|ne\s+sont)\s+(?:toujours|encore|jamais)\s+pas\s+arrive\w*|no\s+ha(?:n)?\s+llegado|still\s+(?:hasn'?t|haven'?t|has\s+not|have\s+not)\s+(?:arrived|come)|noch\s+nicht\s+(?:da|angekommen|eingetroffen)|didn'?t\s+arrive|did\s+not\s+arrive|nao\s+chegou|no\s+llego|nicht\s+angekommen|(?:n'est|ne\s+sont)\s+pas\s+arrive\w*|levou|tardou|demorou|tardo|tardaron|took|dauerte|a\s+pris|ja\s+sao)\b|\b(?:(?:ont|a)\s+ete\s+rembours\w*|(?:foi|foram)\s+(?:reembolsad|estornad|devolvid)\w*|(?:fue|fueron)\s+(?:reembolsad|devuelt)\w*|(?:wurde|wurden)\s+(?:zuruck)?erstattet|(?:was|were|has\s+been|have\s+been)\s+refunded|(?:je\s+)?(?:vous\s+)?ai\s+(?:\w+\s+)?(?:rembourse|ajoute|envoye|credite|verse)|(?:desde|since|depuis|seit)\s+(?:el\s+|o\s+|the\s+|le\s+|dem\s+)?(?:dia\s+)?\d+|n'est\s+(?:jamais|pas)\s+(?:\w+\s+)?arrive\w*|disse|dijo|a\s+dit|hat\s+gesagt|rausgegangen|herausgegangen|kam|kamen|eingegangen|se\s+hizo|se\s+realizo|recibimos|recebemos|(?:nous\s+)?(?:vous\s+)?avons\s+(?:\w+\s+)?(?:rembourse|ajoute|envoye|credite|verse|recu)|we(?:'ve|\s+have)\s+(?:\w+\s+)?(?:refunded|added|credited|sent|received)|haben\s+(?:ihnen\s+)?(?:\w+\s+)?(?:erstattet|gutgeschrieben|uberwiesen|erhalten)|dizia|diziam|decia|decian|said|stated|sagte|stand\s+(?:\w+\s+){0,3}?(?:im|in\s+der|auf\s+der)|disait|indiquait|indicava|indicaba|prometia|prometian|se\s+emitio|was\s+issued|were\s+issued|issued\s+on|a\s+ete\s+emis|prometimos|(?:we|had)\s+promised|hatten\s+(?:\w+\s+){0,3}?versprochen|avions\s+promis|tinhamos\s+prometido|saiu|salio|went\s+out|est\s+parti\w*|ist\s+(?:\w+\s+)?rausgegangen|arrived|delivered|landed|was\s+delivered|chegou|chegaram|foi\s+entregue|llego|llegaron|fue\s+entregad[oa]|angekommen|(?:rein|herein|hereing|wieder\s+rein)gekommen|eingetroffen|geliefert\s+(?:wurde|worden)|zugestellt\s+(?:wurde|worden)|est\s+arrivee?|a\s+ete\s+livree?|sont\s+arrivee?s)\b/;

/** Regret or relief over what happened ("sentimos que llegara el día 7", "nos alegra que llegara bien"). */
const REGRET = /\b(?:sentimos|lamentamos|siento|lamento|nos\s+alegra|me\s+alegra|nos\s+alegramos)\s+(?:mucho\s+)?que\b/;

/** A broken promise told as such: "prometemos envio em 2 dias e levamos 6", "prometíamos 48 horas y tardamos seis días". */
export const BROKEN_SAID =
  /\b(?:prometemos|prometimos|prometiamos|promised|versprochen\s+hatten|avions\s+promis)\b[^.!?]{0,80}\b(?:e|and|y|und|et|mas|but|pero|aber|mais)\s+(?:levamos|tardamos|took|brauchten|avons\s+mis|demoramos|nos\s+llevo)\b/;

/** The shop's own update promised with a deadline: "em no máximo 10 dias te dou notícia", "we'll update you within 5 days". */
const OUR_UPDATE =
  /\b(?:(?:te|lhe|le|vous|ihnen|dir)\s+(?:dou|damos|doy|damos|daremos|donnerons|donne|geben|gebe)\s+(?:noticia|noticias|retorno|nouvelles|bescheid)|(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+(?:update|get\s+back\s+to)\s+you|volto\s+a\s+falar|revenons\s+vers\s+vous|(?:melden|melde)\s+(?:wir\s+uns|ich\s+mich))\b/;

/** A promise said as an estimate is an honest estimate. */
const HEDGE =
  /\b(?:(?:e\s+so\s+)?escolher\s+um\s+dia|choose\s+a\s+(?:day|date|slot)|elegir\s+(?:un\s+)?dia|choisir\s+(?:un\s+)?(?:jour|creneau)|(?:einen\s+)?(?:tag|termin)\s+(?:aus)?wahlen|(?:no\s+podemos|nao\s+podemos|can'?t|cannot|ne\s+pouvons\s+pas|konnen\s+(?:wir\s+)?(?:\w+\s+)?nicht)\s+(?:\w+\s+)?garanti\w*|(?:sus|seus|leurs|ihre|their)\s+plazos\s+no\s+podemos|(?:of|after|depois\s+que|despues\s+de\s+que|nachdem|apres)\s+(?:\w+\s+){0,2}?(?:landing|arriving|arrives|chegar|llegue|eintrifft|arrivee)|(?:da\s+pra|pode|podes|puede|puedes|you\s+can|vous\s+pouvez|konnen\s+sie)\s+(?:\w+\s+){0,2}?(?:devolver|return|retourner|zuruckgeben|zurucksenden|renvoyer)|(?:if|si|se|wenn|falls)\s+(?:\w+\s+){0,6}?(?:still\s+(?:not|hasn'?t|isn'?t)|hasn'?t|has\s+not|isn'?t|todavia\s+no|aun\s+no|ainda\s+nao|nao\s+(?:aparecer|chegar|cair)|noch\s+(?:immer\s+)?(?:nicht|keine?)|toujours\s+pas|n'est\s+(?:toujours\s+)?pas|no\s+(?:lo\s+)?(?:ves|recibes|llega|aparece))|return\s+(?:it|them)\s+within|je\s+doute\s+que|i\s+doubt|dudo\s+que|duvido\s+que|ich\s+bezweifle|pas\s+une\s+date\s+garantie|not\s+a\s+guaranteed\s+date|nao\s+e\s+uma\s+data\s+garantida|no\s+es\s+una\s+fecha\s+garantizada|kein\s+garantierter\s+termin|sans\s+(?:reponse|nouvelles)|without\s+(?:a\s+)?(?:reply|response|answer|news)|sem\s+(?:resposta|noticias)|sin\s+(?:respuesta|noticias)|ohne\s+(?:antwort|ruckmeldung)|rechne[nt]?\s+mit|prognose|keine\s+garantie|no\s+es\s+(?:una\s+)?garantia|not\s+a\s+guarantee|nao\s+e\s+(?:uma\s+)?garantia|pas\s+une\s+garantie|vers\s+le\s+\d+|unser\s+(?:eigener\s+)?(?:fahrdienst|lieferdienst|fahrer)|our\s+own\s+(?:van|driver|delivery\s+team)|nuestro\s+propio\s+(?:repartidor|reparto|transporte)|nossa\s+propria\s+(?:entrega|frota)|notre\s+propre\s+(?:livreur|service\s+de\s+livraison)|(?:can|may)\s+be\s+returned\s+within|return\s+window|podem\s+ser\s+devolvid\w*|pueden\s+(?:devolverse|ser\s+devuelt\w*)|(?:konnen|kann)\s+innerhalb\s+von|peuvent\s+etre\s+(?:retourne|renvoye)\w*|(?:assim\s+que|logo\s+que|en\s+cuanto|tan\s+pronto\s+como|sobald|des\s+que|once|as\s+soon\s+as)\s+(?:\w+\s+){0,4}?(?:chegar|recebermos|llegue|recibamos|ankommt|eingeht|arrive|arrives|lands|we\s+receive|recu|recue)|habituellement|(?:can'?t|cannot|can\s+not)\s+(?:promise|guarantee)|nao\s+(?:posso|podemos)\s+(?:garantir|prometer)|no\s+(?:puedo|podemos)\s+(?:garantizar|prometer)|(?:kann|konnen)\s+(?:ich|wir)\s+(?:\w+\s+)?nicht\s+(?:versprechen|garantieren|zusagen)|ne\s+(?:peux|pouvons)\s+pas\s+(?:garantir|promettre))\b|^\W*(?:ist|sind|kommt|sollte|hat|haben|fehlt|bleibt)\s+(?:sie|er|es|das\s+\w+|die\s+\w+|der\s+\w+)\b[^!?]{0,80}?,|\blaut\s+(?:dem\s+|der\s+)?(?:paketdienst|dhl|hermes|dpd|gls|ups|zusteller|tracking)\b|\b(?:dhl|hermes|dpd|gls|ups|seur|mrw|correos|ctt|colissimo|chronopost|the\s+carrier|the\s+courier|el\s+transportista|la\s+transportadora|a\s+transportadora|le\s+transporteur|der\s+paketdienst)\s+(?:indica|informa|dice|diz|indique|says|shows|zeigt|meldet|annonce)\b|\b(?:preve[mn]?|prevoit|prevoient|(?:can'?t|cannot)\s+predict|(?:no|nao)\s+podemos\s+prever|(?:konnen|kann)\s+(?:\w+\s+)?nicht\s+vorhersagen|ne\s+pouvons\s+pas\s+prevoir|(?:puede|pode|podria|poderia|kann|konnte|peut|pourrait)\s+(?:\w+\s+)?(?:mostrar|tardar|aparecer|levar|demorar|dauern|anzeigen|erscheinen|prendre|afficher|apparaitre)|(?:most|la\s+plupart\s+des|la\s+mayoria\s+de\s+los|a\s+maioria\s+dos|die\s+meisten)\s+(?:parcels|orders|packages|refunds|deliveries|shipments|items|cases|envois|colis|commandes|paquetes|pedidos|envios|encomendas|pakete|sendungen|bestellungen)|aims?|aiming|(?:isn'?t|is\s+not|not)\s+guaranteed|nao\s+(?:e|esta)\s+garantid[oa]|no\s+(?:es|esta)\s+garantizad[oa]|nicht\s+garantiert|pas\s+garanti\w*|(?:miro|mirar|miramos|ver|veo|vemos|comprobar|compruebo|verificar|verifico|saber|checar|consultar|consulto|voir|verifier|savoir|regarder)\s+si\b|(?:ver|verificar|saber|checar|conferir|confiro|vejo|vemos)\s+se\b|en\s+general|in\s+general|em\s+geral|por\s+lo\s+general|im\s+allgemeinen|(?:depois|apos)\s+d?[ao]\s+(?:coleta|retirada|recebimento|analise)|after\s+(?:the\s+)?(?:collection|pick-?up|inspection)|(?:tras|despues\s+de)\s+la\s+(?:recogida|inspeccion|revision)|apres\s+(?:la\s+)?(?:collecte|enlevement|inspection)|nach\s+(?:der\s+)?(?:abholung|prufung|inspektion)|(?:eles\s+)?indicaram|(?:they|the\s+\w+)\s+(?:indicated|offered|proposed)|nos\s+(?:indicaron|ofrecieron|propusieron)|ont\s+(?:indique|propose)|(?:haben|hat)\s+(?:\w+\s+)?(?:angegeben|angeboten|vorgeschlagen)|(?:has|have|had|was|is|been)\s+confirmed|confirmed\s+(?:by|to\s+us)|(?:ficou|esta|foi|estao|ficaram)\s+confirmad[oa]s?|(?:nos\s+)?confirm(?:ou|aram)\s+(?:que|o|a|para)|(?:ha|han|fue|esta|quedo)\s+confirmad[oa]|nos\s+ha\s+confirmado|(?:hat|haben|ist|wurde)\s+(?:\w+\s+){0,2}?bestatigt|(?:a|ont|est|a\s+ete)\s+confirme\w*|(?:of|after|once)\s+(?:it|they|them|the\s+\w+)\s+(?:land|arriv)\w*|(?:confirmo|confirmaron|confirmou|confirmaram|confirmed|bestatigt|hat\s+bestatigt|a\s+confirme|ont\s+confirme)\b[^.!?]{0,80}\b(?:reprogram\w*|rescheduled|neu\s+geplant|reprogramme\w*|reagend\w*)|(?:sent|shipped|booked|upgraded|despach\w*|enviad[oa]|mandei|mandamos|versendet|verschickt|envoye\w*|expedie\w*)\b[^.!?]{0,40}\b(?:next[- ]day|express|overnight|expresso|sedex|urgente|eilversand|chronopost|same[- ]day)|apres\s+(?:la\s+)?reception|after\s+(?:we\s+)?receiv\w*|nach\s+(?:eingang|erhalt)|apos\s+(?:o\s+)?recebimento|tras\s+(?:la\s+)?recepcion|despues\s+de\s+recibir|laut\s+(?:der\s+)?sendungsverfolgung|segundo\s+o\s+rastreio|segun\s+el\s+seguimiento|d'apres\s+le\s+suivi|selon\s+le\s+suivi|according\s+to\s+(?:the\s+)?tracking|si\s+(?:c'est|c'|il\s+est|elle\s+est|ca\s+est|t'as|tu\s+as|vous\s+avez)\s+(?:\w+\s+)?pas\s+(?:\w+\s+)?(?:arrive|recu|livre)\w*|depending\s+on|dependendo\s+d|dependiendo\s+de|je\s+nach|selon\s+(?:votre|la|le|les)|si\s+(?:\w+\s+){1,5}?no\s+(?:te|le|lo|la|llega)|se\s+(?:\w+\s+){1,5}?nao\s+\w+|se\s+(?:\w+\s+){0,4}?ainda\b|si\s+(?:\w+\s+){0,4}?(?:todavia|aun|sigue)\b|if\s+(?:\w+\s+){0,4}?(?:still|hasn'?t|has\s+not)\b|wenn\s+(?:\w+\s+){0,5}?(?:immer\s+noch|noch\s+(?:nicht|nichts|kein\w*|da|immer))\b|si\s+(?:\w+\s+){0,4}?toujours\b|s'ils?\s+(?:\w+\s+){0,3}?toujours\b|si\s+(?:\w+\s+){0,3}?ne\s+\w+\s+(?:\w+\s+)?(?:pas|plus|rien)\b|if\s+(?:\w+\s+){1,3}?(?:doesn'?t|does\s+not|hasn'?t)\s+(?:arrive|turn\s+up|come)|(?:rastreio|rastreamento|seguimiento|tracking|sendungsverfolgung|suivi)\s+(?:\w+\s+){0,2}?(?:marca|mostra|indica|muestra|shows|says|zeigt|indique|montre)|expects?|meist\w*|suele\w*|costum\w*|d'habitude|habitualmente|scheduled|programad\w*|agendad\w*|planificad\w*|geplant|programmee?|ist\s+es\s+(?:\w+\s+){0,3}?nicht|falls|sofern|if\s+(?:it\s+)?(?:isn'?t|doesn'?t|hasn'?t|is\s+not|does\s+not)|se\s+nao|si\s+no|wenn\s+(?:\w+\s+){0,4}?nicht|si\s+(?:\w+\s+){0,3}?n'|s'ils?\s+(?:\w+\s+){0,2}?n'|unless|a\s+menos\s+que|salvo\s+que|es\s+sei\s+denn|a\s+moins\s+que|estima\w*|schatz\w*|estime\w*|should|expected|expect|estimat\w*|usually|normally|typically|hopefully|likely|may|might|aim|according\s+to|carrier\s+says|tracking\s+shows|deveria|deve\s+chegar|previs\w*|normalmente|geralmente|estimativ\w*|provavelmente|deberia|debe\s+llegar|prevista|previsto|suele|estimad\w*|probablemente|sollte|voraussichtlich|normalerweise|in\s+der\s+regel|vermutlich|wahrscheinlich|devrait|prevue?|normalement|generalement|estimee?|probablement|en\s+principe|ob|whether|(?:hangt|depends|depende|depend|dependem|dependen)\s+(?:\w+\s+){0,3}?(?:von|on|de|da|do|des|du)|(?:liegt|steht)\s+nicht\s+(?:\w+\s+)?(?:bei|in)\s+uns\w*|not\s+(?:entirely\s+|only\s+|fully\s+)?(?:up\s+to\s+us|in\s+our\s+hands)|(?:no|nao)\s+depende\s+(?:\w+\s+)?de\s+(?:nosotros|nos)|ne\s+depend\s+pas\s+(?:\w+\s+)?de\s+nous)\b/;

const ARRIVAL_RE = new RegExp(`\\b${ARRIVAL_ANY}\\b`);
const ACCOUNT =
  /\b(?:in\s+your\s+account|na\s+(?:sua\s+)?conta|en\s+(?:tu|su)\s+cuenta|auf\s+(?:ihrem|dem|deinem)\s+konto|sur\s+votre\s+compte)\b/;
const MONEY =
  /\b(?:refund\w*|money|payment|credit\w*|reembols\w*|estorno|dinheiro|valor|dinero|abono|erstattung|ruckerstattung|geld|gutschrift|rembours\w*|argent|virement)\b/;
/** An arrival word, where "in your account" counts only when money is spoken of. */
function namesArrival(folded: string): boolean {
  return ARRIVAL_RE.test(MONEY.test(folded) ? folded : folded.replace(new RegExp(ACCOUNT.source, 'g'), ' '));
}
/** Concepts of this frame for the learned model's features. */
export const PROMISE_CONCEPTS: Record<string, (folded: string) => boolean> = {
  arrival: (f) => namesArrival(f),
  hedge: (f) => HEDGE.test(f),
};

/** Whether folded text names a day or a promise word (the learned model's precondition for a promise). */
export function namesDayOrPromise(folded: string): boolean {
  return PROMISE_ONLY.test(folded) || (DAY_RE.test(folded) && namesArrival(folded) && !HEDGE.test(folded));
}
const PROMISE_ONLY =
  /\b(?:guarante\w*|garant\w*|promis\w*|prometo|prometemos|versprech\w*|promett\w*|never|nunca|nie|jamais|sure|certain\w*|definitely|sicher|seguro|segura|sans\s+faute|sin\s+falta|sem\s+falta|100\s?%|word|palavra|palabra|wort|parole)\b/;
const DAY_RE = new RegExp(`\\b${WHEN_ANY}(?![\\w])`);

/** A word that makes a sentence a commitment: "I promise", "garanto", "te aseguro", "ich verspreche", "je vous garantis". */
const COMMIT =
  /\b(?:guaranteed|garantido|garantizado|garantiert|versprochen|darauf\s+(?:konnen|kannst)\s+(?:sie|du)\s+(?:sich|dich)\s+verlassen|c'est\s+sur|(?:pode|podes)\s+ter\s+certeza|tenha\s+certeza|(?:ten|tenga)\s+por\s+seguro|count\s+on\s+it|you\s+can\s+count\s+on|rest\s+assured|sem\s+(?:nenhuma\s+)?duvida(?:\s+nenhuma)?|c'est\s+certain|je\s+m'y\s+engage|nous\s+nous\s+y\s+engageons|(?:ich\s+)?verspreche\s+ihnen|le\s+aseguro|(?:pode\s+)?fica(?:r)?\s+(?:tranquil[oa]|sossegad[oa])|(?:te|le)\s+doy\s+mi\s+palabra|dou(?:-lhe)?\s+(?:a\s+)?minha\s+palavra|(?:mein|unser)\s+wort|je\s+(?:te|vous)\s+donne\s+ma\s+parole|(?:i|we)\s+(?:promise|guarantee|assure|swear)|you\s+have\s+(?:my|our)\s+word|(?:definitely|certainly|surely)\s+(?:arrive|be|reach)|garanto|garantimos|prometo|prometemos|pode\s+confiar|sem\s+falta|(?:te|le|les|os)\s+(?:aseguro|aseguramos|garantizo|garantizamos|prometo|prometemos)|sin\s+(?:ninguna\s+)?(?:falta|duda)|(?:ich|wir)\s+(?:verspreche|versprechen|garantiere|garantieren)|ganz\s+sicher|je\s+vous\s+(?:garantis|promets|assure)|for\s+sure|eso\s+seguro|a\s+coup\s+sur|nous\s+vous\s+(?:garantissons|promettons|assurons)|sans\s+faute)\b|100\s?%/;
/** Under a commitment word, being ready, available, collected or received on a day is as firm as arriving. */
const READY =
  /\b(?:(?:ta|esta)\s+ai|estara\s+ai|ready|fertig|pret\w*|listo|lista|pronto|pronta|disponible|disponivel|verfugbar|kommt|kommen|collect\w*|pick\s+(?:it|them)\s+up|recog\w*|pasara|passera|abgeholt|abholen|receb\w*|recib\w*|erhalten|recevr\w*|receive|volta\s+(?:no|na|para\s+o|pro)\s+(?:seu\s+|sua\s+)?(?:cartao|conta)|vuelve\s+a\s+(?:tu|su)\s+(?:tarjeta|cuenta)|back\s+on\s+your\s+card)\b/;
/** Whether folded text names a day (the learned model reads a promise with a day as a date promise). */
export function namesDay(folded: string): boolean {
  return DAY_RE.test(folded);
}

/**
 * Someone else's step given a firm time: customs, the bank, the carrier, the maker, stock coming back
 * ("customs will clear it in two days", "o estorno vai aparecer em uma hora", "die Erstattung ist in
 * einer Stunde auf Ihrem Konto", "de retour en stock le 12"). The shop controls none of them.
 */
const THIRD_PARTY =
  /\b(?:\w+versicherung|\w+zoll|indemnis\w*|indemniz\w*|entschadig\w*|dedouanement|desalfandegamento|despacho\s+aduanero|verzollung|customs|bank|carrier|courier|manufacturer|supplier|insurer|receita|alfandega|banco|transportadora|fabricante|fornecedor|seguradora|aduanas?|transportista|proveedor|aseguradora|zoll|hersteller|lieferant|versicherung|paketdienst|douane|banque|transporteur|fabricant|fournisseur|livreur|assureur|refund|estorno|reembolso|erstattung|remboursement|(?:back\s+in|ao|en|auf)\s+(?:stock|estoque|lager)|disponible|verfugbar|estoque|stock|lager|existencias|reposicao|reposicion|nachschub|reassort\w*|restock\w*)\b/;
const NUMBER =
  '(?:\\d+|one|two|three|four|five|seven|ten|a|an|uma|um|dois|duas|tres|quatro|cinco|sete|dez|una|un|dos|cuatro|siete|diez|einer|einem|zwei|drei|vier|funf|sieben|zehn|une|deux|trois|quatre|cinq|sept|dix)';
const UNIT = '(?:hours?|days?|weeks?|horas?|dias|semanas?|stunden?|tagen|woche|wochen|heures?|jours|semaines?|h(?![\\w]))';
/** After "at most" any span is firm: "dauert maximal fünf Werktage", "no máximo duas semanas". */
const ANY_UNIT =
  '(?:(?:business\\s+|working\\s+)?(?:hours?|days?|weeks?)|horas?|dias(?:\\s+uteis|\\s+habiles)?|semanas|stunden?|(?:werk)?tagen?|werktage|wochen|heures?|jours(?:\\s+ouvres)?|semaines)';
/** A span of time ("en 24 horas", "within two days"), as against a date ("el 2 de abril"). */
const SPAN = `(?:(?:in|within|em|en|dentro\\s+de|innerhalb(?:\\s+von)?|dans|d'ici|sous)\\s+(?:ate\\s+|hasta\\s+|up\\s+to\\s+|jusqu'a\\s+|no\\s+maximo\\s+|como\\s+maximo\\s+|menos\\s+de\\s+|less\\s+than\\s+|moins\\s+de\\s+|weniger\\s+als\\s+)?${NUMBER}\\s+${UNIT}|(?:en\\s+un\\s+plazo|no\\s+prazo|dans\\s+un\\s+delai)\\s+(?:maximo\\s+|maximum\\s+)de\\s+${NUMBER}(?:\\s*[-–]\\s*\\d+)?\\s+${UNIT})`;
const DURATION = new RegExp(`\\b${SPAN}`);
const FIRM_TIME = new RegExp(
  `\\b(?:${SPAN}|(?:maximal|hochstens|no\\s+maximo|como\\s+maximo|au\\s+maximum|at\\s+most)\\s+${NUMBER}\\s+${ANY_UNIT}|within\\s+the\\s+hour|(?:no\\s+)?dia\\s+(?:3[01]|[12]?\\d)\\b|(?:el|le|am)\\s+(?:dia\\s+)?(?:3[01]|[12]?\\d)\\b)`,
);
/** The Spanish perfect, "hemos emitido el reembolso el 2 de abril": done, unless a span of time follows ("…y le aparecerá en 24 horas"). */
const PERFECT = /\b(?:hemos|he)\s+(?:\w+ado|\w+ido)\b/;
const done = (c: string) => DONE.test(c) || (PERFECT.test(c) && !DURATION.test(c));
/** Whether folded text gives a firm time ("in 48 hours", "within two days", "am 12."): a time on a promise makes it a date. */
export function namesFirmTime(folded: string): boolean {
  return FIRM_TIME.test(folded);
}
/** Someone else releasing it on a day: "la aduana lo libera mañana", "a Receita libera amanhã", "der Zoll gibt es morgen frei". */
/** The shop refunding, itself: "fazemos o reembolso em até 2 dias úteis", "we refund within 3 working days". */
const SHOP_REFUNDS =
  /\b(?:we(?:'ll|\s+will)?|i(?:'ll|\s+will)?|fazemos|faremos|realizamos|hacemos|haremos|solicitamos|solicitei|pedimos|emitimos|processamos|fizemos|iniciamos|wir|nous|on)\s+(?:\w+\s+){0,2}?(?:refund\w*|o\s+reembolso|el\s+reembolso|o\s+estorno|erstatten|le\s+remboursement|rembours\w*)\b|\b(?:the\s+)?refund\s+goes\s+out\b|\bo\s+reembolso\s+sai\b|\bel\s+reembolso\s+sale\b|\bdie\s+erstattung\s+geht\s+raus\b|\ble\s+remboursement\s+part\b/g;
const RELEASES =
  /\b(?:compensa\w*|(?:be|get|gets)\s+(?:cleared|released)|libera\w*|libere\w*|liberara\w*|gibt\s+(?:\w+\s+){0,3}?frei|releases?|clears?|will\s+release|will\s+clear)\b/;
/** "At the latest" makes a day firm: "spätestens übermorgen", "au plus tard demain". */
const AT_LATEST =
  /\b(?:pode\s+ficar\s+tranquil[oa]|sin\s+falta|sem\s+falta|sans\s+faute|without\s+fail|(?:pode|podes)\s+contar(?:\s+com\s+isso)?|pode\s+confiar|(?:pode|podes)\s+ter\s+certeza|c'est\s+sur|versprochen|darauf\s+(?:konnen|kannst)\s+(?:sie|du)\s+(?:sich|dich)\s+verlassen|rest\s+assured|puedes\s+estar\s+tranquil\w*|seien\s+sie\s+(?:\w+\s+)?sicher|soyez\s+rassure\w*|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|at\s+the\s+latest|no\s+maximo|o\s+mais\s+tardar|a\s+mas\s+tardar|como\s+muy\s+tarde|spatestens|au\s+plus\s+tard|com\s+certeza|con\s+(?:toda\s+)?seguridad|mit\s+sicherheit|avec\s+certitude|for\s+certain)\b/;
const CERTAIN_ALWAYS =
  /,\s*100\s?%|\b(?:always\s+does|it\s+always|sempre\s+\w+|siempre\s+lo\s+hace|klappt\s+immer|toujours\s+le\s+cas|(?<!\b(?:sous|under|na|en|in|unter|pela|por|de|la)\s)(?:garantid[oa]|garantizad[oa]|garantie?|guaranteed)|pase\s+lo\s+que\s+pase)\b|\ba\s+100\s?%/;
/** Told as done: "foi despachado no dia 14", "est revenu en stock ce matin". */
const DONE =
  /\b(?:(?:desde|since|depuis|seit)\s+(?:el\s+|o\s+|the\s+|le\s+|dem\s+)?(?:dia\s+)?\d+|etait|etaient|a\s+indique|avait|haben\s+wir|wir\s+haben|habe\s+ich|ich\s+habe|hat\s+(?:[\w.]+\s+){0,5}?(?:verlassen|erreicht)|fiz|fizemos|realizei|realizamos|efetuei|efetuamos|processei|processamos|estornei|estornamos|hice|hicimos|emitimos|procesamos|tramitamos|realice|avons\s+(?:\w+\s+)?(?:fait|emis|effectue|lance|procede|rembourse)|ai\s+(?:\w+\s+)?(?:fait|emis|effectue|lance|procede|rembourse)|foi|fue|was|were|has\s+been|had|est\s+(?:revenu|arrive)\w*|wurde|war|a\s+ete|ont\s+ete|atrasou|chegou|llego|arrived|came\s+back|ce\s+matin|this\s+morning|esta\s+manha|esta\s+manana|heute\s+morgen)\b/;

/** An arrival word whose subject is a message of ours: a tracking number, an email, a link, a confirmation. */
const NOTICE_ARRIVES = new RegExp(
  `\\b${ARRIVAL_ANY}\\s+(?:\\w+\\s+){0,2}?(?:(?:el\\s+|o\\s+|le\\s+)?(?:seguimiento|rastreio|rastreamento|suivi|tracking)\\b|sms|tracking\\s+(?:number|link|code)|numero\\s+de\\s+(?:seguimiento|rastreio|suivi|rastreamento)|codigo\\s+de\\s+(?:rastreio|seguimiento|rastreamento)|(?:sendungs|tracking)nummer|e-?mail|correo|confirmation|confirmacion|confirmacao|bestatigung|link|enlace)\\b`,
  'g',
);

/** The same notice named before its arrival word: "o código de rastreio chega no seu e-mail", "el seguimiento te llega por SMS". */
const NOTICE_BEFORE = new RegExp(
  `\\b(?:tracking(?:\\s+(?:number|link|code|details))?|(?:el\\s+)?seguimiento|(?:codigo\\s+de\\s+)?(?:rastreio|rastreamento)|(?:numero\\s+de\\s+)?suivi|sendungsnummer|trackingnummer|(?:e-?mail|correo|courriel|sms)\\s+(?:de|with|mit|avec|com|con)\\s+(?:\\w+\\s+){0,2}?(?:tracking|seguimiento|rastreio|suivi|sendungsverfolgung))\\s+(?:\\w+\\s+){0,2}?${ARRIVAL_ANY}\\b`,
  'g',
);

/**
 * Someone else named as the one who will act, with a day: "PayPal will release the money by tomorrow",
 * "Hermes stellt das Paket gleich Montag früh zu", "a operadora do cartão libera o seu limite ainda hoje".
 */
const OTHERS =
  '(?:(?:a\\s+|la\\s+|the\\s+|die\\s+)?(?:platform|plataforma|plateforme|plattform|marketplace)|card\\s+issuer|issuer|bank|paypal|klarna|afterpay|etsy(?:\\s+support)?|amazon|ebay|shopee|mercado\\s+(?:livre|libre|pago)|otto|zalando|cdiscount|fnac|manufacturer|supplier|carrier|courier|customs|(?:a\\s+)?operadora(?:\\s+do\\s+cartao)?|o\\s+banco|fabricante|transportadora|correios|(?:el\\s+)?banco|transportista|aduana|(?:ihre\\s+)?(?:kreditkarten|karten)?(?:firma|bank)|zoll|hersteller|(?:la\\s+)?banque|douane|fabricant|dhl|hermes|gls|dpd|ups|fedex|usps|royal\\s+mail|correos|colissimo|chronopost|seur|mrw|ctt|evri|yodel|mondial\\s+relay|inpost|relais\\s+colis)';
const OTHERS_ACT = new RegExp(
  `\\b${OTHERS}\\s+(?:(?!(?:and|e|y|und|et|today|hoy|hoje|heute)\\b)[\\w-]+\\s+){0,3}?(?:will|'ll|is\\s+going\\s+to|wird|werden|vai|vao|va\\s+a|van\\s+a|ira|sera|vont|aprova|aprobara|approuvera|va|pasa|passa|passe|vient|kommt|comes|llega|chega|arrives?|annul\\w*|cancel\\w*|storniert|anula\\w*|estorna\\w*|recredit\\w*|abona|abonara|ingresa|ingresara|acredita|acreditara|credita|creditara|gutschreibt|schreibt|credite|creditera|rembours\\w*|va\\s+(?:retrouver|livrer|rembourser|valider|accepter|approuver|debloquer|liberer)|erstattet|bucht|stellt|gibt|liefert|libera|estorna|compensa|reembolsa|devuelve|rembourse|livre|approves|reverses|refunds|delivers|releases)\\b(?!\\s+(?:\\w+\\s+)?(?:collect|pick\\s+up|recoger|coletar|retirar|abholen|enlever|recuperer|text|call|email|e-mail|contact|let|ring|phone|message|notify|inform|send\\s+you|entrar\\s+em\\s+contato|ligar|avisar|llamar|contactar|escribir|anrufen|melden|benachrichtig\\w*|kontaktier\\w*|informieren|appeler|contacter|prevenir|informer|ecrire)\\b)`,
);
const NIGHT =
  /\b(?:overnight|by\s+(?:the\s+)?morning|first\s+thing|heute\s+nacht|heute\s+noch|morgen\s+fruh|hoje\s+a\s+noite|ainda\s+hoje|amanha\s+(?:cedo|mesmo)|esta\s+noche|manana\s+(?:temprano|mismo)|cette\s+nuit|demain\s+matin)\b/;

/** The customer's money said to come back: "o valor volta para o seu cartão", "haben Sie Ihr Geld zurück", "your money back". */
const MONEY_BACK =
  /\b(?:(?:valor|dinheiro|money|amount|importe|dinero|betrag|geld|montant|argent)\s+(?:\w+\s+){0,3}?(?:volta|retorna|back|vuelve|regresa|zuruck|revient)|(?:dinheiro|dinero)\s+de\s+(?:volta|vuelta)|rembourse\w*\s+(?:\w+\s+)?sur\s+votre\s+(?:carte|compte))\b/;

/** An assurance said on its own after the date: "… vor Ostern geliefert werden. Darauf können Sie sich verlassen." */
const SOLE_ASSURANCE =
  /^\W*(?:darauf\s+(?:konnen|kannst)\s+(?:sie|du)\s+(?:sich|dich)\s+verlassen|you\s+can\s+(?:count|rely)\s+on\s+(?:it|that)|(?:pode|podes)\s+(?:confiar|contar\s+com\s+isso)|(?:puede|puedes)\s+(?:estar\s+seguro|contar\s+con\s+ello)|vous\s+pouvez\s+(?:compter|vous\s+y\s+fier)\s*(?:dessus|la-dessus)?|c'est\s+(?:sur|certain)|versprochen|garantiert|guaranteed|promis)\W*$/;

/** A delay disclosed, not promised: "erst in drei Wochen wieder verfügbar", "not until next month", "pas avant le 12". */
const NOT_BEFORE =
  /\b(?:erst\s+(?:in|ab|am|nach|im|zum)|not\s+(?:until|before)|only\s+(?:in|from)|pas\s+avant|seulement\s+dans|no\s+antes\s+de|hasta\s+dentro\s+de|so\s+(?:daqui\s+a|em|a\s+partir\s+d)|somente\s+(?:daqui\s+a|em))\b/;
/** Words in quotation marks are someone's words reported ("the assistant showed „in stock, delivery in 2 days“"), not ours. */
const QUOTED = /[„“"«][^„“”"«»\n]{2,80}[“”"»]/g;

export function detectDatePromise(text: string): Hit[] {
  const f = fold(text).replace(QUOTED, (m) => ' '.repeat(m.length));
  const hits: Hit[] = [];
  const all = sentences(text);
  for (const [k, sentence] of all.entries()) {
    const s = f.slice(sentence.start, sentence.end);
    const prev = k > 0 ? all[k - 1]! : undefined;
    if (prev && SOLE_ASSURANCE.test(s)) {
      const p = f.slice(prev.start, prev.end);
      if (!PAST.test(p) && DAY_RE.test(p) && (namesArrival(p) || READY.test(p)))
        hits.push({ code: 'uncontrolled_date_promise', start: prev.start, end: sentence.end });
    }
    if (HEDGE.test(s) || REGRET.test(s) || BROKEN_SAID.test(s)) continue;
    // each clause on its own: "Votre remboursement a été validé ; votre banque vous recréditera sous 48 heures"
    const clauses = s.split(
      /;|(?:[,:]|\b(?:e|y|and|und|et)\b)\s*(?=(?:[\w']+\s+){0,2}(?:banco|bank|banque|operadora|transportadora|carrier|transporteur|transportista)\b[^,;.]{0,30}?\b(?:vai|vao|ira|va|van|will|wird|werden|\w+era|\w+eront|\w+ara|\w+aran|devuelve|abona|credita|reembolsa|estorna|libera|erstattet|gutschreibt|rembourse|refunds|credits|releases)\b)|\b(?:asi\s+que|entao|donc|so)\b|\b(?:e|y|and|und|et)\s+(?=(?:vai|vao|va|van|will|wird|werden|ira|sera|aparecera|apparaitra)\b)|,\s*(?=(?:il|elle|it|ele|ela|er|es)\s+(?:will|'ll|apparaitra|arrivera|sera|vai|va|wird)\b)/,
    );
    if (clauses.some((c) => !PAST.test(c) && !done(c) && OTHERS_ACT.test(c) && (DAY_RE.test(c) || FIRM_TIME.test(c) || NIGHT.test(c)))) {
      hits.push({ code: 'uncontrolled_date_promise', start: sentence.start, end: sentence.end });
      continue;
    }
    if (!PAST.test(s) && COMMIT.test(s) && (namesArrival(s) || READY.test(s))) {
      const d = DAY_RE.exec(s);
      if (d) hits.push({ code: 'uncontrolled_date_promise', start: sentence.start, end: sentence.end });
    }
    if (
      clauses.some(
        (c) =>
          !PAST.test(c) &&
          !done(c) &&
          !OUR_UPDATE.test(c) &&
          !NOT_BEFORE.test(c) &&
          (THIRD_PARTY.test(s.replace(SHOP_REFUNDS, ' '))
            ? FIRM_TIME.test(c) || (DAY_RE.test(c) && (CERTAIN_ALWAYS.test(c) || AT_LATEST.test(c) || RELEASES.test(c)))
            : MONEY_BACK.test(c) && AT_LATEST.test(s) && (FIRM_TIME.test(c) || DAY_RE.test(c))),
      )
    )
      hits.push({ code: 'uncontrolled_date_promise', start: sentence.start, end: sentence.end });
    else if (!PAST.test(s) && !DONE.test(s) && CERTAIN_ALWAYS.test(s) && (DAY_RE.test(s) || FIRM_TIME.test(s)))
      hits.push({ code: 'uncontrolled_date_promise', start: sentence.start, end: sentence.end });
    const patterns = PAST.test(s) ? DATE_PROMISES : [...DATE_PROMISES, ...ARRIVAL_DAY];
    // "te llegará el número de seguimiento por correo": a notice from us arriving, not the parcel
    const s2 = s.replace(NOTICE_ARRIVES, (m) => ' '.repeat(m.length)).replace(NOTICE_BEFORE, (m) => ' '.repeat(m.length));
    const noMoney = !MONEY.test(s);
    for (const re of patterns) {
      for (const m of spansOf(s2, re)) {
        // "you'll find the label in your account within 30 days": an account is a place only for money
        if (noMoney && ACCOUNT.test(m.text) && ARRIVAL_DAY.includes(re)) continue;
        hits.push({ code: 'uncontrolled_date_promise', start: sentence.start + m.start, end: sentence.start + m.end });
      }
    }
  }
  return hits;
}
