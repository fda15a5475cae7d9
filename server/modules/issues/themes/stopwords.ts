/**
 * English and Portuguese stopwords, already without accents because tokens are folded before
 * lookup ("não" → "nao"). Small on purpose: words like "not", "never" and "broken" carry the
 * complaint and stay in.
 */
const EN = `a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just me more most my myself
no nor of off on once only or other our ours out over own same she should so some such than that
the their theirs them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours hi hello thanks thank
please dear regards order ordered get got`;

const PT = `a ao aos aquela aquele aqueles as ate com como da das de dela dele deles depois do dos e ela
elas ele eles em entre era essa esse esta estao estava este eu foi for foram ha isso isto ja la lhe
mais mas me mesmo meu minha muito na nas no nos nossa nosso num numa o os ou para pela pelo por
quando que quem se sem ser seu sua suas seus so tambem te tem tenho ter teu tua um uma voce voces
ola obrigado obrigada oi pedido bom dia boa tarde noite`;

export const STOPWORDS: ReadonlySet<string> = new Set(`${EN} ${PT}`.split(/\s+/).filter(Boolean));
