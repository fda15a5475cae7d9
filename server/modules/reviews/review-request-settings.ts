// Settings for review requests (settings key 'review_requests'). Nothing here describes the customer:
// the delay, how far back to look, the optional incentive wording and where to send are the same for
// every delivered order, so requests cannot be gated on sentiment through configuration either.
import { z } from 'zod';

export const REVIEW_REQUEST_SETTINGS_KEY = 'review_requests';

export const reviewRequestSettingsSchema = z
  .object({
    /** Days after delivery before asking; 0 = at delivery, never before. */
    delayDays: z.number().min(0).max(365).default(7),
    /** Orders delivered longer ago than this are not asked: turning the feature on must not mail a year of history. */
    maxAgeDays: z.number().int().min(1).max(3650).default(30),
    /** Optional incentive wording shown with the ask; checked for disclosure and sentiment-neutrality on save. */
    incentiveWording: z.string().min(1).max(2000).nullable().default(null),
    /** When set, due requests are POSTed here as JSON; otherwise they wait for `writeback outbox export`. */
    webhookUrl: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null),
  })
  .strict()
  .refine((s) => s.maxAgeDays > s.delayDays, { path: ['maxAgeDays'], message: 'must be greater than delayDays' });

export type ReviewRequestSettings = z.infer<typeof reviewRequestSettingsSchema>;

export const reviewRequestSettingsPatch = z
  .object({
    delayDays: z.number().min(0).max(365).optional(),
    maxAgeDays: z.number().int().min(1).max(3650).optional(),
    incentiveWording: z.string().min(1).max(2000).nullable().optional(),
    webhookUrl: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .optional(),
    actor: z.string().min(1).max(200).default('admin'),
  })
  .strict();
export type ReviewRequestSettingsPatch = z.infer<typeof reviewRequestSettingsPatch>;

/** Stored settings that no longer parse (edited by hand) fall back to the defaults field by field. */
export function parseReviewRequestSettings(value: unknown): ReviewRequestSettings {
  const r = reviewRequestSettingsSchema.safeParse(value ?? {});
  return r.success ? r.data : reviewRequestSettingsSchema.parse({});
}
