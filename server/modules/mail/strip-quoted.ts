import EmailReplyParser from 'email-reply-parser';

/** Longest text handed to the reply parser (its patterns are plain RegExp: keep their input bounded). */
const MAX_SCAN = 50_000;

/**
 * What the customer wrote in this message: the quoted history ("On … wrote:", "> …", an
 * "Original Message" block) and the signature ("-- ", "Sent from my iPhone", "Best regards, …")
 * taken off by email-reply-parser (Crisp's, about ten locales). Falls back to the whole text when
 * stripping would leave nothing (a message that is only a quote keeps its quote).
 */
export function stripQuotedAndSignature(text: string): string {
  const src = text.replace(/\r\n?/g, '\n').slice(0, MAX_SCAN);
  let visible = '';
  try {
    visible = new EmailReplyParser().read(src).getVisibleText().trim();
  } catch {
    visible = '';
  }
  return visible || src.trim();
}
