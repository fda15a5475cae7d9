import type { Kysely } from 'kysely';
import type { CustomerFile } from '../../../contracts/customers.js';
import type { DB } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { getCustomer } from '../customers/index.js';
import { ordersOfCustomer, presentOrder } from '../orders/index.js';
import { signalsOfCustomer } from '../signals/index.js';
import { repliesOfSignals } from '../replies/index.js';
import { assetsOfSignals } from '../ugc/index.js';

/**
 * Everything held about one customer, as the agent reads their history and as the export writes
 * it: their orders (with the email, verbatim: this is their own file), their signals with the
 * replies they were sent, and the UGC made from their words. Read through each owner's function.
 */
export async function getCustomerFile(db: Kysely<DB>, customerId: string): Promise<CustomerFile> {
  const customer = await getCustomer(db, customerId);
  if (!customer) throw new AppError('customer_not_found', 'no customer with that id');
  const orders = await ordersOfCustomer(db, customerId);
  const signals = await signalsOfCustomer(
    db,
    customerId,
    orders.map((o) => o.orderId),
  );
  const ids = signals.map((s) => s.id);
  const replies = await repliesOfSignals(db, ids);
  const assets = await assetsOfSignals(db, ids);
  return {
    customerId,
    tier: customer.tier,
    erasedAt: customer.erasedAt?.toISOString() ?? null,
    orders: orders.map((o) => presentOrder(o)),
    signals: signals.map((s) => ({
      id: s.id,
      channel: s.channel,
      receivedAt: s.receivedAt.toISOString(),
      text: s.text,
      title: s.title,
      rating: s.rating,
      sku: s.sku,
      orderId: s.orderId,
      status: s.status,
      issueTypes: s.issueTypes,
      attachments: s.attachments,
      erased: s.erased,
      replies: replies
        .filter((r) => r.signalId === s.id)
        .map((r) => ({ id: r.id, at: r.at.toISOString(), author: r.author, public: r.public, text: r.text })),
    })),
    ugcAssets: assets,
  } satisfies CustomerFile;
}
