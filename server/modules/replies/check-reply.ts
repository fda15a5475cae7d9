// The one entry point every reply passes before it is sent or marked sent: collect hits from each
// detector, drop the ones the channel does not check, and attach severity and reason.
import type { Finding, GuardrailCode } from './guardrail-codes.js';
import { ruleFor, severityFor } from './guardrail-codes.js';
import type { ReplyContext, ReplyInput } from './reply-context.js';
import type { GuardrailModel } from './guardrail-model.js';
import { learnedOpinion, loadGuardrailModel } from './learned-opinion.js';
import { detectDatePromise } from './detect-date-promise.js';
import { detectDiscountOnly } from './detect-discount-only.js';
import { detectEmptyReply } from './detect-empty-reply.js';
import { detectFaultShift } from './detect-fault-shift.js';
import { detectGenericTemplate } from './detect-generic-template.js';
import { detectPii } from './detect-pii.js';
import { detectCardAsk, detectPrivateAsk } from './detect-private-ask.js';
import { detectReviewAsk } from './detect-review-ask.js';
import { detectWording } from './detect-wording.js';
import { mergeHits, type Hit } from './text-scan.js';

/**
 * Frames first; when none of their findings blocks, the learned model may add one (see
 * learned-opinion.ts). `model: null` runs the frames alone (evaluation, cross-validation).
 */
export function checkReply(input: ReplyInput, opts: { model?: GuardrailModel | null } = {}): Finding[] {
  const { text, context = {} } = input;
  const isPublic = input.public;
  const framed = findingsOf(frameHits(text, context), isPublic);
  const model = opts.model === undefined ? loadGuardrailModel() : opts.model;
  if (!model || framed.some((f) => f.blocking)) return framed;
  const second = findingsOf(learnedOpinion(model, text), isPublic).filter((f) => f.blocking);
  return second.length === 0 ? framed : [...framed, ...second].sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}

function frameHits(text: string, context: ReplyContext): Hit[] {
  return mergeHits([
    ...detectPii(text, context),
    ...detectPrivateAsk(text),
    ...detectCardAsk(text),
    ...detectWording(text),
    ...detectFaultShift(text),
    ...detectReviewAsk(text),
    ...detectDatePromise(text),
    ...detectDiscountOnly(text),
    ...detectGenericTemplate(text, context.customerWording),
    ...detectEmptyReply(text),
  ]);
}

function findingsOf(hits: readonly Hit[], isPublic: boolean): Finding[] {
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
