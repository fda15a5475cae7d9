// Asking for private details in a public thread. The same words are fine when they send the customer
// to a private channel ("email us your order number"), so the rule reads the whole sentence: an ask
// with a public place ("here", "below") or with no channel at all is flagged, because on a public
// review the customer's answer lands in public.
import type { Hit } from './text-scan.js';
import { sentences, spansOf } from './text-scan.js';

const DETAIL =
  '(?:(?:full\\s+)?order\\s*(?:number|no\\.?|#|id|details|reference)|tracking\\s+(?:number|code)|e-?mail(?:\\s+address)?|phone(?:\\s+number)?|(?:mobile|cell)\\s+number|(?:home\\s+|shipping\\s+|delivery\\s+|street\\s+|postal\\s+)?address|full\\s+name|zip\\s+code|postcode|n[uú]mero\\s+do\\s+pedido|telefone|endere[cç]o|cpf|c[oó]digo\\s+de\\s+rastreio)';
const ASK =
  '(?:share|post|leave|drop|put|write|comment|reply\\s+with|respond\\s+with|send|give|tell|provide|include|type|list|paste|let\\s+us\\s+know|envie|mande|deixe|informe|compartilhe|coloque|escreva|passe|responda\\s+com)';

const ASK_DETAIL = new RegExp(`\\b${ASK}\\b(?:[^\\w.!?]+\\w+){0,4}?[^\\w.!?]+${DETAIL}\\b`, 'i');
const QUESTION_DETAIL = new RegExp(`\\b(?:what(?:'s|\\s+is)|qual\\s+(?:[eé]\\s+)?(?:o|a|seu|sua))\\s+(?:your\\s+|the\\s+)?${DETAIL}`, 'i');

const PUBLIC_PLACE =
  /\b(?:here|below|in\s+the\s+comments?|in\s+(?:a|this|your)\s+(?:comment|reply|thread|post)|in\s+this\s+thread|publicly|under\s+this\s+(?:review|post)|aqui|abaixo|nos\s+coment[aá]rios)\b/i;
const PRIVATE_CHANNEL =
  /\b(?:dm|direct\s+message|private\s+message|privately|in\s+private|inbox|by\s+e-?mail|via\s+e-?mail|e-?mail\s+(?:us|it|them)|to\s+our\s+(?:support|help|care)|support\s+team|customer\s+(?:care|service)|contact\s+form|message\s+us|chat|em\s+privado|por\s+e-?mail|mensagem\s+(?:privada|direta)|atendimento|suporte)\b|@\w/i;

export function detectPrivateAsk(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of sentences(text)) {
    const asks = [...spansOf(sentence.text, ASK_DETAIL), ...spansOf(sentence.text, QUESTION_DETAIL)];
    if (asks.length === 0) continue;
    const goesPrivate = PRIVATE_CHANNEL.test(sentence.text) && !PUBLIC_PLACE.test(sentence.text);
    if (goesPrivate) continue;
    for (const a of asks) {
      hits.push({ code: 'asks_private_details_in_public', start: sentence.start + a.start, end: sentence.start + a.end });
    }
  }
  return hits;
}
