/**
 * Chat transcripts ("Customer: … / Assistant: …"): the assistant's lines are not the customer's
 * words, so a bot's "hold the button until the light blinks" must not label the signal, and a
 * customer's "are you sure?" only means something right after the bot has answered.
 */

export interface Turns {
  /** [start, end) offsets of assistant lines, in text order. */
  bot: number[];
  /** Offset where the first assistant line ends; -1 when the text is not a transcript. */
  firstBotEnd: number;
}

const NONE: Turns = { bot: [], firstBotEnd: -1 };
const SPEAKER =
  /^[ \t]*(assistant|bot|chatbot|virtual assistant|ai assistant|assistente|atendente virtual|asistente|asistente virtual|assistent|virtueller assistent|assistant virtuel)[ \t]*:/gim;

/** Cheap for ordinary text: one indexOf(':') decides there is nothing to look at. */
export function findTurns(text: string): Turns {
  if (text.indexOf(':') < 0) return NONE;
  SPEAKER.lastIndex = 0;
  let m = SPEAKER.exec(text);
  if (!m) return NONE;
  const bot: number[] = [];
  while (m) {
    const nl = text.indexOf('\n', m.index);
    const end = nl < 0 ? text.length : nl;
    bot.push(m.index, end);
    SPEAKER.lastIndex = end;
    m = SPEAKER.exec(text);
  }
  return { bot, firstBotEnd: bot[1] ?? -1 };
}

export function inBotTurn(turns: Turns, offset: number): boolean {
  const b = turns.bot;
  for (let i = 0; i < b.length; i += 2) if (offset >= b[i]! && offset < b[i + 1]!) return true;
  return false;
}

/** The customer's side of a transcript (assistant lines blanked, offsets unchanged). */
export function customerText(text: string, turns: Turns = findTurns(text)): string {
  if (!turns.bot.length) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < turns.bot.length; i += 2) {
    out += text.slice(from, turns.bot[i]) + ' '.repeat(turns.bot[i + 1]! - turns.bot[i]!);
    from = turns.bot[i + 1]!;
  }
  return out + text.slice(from);
}
