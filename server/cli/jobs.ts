import { runDueJobs } from '../jobs.js';
import { withStore, type CommonFlags } from './store.js';

export async function jobsCommand(sub: string | undefined, flags: CommonFlags & { once?: boolean; json?: boolean }): Promise<number> {
  if (sub !== 'run' || !flags.once) throw new Error('usage: writeback jobs run --once [--json]');
  const reports = await withStore(flags, (ctx) => runDueJobs(ctx));
  if (flags.json) console.log(JSON.stringify(reports));
  else for (const r of reports) console.log(`${r.job}: ${r.ran ? JSON.stringify(r.result) : 'skipped (another process holds it)'}`);
  return 0;
}
