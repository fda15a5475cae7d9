// A template that answers nothing: every word of the reply is courtesy ("thank you for reaching
// out", "we value your feedback", "lamentamos o ocorrido", "nous restons a votre disposition")
// and none names the product, the problem, or a step the shop takes. Read without the customer's
// words, so it works on any reply: what is left once function words, greetings, names and the
// courtesy vocabulary of en, pt, es, de and fr are removed is the reply's substance; with none left,
// and an apology or a brush-off in it, the reply answers nothing. A short thank-you for praise
// ("Thanks so much, glad you love it!") has no apology or brush-off and passes.
import { fold } from './fold.js';
import type { Hit } from './text-scan.js';

const FUNCTION = new Set(
  // en
  (
    'a an the and or but if so to of in on at by for with from about into onto as is are was were be been being am do does did have has had ' +
    'i me my we us our ours you your yours it its they them their this that these those there here what which who how all any ' +
    'some no not can will would could should may might must shall just also again more most very too up out off over ' +
    "we're we've we'll we'd you're you've you'll i'm i've it's that's don't can't won't didn't isn't let's " +
    // pt
    'o os as um uma uns umas e ou mas se de do da dos das em no na nos nas por para pelo pela com sem que qual como ' +
    'eu voce voces ele ela eles elas meu minha seu sua seus suas nosso nossa nossos nossas isso isto esse essa este esta ' +
    'foi ser estar estamos esta sao tem ter ja nao sim ao aos ate tambem te lhe disso disto nisso muito muita todo toda todos todas ' +
    // es
    'el la los las un una y o pero si de del en con sin por para que cual como yo tu usted ustedes su sus nuestro nuestra ' +
    'nuestros nuestras nosotros nosotras vosotros esto eso hayas haya es son ser estar estamos esta lo le les nos mucho mucha muchas muchos todo toda todos todas al tus mis ti ' +
    // de
    'der die das den dem des ein eine einen einem einer und oder aber wenn zu von mit fur auf an in im am bei aus ist sind ' +
    'war sein haben hat wir uns unser unsere sie ihr ihre ihnen du dich dir dein deine es sehr alle allen jeder jede ' +
    'wie was wer bitte gerne gern uns ganz immer noch auch dass nicht kein keine sind bei zur zum ihnen euch jedes jeden jedem jeder ' +
    // fr
    'le la les un une des et ou mais si de du en au aux avec sans par pour que qui quel quelle comme je tu il elle nous vous ils ' +
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
    // fr
    'demande concern chaque compt visons excellence quotidien fidelite revoir bientot pris temps absolu confiance grandir merci retour avis compte beaucoup desole gene occasion restons disposition messag travaill chaque jour amelior bonjour ' +
    'cordial equipe satisfaction priorit excus inconvenient experienc commentaire aide question importan regrett contact service ' +
    'hesit prenons note transmet sincer madame monsieur cher chere remerci ecoute preven serieux prenons belle bonne journee apprec tient cœur coeur ici toujours aider precieu tiendr lire cela esper faire mieux signal desagrement partag'
  )
    .split(/\s+/)
    .filter(Boolean);

/** An apology or a brush-off: what makes a contentless reply an answer to a complaint. */
const COMPLAINT_ANSWER =
  /\b(?:schatzen|valoriz\w*|valoramos|excelen\w*|exzellenz|excellence|streb\w*|strive|danke,?\s+dass|merci\s+d'avoir|obrigad[oa]\s+por|sorry|thank\w*\s+(?:you\s+)?for\s+letting|(?:take|takes|taking)\s+(?:all\s+|every\s+|your\s+)?(?:feedback|comments?|reviews?)\s+seriously|levamos\s+\w+\s+\w+\s+(?:comentarios|avaliacoes)\s+a\s+serio|tomamos\s+en\s+serio|nehmen\s+\w+\s+\w+\s+ernst|prenons\s+\w+\s+\w+\s+\w+\s+au\s+serieux|avisar|avisarnos|hinweis|prevenus|appreciat\w*|thank\w*\s+(?:you\s+)?for\s+(?:your|reaching|contacting|taking|getting|sharing|the\s+feedback)|agradec\w*|obrigad[oa]\s+pel[oa]|gracias\s+por|danken|dank\s+fur|danke\s+fur|remercions|remercie|merci\s+pour|apolog\w*|inconvenien\w*|regret\w*|unfortunat\w*|contact\s+us|reach\s+out|get\s+in\s+touch|value\s+(?:your|all|every)|priority|improv\w*|pass\w*\s+(?:it|this|your)\s+(?:on|along)|lament\w*|sentimos|desculp\w*|transtorno|disposic\w*|disposicion|molestias|disculp\w*|leid|entschuldig\w*|unannehmlichkeit\w*|verfugung|bedauer\w*|desole\w*|excus\w*|gene\s+occasionnee|disposition|amelior\w*|melhor\w*|mejor\w*|verbesser\w*|importan\w*|wichtig|valu\w*|valor\w*|schatzen|apprecions|apreciamos|compte\s+beaucoup|seguimos\s+trabaj\w*|arbeiten\s+standig|travaillons|satisf\w*)\b/;
/** Sharing the customer's joy is an answer to praise, even in few words. */
const PRAISE =
  /\b(?:brilliant|awesome|fantastic|amazing|superb|genial|valeu|incrivel|increible|wunderbar|toll|klasse|super|parfait|formidable|perfeito|perfecto|glad|happy|delighted|thrilled|love[sd]?|enjoy\w*|lovely|kind\s+words|wonderful|felizes|feliz|contentes|adora\w*|encant\w*|alegra\w*|gusta\w*|freut|freuen|schon,\s+dass|ravis|heureux|contents|plaisir)\b/;
const HAPPY_TO_HELP =
  /\b(?:happy|glad|delighted|felizes|feliz|encantados|gerne|ravis|heureux)\s+(?:to|em|de|en)\s+(?:help|assist|ajudar|ayudar|aider|vous\s+aider)\b/g;
/** A closing wish is courtesy, not joy shared: "have a lovely day", "einen schonen Tag noch". */
const CLOSER =
  /\b(?:have\s+a\s+(?:lovely|great|nice|wonderful|good)\s+(?:day|week|weekend)|tenha\s+um\s+(?:otimo|bom|excelente)\s+dia|que\s+tengas?\s+un\s+(?:buen|gran|excelente)\s+dia|einen\s+(?:schonen|guten)\s+tag(?:\s+noch)?|(?:belle|bonne)\s+journee|look(?:ing)?\s+forward\s+to\s+(?:serving|seeing|hearing)\s+(?:you|from\s+you)|freuen\s+uns,?\s+(?:sie|dich)\s+(?:\w+\s+){0,2}?wieder\s+\w+|esperamos\s+(?:\w+\s+){0,2}?(?:novamente|de\s+nuevo|pronto)|esperons\s+vous\s+revoir)\b/g;
const GREETING =
  /^(?:hi|hello|dear|hey|ola|oi|prezad[oa]|querid[oa]|hola|estimad[oa]|hallo|liebe|lieber|bonjour|cher|chere|salut|sehr|geehrte[rn]?)$/;

export function detectEmptyReply(text: string): Hit[] {
  const f = fold(text);
  if (!COMPLAINT_ANSWER.test(f) || praises(f)) return [];
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  if (tokens.length === 0 || tokens.length > 45) return [];
  if (substanceOf(text) > 0) return [];
  const start = text.length - text.trimStart().length;
  return [{ code: 'answers_nothing', start, end: text.trimEnd().length }];
}

/** Whether folded text shares the customer's joy (a concept for the learned model's features). */
export function praises(folded: string): boolean {
  return PRAISE.test(folded.replace(HAPPY_TO_HELP, '').replace(CLOSER, ''));
}

/** How many words of the reply are substance: not function words, greetings, names or courtesy. */
export function substanceOf(text: string): number {
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  let substance = 0;
  for (let k = 0; k < tokens.length; k++) {
    const raw = tokens[k]![0];
    const w = fold(raw)
      .replace(/['’]$/, '')
      .replace(/^(?:l|d|n|qu|c|s|j|m)'/, '');
    if (/\d/.test(w)) {
      substance++;
      continue;
    }
    if (w.length < 3 || FUNCTION.has(w)) continue;
    if (isCourtesy(w)) continue;
    if (isName(raw, tokens, k, text)) continue;
    substance++;
  }
  return substance;
}

const SHORT_SUFFIXES = ['', 's', 'e', 'es', 'ed', 'd', 'ing', 'ar', 'o', 'a', 'er', 'en', 't', 'n'];
/** Long stems match as prefixes; short ones ("hi", "best", "team") only with an inflection, so "hike" and "Bestellung" stay substance. */
function isCourtesy(w: string): boolean {
  return COURTESY_STEMS.some((s) => (s.length >= 5 ? w.startsWith(s) : SHORT_SUFFIXES.some((x) => w === s + x)));
}

/** A capitalised word after a greeting or set off by a comma ("Hi Ana,", "Thanks, Leo!") is a name, not substance. */
function isName(raw: string, tokens: RegExpMatchArray[], k: number, text: string): boolean {
  if (!/^\p{Lu}/u.test(raw)) return false;
  const prev = k > 0 ? fold(tokens[k - 1]![0]) : '';
  if (GREETING.test(prev)) return true;
  const at = tokens[k]!.index ?? 0;
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + raw.length, at + raw.length + 1);
  return /,\s?$/.test(before) || /^[,!.]/.test(after);
}
