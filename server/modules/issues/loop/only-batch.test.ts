import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/http.js';
import { buildOrder, buildSignal } from '../../../test/factories.js';
import { upsertOrders } from '../../orders/index.js';
import { ingestSignals } from '../../signals/index.js';
import { detectIssues } from './detect-issues.js';
import { dayIso } from '../../../test/strap-store.js';

// The walk's case: a SKU sold in one batch only, 5 of its 12 orders reporting the same leak. The
// batch rule's base rate came from the SKU's other batches; with none it was one report per order,
// so no count could ever look unusual.
describe('the batch rule on a SKU with a single batch', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    t = await buildTestApp({ now: dayIso(30, 23) });
    const orders = [];
    // The rest of the store: 300 orders of another SKU, 3 defect reports among them.
    for (let k = 0; k < 300; k++) {
      orders.push(
        buildOrder({ orderId: `mug-${k}`, orderedAt: dayIso(k % 28, 8), batch: 'M1', lines: [{ sku: 'MUG-1', qty: 1, price: 12 }] }),
      );
    }
    for (let k = 0; k < 12; k++) {
      orders.push(
        buildOrder({ orderId: `flask-${k}`, orderedAt: dayIso(10 + k, 8), batch: 'F1', lines: [{ sku: 'FLASK-1', qty: 1, price: 30 }] }),
      );
    }
    await upsertOrders(t.ctx, orders, { actor: 'test', source: 'test' });
    const leak = 'The flask leaks from the lid seam, my bag got soaked. It is defective.';
    const signals = [
      ...[0, 1, 2].map((k) =>
        buildSignal({
          sku: 'MUG-1',
          orderId: `mug-${k * 50}`,
          receivedAt: dayIso(5 + k * 6, 12),
          text: 'The mug handle cracked, it is defective.',
        }),
      ),
      ...[0, 2, 4, 7, 9].map((k, i) => buildSignal({ sku: 'FLASK-1', orderId: `flask-${k}`, receivedAt: dayIso(24 + i, 12), text: leak })),
    ];
    await ingestSignals(t.ctx as never, signals, { actor: 'test', source: 'test' });
    await detectIssues(t.ctx);
  });
  afterAll(() => t.close());

  it('flags 5 reports among 12 orders, judged against the store rate', async () => {
    const list = await t.call('GET', '/api/issues?sku=FLASK-1');
    const issue = list.body.items.find((i: { batch: string | null }) => i.batch === 'F1');
    expect(issue).toMatchObject({ sku: 'FLASK-1', batch: 'F1', issueType: 'defect' });
    expect(issue.spike).toMatchObject({ flagged: true, reason: 'batch_rule' });
  });

  it('still leaves the ordinary rate of a big single batch alone', async () => {
    const list = await t.call('GET', '/api/issues?sku=MUG-1');
    const issue = list.body.items.find((i: { batch: string | null }) => i.batch === 'M1');
    expect(issue?.spike?.flagged ?? false).toBe(false);
  });
});
