import type { AppContext } from '../platform/http/context.js';
import { appendEvents } from '../platform/events.js';
import { ingestSignals, loadIntake } from '../modules/signals/index.js';
import { recordPastHandling } from '../modules/replies/index.js';
import { planSupportHistory } from './support-history.js';
import { upsertOrders } from '../modules/orders/index.js';
import { upsertProducts } from '../modules/products/index.js';
import { recordInspection } from '../modules/inspections/index.js';
import { demoInspections } from './inspections.js';
import { loadDemoComplaints } from './portal-complaints.js';
import { folderPhotoStore, defaultUploadDir, type PhotoStore } from '../modules/portal/index.js';
import { detectIssues } from '../modules/issues/index.js';
import { applyDemoFixes } from './apply-demo-fixes.js';
import { generateDemoStore } from './generate-demo-store.js';
import type { GenerateDemoStoreOptions, DemoStore } from './types.js';

export interface DemoLoadSummary {
  products: number;
  orders: number;
  signals: number;
  incidents: number;
  fixes: number;
}

/**
 * Loads the generated demo store through the same doors as real data (upserts and intake, so
 * triage and SLAs run as for any signal), then builds the issues and applies the demo's own
 * history on top: the fixes already made become done actions, the starting knowledge version 1.
 * The manifest — incidents, fixes, knowledge — is kept in settings for the demo's tests and
 * tours. Loading twice changes nothing.
 */
export async function loadDemoStore(
  ctx: AppContext,
  opts: GenerateDemoStoreOptions & {
    /** Where the portal complaints' photos go: the store the app serves them from (default: its default folder). */
    photoStore?: PhotoStore;
  } = {},
  onProgress?: (done: number, total: number) => void,
): Promise<DemoLoadSummary & { store: DemoStore }> {
  const store = generateDemoStore(opts);
  const actor = 'demo';
  await upsertProducts(ctx, store.products, { actor });
  for (let i = 0; i < store.orders.length; i += 1000) await upsertOrders(ctx, store.orders.slice(i, i + 1000), { actor, source: 'demo' });
  // A second load adds none: the first inspection of a batch stands.
  const inspected = await ctx.db.selectFrom('events').select('id').where('type', '=', 'inspection.recorded').limit(1).executeTakeFirst();
  if (!inspected) for (const r of demoInspections(store)) await recordInspection(ctx, r, actor);
  const intake = await loadIntake(ctx.db);
  const signals = [...store.signals].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const newIds = new Map<string, number>();
  for (let i = 0; i < signals.length; i += 1000) {
    const chunk = signals.slice(i, i + 1000);
    const r = await ingestSignals(ctx, chunk, { actor, source: 'demo', intake });
    for (const x of r) if (x.status === 'inserted') newIds.set(`${chunk[x.index]!.channel}\u0000${chunk[x.index]!.externalId}`, x.id);
    onProgress?.(Math.min(i + 1000, signals.length), signals.length);
  }
  // The team's replies and resolutions, for the signals this load inserted (a second load adds none).
  const byKey = new Map(signals.map((s) => [`${s.channel}\u0000${s.externalId}`, s]));
  const history = planSupportHistory(signals, opts.seed ?? 1, ctx.clock.now()).flatMap((h) => {
    const id = newIds.get(`${h.channel}\u0000${h.externalId}`);
    const s = byKey.get(`${h.channel}\u0000${h.externalId}`)!;
    return id === undefined ? [] : [{ signalId: id, customerWording: s.text, orderId: s.orderId, steps: h.steps }];
  });
  for (let i = 0; i < history.length; i += 2000) await recordPastHandling(ctx.db, history.slice(i, i + 2000), 'demo-support');
  // Complaints filed through the portal, with generated photos; a second load adds none.
  const filed = await ctx.db.selectFrom('events').select('id').where('type', '=', 'portal.complaint_filed').limit(1).executeTakeFirst();
  if (!filed) {
    const end = opts.endDate ?? signals.reduce((m, s) => (s.receivedAt > m ? s.receivedAt : m), '').slice(0, 10);
    await loadDemoComplaints(ctx, store, end, opts.photoStore ?? folderPhotoStore(defaultUploadDir()), opts.seed ?? 1);
  }
  const manifest = {
    seed: opts.seed ?? 1,
    endDate: opts.endDate,
    incidents: store.incidents,
    fixes: store.fixes,
    knowledge: store.knowledge,
  };
  await ctx.db
    .insertInto('settings')
    .values({ key: 'demo_manifest', value: JSON.stringify(manifest) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(manifest), updated_at: ctx.clock.now() }))
    .execute();
  await appendEvents(ctx.db, [{ type: 'demo.loaded', actor, at: ctx.clock.now(), payload: { seed: manifest.seed, signals: newIds.size } }]);
  await detectIssues(ctx);
  await ctx.db.transaction().execute((tx) => applyDemoFixes(tx, manifest, ctx.clock.now()));
  return {
    products: store.products.length,
    orders: store.orders.length,
    signals: newIds.size,
    incidents: store.incidents.length,
    fixes: store.fixes.length,
    store,
  };
}

export async function loadDemoManifest(
  ctx: Pick<AppContext, 'db'>,
): Promise<(Pick<DemoStore, 'incidents' | 'fixes' | 'knowledge'> & { seed: number }) | null> {
  const row = await ctx.db.selectFrom('settings').select('value').where('key', '=', 'demo_manifest').executeTakeFirst();
  return (row?.value as never) ?? null;
}
