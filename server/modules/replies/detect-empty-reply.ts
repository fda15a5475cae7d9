// A template that answers nothing: every word of the reply is courtesy ("thank you for reaching
// out", "we value your feedback", "lamentamos o ocorrido", "nous restons a votre disposition")
// and none names the product, the problem, or a step the shop takes. Read without the customer's
// words, so it works on any reply: what is left once function words, greetings, names and the
// courtesy vocabulary of en, pt, es, de and fr are removed is the reply's substance; with none left,
// and an apology or a brush-off in it, the reply answers nothing. A short thank-you for praise
// ("Thanks so much, glad you love it!") has no apology or brush-off and passes.
import { namesRemedy } from './detect-discount-only.js';
import { namesStepUnderWay } from './detect-fault-shift.js';
import { fold } from './fold.js';
import type { Hit } from './text-scan.js';

const FUNCTION = new Set(
  // en
  (
    'a an the and or but if so to of in on at by for with from about into onto as is are was were be been being am do does did have has had because since ' +
    'i me my we us our ours you your yours it its they them their this that these those there here what which who how all any ' +
    'some no not can will would could should may might must shall just also again more most very too up out off over ' +
    "we're we've we'll we'd you're you've you'll i'm i've it's that's don't can't won't didn't isn't let's " +
    // pt
    'o os as um uma uns umas e ou mas se de do da dos das em no na nos nas por para pelo pela com sem que qual como ' +
    'pra tudo bem sera ler hemos asi ' +
    'eu voce voces ele ela eles elas meu minha seu sua seus suas nosso nossa nossos nossas isso isto esse essa este esta ' +
    'foi ser estar estamos esta sao tem ter ja nao sim ao aos ate tambem te lhe disso disto nisso muito muita todo toda todos todas ' +
    // es
    'el la los las un una y o pero si de del en con sin por para que cual como yo tu usted ustedes su sus nuestro nuestra ' +
    'nuestros nuestras nosotros nosotras vosotros esto eso hayas haya es son ser estar estamos esta lo le les nos mucho mucha muchas muchos todo toda todos todas al tus mis ti ' +
    // de
    'der die das den dem des ein eine einen einem einer und oder aber wenn zu von mit fur auf an in im am bei aus ist sind ' +
    'war sein haben hat wir uns unser unsere sie ihr ihre ihnen du dich dir dein deine es sehr alle allen jeder jede ' +
    'wie was wer bitte gerne gern uns ganz immer noch auch dass nicht kein keine sind bei zur zum ihnen euch jedes jeden jedem jeder ' +
    'ich mich mir wird non ihren ihrer ihrem ihres unserer unseren unserem unseres euer eure sein seine seinen gibt ' +
    // fr
    'le la les un une des et ou mais si plus bien grande soyez chez de du en au aux avec sans par pour que qui quel quelle comme je tu il elle nous vous ils ' +
    'elles mon ma mes ton ta tes son sa ses notre nos votre vos est sont etre avons avez avoir sommes etes suis dans sur ce cet cette ces tres tout tous toute ' +
    "toutes ne pas y d' l' n' qu' c' s' j' m'"
  ).split(/\s+/),
);

// Courtesy and brush-off vocabulary; a word counts when it starts with one of these (folded) stems.
const COURTESY_STEMS =
  // en
  (
    'thank appreciat feedback review comment messag reach contact touch value valuab consider sorry apolog inconvenien caus experienc hear glad ' +
    'happy team relevant pass priorit top satisf matter customer client important improv always striv work continu best servic assist ' +
    'help question concern hesitat regard kind sincere hello hi dear there please feel free know any matter situation issue problem ' +
    'further support get note taken take everyone every one goal ensur shar time patien understand regret unfortunat hope soon ' +
    'truly strive excellen wish business valued grow trust choos heart everything happi great good look forward future serv again better next opportunit depart pass forward bring attention share taking thought view word serious letting feel way anything need always day nice here wonderful lovely rest weekend ' +
    // pt
    'valoriz abrac cada dias buscamos buscando preferenc atend novament breve busc conte gente primeiro lugar confianc cresc agradec obrigad contato opiniao importan lament ocorrido disposic duvida feedback seguimos trabalh melhor sempre ola oi prezad ' +
    'atenciosament equipe satisfac prioridad sentimos desculp transtorno experienc avaliac comentario mensag retorno ajud qualquer ' +
    'ficamos conosco compart opinio informar saber esper valios levar considerac avis serio levamos pense entrar aqui tenha otimo otima bom boa dia pedimos fale entre contat situac questao caso inconvenien encaminh setor responsavel compreens entend ' +
    // es
    'traslad correspondient valoramos cada excelencia atender nuevo pronto muy crec confi primero cuenta lo gracias contact valor opinion molestia ocasion quedamos disposicion seguimos trabaj mejor hola saludo equipo satisfacc ' +
    'prioridad disculp inconvenient resena mensaje ayud cualquier duda importan lamenta sentimos escrib comunic departamento ' +
    'agradec atencion estimad querid atent consult avisar serio tomamos veas poner aqui siempre ayudar leer esper tengas tendr cuenta valios buen buena dia pedimos feliz ' +
    // de
    'leit zustandig abteilung nach streb exzellenz taglich beste schatz freu bedien bald wieder zufrieden unser kommentar waren erster stelle lern jeden steht geben stets best sich zeit genommen hilf hochst vertrau wachs vielen dank danke feedback meinung wichtig leid tut unzufrieden frage stehen verfugung ruckmeldung arbeit standig daran besser ' +
    'werden hallo grus freundlich team kunde zufriedenheit prioritat entschuldig unannehmlichkeit erfahrung bewertung nachricht hilfe ' +
    'helf jederzeit hinweis ernst nehmen schon tag einen schatz liegt herz hier immer hor hoff etwaig jeglich teil aufmerksam darauf gemacht mach kundin wertvoll berucksicht melden kontakt anliegen weiter zukunft geehrt liebe lieber gerne verbesser bedauer verstandnis ' +
    // casual, any language: "totally get it, so annoying 😩 thx!!", "poxa, que chato, obg", "uff te entendemos re bien", "oje, echt ärgerlich"
    'totally annoy frustrat disappoint heya hey heyy thx thanx sending love lots whole poxa chato obg abraco abrazo uff caleta lata mil oje echt argerlich verstandlich perdo nein bescheid gibst contar import muchisim kummer ' +
    // fr
    'anfrage anmerkung really naturlich wirklich verstehe total super write writing mean means above beyond goes ocurrid sucedid bemuh navre valios perfeitament vollkommen peco ' +
    'try tries tried trying meet like quali receb process avali conforme leva posib segu comprehens offrir meilleur receiv provid possib assur highest standard commit fully passion famil communit heart qualit respeit imensament referenc valeu tempinho proposit pena compromiss recebi solicitac escolh marca precis constant aprimor procediment interno tratad transparen quedad comprens paciencia comprometid calidad manten altos estandar recibid ofrec famil sigu bitten vielmals legen grosen wert stetig einkaufserlebnis biet erhalten kenntnis liegen oberste geduld qualitat accord faisons remarque eventuel pleinement veuillez respect hauts partie communaute recu oeuvr \u0153uvr offr engag servir ' +
    'demande concern chaque compt visons excellence quotidien fidelite revoir bientot pris temps absolu confiance grandir merci retour avis compte beaucoup desole gene occasion restons disposition messag travaill chaque jour amelior bonjour ' +
    'cordial equipe satisfaction priorit excus inconvenient experienc commentaire aide question importan regrett contact service ' +
    'hesit prenons note transmet sincer madame monsieur cher chere remerci ecoute preven serieux prenons belle bonne journee apprec tient cœur coeur ici toujours aider precieu tiendr lire cela esper faire mieux signal desagrement partag'
  )
    .split(/\s+/)
    .filter(Boolean);

