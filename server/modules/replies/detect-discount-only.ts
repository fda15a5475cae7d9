// A discount is fine next to a fix; alone it buys silence. The rule flags discount words only when the
// reply names no remedy or check at all. en, pt, es, de and fr, over folded text (no accents).
// The same two tests decide an issue's planned action (actions' blocked move `discount_only`).
import { fold } from './fold.js';
import type { Hit } from './text-scan.js';
import { hitsOf } from './text-scan.js';

const DISCOUNT: readonly RegExp[] = [
  /\b\d+\s?%\s?(?:off|discount|code|coupon|voucher|cupom|cupon|gutschein|bon|code\s+promo|de\s+desconto|de\s+descuento|rabatt|de\s+reduction|de\s+remise)\b/,
  /\b(?:discount|coupon|promo(?:tion(?:al)?)?\s+code|voucher|store\s+credit|gift\s+card|desconto|cupom|vale[\s-]compras?|descuento|cupon|codigo\s+(?:de\s+)?(?:descuento|promocional)|tarjeta\s+regalo|rabatt\w*|gutschein\w*|reduction|code\s+promo|bon\s+d'achat|carte\s+cadeau|remise)\b/,
];
// A code is written in capitals or with digits ("SORRY20"), so this one reads the reply as typed.
const CODE =
  /\b(?:[Uu]se|[Cc]ode|[Cc]ódigo|[Cc]odigo|[Uu]sa|[Uu]tilisez|[Nn]utzen\s+Sie)\s+(?:the\s+code\s+|o\s+cupom\s+|el\s+código\s+|el\s+codigo\s+|le\s+code\s+|den\s+Code\s+)?[A-Z0-9]{4,}\b(?=[^.!?\n]*\b(?:off|discount|next\s+order|desconto|descuento|Rabatt|réduction|próxima|nächste|prochaine)\b)/;

/** "Réduction de bruit" is noise reduction, not money off. */
const NOT_MONEY_OFF =
  /\b(?:remise\s+en\s+(?:etat|service|route|marche|expedition|stock|vente)|(?:no|com|con|avec|mit|by|with|via|par|per)\s+(?:o\s+|el\s+)?(?:pix|boleto|transferencia|virement|vorkasse|bank\s+transfer)\s+(?:com|con|avec|mit|with|get|gets|ganha|tem|tiene)\s+(?:um\s+|una?\s+|a\s+)?\d+\s?%\s+(?:de\s+)?(?:desconto|descuento|remise|rabatt|discount|off)|bande\s+de\s+reduction|reducteur\w*|size\s+reducer|reduction\s+(?:de|du)\s+bruit|noise\s+reduction|reduccion\s+de\s+ruido|reducao\s+de\s+ruido|gerauschreduzierung)\b/g;
/** The customer's own coupon that failed, looked into: an answer, not money off ("o cupom não funcionou… a gente confere"). */
const OWN_COUPON =
  /\b(?:ofertas?|offers?|angebote?|(?:not|no\s+son|nao\s+sao|ne\s+sont\s+pas|nicht)\s+(?:\w+\s+)?(?:combinable|acumulables?|cumulativ[oa]s?|cumulables?|kombinierbar)|coupon|code|cupom|cupon|codigo|gutschein\w*|rabattcode|code\s+promo|voucher|desconto|descuento|gift\s+card|vale|cartao\s+presente|tarjeta\s+regalo|carte\s+cadeau)\b[^.!?]{0,80}\b(?:didn'?t\s+(?:work|go\s+through)|doesn'?t\s+(?:work|apply)|not\s+(?:working|accepted|valid)|wasn'?t\s+(?:applied|accepted)|can'?t\s+be\s+combined|(?:not|no\s+son|nao\s+sao|ne\s+sont\s+pas|nicht)\s+(?:\w+\s+)?(?:combinable|acumulables?|cumulativ[oa]s?|cumulables?|kombinierbar)|only\s+(?:valid|applies)|valid\s+only|nao\s+(?:funcionou|funciona|foi\s+aceito|vale|se\s+aplica)|vale\s+so|so\s+vale|no\s+(?:funciono|funciona|se\s+aplica|es\s+valido|fue\s+aceptado)|solo\s+(?:vale|es\s+valido|se\s+aplica)|funktioniert(?:e)?\s+nicht|nicht\s+(?:angenommen|akzeptiert|einlosbar|kombinierbar)|gilt\s+nur|ne\s+(?:marche|fonctionne|s'applique)\s+pas|n'a\s+pas\s+fonctionne|refuse\w*|rejected|rechaz\w*|recusad\w*|abgelehnt|gilt\s+nicht|(?:is|are)\s+not\s+(?:valid|applicable)|excludes?|ausgenommen|excluid[oa]s?|exclu[se]?s?\b)|\b(?:despues\s+de|depois\s+de|after|apres|nach)\s+(?:aplicar|applying|appliquer|anwendung|abzug)\s+(?:d[eo]l?\s+|the\s+|your\s+|o\s+|el\s+|la\s+|le\s+|les\s+|des\s+)?(?:descuento|discount|desconto|remise|reduction|rabatt\w*|cupo[mn]|coupon|code)/;
/** A promotion for everyone, or discounts said not to be given, is no money-off answer. */
const FOR_EVERYONE =
  /\b(?:for\s+everyone|no\s+strings\s+attached|para\s+todo\s+(?:o\s+|el\s+)?mundo|sem\s+pegadinha|sin\s+condiciones|fur\s+alle|ohne\s+bedingungen|pour\s+tout\s+le\s+monde|sans\s+condition\w*|sem\s+(?:nenhuma\s+)?condic\w*|no\s+conditions|without\s+(?:any\s+)?conditions|sin\s+letra\s+pequena|sem\s+letra\s+miuda|ohne\s+kleingedrucktes|sans\s+(?:aucune\s+)?contrepartie|yours\s+whatever|a\s+cambio\s+de\s+nada|unconditional\w*|incondiciona\w*|bedingungslos\w*|inconditionnel\w*|em\s+todo\s+o\s+site|en\s+toda\s+la\s+tienda|auf\s+alles|sur\s+tout\s+le\s+site|(?:all|every)\s+(?:orders|products|planters|items))\b/;
const NO_DISCOUNT =
  /\b(?:no|keine\w*|nao|never|nunca|sin|sem|sans|aucun\w*|pas\s+de|kein\w*)\s+(?:\w+\s+){0,2}?(?:discount\w*|coupon\w*|voucher\w*|gutschein\w*|rabatt\w*|desconto\w*|descuento\w*|cupo[mn]\w*|reduction\w*|bon\s+d'achat)/;
// a gift card's balance moved to a new card is the customer's own money handed over, not money off
const REMEDY =
  /\b(?:(?:we'?ll|we\s+will|i'?ll|i\s+will|we\s+can)\s+(?:gladly\s+|happily\s+)?swap\s+(?:it|them|the\s+\w+)|(?:en\s+)?envo(?:ie|yons)\s+(?:un|une)\s+autre|send\s+(?:you\s+)?another|(?:mandamos|enviamos)\s+(?:outr[oa]|otr[oa])|estorn(?:amos|ei|ado|ada|o\s+feito)|(?:mandamos|enviamos|send|sending|schicken|envoyons|envoie)\s+(?:\w+\s+){0,2}?(?:uno\s+nuevo|una\s+nueva|um\s+novo|uma\s+nova|a\s+new|einen\s+neuen|eine\s+neue|ein\s+neues|un\s+nouveau|une\s+nouvelle)|(?:transfer\w*|ubertrag\w*|transfir\w*)\s+(?:\w+\s+){0,4}?(?:balance|saldo|\w*guthaben|solde)|\w*(?:balance|saldo|guthaben|solde)\b[^.!?]{0,140}?\b(?:transfer\w*|ubertrag\w*|transfir\w*)|(?:give|gave|paid|pay|sent|send|credited|credit)\s+(?:you\s+)?(?:back\s+)?the\s+difference|devolv\w*|devuelt[oa]s?|te\s+hemos\s+(?:devuelto|abonado|reintegrado)|abonad[oa]\s+la\s+diferencia|diferenca|diferencia|differenz|difference|zuruckerstatt\w*|erstattet|rembourse\w*|replac\w*|refund\w*|reship\w*|re-ship\w*|resend\w*|re-send\w*|send\s+(?:you\s+)?(?:a\s+|another\s+|the\s+)?(?:new|replacement|missing|correct|right)|investigat\w*|look(?:ing)?\s+into|check(?:ing)?\s+(?:the|this|your|our|with|on)|inspect\w*|batch|trac(?:e|ing)\b|fix\w*|correct(?:ing|ed)?\s+(?:the|our)|updat(?:e|ed|ing)\s+(?:the|our)\s+(?:page|listing|description|size\s+chart|photos?|faq|instructions?|manual)|return\s+label|repair\w*|exchange\w*|reembols\w*|troca\w*|troc(?:ar|amos)|substitu\w*|reenvi\w*|investig\w*|verific\w*|lote|conserto|reparo|reemplaz\w*|cambi(?:o|ar|amos)\b|devoluci\w*|reparar\w*|revis(?:ar|amos|ando)|ersatz\w*|ersetz\w*|erstatt\w*|umtausch\w*|austausch\w*|tausch\w*|reparatur\w*|reparier\w*|prufen|(?:diese|der|die)\s+charge\b|nachforsch\w*|remplac\w*|rembours\w*|echang\w*|renvo\w*|renvoy\w*|repar\w*|verifi\w*|enquete|(?:ce|le)\s+lot\b|zuruckgebucht|gutgeschrieben|recredit\w*|credite\w*|estornad\w*|estorno|reintegrad\w*|abonad\w*|behoben|corrige\w*|corrigid\w*|corregid\w*|(?:goes|go|went)\s+out\s+(?:today|tomorrow|this\s+\w+)|(?:te|le|les)\s+hemos\s+(?:mandado|enviado)\s+(?:otr[oa]|un[oa]?\s+nuev[oa])|(?:mandamos|enviamos)\s+(?:outr[oa]|uma?\s+nov[oa])|(?:haben|habe)\s+ihnen\s+(?:\w+\s+){0,3}?(?:neue\w*|ersatz\w*)\s+(?:\w+\s+)?geschickt|nouvel\w*\s+\w+\s+(?:est\s+)?partie?|avons\s+(?:r?envoye|expedie)\s+(?:une?\s+)?(?:nouvel\w*|autre)|we(?:'ve|\s+have)\s+sent\s+(?:you\s+)?(?:a\s+|another\s+)?(?:new|replacement)|sale\s+hoy|sai\s+hoje|(?:il|elle)\s+part\s+aujourd'hui|part\s+aujourd'hui|geht\s+heute\s+(?:raus|los|in\s+den\s+versand)|ships?\s+today|reissu\w*|re-issu\w*|emitimos\s+otr[oa]|reemiti\w*|reemit\w*|reemett\w*|neu\s+ausstell\w*|ya\s+tienes\s+(?:la|el|acceso|tu)|you\s+now\s+have\s+(?:access|the|your)|ja\s+(?:tem|esta\s+liberad\w*)\s+(?:o\s+|a\s+)?(?:acesso|gravac\w*)|(?:page|listing|description|fiche|pagina|anuncio|seite)\s+(?:now\s+(?:says|shows|states|lists|mentions)|agora\s+(?:diz|mostra|informa)|ahora\s+(?:dice|indica|muestra)|(?:zeigt|nennt|sagt)\s+(?:das\s+)?jetzt)|desormais\s+(?:indique|precise|mentionne))\b/;

export function detectDiscountOnly(text: string): Hit[] {
  const f = fold(text).replace(NOT_MONEY_OFF, (m) => ' '.repeat(m.length));
  if (REMEDY.test(f) || OWN_COUPON.test(f) || FOR_EVERYONE.test(f) || NO_DISCOUNT.test(f)) return [];
  return [...hitsOf('discount_only_answer', f, DISCOUNT), ...hitsOf('discount_only_answer', text, [CODE])];
}

/**
 * The same rule for a planned action (actions' blocked move `discount_only`): words that offer
 * money off, and no remedy or check named beside them. One rule, so a coupon the reply guardrail
 * blocks is never accepted as an issue's action.
 */
export function offersDiscount(text: string): boolean {
  const f = fold(text);
  return DISCOUNT.some((re) => re.test(f)) || CODE.test(text);
}

export function namesRemedy(text: string): boolean {
  return REMEDY.test(fold(text));
}
