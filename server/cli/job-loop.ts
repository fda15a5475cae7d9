import type { AppContext } from '../platform/http/context.js';
import { runDueJobs } from '../jobs.js';

/**
 * Runs every due job on an interval inside the serving process. stop() ends the loop and waits
 * for a running pass, which stops at its next step once `signal` is aborted.
 */
export function startJobLoop(ctx: AppContext, intervalSeconds: number, signal?: AbortSignal): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running || signal?.aborted) return;
    running = runDueJobs(ctx, undefined, { signal })
      .catch((e) => ctx.logger.error('jobs failed', { error: String(e?.message ?? e) }))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
