/**
 * Which customer wordings a team can act on. The weekly "line to act on" quotes one; a chat the
 * bot settled ("Thanks, that helps.") or a happy message is nothing to act on, however typical its
 * wording is of the week's theme.
 */

export interface WordingCandidate {
  text: string;
  handledBy: string;
  /** Triage's sentiment label: positive, negative, mixed, neutral (null when not triaged). */
  sentiment: string | null;
}

/** Assistant or agent speaker labels (en, pt, es, de, fr). */
const AGENT =
  /^[ \t]*(?:assistant|bot|chatbot|virtual assistant|ai assistant|agent|assistente|atendente(?: virtual)?|asistente|agente|assistent|conseill(?:er|ere))[ \t]*:/im;
const CUSTOMER_LABEL = /^[ \t]*(?:customer|buyer|user|cliente|comprador|kunde|kundin|client)[ \t]*:\s*/i;
/** A customer's last turn that closes the chat pleased: thanks, "ok", "that works", in five languages. */
const SETTLED =
  /^(?:ok(?:ay)?|great|perfect|thanks?|thank you|got it|cool|awesome|that (?:helps|helped|works|worked|answers it)|it works(?: now)?|works now|obrigad[oa]|valeu|perfeito|otimo|entendi|gracias|perfecto|genial|vale|danke|super|perfekt|alles klar|merci|parfait|d'accord)\b/i;
/** …unless it still asks for something or says it did not help. */
const STILL_OPEN = /\b(?:not|no|doesn'?t|didn'?t|still|but|agent|person|human|refund|nao|mas|pero|todavia|nicht|kein|aber|pas|mais)\b|\?/i;

/** The customer's last turn of a chat transcript, or null when the text is not one. */
function lastCustomerTurn(text: string): string | null {
  if (!AGENT.test(text)) return null;
  const lines = text.split('\n').filter((l) => l.trim());
  const last = lines[lines.length - 1] ?? '';
  if (AGENT.test(last)) return null; // the bot had the last word: nothing says the customer was settled
  return last.replace(CUSTOMER_LABEL, '').trim();
}

/** A chat the automation answered and the customer closed pleased. */
export function settledByBot(c: Pick<WordingCandidate, 'text' | 'handledBy'>): boolean {
  const last = lastCustomerTurn(c.text);
  if (last === null) return false;
  return SETTLED.test(last) && !STILL_OPEN.test(last);
}

/**
 * Something to act on: not read as positive and not a chat the bot settled. Complaints read as
 * negative or mixed rank before neutral questions (0 before 1); -1 means not actionable.
 */
export function actionableRank(c: WordingCandidate): number {
  if (c.sentiment === 'positive' || settledByBot(c)) return -1;
  return c.sentiment === 'negative' || c.sentiment === 'mixed' ? 0 : 1;
}
