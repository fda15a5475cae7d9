// One signal dated 2000-01-01 once made every new issue's spike check walk every day since then,
// quadratically, inside the job's transaction (a pass went from 1.8 s to 64 s; with 1900, minutes).
// The check is bounded: a pass over a store with such a signal costs about what it costs without.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/http.js';
import { buildSignal } from '../../../test/factories.js';
import { ingestSignals } from '../../signals/index.js';
import { detectIssues } from './detect-issues.js';
import { dayIso, seedStrapStore } from '../../../test/strap-store.js';
import { MAX_BACKFILL_DAYS } from './check-spikes.js';

const SKUS = ['BAG-1', 'BAG-2', 'BAG-3', 'BAG-4', 'BAG-5', 'BAG-6'];

async function store(withOldSignal: boolean) {
  const t = await buildTestApp({ now: dayIso(40, 23) });
  for (const sku of SKUS) await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 2, quietEvery: 5, burstDay: 40, burst: 5, sku });
  if (withOldSignal) {
    await ingestSignals(
      t.ctx,
      [buildSignal({ externalId: 'old-1', sku: 'OLD-1', receivedAt: '2000-01-01T10:00:00Z', text: 'The zipper broke the first day' })],
      { actor: 'test', source: 'test' },
    );
  }
  return t;
}

async function timedPass(t: Awaited<ReturnType<typeof buildTestApp>>) {
  const started = performance.now();
  const r = await detectIssues(t.ctx);
  return { ms: performance.now() - started, checked: r.ran ? r.result.issuesChecked : 0 };
}

describe("the spike check is bounded by a window, not by the store's age", () => {
  let plain: Awaited<ReturnType<typeof buildTestApp>>;
  let old: Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    plain = await store(false);
    old = await store(true);
  }, 300_000);
  afterAll(async () => {
    await plain.close();
    await old.close();
  });

  it('a job pass with one signal dated 2000-01-01 takes about as long as without it', async () => {
    const a = await timedPass(plain);
    const b = await timedPass(old);
    // A later pass that meets a brand-new issue pays the same again without the bound.
    for (const t of [plain, old]) await seedStrapStore(t.ctx, { days: 41, ordersPerDay: 1, quietEvery: 3, sku: 'NEW-1' });
    const a2 = await timedPass(plain);
    const b2 = await timedPass(old);
    console.log(
      `issues-detect pass: without an old signal ${a.ms.toFixed(0)} ms (${a.checked} issues), with one dated 2000-01-01 ${b.ms.toFixed(0)} ms (${b.checked} issues); ` +
        `next pass with a new issue: ${a2.ms.toFixed(0)} ms vs ${b2.ms.toFixed(0)} ms`,
    );
    expect(b.checked).toBeGreaterThan(a.checked - 1);
    expect(b.ms).toBeLessThan(a.ms * 2 + 1_000);
    expect(b2.ms).toBeLessThan(a2.ms * 2 + 1_000);
  }, 300_000);

  it('/api/health answers within a second while a pass runs over the store with the old signal', async () => {
    await seedStrapStore(old.ctx, { days: 41, ordersPerDay: 1, quietEvery: 2, sku: 'NEW-2' });
    const pass = detectIssues(old.ctx);
    const started = performance.now();
    const health = await old.app.request('/api/health');
    const healthMs = performance.now() - started;
    await pass;
    console.log(`/api/health during an issues-detect pass: ${healthMs.toFixed(0)} ms`);
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(1_000);
  }, 120_000);

  it('the old issue is tested over the window only, and the others still flag their bursts', async () => {
    const issues = (await old.call('GET', '/api/issues?includeEmpty=true&limit=100')).body.items as {
      sku: string;
      spike: { flagged: boolean } | null;
    }[];
    expect(issues.find((i) => i.sku === 'OLD-1')).toBeDefined();
    expect(issues.filter((i) => SKUS.includes(i.sku) && i.spike?.flagged).length).toBe(SKUS.length);
    expect(MAX_BACKFILL_DAYS).toBeLessThan(3650);
  });
});
