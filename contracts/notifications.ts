/** Notifications: what a person is told in the app, and the outgoing notification webhooks. */
import { z } from 'zod';

/** The events a notification webhook can ask for. */
export const NOTIFICATION_EVENTS = [
  'signal.assignee_changed',
  'issue.spike_flagged',
  /** Found by the notifications job (one delivery per fact): */
  'sla.at_risk',
  'action.due',
  'decision.asked',
  'supplier_evidence.overdue',
  'action.verdict',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** The kinds of notification a person is told about, each chosen in the app and by email. */
export const NOTIFICATION_KINDS = [
  'assigned',
  'spike_flagged',
  'sla_at_risk',
  'action_due',
  'decision_asked',
  'supplier_evidence_overdue',
  'verdict',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const preferencesInput = z
  .object({
    items: z
      .array(
        z
          .object({
            kind: z.enum(NOTIFICATION_KINDS),
            inApp: z.boolean(),
            email: z.boolean(),
            /** Through my own webhook (PUT /api/notifications/my-webhook); left out: unchanged. */
            webhook: z.boolean().optional(),
          })
          .strict(),
      )
      .max(NOTIFICATION_KINDS.length),
  })
  .strict();
export interface NotificationPreferences {
  items: { kind: NotificationKind; inApp: boolean; email: boolean; webhook: boolean }[];
}
export type PreferenceChoice = { kind: NotificationKind; inApp: boolean; email: boolean; webhook?: boolean };

/** PUT /api/notifications/my-webhook: where my own notifications are POSTed (signed like the store-wide ones). */
export const myWebhookInput = z
  .object({
    url: z
      .string()
      .trim()
      .max(2000)
      .url('must be an http or https URL')
      .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL'),
    secret: z.string().min(16, 'must be at least 16 characters').max(200),
    format: z.enum(['generic', 'slack']).default('slack'),
  })
  .strict();
export interface MyWebhook {
  webhook: NotificationWebhookView | null;
}

export const webhookInput = z
  .object({
    url: z
      .string()
      .trim()
      .max(2000)
      .url('must be an http or https URL')
      .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL'),
    events: z.array(z.enum(NOTIFICATION_EVENTS)).min(1, 'name at least one event').max(NOTIFICATION_EVENTS.length),
    secret: z.string().min(16, 'must be at least 16 characters').max(200),
    /** `generic` (default): `{ event, at, data, text, deliveryId, sentAt }`; `slack`: Slack-compatible `{ text }`. Both signed. */
    format: z.enum(['generic', 'slack']).default('generic'),
  })
  .strict();

export interface NotificationView {
  id: number;
  kind: string;
  title: string;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: string;
  readAt: string | null;
}
export interface NotificationList {
  items: NotificationView[];
  unread: number;
}
/** PUT /api/notifications/digest: the daily digest by email, on or off, and the hour (store time zone). */
export const digestInput = z
  .object({
    enabled: z.boolean(),
    hour: z.number().int('must be a whole hour').min(0, 'must be 0 to 23').max(23, 'must be 0 to 23'),
  })
  .strict();
export interface DigestSetting {
  enabled: boolean;
  hour: number;
  /** The store's time zone the hour is read in. */
  timeZone: string;
}

/** PATCH /api/notifications/webhooks/:id: a disabled webhook is kept but sent nothing (its deliveries wait). */
export const webhookPatchInput = z.object({ enabled: z.boolean() }).strict();

export const DELIVERY_STATES = ['queued', 'retrying', 'sent', 'failed'] as const;
export const deliveryQuery = z
  .object({
    state: z.enum(DELIVERY_STATES).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** The id of the last delivery of the previous page. */
    before: z.coerce.number().int().min(1).optional(),
  })
  .strict();

export interface DeliveryView {
  id: number;
  eventType: string;
  /** `failed`: given up after the last retry. */
  state: (typeof DELIVERY_STATES)[number];
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}
export interface NotificationWebhookView {
  id: number;
  url: string;
  events: string[];
  format: 'generic' | 'slack';
  createdAt: string;
  enabled: boolean;
  /** Deliveries given up on, and waiting for a retry. */
  failed: number;
  retrying: number;
  /** The latest deliveries, newest first (never the secret). */
  deliveries: DeliveryView[];
}
export interface NotificationWebhookList {
  items: NotificationWebhookView[];
}
export interface DeliveryList {
  items: DeliveryView[];
  nextBefore: number | null;
}