/** An apology or a brush-off: what makes a contentless reply an answer to a complaint. */
const COMPLAINT_ANSWER =
  /\b(?:thx\s+for|obg\s+(?:por|pelo)|valios\w*|conte\s+(?:sempre\s+)?conosco|cuente\s+(?:siempre\s+)?con\s+nosotros|comptez\s+sur\s+nous|navre\w*|bemuhen|schatzen|valoriz\w*|valoramos|excelen\w*|exzellenz|excellence|streb\w*|strive|danke,?\s+dass|merci\s+d'avoir|obrigad[oa]\s+por|sorry|thank\w*\s+(?:you\s+)?for\s+letting|(?:take|takes|taking)\s+(?:all\s+|every\s+|your\s+)?(?:feedback|comments?|reviews?)\s+seriously|levamos\s+\w+\s+\w+\s+(?:comentarios|avaliacoes)\s+a\s+serio|tomamos\s+en\s+serio|nehmen\s+\w+\s+\w+\s+ernst|prenons\s+\w+\s+\w+\s+\w+\s+au\s+serieux|avisar|avisarnos|hinweis|prevenus|appreciat\w*|thank\w*\s+(?:you\s+)?for\s+(?:your|reaching|contacting|taking|getting|sharing|the\s+feedback)|agradec\w*|obrigad[oa]\s+pel[oa]|gracias\s+por|danken|dank\s+fur|danke\s+fur|remercions|remercie|merci\s+pour|apolog\w*|inconvenien\w*|regret\w*|unfortunat\w*|contact\s+us|reach\s+out|get\s+in\s+touch|value\s+(?:your|all|every)|priority|improv\w*|pass\w*\s+(?:it|this|your)\s+(?:on|along)|lament\w*|sentimos|desculp\w*|transtorno|disposic\w*|disposicion|molestias|disculp\w*|leid|entschuldig\w*|unannehmlichkeit\w*|verfugung|bedauer\w*|desole\w*|excus\w*|gene\s+occasionnee|disposition|amelior\w*|melhor\w*|mejor\w*|verbesser\w*|importan\w*|wichtig|valu\w*|valor\w*|schatzen|apprecions|apreciamos|compte\s+beaucoup|seguimos\s+trabaj\w*|arbeiten\s+standig|travaillons|satisf\w*)\b/;
/** Sharing the customer's joy is an answer to praise, even in few words. */
const PRAISE =
  /\b(?!freuen\s+uns,?\s+dass\s+sie\s+sich\s+(?:die\s+)?zeit)(?:brilliant|awesome|fantastic|amazing|superb|genial|incrivel|increible|wunderbar|wie\s+schon|toll|klasse|super(?!\s+(?:importante?|important|wichtig|importan\w*|valios\w*|annoying|frustrat\w*|chato|argerlich|nervig|molesto|penible|embetant))|parfait|formidable|perfeito|perfecto|glad|happy|delighted|thrilled|love[sd]?|enjoy\w*|lovely|kind\s+(?:words|review|comments?|message|feedback)|(?:lieben|liebe|netten|nette)\s+worte|palavras\s+(?:carinhosas|gentis|tao\s+bonitas|bonitas)|(?:bonitas|amables)\s+palabras|palabras\s+(?:tan\s+)?(?:bonitas|amables)|(?:gentils|doux|jolis)\s+mots|mots\s+(?:si\s+)?(?:gentils|doux)|alegria|que\s+(?:bom|legal|maravilha)|que\s+ilusion|quelle\s+joie|what\s+a\s+joy|wonderful|felizes|feliz|contentes|adora\w*|encant\w*|alegra\w*|(?<!\bno\s(?:te\s|le\s|les\s|os\s)?(?:haya\s|ha\s|han\s|hayan\s)?)gusta\w*|freut|freuen|schon,\s+dass|ravis|heureux|contents|plaisir)\b/;
const HAPPY_TO_HELP =
  /\b(?:happy|glad|delighted|felizes|feliz|encantados|gerne|ravis|heureux)\s+(?:to|em|de|en)\s+(?:help|assist|ajudar|ayudar|aider|vous\s+aider)\b/g;
/** A closing wish is courtesy, not joy shared: "have a lovely day", "einen schonen Tag noch". */
const CLOSER =
  /\b(?:have\s+a\s+(?:lovely|great|nice|wonderful|good)\s+(?:day|week|weekend)|tenha\s+um\s+(?:otimo|bom|excelente)\s+dia|que\s+tengas?\s+un\s+(?:buen|gran|excelente)\s+dia|einen\s+(?:schonen|guten)\s+tag(?:\s+noch)?|(?:belle|bonne)\s+journee|look(?:ing)?\s+forward\s+to\s+(?:serving|seeing|hearing)\s+(?:you|from\s+you)|freuen\s+uns,?\s+(?:sie|dich)\s+(?:\w+\s+){0,2}?wieder\s+\w+|esperamos\s+(?:\w+\s+){0,2}?(?:novamente|de\s+nuevo|pronto)|esperons\s+vous\s+revoir)\b/g;
const GREETING =
  /^(?:hi|hello|dear|hey|ola|oi|prezad[oa]|querid[oa]|hola|estimad[oa]|hallo|liebe|lieber|bonjour|cher|chere|salut|sehr|geehrte[rn]?)$/;

/**
 * Whole courtesy clauses, in the five languages: the satisfaction that is a priority, the message
 * passed to a department, feedback that helps us grow, every opinion that counts, the effort
 * promised without a step, the sign-off. Their words are blanked before the substance is counted, so
 * "every bit of feedback, positive or negative, helps us grow" is courtesy, not three words of content.
 */
/**
 * The customer's own words said back, which answer nothing: "thanks for your message about whether it
 * fits a 2019 Golf", "zu Ihrer Frage, ob…", "sorry that the delivery did not go as expected",
 * "gracias por escribirnos para preguntar si…". Left alone when they carry praise ("thanks for the kind
 * words about the packaging" is an answer to praise).
 */
/** Where a said-back clause ends: punctuation or a comma, or the shop's own step ("…and we'll replace it", "dann suchen wir"). */
const STEP_AHEAD = String.raw`(?:\band\s+(?:we|i|i'll|we'll)\b|\b(?:e|y|und|et)\s+(?:a\s+gente|nos|eu|wir|nous|je|on|te|le|lo|la|les|os)\b|\bso\s+(?:we|i)\b|\bdann\b|\bque\s+(?:eu|a\s+gente|nos)\b)`;
const TO_CLAUSE_END = String.raw`(?:(?!${STEP_AHEAD})[^.,!?:;—–])*`;
const RESTATEMENTS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:message|mensagem|mensaje|nachricht|anfrage|e-?mail|correo|courriel|schreiben|question|pergunta|pregunta|frage|inquiry|enquiry|request|solicitac\w*|solicitud|demande|contact\w*|contato|reach\w*\s+out|patience|paciencia|geduld|interest|interesse|interes|interet|reclamac\w*|reklamation|reclamation|queja|incidencia|feedback|review|comentario|retour|avis|ruckmeldung|opiniao|opinion|experienc\w*|erfahrung|escribirnos|escrever|writing|mecontentement|insatisfac\w*|unzufriedenheit)\b[^.!?:;—–]{0,25}?\b(?:about|regarding|concerning|sobre|referente\s+a[o]?|relativ[ea]\s+a|acerca\s+de|respecto\s+(?:a|de)|bezuglich|zu[rm]?|uber|concernant|au\s+sujet\s+d[eu]|a\s+propos\s+d[eu]|sur|asking|perguntando|preguntando|(?:para\s+)?pregunt\w*\s+si|pergunt\w*\s+se|to\s+ask|demander\s+si|whether|ob|por\s+(?:el|la|los|las))\b${TO_CLAUSE_END}`,
    'g',
  ),
  // interest in our products said back: "thanks for your interest in our products", "l'intérêt que vous portez à notre marque"
  new RegExp(
    String.raw`\b(?:interest|interesse|interes|interet)\s+(?:in\s+our|n[oa]s?\s+noss[oa]s?|en\s+nuestr[oa]s?|an\s+unser\w*|que\s+vous\s+portez)\b${TO_CLAUSE_END}`,
    'g',
  ),
  new RegExp(
    String.raw`^\s*(?:zu\s+ihrer\s+frage|sobre\s+si|sobre\s+se|about\s+whether|great\s+question\s+about|en\s+cuanto\s+a\s+si|quant\s+a\s+savoir\s+si|concernant\s+votre\s+question)\b${TO_CLAUSE_END}`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:sorry|annoying|frustrating|argerlich|chato|molesto|embetant|penible|sentimos|lamentamos|lamento|(?:es\s+)?tut\s+(?:uns|mir)\s+(?:sehr\s+|wirklich\s+|echt\s+)?leid|schade|dommage|desole\w*|navre\w*|regrettons)(?:\s+(?:muito|mucho|sehr|vraiment|so|very))?,?\s+(?:that|about|for|que|pela|pelo|por|pour|dass|de|d'|mit\s+(?:der|dem|den)|com\s+[oa]s?|con\s+(?:el|la|los|las)|avec\s+(?:le|la|les))(?:(?<=')|\b)\s*${TO_CLAUSE_END}`,
    'g',
  ),
];

