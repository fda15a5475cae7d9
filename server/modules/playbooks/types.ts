import { z } from 'zod';
import { CHANNELS, ISSUE_TYPES } from '../../../contracts/signal.js';

export const WRITE_BACK_LOCATIONS = [
  'product_page',
  'faq',
  'policy_page',
  'support_macro',
  'chatbot_knowledge',
  'escalation_rule',
  'delivery_promise',
  'fulfilment_review',
  'qa_record',
  'supplier_file',
  'inventory_hold',
  'ad_creative_brief',
  'ugc_library',
] as const;
export type WriteBackLocation = (typeof WRITE_BACK_LOCATIONS)[number];

/** Locations a shopper reads before buying: a fix that never reaches one leaves the cause alive. */
export const PUBLIC_FACING_LOCATIONS: readonly WriteBackLocation[] = [
  'product_page',
  'faq',
  'policy_page',
  'delivery_promise',
  'ad_creative_brief',
];

/**
 * Tempting moves a playbook can block. Action-level ones are enforced by the actions module;
 * reply-level ones (public argument, private details, carrier blame) by the reply guardrails.
 */
export const BLOCKED_MOVE_CODES = [
  'macro_only',
  'public_argument',
  'discount_only',
  'automation_on_sensitive',
  'ugc_without_permission',
  'review_filtering',
  'private_details_public',
  'uncontrolled_date_promise',
  'carrier_blame_public',
  'review_request_too_early',
  'refund_and_close',
] as const;
export type BlockedMoveCode = (typeof BLOCKED_MOVE_CODES)[number];

export const OWNER_TEAMS = [
  'support',
  'marketplace_operations',
  'product_compliance',
  'sourcing_quality',
  'fulfilment',
  'customer_operations',
  'legal',
  'marketing',
  'content',
] as const;
export type OwnerTeam = (typeof OWNER_TEAMS)[number];

export const STAGES = ['pre_sale', 'post_purchase'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const playbookMatchSchema = z
  .object({
    issueTypes: z.array(z.enum(ISSUE_TYPES)).min(1),
    /** Only when the issue's signals are at this stage (a pre-sale fit question vs a wrong fit). */
    stages: z.array(z.enum(STAGES)).min(1).optional(),
    /** Only when the issue has signals from one of these channels. */
    channels: z.array(z.enum(CHANNELS)).min(1).optional(),
    /** Only when the issue carries customer photos or video. */
    hasMedia: z.boolean().optional(),
    /** Only when the issue is scoped to one batch (the key has a batch). */
    batchScoped: z.boolean().optional(),
    /** Only when automation handled some of the issue's signals. */
    automationInvolved: z.boolean().optional(),
  })
  .strict();

export const playbookSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,62}$/, 'lowercase letters, digits, - and _'),
    title: text(200),
    matches: playbookMatchSchema,
    hiddenRisk: text(1000),
    firstReply: text(1000),
    writeBack: z
      .array(
        z
          .object({
            location: z.enum(WRITE_BACK_LOCATIONS),
            change: text(500),
            ownerTeam: z.enum(OWNER_TEAMS),
          })
          .strict(),
      )
      .min(1)
      .max(13),
    blockedMoves: z.array(z.object({ code: z.enum(BLOCKED_MOVE_CODES), reason: text(500) }).strict()).max(BLOCKED_MOVE_CODES.length),
    reviewMetrics: z
      .array(
        z
          .object({
            metric: text(100),
            /** Which way is better. */
            goal: z.enum(['down', 'up']),
            description: text(300),
          })
          .strict(),
      )
      .min(1)
      .max(20),
    reviewWindowDays: z.number().int().min(7).max(21),
    /** Signals of this issue always reach a person (safety, disputes). */
    humanOnly: z.boolean().default(false),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.blockedMoves.forEach((b, i) => {
      if (seen.has(b.code)) ctx.addIssue({ code: 'custom', path: ['blockedMoves', i, 'code'], message: `${b.code} is listed twice` });
      seen.add(b.code);
    });
  });

export type Playbook = z.output<typeof playbookSchema>;
export type PlaybookInput = z.input<typeof playbookSchema>;
export type PlaybookMatch = z.output<typeof playbookMatchSchema>;
