import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { claimForReplay, getDelivery } from './delivery-repository.js';
import { processDelivery } from './process-deliveries.js';

/** Works a kept delivery again now, from its stored body (after a fix: a product added, a bug mended). */
export async function replayDelivery(
  ctx: Pick<AppContext, 'db' | 'clock' | 'logger'>,
  id: number,
  actor: string,
): Promise<{ deliveryId: number; status: string; reason: string | null }> {
  const found = await getDelivery(ctx.db, id);
  if (!found) throw new AppError('delivery_not_found', `delivery ${id} does not exist`);
  if (!(await claimForReplay(ctx.db, id, ctx.clock.now()))) throw new AppError('delivery_busy', `delivery ${id} is being processed now`);
  await appendEvents(ctx.db, [
    { type: 'connector.delivery_replayed', actor, at: ctx.clock.now(), subjectType: 'webhook_delivery', subjectId: id },
  ]);
  const d = (await getDelivery(ctx.db, id))!;
  await processDelivery(ctx, d);
  const after = (await getDelivery(ctx.db, id))!;
  return { deliveryId: id, status: after.status, reason: after.reason };
}
