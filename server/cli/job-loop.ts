import type { AppContext } from '../platform/http/context.js';
import { runDueJobs } from '../jobs.js';

/** Runs every due job on an interval inside the serving process; stop() waits for a running pass. */
export function startJobLoop(ctx: AppContext, intervalSeconds: number): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = runDueJobs(ctx).catch((e) => ctx.logger.error('jobs failed', { error: String(e?.message ?? e) })).finally(() => { running = undefined; });
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  return async () => { clearInterval(timer); await running; };
}
