// Notification webhooks in chromium: an admin adds one from the settings (a refused secret is
// named next to its field), sees a refused delivery with its HTTP answer, retries it, disables,
// enables and deletes the webhook, at 390 px too; then turns on the daily digest and sets a webhook
// of their own (chosen per kind), at 390 px too. Every result is
// checked through the API; a real HTTP listener on 127.0.0.1 receives the deliveries.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SessionView, UserView } from '../../../contracts/people.js';
import type { SignalIngested } from '../../../contracts/signals.js';
import type {
  DeliveryList,
  DigestSetting,
  MyWebhook,
  NotificationPreferences,
  NotificationWebhookList,
} from '../../../contracts/notifications.js';
import { deliverNotificationWebhooks } from '../../../server/modules/notifications/index.js';
import { launchBrowser, screenshotPath, sessionCalls, startServer, watchApi, type RunningServer, signIn } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let apiWatch: ReturnType<typeof watchApi>;
let listener: http.Server;
let hookUrl: string;
let answer = 500;
const received: string[] = [];
let admin: string;
let agentId: number;
const ADMIN = { name: 'Ada Admin', email: 'ada@shop.test', password: 'correct horse battery' };

const { call, login } = sessionCalls(() => server.url);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  apiWatch = watchApi(page);
  listener = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push(String(req.headers['x-writeback-event']));
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/hook`;
  const first = await call<SessionView>('POST', '/api/auth/first-admin', { body: ADMIN });
  expect(first.status).toBe(201);
  admin = first.cookie!;
  const agent = await call<UserView>('POST', '/api/users', {
    cookie: admin,
    body: { name: 'Ben Agent', email: 'ben@shop.test', password: 'agent password 12', role: 'agent', teams: [] },
  });
  agentId = agent.body.id;
}, 240_000);

afterEach(async () => {
  expect(await apiWatch.settle(), 'API answers the page received that no test expected').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => listener?.close(r));
  await server?.close();
});

describe('notification webhooks in chromium', () => {
  it('adds a webhook, shows a refused delivery, retries it, disables, enables and deletes it', async () => {
    await page.goto(`${server.url}/`);
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.getByRole('link', { name: 'Notification webhooks' }).first().click();
    await page.getByRole('heading', { name: 'Notification webhooks' }).waitFor();

    const form = page.getByRole('form', { name: 'Add a notification webhook' });
    await form.getByLabel('Webhook URL').fill(hookUrl);
    await form.getByLabel('Secret (at least 16 characters)').fill('short');
    await form.getByRole('checkbox', { name: 'A signal is assigned' }).check();
    await form.getByRole('button', { name: 'Add webhook' }).click();
    await form.getByText('must be at least 16 characters', { exact: true }).waitFor();
    expect((await call<NotificationWebhookList>('GET', '/api/notifications/webhooks', { cookie: admin })).body.items).toEqual([]);

    // By keyboard: Enter in the secret field submits the form.
    await form.getByLabel('Secret (at least 16 characters)').fill('a-secret-of-enough-length');
    await form.getByLabel('Secret (at least 16 characters)').press('Enter');
    await form.getByRole('status').getByText('Webhook added.').waitFor();
    const item = page.getByRole('listitem', { name: `Webhook ${hookUrl}` });
    await item.waitFor();
    let hooks = (await call<NotificationWebhookList>('GET', '/api/notifications/webhooks', { cookie: admin })).body.items;
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ url: hookUrl, events: ['signal.assignee_changed'], enabled: true, format: 'generic' });
    const hookId = hooks[0]!.id;

    // An assignment is POSTed; the listener refuses it with a 500.
    const s = await call<SignalIngested>('POST', '/api/signals', {
      cookie: admin,
      body: { channel: 'email', externalId: 'hook-1', text: 'The lid cracked.', receivedAt: '2026-11-15T10:00:00Z' },
    });
    expect((await call('PATCH', `/api/signals/${s.body.id}`, { cookie: admin, body: { assigneeId: agentId } })).status).toBe(200);
    expect(await deliverNotificationWebhooks(server.ctx, { allowPrivate: true })).toEqual({ sent: 0, failed: 1 });
    expect(received).toEqual(['signal.assignee_changed']);

    await page.reload();
    await item.getByText('HTTP 500').waitFor();
    const deliveries = (await call<DeliveryList>('GET', `/api/notifications/webhooks/${hookId}/deliveries`, { cookie: admin })).body.items;
    expect(deliveries).toEqual([expect.objectContaining({ state: 'retrying', attempts: 1, lastError: 'HTTP 500' })]);
    await item.getByRole('button', { name: `Retry delivery ${deliveries[0]!.id}` }).click();
    await page.getByRole('status').getByText('Queued to try again now.').waitFor();
    const retried = (await call<DeliveryList>('GET', `/api/notifications/webhooks/${hookId}/deliveries`, { cookie: admin })).body.items;
    expect(retried[0]).toMatchObject({ state: 'retrying', attempts: 0 });
    answer = 204;
    expect(await deliverNotificationWebhooks(server.ctx, { allowPrivate: true })).toEqual({ sent: 1, failed: 0 });

    await item.getByRole('button', { name: `Disable webhook ${hookUrl}` }).click();
    await item.getByRole('button', { name: `Enable webhook ${hookUrl}` }).waitFor();
    hooks = (await call<NotificationWebhookList>('GET', '/api/notifications/webhooks', { cookie: admin })).body.items;
    expect(hooks[0]!.enabled).toBe(false);
    await item.getByRole('button', { name: `Enable webhook ${hookUrl}` }).click();
    await item.getByRole('button', { name: `Disable webhook ${hookUrl}` }).waitFor();
    expect((await call<NotificationWebhookList>('GET', '/api/notifications/webhooks', { cookie: admin })).body.items[0]!.enabled).toBe(
      true,
    );
    await item.getByRole('cell', { name: 'sent', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('notification-webhooks') });

    // At 390 px the page does not scroll sideways and every control is on screen.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.reload();
    const del = item.getByRole('button', { name: `Delete webhook ${hookUrl}` });
    await del.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await del.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.screenshot({ path: screenshotPath('notification-webhooks-390') });
    await del.focus();
    await page.keyboard.press('Enter');
    await page.getByText('No notification webhook yet.').waitFor();
    expect((await call<NotificationWebhookList>('GET', '/api/notifications/webhooks', { cookie: admin })).body.items).toEqual([]);
  });

  it('turns the daily digest on and picks its hour', async () => {
    await page.goto(`${server.url}/notifications`);
    const on = page.getByRole('checkbox', { name: 'Send me a daily digest' });
    await on.check();
    await page.getByRole('status').getByText('Digest saved.').waitFor();
    await page.getByRole('combobox', { name: 'Digest hour' }).selectOption({ label: '07:00' });
    await expect
      .poll(async () => (await call<DigestSetting>('GET', '/api/notifications/digest', { cookie: await login(ADMIN) })).body)
      .toEqual({ enabled: true, hour: 7, timeZone: 'UTC' });
  });

  it('sets my own webhook, chooses per kind what goes to it, and removes it', async () => {
    await page.goto(`${server.url}/notifications`);
    const form = page.getByRole('form', { name: 'My webhook' });
    await form.getByLabel('My webhook URL').fill(hookUrl);
    await form.getByLabel('My webhook secret (at least 16 characters)').fill('my-own-secret-of-length');
    await form.getByRole('button', { name: 'Save my webhook' }).click();
    await form.getByRole('status').getByText('My webhook saved.').waitFor();
    await form.getByText(`Sending to ${hookUrl}`).waitFor();
    const cookie = await login(ADMIN);
    expect((await call<MyWebhook>('GET', '/api/notifications/my-webhook', { cookie })).body.webhook).toMatchObject({
      url: hookUrl,
      format: 'slack',
    });
    const byHook = page.getByRole('checkbox', { name: 'Action due tomorrow or overdue: by my webhook' });
    expect(await byHook.isChecked()).toBe(true);
    await byHook.uncheck();
    await page.getByRole('status').getByText('Saved.', { exact: true }).waitFor();
    const prefs = await call<NotificationPreferences>('GET', '/api/notifications/preferences', { cookie });
    expect(prefs.body.items.find((i) => i.kind === 'action_due')).toEqual({ kind: 'action_due', inApp: true, email: true, webhook: false });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.reload();
    await form.getByRole('button', { name: 'Remove my webhook' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('my-webhook-390') });
    await form.getByRole('button', { name: 'Remove my webhook' }).click();
    await form.getByRole('status').getByText('My webhook removed.').waitFor();
    expect((await call<MyWebhook>('GET', '/api/notifications/my-webhook', { cookie })).body.webhook).toBeNull();
  });
});
