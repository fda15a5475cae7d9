import { Hono } from 'hono';
import { z } from 'zod';
import {
  CONNECTOR_KINDS,
  connectorSecretInput,
  type ConnectionList,
  type ReplayResult,
  type WebhookReceipt,
} from '../../../contracts/connections.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { doc } from '../../platform/http/openapi.js';
import { parseInput } from '../../platform/http/validate.js';
import type { Connector } from './connector.js';
import { listConnections } from './list-connections.js';
import { kickDeliveries } from './process-deliveries.js';
import { receiveDelivery } from './receive-delivery.js';
import { replayDelivery } from './replay-delivery.js';
import { setWebhookSecret } from './set-webhook-secret.js';

const connectorParam = z.object({ connector: z.enum(CONNECTOR_KINDS) });
const deliveryParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

const SENDERS: Record<Connector, string> = {
  shopify: 'Shopify: X-Shopify-Hmac-Sha256, base64 HMAC-SHA256 of the raw body',
  woocommerce: 'WooCommerce: X-WC-Webhook-Signature, base64 HMAC-SHA256 of the raw body',
  stripe: 'Stripe: Stripe-Signature t=…,v1=…, HMAC-SHA256 of "t.body", 300 s tolerance',
};

/**
 * The doors senders post to, outside /api: they carry no token and no browser origin, and are
 * authenticated by their signature alone. The answer goes as soon as the delivery is stored;
 * the work follows (kickDeliveries, and the job loop for anything left).
 */
export function webhookRoutes(ctx: AppContext) {
  const app = new Hono();
  for (const connector of CONNECTOR_KINDS) {
    app.post(
      `/${connector}`,
      doc({
        summary: `Receive a ${connector} webhook (${SENDERS[connector]}); stored once, worked after the answer`,
        responses: {
          200: 'stored, or a duplicate of one stored (nothing changes); also a malformed payload, kept as a failure for replay',
        },
        errors: ['webhook_signature_invalid', 'payload_too_large'],
      }),
      async (c) => {
        const body = Buffer.from(await c.req.arrayBuffer());
        const r = await receiveDelivery(ctx, connector, body, (name) => c.req.header(name));
        if (r.kind === 'rejected') throw new AppError('webhook_signature_invalid', r.reason);
        if (r.kind === 'accepted') kickDeliveries(ctx);
        return c.json({ received: true, duplicate: r.kind === 'duplicate' } satisfies WebhookReceipt, 200);
      },
    );
  }
  return app;
}

/** The connections page: each connector's state, its secret set on the page, failures replayed. */
export function connectionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/',
    doc({
      summary:
        'Each connector: whether its secret is set (never the secret), the URL to paste, counts, last delivery, failures kept for replay',
    }),
    async (c) => {
      const url = new URL(c.req.url);
      const host = c.req.header('host') ?? url.host;
      const items = await listConnections(ctx, `${url.protocol}//${host}`);
      return c.json({ items } satisfies ConnectionList);
    },
  );
  app.put(
    '/:connector/secret',
    doc({
      summary: "Set the secret that verifies a connector's webhooks (an empty one removes it); the one it replaces verifies for 24 h more",
      params: connectorParam,
      body: connectorSecretInput,
      responses: { 204: 'set' },
      errors: ['secret_from_environment'],
    }),
    async (c) => {
      const { secret } = parseInput(connectorSecretInput, await c.req.json().catch(() => undefined));
      const { connector } = parseInput(connectorParam, c.req.param());
      await setWebhookSecret(ctx, connector, secret, 'api');
      return c.body(null, 204);
    },
  );
  app.post(
    '/deliveries/:id{[0-9]+}/replay',
    doc({
      summary: 'Work a kept delivery again from its stored body (after a fix); answers what became of it',
      errors: ['delivery_not_found', 'delivery_busy'],
    }),
    async (c) => {
      const { id } = parseInput(deliveryParam, c.req.param());
      return c.json((await replayDelivery(ctx, id, 'api')) satisfies ReplayResult);
    },
  );
  return app;
}
