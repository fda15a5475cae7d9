import type { SignalInput, OrderInput, ProductInput } from '../../contracts/signal.js';

let n = 0;
const next = () => ++n;

export function buildSignal(over: Partial<SignalInput> = {}): SignalInput {
  const i = next();
  return {
    channel: 'email',
    externalId: `ext-${i}`,
    receivedAt: '2026-11-10T09:00:00Z',
    text: `The strap was missing from my bag (${i})`,
    public: false,
    handledBy: 'human',
    attachments: [],
    ...over,
  };
}

export function buildOrder(over: Partial<OrderInput> = {}): OrderInput {
  const i = next();
  return {
    orderId: `o-${i}`,
    orderedAt: '2026-11-01T10:00:00Z',
    currency: 'USD',
    carrierEvents: [],
    lines: [{ sku: 'BAG-1', qty: 1, price: 49.5 }],
    ...over,
  };
}

export function buildProduct(over: Partial<ProductInput> = {}): ProductInput {
  const i = next();
  return { sku: `SKU-${i}`, title: `Product ${i}`, promises: {}, ...over };
}
