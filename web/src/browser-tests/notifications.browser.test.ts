// Notifications in chromium: an agent given a signal sees the bell's unread count in the header,
// opens the list from it, follows nothing, marks the notification read, and the bell counts zero;
// the result is checked through the API. The header at 390 px still shows the bell.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SessionView, UserView } from '../../../contracts/people.js';
import type { SignalIngested } from '../../../contracts/signals.js';
import type { NotificationList, NotificationPreferences } from '../../../contracts/notifications.js';
import { launchBrowser, screenshotPath, sessionCalls, startServer, watchApi, type RunningServer, signIn } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let apiWatch: ReturnType<typeof watchApi>;
let signalId: number;
const ADMIN = { name: 'Ada Admin', email: 'ada@shop.test', password: 'correct horse battery' };
const AGENT = { name: 'Ben Agent', email: 'ben@shop.test', password: 'agent password 12' };

const { call, login } = sessionCalls(() => server.url);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  apiWatch = watchApi(page);
  const first = await call<SessionView>('POST', '/api/auth/first-admin', { body: ADMIN });
  expect(first.status).toBe(201);
  const admin = first.cookie!;
  const added = await call<UserView>('POST', '/api/users', { cookie: admin, body: { ...AGENT, role: 'agent', teams: ['night_shift'] } });
  expect(added.status).toBe(201);
  const s = await call<SignalIngested>('POST', '/api/signals', {
    cookie: admin,
    body: { channel: 'email', externalId: 'notify-1', text: 'The strap broke on the first day.', receivedAt: '2026-11-15T10:00:00Z' },
  });
  signalId = s.body.id;
  expect((await call('PATCH', `/api/signals/${signalId}`, { cookie: admin, body: { assigneeId: added.body.id } })).status).toBe(200);
}, 240_000);

afterEach(async () => {
  expect(await apiWatch.settle(), 'API answers the page received that no test expected').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('notifications in chromium', () => {
  it('the bell counts the assignment, the list shows it, and marking it read clears the count', async () => {
    await page.goto(`${server.url}/`);
    await signIn(page, AGENT);
    const bell = page.getByRole('link', { name: 'Notifications: 1 unread' });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    await page.getByRole('link', { name: `Signal #${signalId} was assigned to you` }).waitFor();
    await page.screenshot({ path: screenshotPath('notifications-list') });
    await page.getByRole('button', { name: `Mark read: Signal #${signalId} was assigned to you` }).click();
    await page.getByRole('link', { name: 'Notifications: 0 unread' }).waitFor();
    const mine = await call<NotificationList>('GET', '/api/notifications', { cookie: await login(AGENT) });
    expect(mine.body.unread).toBe(0);
    expect(mine.body.items[0]!.readAt).not.toBeNull();

    // Each person chooses how: no email for assignments.
    const byEmail = page.getByRole('checkbox', { name: 'Assigned to me: by email' });
    expect(await byEmail.isChecked()).toBe(true);
    await byEmail.uncheck();
    await page.getByRole('status').getByText('Saved.').waitFor();
    const prefs = await call<NotificationPreferences>('GET', '/api/notifications/preferences', { cookie: await login(AGENT) });
    expect(prefs.body.items.find((i) => i.kind === 'assigned')).toEqual({ kind: 'assigned', inApp: true, email: false, webhook: true });

    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${server.url}/notifications`);
    const small = page.getByRole('link', { name: 'Notifications: 0 unread' });
    await small.waitFor();
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    const box = await small.boundingBox();
    expect(box && box.x + box.width <= 390).toBe(true);
    await page.screenshot({ path: screenshotPath('notifications-390') });
  });
});
