/**
 * Stop words per language, already without accents because tokens are folded before lookup
 * ("não" → "nao", "für" → "fur"). Two kinds in each list: function words, and the filler of
 * customer messages (greetings, thanks, "thinking of ordering two", chat speaker names) that
 * every store's inbox repeats and that says nothing about what is wrong. Small on purpose: words
 * like "not", "nicht", "pas" and "broken" carry the complaint and stay in.
 *
 * The lists are used together (a pool mixes languages), so a word that is a product or a
 * complaint in another of the five stays out of a list: French "pour" (a jug's pour spout),
 * German "hat", "bin", "mal" (Portuguese "mal embalado"), "für" (faux fur), Spanish "hay".
 *
 * A seller's language not listed here still clusters: its words are simply all kept, and the
 * repeated-sentence and distinctiveness checks (boilerplate.ts, cluster-themes.ts) still apply.
 */
const EN = `a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just me more most my myself
no nor of off on once only or other our ours out over own same she should so some such than that
the their theirs them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours hi hello hey thanks
thank please dear regards order ordered get got ok okay sorry asked question quick wondering
customer customers assistant agent bot team take takes taking took thinking think ordering buy
buying bought want wanted need needs like one two really lot`;

const PT = `a ao aos aquela aquele aqueles as ate com como da das de dela dele deles depois do dos e ela
elas ele eles em entre era essa esse esta estao estava este eu foi for foram ha isso isto ja la lhe
mais mas me mesmo meu minha muito na nas no nos nossa nosso num numa o os ou para pela pelo por
quando que quem se sem ser seu sua suas seus so tambem te tem tenho ter teu tua um uma voce voces
ola obrigado obrigada oi pedido bom dia boa tarde noite cliente atendente assistente comprar
comprei queria quero gostaria pergunta favor dois duas`;

const ES = `a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el
ella ellas ellos en entre era es esa ese eso esta estaba estan este esto estos fue ha han la las
le les lo los mas me mi mis mucho muy nada ni nos nosotros o otra otro para pero por porque que
quien se ser si sin sobre su sus tambien te tengo tiene todo tu tus un una uno unos usted ustedes
y ya yo hola gracias buenos buenas dias tardes noches pedido cliente asistente agente compre
comprar quiero queria pregunta favor dos`;

const DE = `aber alle als also am an auch auf aus bei bis bitte da damit dann das dass dein dem den
der des dich die dies diese dieser dir doch dort du durch ein eine einem einen einer eines er es
etwas euch euer gegen hab habe haben hatte hier ich ihm ihn ihr ihre im in ist ja jetzt
kann konnen man mein meine mich mir mit nach noch nun nur ob oder ohne schon sehr sein seine
sich sie sind so soll um und uns unser unter vom von vor war waren was weil wenn wer wie wir wird
wo zu zum zur hallo danke vielen gruß gruss grusse freundlichen bestellung bestellt kunde kundin
assistent frage zwei`;

const FR = `a au aux avec ce ces cette dans de des du elle elles en est et etait eu il ils je la le les
leur leurs lui ma mais me mes moi mon meme ne nos notre nous on ou par qu que qui sa se ses son
sont sur ta te tes toi tres trop tu un une vos votre vous y as avons avez ont suis es
bonjour merci madame monsieur cordialement commande client cliente assistant conseiller
question deux`;

export type StopwordLanguage = 'en' | 'pt' | 'es' | 'de' | 'fr';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

export const STOPWORDS_BY_LANGUAGE: Readonly<Record<StopwordLanguage, ReadonlySet<string>>> = {
  en: set(EN),
  pt: set(PT),
  es: set(ES),
  de: set(DE),
  fr: set(FR),
};

/**
 * All languages at once: an unnamed pool mixes languages and a signal's detected language is not
 * always right, and a word that is filler in one of them is rarely a complaint in another.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS_BY_LANGUAGE).flatMap((s) => [...s]));
