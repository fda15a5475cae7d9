// The job pass stops between steps when asked (serve's SIGTERM), instead of finishing the pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test/http.js';
import { JOBS, runDueJobs } from './jobs.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('runDueJobs and a stop signal', () => {
  it('runs every job when not stopped, none once stopped, and stops after the current job when stopped mid-pass', async () => {
    expect((await runDueJobs(t.ctx, undefined, { signal: { aborted: false } })).map((r) => r.job)).toEqual(JOBS.map((j) => j.name));
    expect(await runDueJobs(t.ctx, undefined, { signal: AbortSignal.abort() })).toEqual([]);
    // Stopped while the first job runs (it reads the signal between its batches): nothing after it starts.
    let checks = 0;
    const stoppedDuringFirst = {
      get aborted() {
        return ++checks > 1;
      },
    };
    const ran = await runDueJobs(t.ctx, undefined, { signal: stoppedDuringFirst });
    expect(ran.map((r) => r.job)).toEqual([JOBS[0]!.name]);
    expect(checks).toBeGreaterThan(2);
  });
});
