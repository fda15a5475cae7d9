import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/http.js';
import { buildOrder, buildProduct, buildSignal } from '../../../test/factories.js';
import { issueEvidence } from './issue-evidence.js';

// An order's batch and supplier are its primary line's. A duffel complaint on a mixed order
// (mug first) named the mug's supplier for the duffel's batch.
let t: Awaited<ReturnType<typeof buildTestApp>>;
let issueId: number;

beforeAll(async () => {
  t = await buildTestApp();
  await t.call('POST', '/api/products', [
    buildProduct({ sku: 'DUF-40', supplier: 'Duffel Works' }),
    buildProduct({ sku: 'MUG-1', supplier: 'Mug Ceramics' }),
  ]);
  await t.call('POST', '/api/orders', [
    buildOrder({
      orderId: 'mix-1',
      batch: 'B-MUG-9',
      supplier: 'Mug Ceramics',
      lines: [
        { sku: 'MUG-1', qty: 1, price: 9 },
        { sku: 'DUF-40', qty: 1, price: 60 },
      ],
    }),
    buildOrder({
      orderId: 'mix-2',
      batch: 'B-MUG-9',
      supplier: 'Mug Ceramics',
      lines: [
        { sku: 'MUG-1', qty: 1, price: 9 },
        { sku: 'DUF-40', qty: 1, price: 60 },
      ],
    }),
    buildOrder({ orderId: 'duf-3', batch: 'B-2611-B', supplier: 'Duffel Works', lines: [{ sku: 'DUF-40', qty: 1, price: 60 }] }),
  ]);
  const res = await t.call('POST', '/api/signals', [
    buildSignal({ sku: 'DUF-40', batch: 'B-2611-A', orderId: 'mix-1', text: 'no strap in the duffel' }),
    buildSignal({ sku: 'DUF-40', batch: 'B-2611-A', orderId: 'mix-2', text: 'strap missing from the bag' }),
    // No batch on the signal: the order's own batch and supplier, which belong together.
    buildSignal({ sku: 'DUF-40', orderId: 'duf-3', text: 'where is the strap' }),
  ]);
  const ids: number[] = res.body.results.map((r: { id: number }) => r.id);
  const issue = await t.ctx.db
    .insertInto('issues')
    .values({
      key: 'test-duffel',
      issue_type: 'missing_item',
      sku: 'DUF-40',
      channel_counts: JSON.stringify({}),
      impact_scope: JSON.stringify({}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  issueId = issue.id;
  await t.ctx.db
    .insertInto('issue_signals')
    .values(
      ids.map((id) => ({ issue_id: issueId, signal_id: id, issue_type: 'missing_item', received_at: new Date('2026-11-10T09:00:00Z') })),
    )
    .execute();
});
afterAll(() => t.close());

describe('issueEvidence: the supplier of a batch', () => {
  it("names the product's supplier for the signal's batch, never the mixed order's primary supplier", async () => {
    const ev = await issueEvidence(t.ctx.db, issueId);
    expect(ev.batches).toEqual([
      { batch: 'B-2611-A', supplier: 'Duffel Works', signals: 2 },
      { batch: 'B-2611-B', supplier: 'Duffel Works', signals: 1 },
    ]);
  });
});
