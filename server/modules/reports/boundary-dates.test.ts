import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { weeklyReport } from './index.js';

// An import of history: signals received in week 45, loaded in week 49. Automation answering a
// safety report in week 45 is week 45's boundary crossing, whenever the row reached Writeback.
describe('automation-boundary events of imported history', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    t = await buildTestApp({ now: '2026-12-02T12:00:00Z' });
    const r = await t.call('POST', '/api/signals', [
      buildSignal({
        channel: 'ai_chat',
        handledBy: 'automation',
        receivedAt: '2026-11-03T10:00:00Z',
        text: 'The charger sparked and burned my hand',
      }),
      buildSignal({
        channel: 'ai_chat',
        handledBy: 'automation',
        receivedAt: '2026-11-04T10:00:00Z',
        text: 'The heater caught fire in the night',
      }),
    ]);
    expect(r.status).toBe(201);
  });
  afterAll(() => t.close());

  it('land in the week the signals were received, not the week they were loaded', async () => {
    const received = await weeklyReport(t.ctx, { week: '2026-W45', timeZone: 'UTC', fresh: true });
    const loaded = await weeklyReport(t.ctx, { week: '2026-W49', timeZone: 'UTC', fresh: true });
    expect(received.automation.crossed).toBe(2);
    expect(received.automation.crossedEvents).toBe(2);
    expect(received.automation.reasons.map((r) => r.reason)).toContain('safety');
    expect(loaded.automation.crossedEvents).toBe(0);
  });
});
