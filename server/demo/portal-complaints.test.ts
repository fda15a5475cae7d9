import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../test/http.js';
import { createApp } from '../app.js';
import { upsertOrders } from '../modules/orders/index.js';
import { upsertProducts } from '../modules/products/index.js';
import { recordInspection } from '../modules/inspections/index.js';
import { folderPhotoStore } from '../modules/portal/index.js';
import { generateDemoStore } from './generate-demo-store.js';
import { demoInspections } from './inspections.js';
import { loadDemoComplaints, planDemoComplaints } from './portal-complaints.js';

const END = '2026-11-15';
const store = generateDemoStore({ endDate: END });
const strap = store.incidents.find((i) => i.kind === 'batch_missing_part')!;

describe('the demo store portal complaints (plan)', () => {
  const plan = planDemoComplaints(store, END);

  it('files three about the strap-missing batch with a photo of the contents, in three languages', () => {
    const batchOf = new Map(store.orders.map((o) => [o.orderId, o.batch]));
    const onStrap = plan.filter((c) => batchOf.get(c.orderId) === strap.batch);
    expect(onStrap).toHaveLength(3);
    expect(onStrap.map((c) => c.language)).toEqual(['en', 'pt', 'de']);
    for (const c of onStrap) expect(c).toMatchObject({ problem: 'part_missing', sku: strap.sku, photos: ['contents'] });
    expect(new Set(plan.map((c) => c.problem))).toEqual(new Set(['part_missing', 'arrived_damaged', 'wrong_item', 'late_or_lost']));
    // Every complaint is filed before the data ends, and nothing happens to it after.
    for (const c of plan)
      for (const x of c.history) expect(Date.parse(c.at) + x.h * 3_600_000).toBeLessThan(Date.parse(`${END}T23:59:59Z`));
  });

  it('is the same for the same store', () => {
    expect(planDemoComplaints(generateDemoStore({ endDate: END }), END)).toEqual(plan);
  });
});

describe('the demo store portal complaints (loaded)', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  let uploadDir: string;
  let references: string[];
  let took: number;

  async function load(into: Awaited<ReturnType<typeof buildTestApp>>) {
    await upsertProducts(into.ctx, store.products, { actor: 'demo' });
    await upsertOrders(into.ctx, store.orders, { actor: 'demo', source: 'demo' });
    for (const r of demoInspections(store)) await recordInspection(into.ctx, r, 'demo');
    const started = performance.now();
    await loadDemoComplaints(into.ctx, store, END, folderPhotoStore(uploadDir), 1);
    took = performance.now() - started;
    const rows = await into.ctx.db.selectFrom('portal_complaints').select('reference').orderBy('id').execute();
    return rows.map((r) => r.reference);
  }

  beforeAll(async () => {
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-portal-'));
    t = await buildTestApp({ now: `${END}T12:00:00Z` });
    references = await load(t);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  it('stores the complaints with generated photos, their steps and their satisfaction answers, quickly', async () => {
    expect(references).toHaveLength(planDemoComplaints(store, END).length);
    expect(took).toBeLessThan(15_000);
    const app = createApp(t.ctx, { uploadDir });
    const staff = await Promise.all(
      references.map(async (r) => (await (await app.request(`/api/portal/complaints/${r}`)).json()) as never),
    );
    const all = staff as {
      status: string;
      photos: { url: string }[];
      satisfaction: unknown;
      steps: { step: string }[];
      signalId: number;
    }[];
    expect(all.filter((c) => c.status === 'closed').length).toBeGreaterThanOrEqual(3);
    expect(all.filter((c) => c.satisfaction !== null).length).toBeGreaterThanOrEqual(3);
    expect(all.some((c) => c.status !== 'closed')).toBe(true);
    const photos = all.flatMap((c) => c.photos);
    expect(photos.length).toBeGreaterThanOrEqual(5);
    const served = await app.request(photos[0]!.url);
    expect(served.status).toBe(200);
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    // A closed complaint's signal is resolved in the inbox too.
    const closed = all.find((c) => c.status === 'closed')!;
    const signal = await t.call('GET', `/api/signals/${closed.signalId}`);
    expect(signal.body.status).toBe('resolved');
    expect(signal.body.channel).toBe('portal');
  });

  it("traces a strap complaint to the batch's inspection record, which says what slipped through", async () => {
    const app = createApp(t.ctx, { uploadDir });
    const chains = await Promise.all(
      references.map(
        async (r) =>
          (await (await app.request(`/api/portal/complaints/${r}/chain`)).json()) as { batch: string; inspections: { notes: string }[] },
      ),
    );
    const onStrap = chains.filter((c) => c.batch === strap.batch);
    expect(onStrap).toHaveLength(3);
    for (const c of onStrap) expect(c.inspections[0]!.notes).toMatch(/without its strap/);
  });

  it('gives the same references for the same seed', async () => {
    const again = await buildTestApp({ now: `${END}T12:00:00Z` });
    try {
      expect(await load(again)).toEqual(references);
    } finally {
      await again.close();
    }
  }, 120_000);
});
