import { describe, expect, it } from 'vitest';
import { presentProductFile } from './present-product-file.js';

type File = Parameters<typeof presentProductFile>[0];
const recorded = new Date('2026-12-03T09:00:00Z');
const file = (timeline: File['timeline']): File => ({
  sku: 'BAG-1',
  product: null as unknown as File['product'],
  issues: [],
  signals: { total: 0, byChannel: {}, byIssueType: {}, recent: [], photos: [] },
  batches: [],
  actions: [],
  decisions: [],
  knowledge: [],
  timeline,
});
const event = (type: string, payload: Record<string, unknown>) => ({
  id: 1,
  at: recorded,
  actor: 'demo',
  type,
  subjectType: 'action',
  subjectId: '7',
  payload,
});

describe('the product file dates each entry by when it happened', () => {
  it('a fix recorded after the fact is dated when it was done', () => {
    const [e] = presentProductFile(file([event('action.done', { doneAt: '2026-10-15T00:00:00.000Z', imported: true })])).timeline;
    expect(e).toMatchObject({ at: recorded.toISOString(), happenedAt: '2026-10-15T00:00:00.000Z' });
  });
  it('an alarm is dated by the day it flags', () => {
    const [e] = presentProductFile(
      file([event('issue.spike_flagged', { day: '2026-11-08', issueType: 'defect', reason: 'batch_rule' })]),
    ).timeline;
    expect(e!.happenedAt).toBe('2026-11-08T00:00:00.000Z');
  });
  it('anything else, or an unreadable date, keeps the recording time', () => {
    const t = presentProductFile(
      file([event('decision.recorded', { type: 'hold_next_order' }), event('action.done', { doneAt: 'soon' })]),
    ).timeline;
    expect(t.map((e) => e.happenedAt)).toEqual([recorded.toISOString(), recorded.toISOString()]);
  });
});
