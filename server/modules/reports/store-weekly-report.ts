import type { AppContext } from '../../platform/http/context.js';
import { runExclusive } from '../../platform/jobs.js';
import { appendEvents } from '../../platform/events.js';
import { generateWeeklyReport } from './generate-weekly-report.js';
import { saveSnapshot, findSnapshot } from './snapshot-repository.js';
import { assertTimeZone, lastCompleteWeek } from './periods.js';
import type { WeeklyReport } from './weekly-report.js';

/**
 * The `weekly-report` job: once a week has ended in the team's time zone, its report is generated
 * and stored, so later corrections and deletions never rewrite what the team saw. Safe on
 * several processes: the advisory lock skips a second runner and the store keeps the first copy.
 */
export async function storeWeeklyReport(ctx: AppContext, opts: { week?: string } = {}) {
  const zone = ctx.config.timeZone;
  return runExclusive(ctx.db, ctx.clock, 'weekly-report', async (tx) => {
    const week = opts.week ?? lastCompleteWeek(zone, ctx.clock.now());
    if (await findSnapshot(tx, 'weekly', week, zone)) return { week, zone, stored: false };
    const report = await generateWeeklyReport({ db: tx, clock: ctx.clock }, { week, timeZone: zone });
    const stored = await saveSnapshot(tx, { kind: 'weekly', period: week, zone, generatedAt: ctx.clock.now(), report });
    if (stored) {
      await appendEvents(tx, [
        {
          type: 'report.weekly_stored',
          actor: 'job',
          at: ctx.clock.now(),
          subjectType: 'weekly_report',
          subjectId: `${week}@${zone}`,
          payload: { signals: report.totals.count, complete: report.complete },
        },
      ]);
    }
    return { week, zone, stored };
  });
}

/** A stored week if there is one (as the team saw it), else generated now. */
export async function weeklyReport(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  opts: { week: string; timeZone: string; fresh?: boolean },
): Promise<WeeklyReport> {
  const timeZone = assertTimeZone(opts.timeZone);
  if (!opts.fresh) {
    const stored = await findSnapshot<WeeklyReport>(ctx.db, 'weekly', opts.week, timeZone);
    if (stored) return stored;
  }
  return generateWeeklyReport(ctx, { week: opts.week, timeZone });
}
