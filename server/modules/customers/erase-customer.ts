import type { CustomerErasure } from '../../../contracts/customers.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { getCustomer, markCustomerErased } from './customer-repository.js';
import { runErasure } from './run-erasure.js';
import { removeErasedFiles } from '../../platform/erased-files.js';

/**
 * Erases everything held about one customer, on their request: every text, name, email, phone,
 * address and attachment, in every module's tables and in the event log, in one transaction.
 * Counts in rollups stay (anonymous). Erasing twice is harmless: the second finds nothing left.
 */
export async function eraseCustomer(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  customerId: string,
  o: { actor: string },
): Promise<CustomerErasure> {
  const { answer, files } = await ctx.db.transaction().execute(async (tx) => {
    const customer = await getCustomer(tx, customerId, { forUpdate: true });
    if (!customer) throw new AppError('customer_not_found', 'no customer with that id');
    const at = ctx.clock.now();
    const erasure = await runErasure(tx, { kind: 'customer', customerId }, { actor: o.actor, at });
    await markCustomerErased(tx, customerId, at);
    return { answer: { customerId, erasedAt: at.toISOString(), counts: erasure.counts }, files: erasure.files };
  });
  // Committed: now the files the rows named go from disk too.
  await removeErasedFiles(ctx.db, files);
  return answer;
}
