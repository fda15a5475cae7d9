import type { RetentionSetting } from '../../../contracts/customers.js';
import type { AppContext } from '../../platform/http/context.js';
import { appendEvents } from '../../platform/events.js';
import { loadStoredRetention, saveRetention } from './retention-repository.js';
import './events.js';

/** The settings API wins over WRITEBACK_RETENTION_MONTHS; a stored null turns retention off even when the variable is set. */
export async function getRetention(ctx: Pick<AppContext, 'db' | 'config'>): Promise<RetentionSetting> {
  const stored = await loadStoredRetention(ctx.db);
  if (stored !== undefined) return { months: stored, source: 'settings' };
  const env = ctx.config.retentionMonths;
  return env ? { months: env, source: 'environment' } : { months: null, source: 'none' };
}

export async function setRetention(ctx: AppContext, months: number | null, o: { actor: string }): Promise<RetentionSetting> {
  await ctx.db.transaction().execute(async (tx) => {
    const at = ctx.clock.now();
    await saveRetention(tx, months, at);
    await appendEvents(tx, [{ type: 'settings.retention_changed', actor: o.actor, at, payload: { months } }]);
  });
  return { months, source: 'settings' };
}
