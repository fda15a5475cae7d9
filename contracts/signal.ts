import { z } from 'zod';

import { CHANNELS, ATTACHMENT_KINDS, CUSTOMER_TIERS } from './vocab.js';
import { currency, int4Count, money, pastDateTime, storable } from './input.js';

export * from './vocab.js';

// Received, ordered, shipped and scanned moments have happened: from 2000-01-01 to tomorrow.
const isoDate = pastDateTime();
const days = int4Count(3650);

export const attachmentInput = z.object({
  kind: z.enum(ATTACHMENT_KINDS),
  url: z.string().min(1).max(2048),
});

/** What a caller sends for one signal (API, NDJSON, JSON import). */
export const signalInput = storable(
  z
    .object({
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
      customerId: z.string().min(1).max(200).nullish(),
      customerTier: z.enum(CUSTOMER_TIERS).nullish(),
      language: z.string().min(2).max(10).nullish(),
      public: z.boolean().default(false),
      /** A review's published/hidden state on its platform, when known (moderation honesty). */
      published: z.boolean().nullish(),
      handledBy: z.enum(['human', 'automation']).default('human'),
      attachments: z.array(attachmentInput).max(50).default([]),
    })
    .strict(),
);
export type SignalInput = z.infer<typeof signalInput>;

export const orderLineInput = z.object({
  sku: z.string().min(1).max(100),
  variant: z.string().max(200).nullish(),
  qty: z.number().int().positive().max(1_000_000),
  price: money(),
});

/** One scan in a parcel's tracking history, as the carrier reported it. */
export const carrierEventInput = z
  .object({
    at: isoDate,
    status: z.string().min(1, 'must not be empty').max(100),
    location: z.string().max(200).nullish(),
  })
  .strict();

export const orderInput = storable(
  z
    .object({
      orderId: z.string().min(1).max(100),
      customerId: z.string().min(1).max(200).nullish(),
      customerTier: z.enum(CUSTOMER_TIERS).nullish(),
      /** The email on the order: personal data, checked by the complaint form and masked in lists. */
      customerEmail: z.string().trim().toLowerCase().email().max(320).nullish(),
      orderedAt: isoDate,
      value: money().nullish(),
      currency: currency().default('USD'),
      country: z.string().max(2).nullish(),
      shippingMethod: z.string().max(100).nullish(),
      route: z.string().max(100).nullish(),
      promisedMinDays: days.nullish(),
      promisedMaxDays: days.nullish(),
      shippedAt: isoDate.nullish(),
      deliveredAt: isoDate.nullish(),
      batch: z.string().max(100).nullish(),
      supplier: z.string().max(200).nullish(),
      warehouse: z.string().max(100).nullish(),
      carrier: z.string().max(100).nullish(),
      trackingNumber: z.string().max(100).nullish(),
      carrierEvents: z.array(carrierEventInput).max(200).default([]),
      /** The charge or payment intent that paid it (Stripe `ch_…`/`pi_…`), so a payment dispute finds its order. */
      paymentRef: z.string().max(200).nullish(),
      cancelledAt: isoDate.nullish(),
      lines: z.array(orderLineInput).min(1).max(500),
    })
    .strict(),
);
export type OrderInput = z.infer<typeof orderInput>;

export const productInput = storable(
  z
    .object({
      sku: z.string().min(1).max(100),
      title: z.string().min(1).max(500),
      supplier: z.string().max(200).nullish(),
      pageUrl: z.string().max(2048).nullish(),
      category: z.string().max(100).nullish(),
      promises: z
        .object({
          deliveryMinDays: days.nullish(),
          deliveryMaxDays: days.nullish(),
          sizeClaim: z.string().max(1000).nullish(),
          materialClaim: z.string().max(1000).nullish(),
          returnWindowDays: days.nullish(),
        })
        .partial()
        .default({}),
    })
    .strict(),
);
export type ProductInput = z.infer<typeof productInput>;
