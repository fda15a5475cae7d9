/**
 * What is not the customer's own wording about a problem, removed before themes are looked for:
 * the assistant's side of a chat transcript and its speaker labels, and sentences a store's inbox
 * repeats across many messages ("Thinking of ordering two.", "Thanks, that helps.").
 */

/** Lines an assistant or agent wrote, in the languages the stop words know. */
const AGENT_LINE =
  /^[ \t]*(?:assistant|bot|chatbot|virtual assistant|ai assistant|agent|support|assistente|atendente(?: virtual)?|asistente|agente|kundenservice|assistent|conseill(?:er|ere)|service client)[ \t]*:.*$/gim;
/** The customer's speaker label: the words after it are theirs, the label is not. */
const CUSTOMER_LABEL = /^[ \t]*(?:customer|buyer|user|you|cliente|comprador|usuario|kunde|kundin|client|cliente)[ \t]*:/gim;

/** The customer's words of a message: assistant lines dropped, speaker labels removed. */
export function customerWords(text: string): string {
  if (text.indexOf(':') < 0) return text;
  return text.replace(AGENT_LINE, ' ').replace(CUSTOMER_LABEL, ' ');
}

const SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;
const key = (sentence: string) =>
  sentence
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Drops, from each text, sentences that recur word for word in at least `minTexts` texts of the
 * pool next to other words: a template line appended to many different messages is filler. A
 * sentence some customer sent on its own is kept everywhere (many customers writing the same
 * short complaint is a theme, not filler), and a text made only of repeated sentences keeps its
 * least repeated ones (its question, not its sign-off). Linear in the pool (one map of sentences).
 */
export function dropRepeatedSentences(texts: readonly string[], minTexts = 3): string[] {
  const split = texts.map((t) =>
    customerWords(t)
      .split(SENTENCE_END)
      .map((s) => ({ s, k: key(s) }))
      .filter((x) => x.k),
  );
  const seenIn = new Map<string, number>();
  const alone = new Set<string>();
  for (const sentences of split) {
    for (const k of new Set(sentences.map((x) => x.k))) seenIn.set(k, (seenIn.get(k) ?? 0) + 1);
    if (sentences.length === 1) alone.add(sentences[0]!.k);
  }
  const count = (k: string) => (alone.has(k) ? 0 : (seenIn.get(k) ?? 0));
  return split.map((sentences) => {
    let kept = sentences.filter((x) => count(x.k) < minTexts);
    if (!kept.length && sentences.length) {
      const least = Math.min(...sentences.map((x) => count(x.k)));
      kept = sentences.filter((x) => count(x.k) === least);
    }
    return kept.map((x) => x.s).join(' ');
  });
}
