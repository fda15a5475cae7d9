import type { AppContext } from '../../../platform/http/context.js';
import { type CreateActionInput, proposalRefusals } from './create-action.js';

/** The refusals a proposed action would meet, without storing it. */
export async function checkAction(
  ctx: Pick<AppContext, 'db'>,
  issueId: number,
  input: CreateActionInput,
): Promise<{ code: string; reason: string }[]> {
  const { refusals } = await proposalRefusals(ctx.db, issueId, input);
  return refusals.map((r) => ({ code: r.code, reason: r.reason }));
}
