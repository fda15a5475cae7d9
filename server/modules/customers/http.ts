import { Hono } from 'hono';
import { z } from 'zod';
import { eraseCustomerInput, retentionInput, type CustomerErasure, type RetentionSetting } from '../../../contracts/customers.js';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import { eraseCustomer } from './erase-customer.js';
import { getRetention, setRetention } from './retention.js';

export const customerParams = z.object({ customerId: z.string().min(1).max(200) });

/** An empty body is `{}`: erasing needs nothing but the customer's id. */
async function optionalJson(c: { req: { text(): Promise<string> } }): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** /api/customers: erasure on request (the customer file and export are mounted beside it, from reports). */
export function customerRoutes(ctx: AppContext) {
  const app = new Hono();
  app.post(
    '/:customerId/erase',
    doc({
      summary:
        "Erase a customer's data: every text, name, email, phone, address and attachment, in every table and the event log; answers the counts",
      params: customerParams,
      body: eraseCustomerInput,
      errors: ['customer_not_found'],
    }),
    async (c) => {
      const { customerId } = parseInput(customerParams, { customerId: c.req.param('customerId') });
      const body = parseInput(eraseCustomerInput, await optionalJson(c));
      return c.json((await eraseCustomer(ctx, customerId, { actor: body.actor })) satisfies CustomerErasure);
    },
  );
  return app;
}

/** /api/settings/retention */
export function retentionRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/', doc({ summary: 'How many months customer text is kept before the retention job erases it' }), async (c) =>
    c.json((await getRetention(ctx)) satisfies RetentionSetting),
  );
  app.put(
    '/',
    doc({
      summary: 'Set the retention in months (null keeps customer text indefinitely); overrides WRITEBACK_RETENTION_MONTHS',
      body: retentionInput,
    }),
    async (c) => {
      const body = parseInput(retentionInput, await c.req.json().catch(() => null));
      return c.json((await setRetention(ctx, body.months, { actor: body.actor })) satisfies RetentionSetting);
    },
  );
  return app;
}
