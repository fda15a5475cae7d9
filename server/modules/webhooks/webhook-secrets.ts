import type { AppContext } from '../../platform/http/context.js';
import type { Connector } from './connector.js';
import { readPageSecrets } from './secret-repository.js';

export type SecretSource = 'environment' | 'page' | 'missing';

/**
 * The secrets that verify a connector's deliveries, newest first. The environment wins over the
 * page (an operator's deployment is the source of truth); a page secret replaced by a newer one
 * keeps verifying until its grace time passes.
 */
export async function webhookSecrets(
  ctx: Pick<AppContext, 'db' | 'clock' | 'config'>,
  connector: Connector,
): Promise<{ source: SecretSource; secrets: string[]; rotating: boolean }> {
  const env = ctx.config.connectorSecrets?.[connector] ?? [];
  if (env.length) return { source: 'environment', secrets: [...env], rotating: env.length > 1 };
  const page = (await readPageSecrets(ctx.db)).get(connector);
  if (!page) return { source: 'missing', secrets: [], rotating: false };
  const previousValid = !!page.previousSecret && !!page.previousUntil && page.previousUntil > ctx.clock.now();
  return {
    source: 'page',
    secrets: previousValid ? [page.secret, page.previousSecret!] : [page.secret],
    rotating: previousValid,
  };
}
