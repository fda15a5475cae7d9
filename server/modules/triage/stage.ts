/**
 * Pre-sale or post-purchase. A question about fit, variants, stock or shipping time with no sign
 * of an order already placed is pre-sale; anything that talks about a received item is not.
 */
import type { Channel, Stage } from './types.js';

const POST_CHANNELS = new Set<Channel>(['review', 'refund_reason', 'return_reason', 'dispute', 'chargeback']);

const PRE_SALE = /\b(will (?:it|this|they) (?:fit|work|come|ship|arrive|be)|would (?:it|this|they) (?:fit|work)|does (?:it|this|they) (?:come|run|fit|work|have|ship)|do (?:you|they) (?:have|ship|sell|carry|make|offer)|is (?:it|this|there) (?:available|in stock|compatible|true to size)|are (?:they|these) (?:available|in stock)|before (?:i|we) (?:order|buy|purchase)|thinking (?:of|about) (?:buying|ordering|getting)|planning to (?:buy|order)|what size should|which size (?:should|would|do)|how long (?:does|will|would) (?:shipping|delivery|it take)|can i (?:order|get|buy)|back in stock|vai (?:servir|caber|chegar)|serve (?:no|na|em|para)|tem (?:no|na|em) (?:tamanho|cor|estoque)|tem (?:o )?tamanho|antes de (?:comprar|fechar|pedir)|quero comprar|pretendo comprar|estou pensando em comprar|qual (?:o )?tamanho|quanto tempo (?:demora|leva) (?:para|pra) (?:chegar|entregar)|entregam (?:em|no|na|para)|voc[eê]s entregam|tem em estoque|est[aá] dispon[ií]vel)\b/iu;

const POST_PURCHASE = /\b(received|arrived|ordered|bought|purchased|my order|delivered|returned|wore|wearing|washed|i got|came in|recebi|chegou|comprei|pedido|entregue|veio|usei|devolvi|paguei|encomenda)\b/iu;

export function detectStage(text: string, channel?: Channel | null): Stage {
  if (channel && POST_CHANNELS.has(channel)) return 'post_purchase';
  if (!PRE_SALE.test(text)) return 'post_purchase';
  return POST_PURCHASE.test(text) ? 'post_purchase' : 'pre_sale';
}
