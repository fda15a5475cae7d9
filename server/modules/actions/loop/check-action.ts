import type { AppContext } from '../../../platform/http/context.js';
import { checkBlockedMoves } from '../rules/index.js';
import { actionsForIssues } from './action-repository.js';
import type { CreateActionInput } from './create-action.js';
import { issueOpen, loadIssueWithPlaybook } from './load-issue.js';

/**
 * The refusals a proposed action would meet, without storing it: the form shows the rule's
 * reason while the person writes, and createAction enforces the same rules on submit.
 */
export async function checkAction(
  ctx: Pick<AppContext, 'db'>,
  issueId: number,
  input: CreateActionInput,
): Promise<{ code: string; reason: string }[]> {
  const { issue, playbook } = await loadIssueWithPlaybook(ctx.db, issueId);
  const others = await actionsForIssues(ctx.db, [issueId]);
  return checkBlockedMoves(
    {
      location: input.location,
      change: input.change,
      kinds: input.kinds,
      automates: input.automates,
      promisedDate: input.promisedDate,
      ugc: input.ugc,
    },
    {
      issueType: issue.issueType as never,
      signalCount: issue.signalCount,
      open: issueOpen(issue),
      actions: others.map((a) => ({ location: a.location, status: a.status, kinds: a.kinds })),
    },
    playbook,
  ).map((r) => ({ code: r.code, reason: r.reason }));
}
