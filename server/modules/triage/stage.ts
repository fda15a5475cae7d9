/**
 * Pre-sale or post-purchase. A question about fit, variants, stock, shipping, payment or setup
 * with no sign of an order already placed is pre-sale; anything that talks about a received item
 * or an existing order is not. In a chat transcript only the customer's lines count (a bot's
 * "your order ships in 3 days" says nothing about whether the customer bought).
 */
import { customerText } from './turns.js';
import type { Channel, Stage } from './types.js';

const POST_CHANNELS = new Set<Channel>(['review', 'refund_reason', 'return_reason', 'dispute', 'chargeback']);

const PRE_SALE = new RegExp(
  String.raw`\b(` +
    [
      'will (?:it|this|they) (?:fit|work|come|ship|arrive|be)',
      'would (?:it|this|they) (?:fit|work)',
      'does (?:it|this|they) (?:come|run|fit|work|have|ship)',
      'do (?:you|they) (?:have|ship|sell|carry|make|offer|take|accept)',
      'is (?:it|this|there) (?:available|in stock|compatible|true to size)',
      'are (?:they|these) (?:available|in stock)',
      'before (?:i|we) (?:order|buy|purchase)',
      'thinking (?:of|about) (?:buying|ordering|getting)',
      'planning to (?:buy|order)',
      'how long (?:does|will|would) (?:shipping|delivery|it take)',
      'can i (?:order|buy|pay)',
      'back in stock',
      'vai (?:servir|caber|chegar)',
      'serve (?:no|na|em|para)',
      'tem (?:no|na|em) (?:tamanho|cor|estoque)',
      'tem (?:o )?tamanho',
      'antes de (?:comprar|fechar|pedir)',
      'quero comprar',
      'pretendo comprar',
      'estou pensando em comprar',
      'qual (?:o )?tamanho',
      'quanto tempo (?:demora|leva) (?:para|pra) (?:chegar|entregar)',
      'entregam (?:em|no|na|para)',
      'voc[eê]s entregam',
      'tem em estoque',
      'est[aá] dispon[ií]vel',
      // Spanish
      'me (?:quedar[aá]|servir[aá]|valdr[aá])',
      '(?:tienen|hay|lo tienen) (?:en )?(?:talla|stock|color|existencias)',
      'antes de (?:comprar|pedir|encargar)',
      '(?:quiero|quisiera|pienso) comprar',
      'estoy pensando en comprar',
      'qu[eé] talla',
      'cu[aá]nto (?:tarda|tardan|demora) (?:en llegar|el env[ií]o|la entrega)',
      'hacen env[ií]os',
      'env[ií]an a',
      'es compatible',
      // German
      'gibt es (?:das|den|die|ihn|sie|es) (?:auch )?(?:in|als|mit)',
      'vor dem kauf',
      'bevor ich (?:bestelle|kaufe)',
      'ich (?:m[oö]chte|will|w[uü]rde) (?:das |den |die |es |ihn |sie )?(?:gerne )?(?:kaufen|bestellen)',
      'welche gr[oö](?:ß|ss)e',
      'wie lange (?:dauert|braucht) (?:der versand|die lieferung)',
      'liefern sie (?:auch )?(?:nach|in)',
      'ist (?:das|es|der|die|er|sie) (?:noch |auch )?(?:verf[uü]gbar|lieferbar|vorr[aä]tig|kompatibel)',
      // French
      "avant (?:d'acheter|de commander)",
      "je (?:voudrais|veux|souhaite|souhaiterais|compte) (?:l'|le |la |les )?(?:acheter|commander)",
      'quelle taille',
      'combien de temps (?:pour|faut-il|prend) (?:la livraison|recevoir|livrer)',
      'livrez-vous',
      'est-(?:il|elle) (?:disponible|compatible)',
      '(?:disponible|en stock) en',
    ].join('|') +
    String.raw`)\b`,
  'iu',
);

