import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import type { Connector } from './connector.js';
import { deletePageSecret, storePageSecret } from './secret-repository.js';

/** Shopify says a rotated secret can take up to an hour to be used; the old one verifies for a day. */
const PREVIOUS_GRACE_MS = 24 * 3600_000;

/** Sets (or, empty, removes) the secret typed on the connections page. The environment's cannot be changed here. */
export async function setWebhookSecret(
  ctx: Pick<AppContext, 'db' | 'clock' | 'config'>,
  connector: Connector,
  secret: string,
  actor: string,
): Promise<void> {
  if (ctx.config.connectorSecrets?.[connector]?.length)
    throw new AppError('secret_from_environment', `the ${connector} secret is set in the environment; change it there`);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (secret.trim() === '') await deletePageSecret(tx, connector);
    else await storePageSecret(tx, connector, secret.trim(), now, new Date(now.getTime() + PREVIOUS_GRACE_MS));
    // The event says that it changed, never what to.
    await appendEvents(tx, [
      {
        type: secret.trim() ? 'connector.secret_set' : 'connector.secret_removed',
        actor,
        at: now,
        subjectType: 'connector',
        subjectId: connector,
      },
    ]);
  });
}
