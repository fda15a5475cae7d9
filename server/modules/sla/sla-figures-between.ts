import type { AppContext } from '../../platform/http/context.js';
import { slaFigures } from './sla-figures.js';
import { loadActivity } from './sla-repository.js';
import type { AppliedSla } from './apply-sla.js';

/**
 * SLA figures for signals received in [from, to): first response and resolution (calendar and
 * business), first-contact resolution, reopen rate, breach rate by class and channel.
 */
export async function slaFiguresBetween(ctx: Pick<AppContext, 'db' | 'clock'>, from: Date, to: Date) {
  const rows = await ctx.db.selectFrom('applied_slas').innerJoin('signals', 'signals.id', 'applied_slas.signal_id')
    .select(['applied_slas.applied', 'signals.channel', 'signals.id'])
    .where('signals.received_at', '>=', from).where('signals.received_at', '<', to).execute();
  const activity = await loadActivity(ctx.db, rows.map((r) => r.id));
  const items = rows.map((r) => {
    const a = r.applied as unknown as AppliedSla & Record<string, string>;
    const applied: AppliedSla = { ...a, receivedAt: new Date(a.receivedAt), firstResponseDueAt: new Date(a.firstResponseDueAt), resolutionDueAt: new Date(a.resolutionDueAt) };
    return { applied, channel: r.channel, ...activity.get(r.id)! };
  });
  return slaFigures(items, { now: ctx.clock.now() });
}
