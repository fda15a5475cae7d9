import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';

// A customer's and an order's signals, the work queue's order (SLA due, most overdue first), and
// the rule that a filter the list does not know is refused rather than ignored (ignored, it
// returned every signal, which reads as an answer).
let t: Awaited<ReturnType<typeof buildTestApp>>;
const ids: number[] = [];
const list = async (q: string) => {
  const r = await t.call('GET', `/api/signals?sku=LKP-1&${q}`);
  expect(r.status).toBe(200);
  return r.body as { items: { id: number }[]; nextCursor: string | null };
};

beforeAll(async () => {
  t = await buildTestApp();
  const mk = (i: number, over: Record<string, string>) =>
    buildSignal({ sku: 'LKP-1', receivedAt: `2026-11-0${i}T10:00:00Z`, text: `the kettle lid is loose ${i}`, ...over });
  const res = await t.call('POST', '/api/signals', [
    mk(1, { customerId: 'cus-A', orderId: 'ord-1' }),
    mk(2, { customerId: 'cus-B', orderId: 'ord-2' }),
    mk(3, { customerId: 'cus-A', orderId: 'ord-3' }),
    mk(4, {}),
  ]);
  ids.push(...res.body.results.map((r: { id: number }) => r.id));
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/signals by customer and order', () => {
  it("lists only that customer's or that order's signals", async () => {
    expect((await list('customerId=cus-A')).items.map((i) => i.id)).toEqual([ids[2], ids[0]]);
    expect((await list('orderId=ord-2')).items.map((i) => i.id)).toEqual([ids[1]]);
    expect((await list('customerId=cus-A&orderId=ord-2')).items).toEqual([]);
    expect((await list('customerId=nobody')).items).toEqual([]);
  });
});

describe('unknown query parameters', () => {
  it('answers 400 naming the parameter on the signal list and on the other lists', async () => {
    for (const path of [
      '/api/signals?customer=cus-A',
      '/api/issues?sku=X&bogus=1',
      '/api/products?limit=5&name=x',
      '/api/triage/rules?issueType=defect',
    ]) {
      const r = await t.call('GET', path);
      expect(r.status, path).toBe(400);
      const name = [...new URL(path, 'http://x').searchParams.keys()].at(-1);
      expect(r.body.error.details[0].path, path).toBe(name);
      expect(r.body.error.message, path).toContain('unknown query parameter');
    }
  });
});

describe('sort=slaDue', () => {
  it('puts the most overdue first and pages on (due, id) without skipping or repeating', async () => {
    const due = ['2026-11-05T00:00:00Z', '2026-11-02T00:00:00Z', '2026-11-09T00:00:00Z', '2026-11-02T00:00:00Z'];
    for (const [i, id] of ids.entries()) {
      await t.ctx.db
        .updateTable('applied_slas')
        .set({ first_response_due_at: new Date(due[i]!) })
        .where('signal_id', '=', id)
        .execute();
    }
    const first = await list('sort=slaDue&limit=3');
    expect(first.items.map((i) => i.id)).toEqual([ids[1], ids[3], ids[0]]);
    const second = await list(`sort=slaDue&limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.id)).toEqual([ids[2]]);
    expect(second.nextCursor).toBeNull();
    // The default order stays newest first.
    expect((await list('')).items.map((i) => i.id)).toEqual([ids[3], ids[2], ids[1], ids[0]]);
  });

  it('uses the resolution due date once the first response is met', async () => {
    await t.ctx.db
      .insertInto('sla_events')
      .values({
        key: `t-frm-${ids[1]}`,
        signal_id: ids[1]!,
        type: 'first_response_met',
        at: new Date('2026-11-02T01:00:00Z'),
        payload: JSON.stringify({}),
      })
      .execute();
    await t.ctx.db
      .updateTable('applied_slas')
      .set({ resolution_due_at: new Date('2026-11-20T00:00:00Z') })
      .where('signal_id', '=', ids[1]!)
      .execute();
    expect((await list('sort=slaDue')).items.map((i) => i.id)).toEqual([ids[3], ids[0], ids[2], ids[1]]);
  });
});
