// The same product or order sent ten times at once (a webhook retried, two importers): on
// PostgreSQL these race for the first insert. Each answer is 200 or 201, exactly one creates,
// and the row and its history are stored once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildOrder, buildProduct } from '../../test/factories.js';
import { listEvents } from '../../platform/events.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const N = 10;

describe('concurrent first creation is an upsert', () => {
  it.each([1, 2, 3])('ten requests for one new product: no 5xx, one created (round %i)', async (round) => {
    const p = buildProduct({ sku: `RACE-${round}`, title: 'Racing bag' });
    const answers = await Promise.all(Array.from({ length: N }, () => t.call('POST', '/api/products', p)));
    expect(answers.map((a) => a.status).filter((s) => s >= 300)).toEqual([]);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const created = (await listEvents(t.ctx.db, { type: 'product.created' })).filter((e) => e.subjectId === p.sku);
    expect(created).toHaveLength(1);
  });

  it('ten requests for one product with different titles: every one answers, the history holds each change', async () => {
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => t.call('POST', '/api/products', buildProduct({ sku: 'RACE-T', title: `Title ${i}` }))),
    );
    expect(answers.map((a) => a.status).filter((s) => s >= 300)).toEqual([]);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
  });

  it.each([1, 2, 3])('ten requests for one new order with a new customer: no 5xx, one created (round %i)', async (round) => {
    const o = buildOrder({ orderId: `race-o-${round}`, customerId: `race-c-${round}`, deliveredAt: '2026-11-05T10:00:00Z' });
    const answers = await Promise.all(Array.from({ length: N }, () => t.call('POST', '/api/orders', o)));
    expect(answers.map((a) => a.status).filter((s) => s >= 300)).toEqual([]);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const lines = await t.ctx.db.selectFrom('order_lines').selectAll().where('order_id', '=', o.orderId).execute();
    expect(lines).toHaveLength(o.lines.length);
  });
});
