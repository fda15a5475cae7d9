import { z } from 'zod';
import { dueDateTime } from '../../../../contracts/input.js';
import { type FieldIssue, zodIssues } from '../../../platform/errors.js';
import { OWNER_TEAMS } from '../../playbooks/index.js';

/** The owner's answer back to support, one of five kinds. */
export const DECISION_TYPES = [
  'accept_file_current',
  'correct_public_claim',
  'ask_supplier_evidence',
  'hold_next_order',
  'assign_follow_up_owner',
] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

const isoDate = dueDateTime();
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

const base = {
  issueId: text(100),
  decidedBy: text(200),
  decidedAt: isoDate,
  note: text(2000),
};

export const decisionSchema = z
  .discriminatedUnion('type', [
    z
      .object({
        ...base,
        type: z.literal('accept_file_current'),
        // Keeping the file as it is must be argued, or "accept" becomes the way to ignore an issue.
        note: z.string().trim().min(20, 'say in at least 20 characters why the file stays as it is').max(2000),
      })
      .strict(),
    z
      .object({
        ...base,
        type: z.literal('correct_public_claim'),
        location: z.enum([
          'product_page',
          'faq',
          'policy_page',
          'delivery_promise',
          'ad_creative_brief',
          'chatbot_knowledge',
          'support_macro',
        ]),
        claimBefore: text(2000).nullish(),
        claimAfter: text(2000),
      })
      .strict(),
    z
      .object({
        ...base,
        type: z.literal('ask_supplier_evidence'),
        supplier: text(200),
        evidenceRequested: z.array(text(300)).min(1, 'name at least one piece of evidence').max(50),
        dueAt: isoDate,
      })
      .strict(),
    z
      .object({
        ...base,
        type: z.literal('hold_next_order'),
        sku: text(100),
        batch: text(100).nullish(),
        supplier: text(200).nullish(),
        releaseCondition: text(500),
      })
      .strict(),
    z
      .object({
        ...base,
        type: z.literal('assign_follow_up_owner'),
        owner: text(200),
        ownerTeam: z.enum(OWNER_TEAMS),
        dueAt: isoDate,
      })
      .strict(),
  ])
  .superRefine((d, ctx) => {
    if ('dueAt' in d && Date.parse(d.dueAt) <= Date.parse(d.decidedAt)) {
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'must be after decidedAt' });
    }
  });

export type Decision = z.output<typeof decisionSchema>;

export type ValidateDecisionResult = { ok: true; decision: Decision } | { ok: false; code: 'decision_invalid'; errors: FieldIssue[] };

export function validateDecision(input: unknown): ValidateDecisionResult {
  const r = decisionSchema.safeParse(input);
  return r.success ? { ok: true, decision: r.data } : { ok: false, code: 'decision_invalid', errors: zodIssues(r.error) };
}
