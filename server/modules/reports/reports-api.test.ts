import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { buildTestApp } from '../../test/http.js';
import { buildOrder, buildProduct, buildSignal } from '../../test/factories.js';
import { upsertOrders } from '../orders/index.js';
import { upsertProducts } from '../products/index.js';
import { storeWeeklyReport, weeklyReport } from './index.js';
import { htmlToPdf } from './render-pdf.js';
import { csvCell } from './render-csv.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
const raw = async (path: string) => t.app.request(path);

beforeAll(async () => {
  t = await buildTestApp({ now: '2026-11-24T12:00:00Z' });
  await upsertProducts(t.ctx, [buildProduct({ sku: 'DUF-1', title: 'Duffel', supplier: 'Acme Bags' })], { actor: 'test' });
  await upsertOrders(
    t.ctx,
    [
      buildOrder({
        orderId: 'A-1',
        customerId: 'cust-secret-7',
        route: 'CN-US-air',
        batch: 'B7',
        supplier: 'Acme Bags',
        lines: [{ sku: 'DUF-1', qty: 1, price: 40 }],
      }),
    ],
    { actor: 'test', source: 'test' },
  );
  const signals = [
    ...Array.from({ length: 6 }, (_, i) =>
      buildSignal({
        sku: 'DUF-1',
        orderId: 'A-1',
        receivedAt: `2026-11-1${6 + (i % 3)}T10:00:00Z`,
        text: `The strap was missing from the duffel, write me at jane${i}@example.com`,
      }),
    ),
    buildSignal({
      sku: 'DUF-1',
      receivedAt: '2026-11-17T11:00:00Z',
      channel: 'review',
      rating: 1,
      public: true,
      text: '<script>alert(1)</script> strap missing, awful',
      attachments: [{ kind: 'photo', url: 'https://img.example/strap.jpg' }],
    }),
    buildSignal({ sku: 'DUF-1', receivedAt: '2026-11-10T10:00:00Z', text: 'The strap was missing' }),
    buildSignal({
      sku: 'DUF-1',
      receivedAt: '2026-11-18T10:00:00Z',
      text: 'Will this duffel fit in an airline overhead bin?',
      channel: 'chat',
    }),
  ];
  const r = await t.call('POST', '/api/signals', signals);
  expect(r.status).toBe(201);
});
afterAll(async () => {
  await t.close();
});

describe('report API', () => {
  it('serves the weekly report as JSON with every section the CLI contract names', async () => {
    const r = await t.call('GET', '/api/reports/weekly?week=2026-W47&tz=Europe/Berlin');
    expect(r.status).toBe(200);
    for (const k of [
      'topThemes',
      'conversionBlockers',
      'afterSalesRisks',
      'reusableAssets',
      'nextActions',
      'verdicts',
      'sla',
      'automation',
      'copyableLine',
      'complete',
    ])
      expect(r.body).toHaveProperty(k);
    expect(r.body.totals.count).toBe(8);
    expect(r.body.totals.previous).toBe(1);
    expect(r.body.topThemes[0]).toMatchObject({ issueType: 'missing_item', sku: 'DUF-1', count: 7, previous: 1 });
    expect(r.body.copyableLine.wording).not.toContain('@example.com');
    expect(r.body.complete).toBe(false);
    expect(r.body.completion.statement).toMatch(/^Not complete/);
  });

  it('renders Markdown, CSV and self-contained HTML with customer text escaped', async () => {
    const md = await (await raw('/api/reports/weekly?week=2026-W47&format=md')).text();
    expect(md).toContain('# Voice of the customer — 2026-W47');
    expect(md).toContain('Not complete');
    const csv = await (await raw('/api/reports/weekly?week=2026-W47&format=csv')).text();
    expect(csv.split('\n')[0]).toBe('section,rank,issue_type,sku,detail,count,previous,change,extra');
    expect(csv).toContain('top_theme,1,missing_item,DUF-1');
    const res = await raw('/api/reports/weekly?week=2026-W47&format=html');
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<svg');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('refuses a malformed week and an unknown zone by field', async () => {
    expect((await t.call('GET', '/api/reports/weekly?week=2026-47')).status).toBe(400);
    const r = await t.call('GET', '/api/reports/weekly?week=2026-W47&tz=Mars/Olympus');
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('tz');
  });

  it('serves the monthly SKU review', async () => {
    const r = await t.call('GET', '/api/reports/monthly?month=2026-11');
    expect(r.status).toBe(200);
    const duffel = r.body.bySku.find((g: { group: string }) => g.group === 'DUF-1');
    expect(duffel.types[0]).toMatchObject({ issueType: 'missing_item' });
    expect(r.body.bySupplier[0].group).toBe('Acme Bags');
    expect((await raw('/api/reports/monthly?month=2026-11&format=csv')).status).toBe(200);
  });

  it('builds a supplier packet without customer data', async () => {
    const inspected = await t.call('POST', '/api/inspections', {
      batch: 'B7',
      inspectedAt: '2026-10-20T09:00:00Z',
      inspector: 'QA Porto',
      result: 'fail',
      notes: 'strap clip missing on 3 of 40',
    });
    expect(inspected.status).toBe(201);
    const res = await raw('/api/reports/supplier-packet?supplier=Acme%20Bags&from=2026-11-01&to=2026-11-30');
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['inspections.csv', 'orders.csv', 'photos.csv', 'signals.csv', 'summary.md']);
    expect(strFromU8(files['inspections.csv']!)).toContain('B7,,2026-10-20T09:00:00.000Z,QA Porto,fail,strap clip missing on 3 of 40,');
    const all = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    expect(all).not.toContain('@example.com');
    expect(all).not.toContain('cust-secret-7');
    expect(strFromU8(files['photos.csv']!)).toContain('https://img.example/strap.jpg');
    expect(strFromU8(files['orders.csv']!)).toContain('A-1');
    expect(strFromU8(files['summary.md']!)).toContain('supplier Acme Bags');
    const byBatch = unzipSync(
      new Uint8Array(await (await raw('/api/reports/supplier-packet?batch=B7&from=2026-11-01&to=2026-11-30')).arrayBuffer()),
    );
    expect(strFromU8(byBatch['signals.csv']!).trim().split('\n').length).toBe(7);
  });

  it('keeps a stored week as it was while a fresh one moves with deletions', async () => {
    const stored = await storeWeeklyReport(t.ctx, { week: '2026-W47' });
    expect(stored).toMatchObject({ ran: true, result: { week: '2026-W47', stored: true } });
    expect(await storeWeeklyReport(t.ctx, { week: '2026-W47' })).toMatchObject({ result: { stored: false } });
    const list = await t.call('GET', '/api/signals?sku=DUF-1&limit=1');
    const del = await t.call('DELETE', `/api/signals/${list.body.items[0].id}`);
    expect(del.status).toBe(200);
    expect((await t.call('DELETE', `/api/signals/${list.body.items[0].id}`)).status).toBe(404);
    const kept = await weeklyReport(t.ctx, { week: '2026-W47', timeZone: 'UTC' });
    const fresh = await weeklyReport(t.ctx, { week: '2026-W47', timeZone: 'UTC', fresh: true });
    expect(kept.totals.count).toBe(8);
    expect(fresh.totals.count).toBe(7);
  });

  it('says clearly when PDF is not possible, and defuses spreadsheet formulas', async () => {
    await expect(htmlToPdf('<p>x</p>', '/nonexistent/chromium')).rejects.toMatchObject({ code: 'report_pdf_unavailable' });
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
