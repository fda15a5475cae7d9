import type { AppContext } from '../../platform/http/context.js';
import { slaFigures } from './sla-figures.js';
import { loadActivity, appliedSlasOf } from './sla-repository.js';
import { signalChannelsReceivedBetween } from '../signals/index.js';
import type { AppliedSla } from './apply-sla.js';

/**
 * SLA figures for signals received in [from, to): first response and resolution (calendar and
 * business), first-contact resolution, reopen rate, breach rate by class and channel.
 */
export async function slaFiguresBetween(ctx: Pick<AppContext, 'db' | 'clock'>, from: Date, to: Date) {
  const signals = await signalChannelsReceivedBetween(ctx.db, from, to);
  const applied = await appliedSlasOf(
    ctx.db,
    signals.map((s) => s.id),
  );
  const rows = signals.flatMap((s) => {
    const a = applied.get(s.id);
    return a ? [{ id: s.id, channel: s.channel, applied: a }] : [];
  });
  const activity = await loadActivity(
    ctx.db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => {
    const a = r.applied as unknown as AppliedSla & Record<string, string>;
    const applied: AppliedSla = {
      ...a,
      receivedAt: new Date(a.receivedAt),
      firstResponseDueAt: new Date(a.firstResponseDueAt),
      resolutionDueAt: new Date(a.resolutionDueAt),
    };
    return { applied, channel: r.channel, ...activity.get(r.id)! };
  });
  return slaFigures(items, { now: ctx.clock.now() });
}
