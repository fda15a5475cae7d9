// Named assignees in chromium: an admin assigns a signal to an agent in the signal pane, and the
// agent, signed in, finds it under "Mine" (and not under "Unassigned"). Results are checked
// through the API with sessions of the test's own.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SessionView, UserView } from '../../../contracts/people.js';
import type { SignalDetail, SignalIngested, SignalPage } from '../../../contracts/signals.js';
import { launchBrowser, screenshotPath, sessionCalls, startServer, watchApi, type RunningServer, signIn } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let apiWatch: ReturnType<typeof watchApi>;
let signalId: number;
let agent: UserView;
const ADMIN = { name: 'Ada Admin', email: 'ada@shop.test', password: 'correct horse battery' };
const AGENT = { name: 'Ben Agent', email: 'ben@shop.test', password: 'agent password 12' };

const { call, login } = sessionCalls(() => server.url);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  apiWatch = watchApi(page);
  // The first admin, then an agent in a team no signal is routed to: the signal stays unassigned
  // until the admin gives it to them.
  const first = await call<SessionView>('POST', '/api/auth/first-admin', { body: ADMIN });
  expect(first.status).toBe(201);
  const admin = first.cookie!;
  const added = await call<UserView>('POST', '/api/users', {
    cookie: admin,
    body: { ...AGENT, role: 'agent', teams: ['night_shift'] },
  });
  expect(added.status).toBe(201);
  agent = added.body;
  const s = await call<SignalIngested>('POST', '/api/signals', {
    cookie: admin,
    body: { channel: 'email', externalId: 'assign-1', text: 'The strap broke on the first day.', receivedAt: '2026-11-15T10:00:00Z' },
  });
  signalId = s.body.id;
  expect((await call<SignalDetail>('GET', `/api/signals/${signalId}`, { cookie: admin })).body.assigneeId).toBeNull();
}, 240_000);

afterEach(async () => {
  expect(await apiWatch.settle(), 'API answers the page received that no test expected').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const row = (id: number) => page.locator(`[data-testid="signal-row"][data-signal-id="${id}"]`);

describe('assignment in chromium', () => {
  it('the admin assigns the signal to the agent in the signal pane', async () => {
    await page.goto(`${server.url}/inbox`);
    await signIn(page, ADMIN);
    await page.goto(`${server.url}/inbox?signal=${signalId}`);
    const detail = page.getByTestId('signal-detail');
    const select = detail.getByLabel('Assignee');
    await select.waitFor();
    expect(await select.inputValue()).toBe('');
    await detail.locator('select[name="assigneeId"] option', { hasText: AGENT.name }).waitFor({ state: 'attached' });
    await select.selectOption({ label: AGENT.name });
    await detail.getByText('Saved.').waitFor();
    const admin = await login(ADMIN);
    expect((await call<SignalDetail>('GET', `/api/signals/${signalId}`, { cookie: admin })).body.assigneeId).toBe(agent.id);
    await page.screenshot({ path: screenshotPath('assign-pane') });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Writeback' }).waitFor();
  });

  it('the agent, signed in, finds it under "Mine" and not under "Unassigned"', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, AGENT);
    await page.goto(`${server.url}/inbox`);
    const views = page.getByRole('group', { name: 'Views' });
    await views.getByRole('button', { name: 'Unassigned' }).click();
    await page.waitForURL(/assignee=none/);
    await page.getByTestId('inbox-empty').waitFor();
    expect(await row(signalId).count()).toBe(0);
    await views.getByRole('button', { name: 'Mine' }).click();
    await page.waitForURL(/assignee=me/);
    await row(signalId).waitFor();
    expect(await views.getByRole('button', { name: 'Mine' }).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: screenshotPath('assign-mine-390') });
    await page.setViewportSize({ width: 1366, height: 900 });
    const mine = await call<SignalPage>('GET', '/api/signals?assignee=me', { cookie: await login(AGENT) });
    expect(mine.body.items.map((s) => s.id)).toEqual([signalId]);
  });
});