const POST_PURCHASE = new RegExp(
  String.raw`\b(` +
    [
      'received',
      'arrived',
      'ordered',
      'bought',
      'purchased',
      'my (?:order|package|parcel|delivery|refund|return|purchase|plugs?|bag)',
      'delivered',
      'returned',
      'wore',
      'wearing',
      'washed',
      'i got',
      'got (?:the|my|mine|this)',
      'came',
      'comes with',
      'mine is',
      'since the update',
      String.raw`has been (?:around |about |over )?\d+ days`,
      'days ago',
      'would like to return',
      'tracking',
      'exchange',
      'the manual',
      String.raw`[a-z]{2,4}-\d{4,}`,
      'recebi',
      'chegou',
      'comprei',
      'pedido',
      'entregue',
      'veio',
      'usei',
      'devolvi',
      'paguei',
      'encomenda',
      'rastreio',
      'recib[ií]',
      'lleg[oó]',
      'compr[eé]',
      'mi pedido',
      'devolv[ií]',
      'pagu[eé]',
      'erhalten',
      'bestellt',
      'gekauft',
      'geliefert',
      'angekommen',
      'meine bestellung',
      'mein paket',
      'zur[uü]ckgeschickt',
      're[çc]u',
      'command[eé]',
      'achet[eé]',
      'livr[eé]',
      'arriv[eé]',
      'ma commande',
      'mon colis',
      'umtausch(?:en)?',
      'zur[uü]ck(?:schicken|senden|geben)',
      'cambiarl[oa]',
      'devolverl[oa]',
      "(?:l')?[ée]changer",
      'renvoyer',
      // Money back implies a purchase: "¿cuándo me devuelven el dinero?" is not a pre-sale question.
      'geld zur[uü]ck',
      'mein geld',
      'erstattung',
      'mi dinero',
      'mon argent',
    ].join('|') +
    String.raw`)\b`,
  'iu',
);

/** How a question opens; "the jacket runs small … can I swap it?" typed without a full stop is not one. */
const QUESTION_START =
  /^(?:does|do|is|are|will|would|can|could|how|what|which|where|when|should|have|has|any|quanto|qual|quais|tem|voc[eê]s|[eé]|d[aá]|funciona|se|posso|aceitam|sobre|o|a|vou|tienen|hay|cu[aá]nto|cu[aá]l|qu[eé]|c[oó]mo|d[oó]nde|cu[aá]ndo|puedo|sirve|viene|hacen|env[ií]an|ist|sind|gibt|haben|kann|k[oö]nnen|wie|welche|welcher|wann|wo|passt|liefern|est-ce|est-il|est-elle|quelle|quel|combien|comment|o[uù]|quand|puis-je|avez-vous|livrez-vous|existe-t-il)(?![\p{L}\d])/iu;
const GREETING =
  /^(?:hi|hello|hey|hiya|dear \w+|good (?:morning|afternoon|evening)|ol[aá]|oi|bom dia|boa (?:tarde|noite)|hola|buenos d[ií]as|buenas(?: tardes| noches)?|hallo|guten (?:tag|morgen|abend)|moin|servus|bonjour|bonsoir|salut)(?: there| team| all)?[,!\s]+/iu;

function isQuestion(sentence: string): boolean {
  // Spanish opens a question with ¿.
  const s = sentence.replace(GREETING, '').replace(/^[¿¡\s]+/, '');
  if (QUESTION_START.test(s)) return true;
  // "I am between sizes, should I size up?": the question after the last comma.
  const comma = s.lastIndexOf(',');
  return comma > 0 && QUESTION_START.test(s.slice(comma + 1).trim());
}

/**
 * True when the customer's first substantive sentence is a question: greetings, titles and
 * lead-ins ("Hi!", "Quick question:", "Question about the tee") are skipped; a statement of five
 * words or more before any question means this is not an opening question.
 */
function opensWithQuestion(text: string): boolean {
  let from = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    // . ! ? : newline end a sentence; a '.' between digits ("2.4 GHz") does not.
    const end =
      c === 33 ||
      c === 63 ||
      c === 58 ||
      c === 10 ||
      (c === 46 && !(i + 1 < n && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57));
    if (!end) continue;
    const sentence = text.slice(from, i).trim();
    from = i + 1;
    if (!sentence) continue;
    if (c === 63) return isQuestion(sentence);
    // A lead-in ("Question about the rain jacket:") is not a statement, however long.
    if (c !== 58 && sentence.split(/\s+/).length >= 5) return false;
  }
  return false;
}

export function detectStage(text: string, channel?: Channel | null): Stage {
  if (channel && POST_CHANNELS.has(channel)) return 'post_purchase';
  const said = customerText(text);
  const asks = PRE_SALE.test(said) || (said.indexOf('?') >= 0 && opensWithQuestion(said));
  if (!asks) return 'post_purchase';
  return POST_PURCHASE.test(said) ? 'post_purchase' : 'pre_sale';
}
