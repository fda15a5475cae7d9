// The public reply must show it heard the customer, and the most honest way is their own words. This
// picks short fragments of the review worth quoting, best first, and drops any fragment the guardrails
// would flag (an order number, a date, an accusation), because quoting it would publish it.
import { checkReply } from '../replies/index.js';
import { contentStems } from '../replies/index.js';

const MIN_WORDS = 3;
const MAX_WORDS = 14;

export function customerDetailCandidates(reviewText: string, limit = 4): string[] {
  const sentencesFirst = reviewText
    .split(/(?<=[.!?])\s+|[\n;:()"“”]|\s[-–—]\s/)
    .map(tidy)
    .filter(Boolean);
  // Comma pieces come second: they rescue the clean half of a sentence whose other half cannot be quoted
  // ("call me on <phone>, this kettle leaks").
  const commaPieces = sentencesFirst.flatMap((s) => (s.includes(',') ? s.split(/,\s*/).map(tidy).filter(Boolean) : []));
  const clauses = [...sentencesFirst, ...commaPieces];

  const scored = clauses
    .map((clause, index) => ({ clause: shorten(clause), index }))
    .filter(({ clause }) => wordCount(clause) >= MIN_WORDS)
    .filter(({ clause }) => checkReply({ text: clause, public: true }).length === 0)
    .map((c) => ({ ...c, score: contentStems(c.clause).size }))
    .filter((c) => c.score >= 2);

  // Most specific first; among equals, the earlier clause, which is usually the customer's headline.
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return [...new Set(scored.map((s) => s.clause))].slice(0, limit);
}

function tidy(clause: string): string {
  return clause
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.!?'"-]+|[\s,.!?'"-]+$/g, '')
    .trim();
}

function shorten(clause: string): string {
  const words = clause.split(' ');
  return words.length <= MAX_WORDS ? clause : words.slice(0, MAX_WORDS).join(' ').replace(/[,;]$/, '') + '…';
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
