import { Hono } from 'hono';
import type { CustomerFile } from '../../../contracts/customers.js';
import type { AppContext } from '../../platform/http/context.js';
import { parseInput } from '../../platform/http/validate.js';
import { doc } from '../../platform/http/openapi.js';
import { customerParams } from '../customers/index.js';
import { getCustomerFile } from './customer-file.js';
import { exportCustomerFile } from './export-customer-file.js';

/** /api/customers/:customerId and its export (erasure is the customers module's, beside these). */
export function customerFileRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get(
    '/:customerId',
    doc({
      summary: "A customer's history: their orders, signals with the replies they were sent, and UGC made from their words",
      params: customerParams,
      errors: ['customer_not_found'],
    }),
    async (c) => {
      const { customerId } = parseInput(customerParams, { customerId: c.req.param('customerId') });
      return c.json((await getCustomerFile(ctx.db, customerId)) satisfies CustomerFile);
    },
  );
  app.get(
    '/:customerId/export',
    doc({
      summary: 'Everything held about a customer as a zip of JSON files (customer, orders, signals with replies, UGC, attachments)',
      params: customerParams,
      responses: { 200: { description: 'the zip', content: ['application/zip'] } },
      errors: ['customer_not_found'],
    }),
    async (c) => {
      const { customerId } = parseInput(customerParams, { customerId: c.req.param('customerId') });
      const r = await exportCustomerFile(ctx, customerId, { actor: 'api' });
      return new Response(Buffer.from(r.zip) as unknown as BodyInit, {
        headers: { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${r.fileName}"` },
      });
    },
  );
  return app;
}
