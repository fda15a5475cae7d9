// A fallback when a review arrives without triage. Triage owns classification; this only keeps the
// response decision from being blind, so it is a handful of unambiguous cues and nothing more.
import type { IssueType } from '../../../contracts/signal.js';

const CUES: readonly [IssueType, RegExp][] = [
  ['safety', /\b(?:burn(?:ed|t)?|fire|smoke|smoking|shock|injur\w*|rash|allerg\w*|chok\w*|toxic)\b/i],
  [
    'damaged_in_transit',
    /\b(?:arrived|came|delivered)\s+(?:\w+\s+){0,4}(?:broken|crushed|dented|cracked|smashed|leaking|damaged)\b|\b(?:crushed|dented)\s+(?:box|parcel|package)\b|\b(?:box|parcel|package)\s+(?:was|is)\s+(?:crushed|dented|damaged|torn)\b/i,
  ],
  ['missing_item', /\b(?:missing|wasn'?t in the box|not included|faltou|faltando)\b/i],
  ['wrong_item', /\bwrong\s+(?:item|colou?r|size|product|model|one)\b|\b(?:sent|received|got)\s+(?:me\s+)?the\s+wrong\b/i],
  [
    'delivery_delay',
    /\b(?:late|delay\w*|took\s+\d+\s+(?:days|weeks)|still\s+(?:waiting|hasn'?t)|never\s+arrived|not\s+arrived|tracking|lost\s+parcel|atras\w*|demor\w*)\b/i,
  ],
  ['defect', /\b(?:broke|broken|stopped\s+working|leak\w*|snapped|tore|torn|cracked|faulty|dead|quebr\w*|vaz\w*)\b/i],
  ['fit_size', /\b(?:too\s+(?:small|big|large|tight|loose|short|long)|doesn'?t\s+fit|does\s+not\s+fit|size|sizing|fit)\b/i],
  [
    'listing_mismatch',
    /\b(?:not\s+(?:as|like)\s+(?:pictured|described|the\s+photo)|different\s+from\s+the\s+(?:photo|picture|listing|description)|looks\s+nothing\s+like)\b/i,
  ],
  ['material_quality', /\b(?:cheap|flimsy|thin|smell\w*|colou?r\s+(?:is|was)\s+off|fad\w*|scratch\w*|pilling)\b/i],
  ['setup_usage', /\b(?:instructions?|manual|assembl\w*|set\s?up|install\w*|confusing)\b/i],
  ['ai_wrong_answer', /\b(?:chat\s?bot|bot|assistant|ai)\b[^.!?]{0,60}\b(?:wrong|incorrect|lied|said)\b/i],
  ['support_experience', /\b(?:customer\s+service|support|no\s+(?:reply|response|answer)|rude|ignored)\b/i],
  ['returns_refunds', /\b(?:refund\w*|return\w*|reembols\w*|devolu\w*)\b/i],
  ['payment_checkout', /\b(?:charged\s+twice|double\s+charge\w*|payment\s+failed|discount\s+code|checkout)\b/i],
];

export function guessIssueTypes(text: string, rating: number | null | undefined): IssueType[] {
  const found = CUES.filter(([, re]) => re.test(text)).map(([type]) => type);
  if (found.length > 0) return found;
  return rating != null && rating >= 4 ? ['praise'] : [];
}
