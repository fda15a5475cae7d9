// A reply that shares no specific word with what the customer wrote reads as a template. Only checked
// when the customer's wording is known; one shared content word is enough to pass, because the aim
// is to catch the copy-paste reply, not to grade prose.
import type { Hit } from './text-scan.js';
import { sharedContent } from './content-words.js';

export function detectGenericTemplate(text: string, customerWording: string | undefined): Hit[] {
  if (!customerWording || customerWording.trim() === '' || text.trim() === '') return [];
  if (sharedContent(customerWording, text).length > 0) return [];
  const start = text.length - text.trimStart().length;
  return [{ code: 'generic_template', start, end: text.trimEnd().length }];
}
