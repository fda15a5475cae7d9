import type { Signal } from './signal.js';

/** The API's view of a signal: explicit fields, ISO dates, nothing else leaks from storage. */
export function presentSignal(s: Signal) {
  return {
    id: s.id, channel: s.channel, externalId: s.externalId, receivedAt: s.receivedAt.toISOString(),
    text: s.text, title: s.title, rating: s.rating, sku: s.sku, variant: s.variant, batch: s.batch,
    orderId: s.orderId, customerId: s.customerId, customerTier: s.customerTier, language: s.language,
    public: s.public, handledBy: s.handledBy, demo: s.demo, attachments: s.attachments,
  };
}