const COURTESY_CLAUSES: readonly RegExp[] = [
  // the sign-off and the signature after it: "Atenciosamente, Equipe Mundo Encantado"
  /\b(?:atenciosamente|cordialmente|saludos(?:\s+cordiales)?|mit\s+freundlichen\s+grus+en|viele\s+grus+e|cordialement|bien\s+a\s+vous|kind\s+regards|best\s+regards|warm\s+regards)\s*[,.!]?\s*(?:[\w'-]+\s*){0,5}[.!]?\s*$/g,
  // a good weekend wished, the customers' happiness as a creed, a request being processed
  /\b(?:(?:y\s+)?buen\s+fin\s+de\s+semana|bom\s+fim\s+de\s+semana|(?:ein\s+)?schones\s+wochenende|bon\s+week-end|(?:have\s+a\s+)?(?:great|lovely|nice)\s+weekend|(?:pour\s+que|so\s+that|para\s+que|damit)\s+(?:nos|our|nossos|nossas|nuestros|nuestras|unsere)\s+(?:client\w*|customers|kund\w*)\s+(?:\w+\s+)?(?:soient|are|sejam|esten|sind)\s+(?:\w+\s+)?(?:contente?s|satisfaite?s|ravie?s|happy|satisfied|satisfeit\w*|zufrieden|felices|contentos)|wird\s+(?:\w+\s+){0,5}?bearbeitet)\b/g,
  // a look promised with no step, a hand-off, a ticket's status: "we'll look into it", "vamos verificar", "wir kümmern uns darum", "Ihr Ticket befindet sich in Bearbeitung"
  /\b(?:(?:the\s+team|we|i)(?:'ll|\s+will|\s+are\s+going\s+to)\s+(?:look\s+into|check\s+on)\s+(?:it|this|that)|we'?re\s+on\s+it|(?:vamos|iremos)\s+(?:verificar|analisar|dar\s+uma\s+olhad\w*)(?:\s+(?:nisso|isso))?|(?:lo|la)\s+revisaremos|(?:le|lo)\s+echamos\s+un\s+vistazo|wir\s+kummern\s+uns\s+(?:darum|drum)|wir\s+schauen\s+(?:uns\s+)?(?:das|es)\s+an|on\s+se\s+penche\s+dessus|nous\s+allons\s+(?:examiner|regarder)\s+(?:cela|ca)|(?:ja\s+)?repassei\s+pro\s+pessoal(?:\s+aqui)?|(?:ya\s+)?se\s+lo\s+he\s+pasado\s+a\s+(?:los\s+)?\w+|hab'?s\s+weitergegeben|(?:qualquer\s+coisa\s+)?te\s+aviso|a\s+gente\s+se\s+fala|y\s+hablamos|on\s+revient\s+vers\s+(?:vous|toi)|n'hesite\s+pas\s+si\s+(?:tu\s+as|vous\s+avez)\s+besoin\s+de\s+quoi\s+que\s+ce\s+soit|if\s+you\s+need\s+anything(?:\s+else)?|se\s+precisar\s+de\s+(?:algo|alguma\s+coisa)|si\s+necesitas\s+(?:algo|cualquier\s+cosa)|wenn\s+(?:du|sie)\s+(?:noch\s+)?(?:etwas|was)\s+brauch\w*|wir\s+melden\s+uns,?\s+(?:falls|wenn|sobald)\s+es\s+(?:etwas\s+)?neues\s+gibt|we'?ll\s+(?:get\s+back|be\s+in\s+touch)\s+(?:if|when|once)\s+(?:there'?s|there\s+is|we\s+have)\s+(?:any\s+)?news|te\s+avisamos\s+si\s+hay\s+novedades|(?:te\s+)?avisamos\s+se\s+tiver\s+novidades|ya\s+te\s+diran\s+algo|(?:is|esta|se\s+encuentra|befindet\s+sich|est)\s+(?:\w+\s+)?(?:in\s+progress|under\s+review|em\s+analise|en\s+revision|en\s+estado\s+\W*en\s+revision\W*|in\s+bearbeitung|en\s+cours\s+de\s+traitement)|\b(?:demande|ticket|case|caso|chamado|consulta|solicitud|anfrage|vorgang|incidencia|request|pedido)\s+(?:(?:n[°º.o]?|nr\.?|no\.?|numero|nummer|con\s+referencia|com\s+(?:o\s+)?(?:numero|protocolo)|mit\s+der\s+nummer)\s*)?#?\s*\d+|(?:unter\s+der\s+|sous\s+la\s+|under\s+|con\s+la\s+|com\s+o\s+)?(?:vorgangsnummer|ticketnummer|referenznummer|reference|referencia|referenz|numero\s+de\s+(?:caso|chamado|protocolo)|protocolo)\s*:?\s*[\w-]*\d[\w-]*|(?:ist|wurde)\s+(?:bei\s+uns\s+)?(?:eingegangen|registriert|erfasst)|a\s+bien\s+ete\s+(?:enregistree|recue)|has\s+been\s+(?:received|registered|logged)|foi\s+(?:recebid|registrad)\w*|ha\s+sido\s+(?:recibid|registrad)\w*|i'?ve\s+added\s+notes\s+to\s+your\s+case|he\s+dejado\s+todo\s+anotado(?:\s+en\s+tu\s+incidencia)?)/g,
  /\b(?:(?:customer\s+)?satisfaction|satisfacao|satisfaccion|\w*zufriedenheit|satisfaction)\b[^.!?]{0,50}?\bpriori[td]\w*(?:\s+(?:absolue|maxima|maior|oberste))?/g,
  /\b(?:forwarded|passed\s+(?:on|along)|shared|sent|escalated|encaminhad[oa]|repassad[oa]|trasladad[oa]|transmitid[oa]|remitid[oa]|weitergeleitet|weitergegeben|transmise?|remontee?)\b[^.!?]{0,40}?\b(?:department|team|relevant|responsible|departamento|setor|equipa|equipe|equipo|area|abteilung|team|stelle|service|departement|concerne|correspondiente|responsavel|zustandig\w*)\b(?:\s+(?:responsavel|correspondiente|concerne|competente))?/g,
  /\b(?:nachricht|anliegen|feedback|ruckmeldung)\s+(?:wurde|haben\s+wir)\s+(?:\w+\s+){0,5}?(?:weitergeleitet|weitergegeben)|\b(?:hemos|ha\s+sido|foi|a\s+(?:bien\s+)?ete|a\s+ete|have|has\s+been|was)\s+(?=(?:\w+\s+)?(?:trasladad|transmis|encaminhad|forward|passed|remitid|repassad))/g,
  /\b(?:helps?|ajuda\w*|ayuda\w*|hilft|helfen|aide\w*)\s+(?:\w+\s+){0,3}?(?:grow|improve|get\s+better|crescer|melhorar|crecer|mejorar|wachsen|besser\s+zu\s+werden|(?:uns\s+)?weiterzuentwickeln|verbessern|grandir|progresser|ameliorer)\b/g,
  /\b(?:every|each|all)\s+(?:(?:bit|piece)\s+of\s+)?(?:feedback|opinion|review|comment)s?(?:,?\s+positive\s+or\s+negative,?)?|\b(?:toda|cada)s?\s+(?:as\s+)?(?:opiniao|opinioes|avaliac\w*|comentario\w*)|\b(?:todas|cada)\s+(?:las\s+)?(?:opinion\w*|resena\w*|comentario\w*)|\b(?:jede|alle)\s+(?:meinung|bewertung|ruckmeldung)\w*|\bchaque\s+(?:avis|retour|commentaire)\b/g,
  /\b(?:we\s+(?:do|are\s+doing|try)\s+(?:our|everything)\s+(?:best|we\s+can)|mettons\s+tout\s+en\s+(?:oeuvre|\u0153uvre)|fazemos\s+(?:o\s+)?(?:nosso\s+)?(?:melhor|possivel)|hacemos\s+todo\s+lo\s+posible|geben\s+(?:taglich\s+)?unser\s+bestes|(?:take|taking|nehmen|prenons|tenemos|levamos)\s+(?:\w+\s+){0,3}?(?:to\s+heart|zu\s+herzen|a\s+c(?:oe|\u0153)ur|muy\s+en\s+cuenta|en\s+cuenta|em\s+conta))/g,
  /\b(?:sorry|sad|desole\w*|navres?)\s+(?:to\s+(?:hear|learn|read)|d'apprendre|de\s+lire)(?:\s+(?:this|that|cela|ca))?/g,
  // the product fell short of hopes, said without a step; a trip wished well: "sorry this wasn't quite what you expected", "happy travels"
  /\b(?:sorry|sad|desole\w*|sentimos|lamentamos|es\s+tut\s+uns\s+leid)\s+(?:that\s+|que\s+|dass\s+)?(?:this|it|that|isso|esto|cela|ca|es)\s+(?:wasn'?t|was\s+not|isn'?t|nao\s+(?:foi|era)|no\s+(?:fue|era)|n'etait\s+pas|war\s+nicht)\s+(?:quite\s+|exactly\s+|bem\s+|exactamente\s+|tout\s+a\s+fait\s+|ganz\s+)?(?:what\s+you\s+(?:expected|hoped\s+for|wanted)|o\s+que\s+(?:voce\s+)?esperava|lo\s+que\s+esperabas|ce\s+que\s+vous\s+attendiez|was\s+sie\s+erwartet\s+haben)|\b(?:happy|safe)\s+(?:travels|trails|camping|hiking|adventures)|\bboa\s+viagem|\bbuen\s+viaje|\bgute\s+reise|\bbon\s+voyage|\bwe\s+always\s+want\s+(?:our\s+)?(?:customers|you)\s+to\s+be\s+(?:happy|satisfied)/g,
  /\b(?:que\s+tengas?\s+un\s+(?:buen|gran|excelente|feliz)\s+dia|tenha\s+um\s+(?:otimo|bom|excelente)\s+dia|have\s+a\s+(?:lovely|great|nice|wonderful|good)\s+(?:day|week|weekend)|(?:belle|bonne)\s+(?:journee|soiree)(?:\s+a\s+(?:vous|toi))?)/g,
  /\b(?:kind|best|warm)\s+regards|\byours\s+(?:sincerely|truly)|\bwishing\s+you\s+(?:all\s+the\s+best|a\s+\w+\s+day)|\ball\s+the\s+best|\b(?:com\s+os\s+)?melhores\s+cumprimentos|\bum\s+abraco|\bate\s+a\s+proxima|\batentamente|\bun\s+saludo|\bsaludos\s+cordiales|\bmit\s+freundlichen\s+grus+en|\bviele\s+grus+e|\balles\s+gute|\b(?:bien\s+)?cordialement|\bau\s+plaisir\s+de\s+vous\s+(?:revoir|lire|retrouver)|\bbien\s+a\s+vous/g,
  // the customer thanked for being there, and the hope to see them again
  /\b(?:thank\w*|danke\w*|gracias|merci|obrigad[oa])\s+(?:you\s+)?(?:for|fur|por|pour|pel[oa])\s+(?:shopping|ihren\s+einkauf|votre\s+commande|tu\s+compra|sua\s+compra|confiar\s+(?:em|en)\s+(?:nossa|nuestra)\s+(?:loja|tienda|marca)|confiar|being\s+(?:part|a\s+\w+)|faire\s+partie|formar\s+parte|dedicar)\b|\b(?:hope|hoping)\s+to\s+see\s+you\s+(?:again|soon)|\besperamos\s+(?:volver\s+a\s+verte|verte|ve-l[oa]|te\s+ver)|\bfreuen\s+uns\s+auf\s+ihren\s+nachsten\s+(?:besuch|einkauf)|\bau\s+plaisir\s+de\s+vous\s+revoir/g,
  // the remark noted or taken into account
  /\b(?:(?:has\s+been|have\s+been|was|is|were)\s+(?:duly\s+)?(?:noted|recorded|logged|registered|taken\s+into\s+account)|tomamos\s+nota|tenemos\s+en\s+cuenta|anotad[oa]|registrad[oa]|(?:wurde|wird|haben\s+wir)\s+(?:\w+\s+){0,3}?(?:notiert|vermerkt|zur\s+kenntnis\s+genommen|aufgenommen|registriert)|(?:avons\s+)?(?:bien\s+)?pris\s+note|(?:sont|est|a\s+bien\s+ete|a\s+ete)\s+(?:bien\s+)?(?:prise?s?\s+en\s+compte|enregistre\w*|note\w*))\b/g,
  // the remark noted to improve, and the experience "not up to expectations": "nous prenons note de tous les commentaires afin de nous améliorer"
  /\b(?:(?:we|nous|wir)\s+(?:\w+\s+)?(?:take|took|have\s+taken|prenons|avons\s+pris|nehmen)\s+(?:\w+\s+){0,2}?(?:note|kenntnis)|levamos\s+em\s+conta|anotamos|(?:in\s+order\s+)?to\s+(?:keep\s+)?improv\w*|para\s+(?:seguir\s+)?(?:melhorar|mejorar)|um\s+uns\s+(?:\w+\s+)?zu\s+verbessern|afin\s+de\s+(?:nous\s+)?(?:ameliorer|progresser)|pour\s+nous\s+ameliorer)\b/g,
  /\b(?:(?:was|were|has|have|is)\s*n[o']t\s+(?:been\s+)?|n'ait\s+pas\s+ete\s+|n'a\s+pas\s+ete\s+|nao\s+(?:tenha\s+)?(?:sido|atendido|correspondido)\s+|no\s+(?:haya\s+)?(?:estado|cumplido|sido)\s+|nicht\s+)(?:\w+\s+){0,2}?(?:a\s+la\s+hauteur(?:\s+de\s+vos\s+attentes)?|up\s+to\s+(?:your\s+)?(?:expectations|standards?|scratch)|(?:a|as)\s+(?:suas\s+)?expectativas|(?:a\s+)?(?:tus|sus)\s+expectativas|ihren\s+erwartungen\s+(?:\w+\s+)?entsprochen|(?:met|meet)\s+your\s+expectations)/g,
  // at the customer's disposal, always improving, our commitment, noted, and the sign-offs of the five languages
  /\b(?:(?:we(?:'re|\s+are)|estamos|quedamos|nous\s+restons|restons|wir\s+sind|sind\s+wir|aqui\s+estamos)\s+(?:\w+\s+){0,3}?(?:here\s+to\s+help|here\s+for\s+you|a\s+(?:sua|tu|su|vossa)\s+disposic\w*|a\s+disposic\w*|a\s+votre\s+(?:ecoute|disposition)|fur\s+(?:sie|dich)\s+da|para\s+(?:ajudar|ayudar(?:te)?))|(?:qualquer|cualquier)\s+(?:duvida|duda|consulta)|bei\s+(?:weiteren\s+)?fragen|pour\s+toute\s+(?:autre\s+)?question|(?:if\s+you\s+have\s+)?any\s+(?:other\s+|further\s+)?questions|we\s+understand\s+how\s+(?:important|frustrating)\s+this\s+(?:is|must\s+be)(?:\s+to\s+you)?)\b/g,
  /\b(?:(?:(?:we(?:'re|\s+are)\s+)?always|constantly|estamos\s+sempre|sempre|seguimos|siempre|standig|stets|toujours|on\s+fait\s+toujours)\s+(?:\w+\s+){0,2}?(?:working\s+to\s+(?:improve|be\s+better)|buscando\s+melhorar|melhorando|mejorando|de\s+notre\s+mieux|daran,?\s+besser\s+zu\s+werden)|wir\s+arbeiten\s+(?:\w+\s+)?daran,?\s+besser\s+zu\s+werden|(?:nosso|nuestro|notre|our|unser)\s+(?:\w+\s+)?(?:compromisso|compromiso|engagement|commitment|anspruch)\b[^.!?]{0,40}|met\s+un\s+point\s+d'honneur\b[^.!?]{0,60}|(?:registramos|hemos\s+registrado|we(?:'ve|\s+have)\s+(?:logged|registered|recorded)|(?:nous\s+)?avons\s+(?:bien\s+)?(?:pris\s+note|enregistre))\b|accusons\s+(?:bonne\s+)?reception|(?:wir\s+haben|haben\s+wir)\s+(?:\w+\s+){0,3}?(?:erhalten\s+und\s+)?zur\s+kenntnis\s+genommen|(?:kunden)?zufriedenheit\s+(?:\w+\s+){0,3}?(?:an\s+erster\s+stelle|oberste\s+prioritat)|qualitat\s+(?:\w+\s+){0,3}?(?:hochste|oberste)\s+prioritat)/g,
  /\b(?:happy\s+shopping|see\s+you\s+(?:soon|again)|a\s+(?:tres\s+)?vite(?:\s+sur\s+la\s+boutique)?|bonne\s+continuation|(?:nous\s+vous\s+souhaitons|je\s+vous\s+souhaite)\s+une\s+(?:excellente|bonne|belle)\s+(?:journee|semaine|soiree)|tenha\s+uma\s+(?:otima|boa|excelente)\s+semana|reciba\s+un\s+cordial\s+saludo|un\s+cordial\s+saludo|wir\s+freuen\s+uns,?\s+(?:\w+\s+){0,4}?(?:wieder\s+)?(?:bei\s+uns\s+)?(?:begrusen|zu\s+sehen)(?:\s+zu\s+durfen)?|hasta\s+pronto|ate\s+breve)\b/g,
  // glad to hear from the customer, "good or bad", and receipt acknowledged
  /\b(?:(?:appreciate|love|enjoy|always\s+(?:glad|happy))\s+hearing\s+from\s+(?:our\s+)?(?:customers|you)(?:,?\s+good\s+or\s+bad)?|freuen\s+uns\s+(?:\w+\s+){0,2}?(?:von\s+(?:euch|ihnen|dir)\s+zu\s+horen|uber\s+(?:\w+\s+)?nachrichten)|(?:toujours\s+)?content\w*\s+d'avoir\s+des\s+nouvelles(?:\s+de\s+nos\s+clients)?|adoramos\s+(?:ouvir|saber\s+d)\w*|nos\s+encanta\s+saber\s+de\s+(?:ti|usted|vosotros|nuestros\s+clientes)|(?:bestatigen|bestaetigen)\s+(?:\w+\s+){0,2}?eingang|bedanken\s+uns\s+(?:\w+\s+){0,2}?(?:vertrauen|nachricht|ruckmeldung)|veuillez\s+agreer\s+(?:\w+\s+){0,3}?salutations(?:\s+distinguees)?|(?:always|sempre|siempre|immer|toujours)\s+(?:\w+\s+){0,2}?(?:looking|procurando|buscando)\s+(?:to|para|a)\s+(?:improve|melhorar|mejorar)|helps?\s+us\s+do\s+(?:exactly\s+)?that|(?:superar|exceed\w*|depasser|ubertreffen)\s+(?:\w+\s+){0,2}?(?:expectativas|expectations|attentes|erwartungen))\b/g,
  // noted by the agent, understood, sorry to hear, and "anything else I can help with?"
  /\b(?:(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+made\s+a\s+note(?:\s+(?:of\s+it|on\s+your\s+account))?|(?:und\s+)?intern\s+weiter(?:gegeben|geleitet)|(?:ja\s+)?deixei\s+anotado|ja\s+anotei|lo\s+he\s+anotado|(?:ich\s+)?hab(?:e|')?\s+(?:mir\s+)?(?:das|es|alles|ihr\s+anliegen|dein\s+anliegen|ihre\s+nachricht|deine\s+nachricht)\s+(?:so\s+)?(?:notiert|vermerkt|aufgenommen)(?:\s+und\s+(?:weitergegeben|weitergeleitet))?|(?:flagged|passed|raised)\s+(?:it|this)\s+internally|(?:an\s+die\s+)?(?:zustandige\s+)?(?:fach)?abteilung\s+weitergeleitet|(?:gebe|geben)\s+(?:es|das)\s+an\s+die\s+kollegen\s+weiter|tomo\s+nota(?:\s+de\s+todo(?:\s+lo\s+que\s+me\s+comentas)?)?|(?:te|le)\s+puedo\s+ayudar\s+en\s+algo\s+mas|(?:toute\s+l'equipe\s+)?vous\s+souhaite\s+une\s+(?:belle|bonne|excellente)\s+journee|(?:ya\s+)?(?:he|hemos)\s+dejado\s+constancia(?:\s+de\s+(?:tu|su)\s+(?:comentario|mensaje|queja|reclamacion))?|(?:je\s+)?vous\s+present\w*\s+(?:toutes\s+)?(?:nos|mes)\s+(?:sinceres\s+|plates\s+)?excuses|(?:te|le|os)\s+(?:mandamos|enviamos)\s+un\s+(?:fuerte\s+|gran\s+)?abrazo(?:\s+grande)?(?:\s+de\s+parte\s+de\s+(?:todo\s+)?el\s+equipo)?|(?:wir\s+)?wunschen\s+(?:dir|ihnen|euch)\s+(?:trotzdem\s+|noch\s+)?einen\s+(?:schonen|guten)\s+tag|j'ai\s+(?:bien\s+)?note|c'est\s+note|(?:understand|entendo|entiendo|comprends|verstehe)\s+(?:\w+\s+){0,4}?(?:frustration|frustracao|frustracion|mecontentement|molestia|malestar|enfado|arger|enttauschung|irritation|insatisfac\w*|disappointment|decepcao|decepcion|deception)|(?:leid|traurig)\s+zu\s+(?:horen|lesen)|(?:siento|sentimos)\s+(?:mucho\s+)?(?:oir|escuchar|leer)\s+(?:eso|esto)|(?:is\s+there\s+)?anything\s+else\s+(?:i|we)\s+can\s+(?:help|do)(?:\s+(?:you|for\s+you))?(?:\s+with)?(?:\s+today)?|posso\s+(?:te\s+|lhe\s+)?ajudar\s+(?:em|com)\s+(?:algo|mais\s+alguma\s+coisa|alguma\s+coisa)(?:\s+mais)?|(?:hay\s+)?algo\s+mas\s+en\s+(?:lo\s+)?que\s+(?:te\s+|le\s+)?(?:pueda|podamos)\s+ayudar(?:te|le)?|kann\s+ich\s+(?:ihnen|dir)\s+sonst\s+(?:noch\s+)?(?:helfen|behilflich\s+sein)|kann\s+ich\s+sonst\s+(?:noch\s+)?(?:et)?was\s+fur\s+(?:sie|dich)\s+tun|puis-je\s+vous\s+aider\s+(?:pour|a|en)\s+(?:autre\s+chose|quoi\s+que\s+ce\s+soit)|puis-je\s+faire\s+(?:autre\s+chose|quelque\s+chose\s+d'autre)\s+pour\s+vous)\b/g,
  // the shop's creed: quality or the customer at the heart, first, always
  /\b(?:quality|qualidade|calidad|qualitat|qualite|the\s+customer|o\s+cliente|el\s+cliente|der\s+kunde|le\s+client)\b[^.!?]{0,40}?\b(?:heart|first|core|identity|primeiro\s+lugar|cora(?:cao|zon)|sena\s+de\s+identidad|erster\s+stelle|coeur|c\u0153ur|premier)\b|\b(?:passionate|apasionad\w*|apaixonad\w*|leidenschaft\w*|passionne\w*)\b[^.!?]{0,50}|\b(?:keeps?\s+us\s+going|nos\s+animan|motivier\w*\s+uns|nos\s+motiv\w*|nous\s+motiv\w*)\b|\b(?:puts?|pone|poe|met|steckt)\s+(?:\w+\s+){0,3}?(?:heart|corazon|coracao|coeur|c\u0153ur|herz)\b[^.!?]{0,30}|\b(?:we\s+hear\s+you|te\s+escuchamos|on\s+vous\s+entend|wir\s+horen\s+(?:sie|dich))\b|\b(?:seguimos\s+firmes|evolu\w*|se\s+esforca|nos\s+esforzamos|esforc\w*)\b/g,
  // the message acknowledged as received, and the effort to give the best experience with no step named
  /\b(?:we(?:'ve|\s+have)?\s+received\s+your\s+(?:message|email|request)|(?:nos\s+)?recebemos\s+(?:a\s+)?sua\s+mensagem|hemos\s+recibido\s+(?:tu|su)\s+mensaje|wir\s+haben\s+ihre\s+nachricht\s+erhalten|(?:nous\s+)?accusons\s+reception\s+de\s+votre\s+(?:message|demande)|(?:vous\s+)?remercions\s+de\s+votre\s+confiance|thank\s+you\s+for\s+your\s+trust|agradecemos\s+(?:a\s+)?sua\s+confianca|gracias\s+por\s+(?:tu|su)\s+confianza|danke\s+fur\s+ihr\s+vertrauen)\b/g,
  /\b(?:we\s+work|trabalhamos|trabajamos|wir\s+arbeiten|nous\s+travaillons)\s+(?:\w+\s+){0,4}?(?:to|para|daran|pour)\s+(?:\w+\s+){0,2}?(?:offer|provide|give|deliver|oferecer|proporcionar|ofrecer|brindar|bieten|offrir|garantir)\w*\s+(?:\w+\s+){0,2}?(?:the\s+best|a\s+melhor|la\s+mejor|das\s+beste|la\s+meilleure|bestes?|beste)\s+(?:\w+\s+){0,2}?(?:experience|experiencia|erlebnis|einkaufserlebnis|service|servico|servicio|atendimento|atencion)\w*/g,
  /\b(?:(?:we\s+)?always\s+aim\s+for\s+(?:\S+\s+){0,2}?(?:service|experience)|(?:we'll|we\s+will)\s+use\s+your\s+feedback)/g,
  /\b(?:(?:ya\s+)?lo\s+hemos\s+pasado\s+al\s+equipo|gracias\s+por\s+estar\s+(?:siempre\s+)?ahi|(?:on\s+a\s+)?(?:bien\s+)?remonte\s+l'info(?:\s+a\s+l'equipe)?|belle\s+soiree\s+a\s+toi|que\s+tengas?\s+un\s+dia\s+precioso|(?:wir\s+)?nehmen\s+jede\s+ruckmeldung\s+ernst|(?:ihre\s+)?hinweise\s+haben\s+wir\s+an\s+unser\s+team\s+weitergegeben|alles\s+liebe|hemos\s+recibido\s+tu\s+consulta(?:\s+y\s+la\s+tenemos\s+en\s+cuenta)?|la\s+tenemos\s+en\s+cuenta)/g,
  /\b(?:(?:your\s+)?(?:query|request|message|enquiry)\s+is\s+important\s+to\s+us|(?:please\s+)?don'?t\s+hesitate\s+to\s+(?:get\s+in\s+touch|contact\s+us)|should\s+you\s+need\s+anything\s+(?:further|else)|we\s+appreciate\s+you\s+reaching\s+out|thank\s+you\s+for\s+contacting\s+(?:[\w-]+\s+){0,3}?(?:customer\s+care|support|team)|wir\s+freuen\s+uns\s+(?:sehr\s+)?uber\s+ihr\s+interesse(?:\s+an\s+unseren\s+produkten)?|wir\s+wunschen\s+ihnen\s+(?:noch\s+)?einen\s+schonen\s+tag)/g,
  /\b(?:nos\s+encanta\s+que\s+te\s+interese\w*(?:\s+nuestr[oa]\s+\w+)?|(?:wir\s+)?freuen\s+uns,?\s+dass\s+sie\s+sich\s+fur\s+unsere\s+\w+\s+interessieren|wir\s+schatzen\s+ihr\s+vertrauen(?:\s+in\s+unseren\s+shop)?(?:\s+sehr)?|bei\s+weiteren\s+fragen\s+stehen\s+wir\s+(?:ihnen\s+)?(?:jederzeit\s+)?(?:gern\w*\s+)?zur\s+verfugung|wir\s+freuen\s+uns\s+immer\s+uber\s+anfragen(?:\s+unserer\s+kund\w*(?:\s+und\s+kunden)?)?|ihr\s+anliegen\s+ist\s+uns\s+wichtig|(?:und\s+)?ihr\s+interesse\s+an\s+unseren\s+produkten|nous\s+sommes\s+toujours\s+heureux\s+d'echanger\s+avec\s+nos\s+clients|belle\s+soiree|(?:sportliche|freundliche|herzliche|beste)\s+grus+e(?:\s+[\w-]+){0,3}\s*$)/g,
  // understanding, patience thanked, the door left open, congratulations, the wait asked for (train-t64–t67)
  /\b(?:we\s+understand\s+how\s+(?:frustrating|stressful|annoying|difficult)\s+(?:\w+\s+){0,3}?(?:can\s+be|is)|(?:we\s+)?(?:truly\s+|really\s+)?appreciate\s+your\s+patience(?:\s+while\s+we\s+look\s+into\s+(?:this|it))?|je\s+comprends\s+(?:tout\s+a\s+fait\s+)?votre\s+(?:inquietude|frustration|mecontentement)|(?:je|nous)\s+vous\s+remerci\w*\s+(?:pour|de)\s+votre\s+patience|n'hesitez\s+pas\s+si\s+vous\s+avez\s+d'autres\s+questions|(?:ton|votre)\s+avis\s+compte\s+(?:\w+\s+)?(?:pour\s+nous)?|on\s+le\s+transmet\s+a\s+l'equipe|your\s+(?:thoughts|words)\s+mean\s+so\s+much(?:\s+to\s+(?:\w+\s+){0,2}?\w+)?|nos\s+encanta\s+que\s+confies\s+en\s+nosotros|cualquier\s+(?:otra\s+)?cosa\s+que\s+necesites,?\s+aqui\s+estamos|gracias\s+por\s+tu\s+interes\s+en\s+nuestros\s+productos|(?:es|e)\s+(?:un|uma?)\s+(?:honor|honra|prazer)\s+(?:formar|fazer)\s+parte\s+de\s+(?:um|un)\s+(?:\w+\s+){0,2}?(?:dia|momento)\s+(?:tao\s+|tan\s+)?especial|(?:parabens|enhorabuena|felicidades|felicitations)\s+(?:pel[oa]|por\s+(?:la|el|tu)|pour\s+(?:le|la|votre))\s+\w+|(?:esta|estamos)\s+sempre\s+a\s+disposicao(?:\s+para\s+o\s+que\s+precisar)?|permanecemos\s+a\s+disposicao|pedimos\s+(?:gentilmente\s+)?que\s+aguarde\s+(?:o\s+(?:nosso\s+)?retorno|nosso\s+contato)|(?:wir\s+)?bedauern\s+(?:sehr|es)?,?\s+dass\s+sie\s+(?:\w+\s+)?unzufrieden\s+sind|(?:ihr\s+)?anliegen\s+haben\s+wir\s+(?:gerne\s+)?aufgenommen|esperons\s+vous\s+revoir\s+(?:tres\s+)?(?:vite|bientot)(?:\s+au\s+magasin|\s+en\s+boutique)?|vous\s+souhaite\s+un\s+(?:beau|bon|excellent)\s+\w+(?:\s+au\s+\w+)?|que\s+tengas?\s+un\s+dia\s+(?:estupendo|genial|maravilloso)|wishing\s+you\s+a\s+(?:lovely|great|wonderful|nice)\s+(?:week|day|weekend))/g,
  /\b(?:customer\s+(?:service|care|support)\s+team|kundenservice(?:-team)?|service\s+client|atencion\s+al\s+cliente|atendimento\s+ao\s+cliente)\b/g,
];

/** The reply with its courtesy clauses blanked (same length, so nothing else moves). */
export function withoutCourtesyClauses(text: string): string {
  const f = fold(text);
  let out = text;
  for (const re of RESTATEMENTS) {
    for (const m of f.matchAll(re)) {
      if (PRAISE.test(m[0])) continue;
      const at = m.index ?? 0;
      out = out.slice(0, at) + ' '.repeat(m[0].length) + out.slice(at + m[0].length);
    }
  }
  for (const re of COURTESY_CLAUSES) {
    for (const m of f.matchAll(re)) {
      const at = m.index ?? 0;
      out = out.slice(0, at) + ' '.repeat(m[0].length) + out.slice(at + m[0].length);
    }
  }
  return out;
}

/** Courtesy clauses also answer a complaint emptily when no apology is there ("your message was passed on"). */
const hasCourtesyClause = (text: string) => withoutCourtesyClauses(text) !== text;

export function detectEmptyReply(text: string): Hit[] {
  const f = fold(text);
  if (!(COMPLAINT_ANSWER.test(f) || hasCourtesyClause(text)) || praises(fold(withoutCourtesyClauses(text)))) return [];
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  if (tokens.length === 0 || tokens.length > 45) return [];
  // one stray word among eight or more of courtesy ("goes above and beyond") does not make an answer
  // a remedy or a step under way is an answer, however courteous the words around it
  // a remedy inside a courtesy clause ("we'll look into it") is no remedy
  const bare = withoutCourtesyClauses(text);
  // a step under way counts wherever it is said ("sorry, a strap is on its way")
  if (namesRemedy(bare) || namesStepUnderWay(f)) return [];
  const left = substanceWords(bare);
  if (
    left.length > 1 ||
    (left.length === 1 && (tokens.length < 8 || /\d/.test(left[0]!) || namesRemedy(bare) || /[\p{L}\p{N}][^.!?\p{L}\p{N}]*\?/u.test(bare)))
  )
    return [];
  const start = text.length - text.trimStart().length;
  return [{ code: 'answers_nothing', start, end: text.trimEnd().length }];
}

/** Whether folded text shares the customer's joy (a concept for the learned model's features). */
export function praises(folded: string): boolean {
  return PRAISE.test(folded.replace(HAPPY_TO_HELP, '').replace(CLOSER, ''));
}

/** How many words of the reply are substance: not function words, greetings, names or courtesy. */
export function substanceOf(text: string): number {
  return substanceWords(text).length;
}

/** The words of substance themselves (what keeps a reply from being courtesy only). */
export function substanceWords(text: string): string[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  const substance: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const raw = tokens[k]![0];
    const w = fold(raw)
      .replace(/['’]$/, '')
      .replace(/^(?:l|d|n|qu|c|s|j|m)'/, '');
    if (/\d/.test(w)) {
      substance.push(w);
      continue;
    }
    if (w.length < 3 || FUNCTION.has(w)) continue;
    if (isCourtesy(w)) continue;
    if (isName(raw, tokens, k, text)) continue;
    substance.push(w);
  }
  return substance;
}

const SHORT_SUFFIXES = ['', 's', 'e', 'es', 'ed', 'd', 'ing', 'ar', 'o', 'a', 'er', 'en', 't', 'n'];
/** Long stems match as prefixes; short ones ("hi", "best", "team") only with an inflection, so "hike" and "Bestellung" stay substance. */
function isCourtesy(w: string): boolean {
  return COURTESY_STEMS.some((s) => (s.length >= 5 ? w.startsWith(s) : SHORT_SUFFIXES.some((x) => w === s + x)));
}

const SHOP_NAME_BEFORE =
  /^(?:at|na|en|bei|chez|familia|family|famille|familie|community|comunidade|comunidad|communaute|loja|tienda|boutique|del|do|da)$/;
function sentenceStart(tokens: RegExpMatchArray[], k: number, text: string): boolean {
  if (k <= 0) return true;
  const prevEnd = (tokens[k - 1]!.index ?? 0) + tokens[k - 1]![0].length;
  return /[.!?:]/.test(text.slice(prevEnd, tokens[k]!.index ?? 0));
}

/** A capitalised word after a greeting or set off by a comma ("Hi Ana,", "Thanks, Leo!") is a name, not substance. */
function isName(raw: string, tokens: RegExpMatchArray[], k: number, text: string): boolean {
  if (!/^\p{Lu}/u.test(raw)) return false;
  const prevRaw = k > 0 ? tokens[k - 1]![0] : '';
  const prev = fold(prevRaw);
  if (GREETING.test(prev)) return true;
  // a shop's name: "At Brightwick Home", "Bei Holzwerk Schwarzwald", "la familia Olivar del Sur"
  if (SHOP_NAME_BEFORE.test(prev) || (/^\p{Lu}/u.test(prevRaw) && !FUNCTION.has(prev) && !sentenceStart(tokens, k - 1, text))) return true;
  const at = tokens[k]!.index ?? 0;
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + raw.length, at + raw.length + 1);
  return /,\s?$/.test(before) || /^[,!.]/.test(after);
}
