// A person's API tokens for scripts and the CLI: the secret is shown once, only its hash is kept.
import type { AppContext } from '../../platform/http/context.js';
import { emit } from '../../platform/events.js';
import { insertToken, revokeToken as revoke, type ApiToken } from './credential-repository.js';
import { newSecret, secretHash } from './secrets.js';
import { peopleError } from './errors.js';

export const TOKEN_PREFIX = 'wbt_';

export async function createToken(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  o: { userId: number; actor: string; name: string },
): Promise<{ token: string; record: ApiToken }> {
  const token = newSecret(TOKEN_PREFIX);
  const record = await ctx.db.transaction().execute(async (tx) => {
    const t = await insertToken(tx, { userId: o.userId, name: o.name, tokenHash: secretHash(token), at: ctx.clock.now() });
    await emit(tx, {
      type: 'token.created',
      actor: o.actor,
      at: ctx.clock.now(),
      subjectType: 'token',
      subjectId: t.id,
      payload: { name: t.name },
    });
    return t;
  });
  return { token, record };
}

export async function revokeToken(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  o: { userId: number; actor: string; id: number },
): Promise<ApiToken> {
  return ctx.db.transaction().execute(async (tx) => {
    const t = await revoke(tx, o.userId, o.id, ctx.clock.now());
    if (!t) throw peopleError('token_not_found', `you have no token ${o.id}`);
    await emit(tx, {
      type: 'token.revoked',
      actor: o.actor,
      at: ctx.clock.now(),
      subjectType: 'token',
      subjectId: t.id,
      payload: { name: t.name },
    });
    return t;
  });
}
