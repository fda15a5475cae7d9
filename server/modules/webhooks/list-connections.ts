import type { Connection, ConnectionFailure } from '../../../contracts/connections.js';
import type { AppContext } from '../../platform/http/context.js';
import { CONNECTORS, type Connector } from './connector.js';
import { listOpenDeliveries, readCounters } from './delivery-repository.js';
import { webhookSecrets } from './webhook-secrets.js';

const NAMES: Record<Connector, string> = { shopify: 'Shopify', woocommerce: 'WooCommerce', stripe: 'Stripe disputes' };
const TOPICS: Record<Connector, string[]> = {
  shopify: [
    'orders/create',
    'orders/updated',
    'orders/cancelled',
    'fulfillments/create',
    'fulfillments/update',
    'fulfillment_events/create',
    'refunds/create',
    'returns/request',
    'products/create',
    'products/update',
    'customers/data_request',
    'customers/redact',
    'shop/redact',
  ],
  woocommerce: ['order.created', 'order.updated'],
  stripe: ['charge.dispute.created', 'charge.dispute.updated', 'charge.dispute.closed'],
};

/** Each connector as the connections page shows it; `origin` is the address this server is reached at. */
export async function listConnections(ctx: Pick<AppContext, 'db' | 'clock' | 'config'>, origin: string): Promise<Connection[]> {
  const counters = new Map((await readCounters(ctx.db)).map((c) => [c.connector, c]));
  const open = await listOpenDeliveries(ctx.db, 300);
  const out: Connection[] = [];
  for (const connector of CONNECTORS) {
    const s = await webhookSecrets(ctx, connector);
    const c = counters.get(connector);
    out.push({
      connector,
      name: NAMES[connector],
      secret: s.source,
      rotating: s.rotating,
      url: `${origin}/webhooks/${connector}`,
      topics: TOPICS[connector],
      lastDeliveryAt: c?.lastDeliveryAt?.toISOString() ?? null,
      counts: { accepted: c?.accepted ?? 0, duplicate: c?.duplicate ?? 0, rejected: c?.rejected ?? 0 },
      lastRejection:
        c?.lastRejectedAt && c.lastRejectedReason ? { at: c.lastRejectedAt.toISOString(), reason: c.lastRejectedReason } : null,
      failures: open
        .filter((d) => d.connector === connector)
        .slice(0, 50)
        .map(
          (d): ConnectionFailure => ({
            deliveryId: d.id,
            topic: d.topic,
            receivedAt: d.receivedAt.toISOString(),
            status: d.status as ConnectionFailure['status'],
            reason: d.reason,
            bytes: d.bytes,
          }),
        ),
    });
  }
  return out;
}
