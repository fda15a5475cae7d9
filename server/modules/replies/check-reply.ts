// The one entry point every reply passes before it is sent or marked sent: collect hits from each
// detector, drop the ones the channel does not check, and attach severity and reason.
import type { Finding, GuardrailCode } from './guardrail-codes.js';
import { ruleFor, severityFor } from './guardrail-codes.js';
import type { ReplyInput } from './reply-context.js';
import { detectDatePromise } from './detect-date-promise.js';
import { detectDiscountOnly } from './detect-discount-only.js';
import { detectEmptyReply } from './detect-empty-reply.js';
import { detectGenericTemplate } from './detect-generic-template.js';
import { detectPii } from './detect-pii.js';
import { detectPrivateAsk } from './detect-private-ask.js';
import { detectReviewAsk } from './detect-review-ask.js';
import { detectWording } from './detect-wording.js';
import { mergeHits } from './text-scan.js';

export function checkReply(input: ReplyInput): Finding[] {
  const { text, context = {} } = input;
  const isPublic = input.public;
  const hits = mergeHits([
    ...detectPii(text, context),
    ...detectPrivateAsk(text),
    ...detectWording(text),
    ...detectReviewAsk(text),
    ...detectDatePromise(text, context.orderDelivered === true),
    ...detectDiscountOnly(text),
    ...detectGenericTemplate(text, context.customerWording),
    ...detectEmptyReply(text),
  ]);
  const findings: Finding[] = [];
  for (const h of hits) {
    const severity = severityFor(h.code, isPublic);
    if (severity === 'skip') continue;
    findings.push({ code: h.code, start: h.start, end: h.end, reason: ruleFor(h.code).reason, blocking: severity === 'block' });
  }
  return findings;
}

export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.blocking);
}

export function findingCodes(findings: readonly Finding[]): GuardrailCode[] {
  return [...new Set(findings.map((f) => f.code))].sort();
}
