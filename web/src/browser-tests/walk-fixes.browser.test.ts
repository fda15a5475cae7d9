// What a walk through the app found, each checked in chromium against the real server on the demo
// store: the label editor after a save, the inbox as a work queue (open, most overdue first, with
// a status column), Copy draft on a blocked draft, and the phone nav. Screenshots: walk-*.png.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ReplyCheck } from '../../../contracts/reviews.js';
import type { SignalDetail, SignalPage } from '../../../contracts/signals.js';
import { apiJson as callApi, launchBrowser, screenshotPath, startServer, watchApi, type RunningServer } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let apiWatch: ReturnType<typeof watchApi>;
const pageErrors: string[] = [];
const apiJson = <T>(method: string, path: string, body?: unknown) => callApi<T>(server.url, method, path, body);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer({ demo: true });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  apiWatch = watchApi(page);
}, 240_000);
afterEach(async () => {
  expect(await apiWatch.settle(), 'API answers the page received that no test expected').toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rowIds = async () => page.$$eval('[data-testid="signal-row"]', (rows) => rows.map((r) => Number(r.getAttribute('data-signal-id'))));

describe('fixes from the walk', () => {
  it('the inbox opens as the work queue: open signals, most overdue first, with their status shown', async () => {
    await page.goto(`${server.url}/inbox`);
    await page.getByTestId('signal-row').first().waitFor();
    const queue = (await apiJson<SignalPage>('GET', '/api/signals?status=open&sort=slaDue&limit=10')).body.items;
    expect((await rowIds()).slice(0, 10)).toEqual(queue.map((s) => s.id));
    expect(await page.getByRole('table', { name: 'Signals, SLA due soonest first' }).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: 'Status' }).count()).toBe(1);
    const statuses = await page.getByTestId('signal-status').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['open']));
    expect(await page.getByLabel('Status').inputValue()).toBe('open');
    await page.screenshot({ path: screenshotPath('walk-inbox-queue') });

    // Newest first and any status are one choice away.
    await page.getByLabel('Order').selectOption('newest');
    await page.getByLabel('Status').selectOption('any');
    await page.waitForURL(/status=any/);
    const newest = (await apiJson<SignalPage>('GET', '/api/signals?limit=5')).body.items;
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid="signal-row"]')?.getAttribute('data-signal-id') === String(first),
      newest[0]!.id,
    );
  });

  it('must be human lists no resolved signals', async () => {
    const resolved = (await apiJson<SignalPage>('GET', '/api/signals?mustBeHuman=true&status=resolved&limit=5')).body.items;
    expect(resolved.length, 'the demo store has resolved must-be-human signals, so the check can fail').toBeGreaterThan(0);
    await page.goto(`${server.url}/inbox?mustBeHuman=true`);
    await page.getByTestId('signal-row').first().waitFor();
    const statuses = await page.getByTestId('signal-status').allInnerTexts();
    expect(statuses).not.toContain('resolved');
    for (const s of resolved) expect(await rowIds()).not.toContain(s.id);
  });

  it('the label editor shows the saved values after a save', async () => {
    const target = (await apiJson<SignalPage>('GET', '/api/signals?status=open&sort=slaDue&limit=1')).body.items[0]!;
    await page.goto(`${server.url}/inbox?signal=${target.id}`);
    const detail = page.getByTestId('signal-detail');
    const editor = detail.getByRole('form', { name: 'Correct labels and routing' });
    await editor.getByLabel('Status').waitFor();
    const team = target.ownerTeam === 'support' ? 'marketplace_operations' : 'support';
    await editor.getByLabel('Owner team').selectOption(team);
    await editor.getByLabel('Status').selectOption('pending');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByText('Saved.').waitFor();
    const stored = (await apiJson<SignalDetail>('GET', `/api/signals/${target.id}`)).body;
    expect(stored).toMatchObject({ ownerTeam: team, status: 'pending' });
    // A moment later (any re-render) the form still holds what was saved, not the values it opened with.
    await page.waitForTimeout(500);
    expect(await editor.getByLabel('Owner team').inputValue()).toBe(team);
    expect(await editor.getByLabel('Status').inputValue()).toBe('pending');
    expect(await editor.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('walk-label-saved') });
  });

  it('Copy draft refuses a draft with blocking findings and says why', async () => {
    const review = (await apiJson<SignalPage>('GET', '/api/signals?channel=review&limit=1')).body.items[0]!;
    const draft = 'Sorry about that! Email me at jane.doe@example.com with your address and we will sort it.';
    const check = (await apiJson<ReplyCheck>('POST', '/api/replies/check', { text: draft, public: true, signalId: review.id })).body;
    expect(check.blocking, 'the draft has a blocking finding').toBe(true);
    await page.goto(`${server.url}/reviews?signal=${review.id}`);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    const box = page.getByTestId('reply-draft');
    await box.fill(draft);
    await page.getByText(/blocking\./).waitFor();
    await page.getByRole('button', { name: 'Copy draft' }).click();
    const note = page.getByText(/^Not copied:/);
    await note.waitFor();
    const reason = check.findings.find((f) => f.blocking)!.reason;
    expect(await note.innerText()).toContain(reason);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');

    // A clean draft copies.
    const clean = 'Thank you for the photos, and sorry the strap was missing. A replacement strap is on its way.';
    expect(
      (await apiJson<ReplyCheck>('POST', '/api/replies/check', { text: clean, public: true, signalId: review.id })).body.blocking,
    ).toBe(false);
    await box.fill(clean);
    await page.getByText(/No guardrail findings\.|, 0 blocking\./).waitFor();
    await page.getByRole('button', { name: 'Copy draft' }).click();
    await page.getByText('Draft copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('replacement strap');
  });

  it('at 390 px every main nav entry is on screen and reachable by keyboard', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/inbox`);
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    // count() does not wait: the app renders its nav after the session loads (CI once counted 0 under load)
    await links.last().waitFor();
    const n = await links.count();
    expect(n).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < n; i++) {
      const box = await links.nth(i).boundingBox();
      expect(box, `link ${i}`).not.toBeNull();
      expect(box!.x, `${await links.nth(i).innerText()} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${await links.nth(i).innerText()} ends on screen`).toBeLessThanOrEqual(390);
    }
    // Tab from the brand reaches the last entry (Settings sits before API).
    await page.getByRole('link', { name: 'Writeback' }).focus();
    for (let i = 0; i < n; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await links.nth(n - 1).innerText());
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/settings$/);
    await page.screenshot({ path: screenshotPath('walk-phone-nav-390') });
  });
});
