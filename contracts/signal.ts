import { z } from 'zod';

import { CHANNELS, ATTACHMENT_KINDS, CUSTOMER_TIERS } from './vocab.js';

export * from './vocab.js';

const isoDate = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-11-02T10:00:00Z' });

export const attachmentInput = z.object({
  kind: z.enum(ATTACHMENT_KINDS),
  url: z.string().min(1).max(2048),
});

/** What a caller sends for one signal (API, NDJSON, JSON import). */
export const signalInput = z.object({
  channel: z.enum(CHANNELS),
  externalId: z.string().min(1).max(200),
  receivedAt: isoDate,
  text: z.string().min(1, 'must not be empty').max(100_000),
  title: z.string().max(1000).nullish(),
  rating: z.number().int().min(1).max(5).nullish(),
  sku: z.string().max(100).nullish(),
  variant: z.string().max(200).nullish(),
  batch: z.string().max(100).nullish(),
  orderId: z.string().max(100).nullish(),
  customerId: z.string().max(200).nullish(),
  customerTier: z.enum(CUSTOMER_TIERS).nullish(),
  language: z.string().min(2).max(10).nullish(),
  public: z.boolean().default(false),
  /** A review's published/hidden state on its platform, when known (moderation honesty). */
  published: z.boolean().nullish(),
  handledBy: z.enum(['human', 'automation']).default('human'),
  attachments: z.array(attachmentInput).max(50).default([]),
  demo: z.boolean().default(false),
}).strict();
export type SignalInput = z.infer<typeof signalInput>;

export const orderLineInput = z.object({
  sku: z.string().min(1).max(100),
  variant: z.string().max(200).nullish(),
  qty: z.number().int().positive(),
  price: z.number().nonnegative(),
});

/** One scan in a parcel's tracking history, as the carrier reported it. */
export const carrierEventInput = z.object({
  at: isoDate,
  status: z.string().min(1, 'must not be empty').max(100),
  location: z.string().max(200).nullish(),
}).strict();

export const orderInput = z.object({
  orderId: z.string().min(1).max(100),
  customerId: z.string().max(200).nullish(),
  customerTier: z.enum(CUSTOMER_TIERS).nullish(),
  orderedAt: isoDate,
  value: z.number().nonnegative().nullish(),
  currency: z.string().length(3).default('USD'),
  country: z.string().max(2).nullish(),
  shippingMethod: z.string().max(100).nullish(),
  route: z.string().max(100).nullish(),
  promisedMinDays: z.number().int().nonnegative().nullish(),
  promisedMaxDays: z.number().int().nonnegative().nullish(),
  shippedAt: isoDate.nullish(),
  deliveredAt: isoDate.nullish(),
  batch: z.string().max(100).nullish(),
  supplier: z.string().max(200).nullish(),
  warehouse: z.string().max(100).nullish(),
  carrier: z.string().max(100).nullish(),
  trackingNumber: z.string().max(100).nullish(),
  carrierEvents: z.array(carrierEventInput).max(200).default([]),
  lines: z.array(orderLineInput).min(1).max(500),
  demo: z.boolean().default(false),
}).strict();
export type OrderInput = z.infer<typeof orderInput>;

export const productInput = z.object({
  sku: z.string().min(1).max(100),
  title: z.string().min(1).max(500),
  supplier: z.string().max(200).nullish(),
  pageUrl: z.string().max(2048).nullish(),
  category: z.string().max(100).nullish(),
  promises: z.object({
    deliveryMinDays: z.number().int().nonnegative().nullish(),
    deliveryMaxDays: z.number().int().nonnegative().nullish(),
    sizeClaim: z.string().max(1000).nullish(),
    materialClaim: z.string().max(1000).nullish(),
    returnWindowDays: z.number().int().nonnegative().nullish(),
  }).partial().default({}),
  demo: z.boolean().default(false),
}).strict();
export type ProductInput = z.infer<typeof productInput>;
