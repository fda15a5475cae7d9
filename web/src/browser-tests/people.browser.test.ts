// People in chromium: the single person creates the first admin, the admin invites a viewer by
// link, the viewer accepts it, is refused a write with a clear message, and the admin's audit page
// lists what was done; the admin then changes the viewer's role on People (at 390 px). Results are
// checked through the API with a session of the test's own.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AuditPage, SessionView, UserList } from '../../../contracts/people.js';
import type { SignalDetail, SignalIngested } from '../../../contracts/signals.js';
import { launchBrowser, screenshotPath, sessionCalls, startServer, watchApi, type RunningServer, signIn } from './harness.js';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let apiWatch: ReturnType<typeof watchApi>;
let signalId: number;
let inviteLink: string;
const ADMIN = { name: 'Ada Admin', email: 'ada@shop.test', password: 'correct horse battery' };
const VIEWER = { name: 'Vic Viewer', email: 'vic@shop.test', password: 'viewer password 1' };

const { call } = sessionCalls(() => server.url);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  apiWatch = watchApi(page);
  // Single-person mode: the store has no account yet, so the test may write without one.
  const s = await call<SignalIngested>('POST', '/api/signals', {
    body: { channel: 'email', externalId: 'people-1', text: 'The strap broke on the first day.', receivedAt: '2026-11-15T10:00:00Z' },
  });
  signalId = s.body.id;
}, 240_000);

afterEach(async () => {
  expect(await apiWatch.settle(), 'API answers the page received that no test expected').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('people in chromium', () => {
  it('the single person creates the first admin, and is signed in as them', async () => {
    await page.goto(`${server.url}/inbox`);
    await page.getByRole('link', { name: 'Create the first admin' }).click();
    await page.getByRole('heading', { name: 'Create the first admin' }).waitFor();
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel(/Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByRole('link', { name: `My account: ${ADMIN.name}` }).waitFor();
    expect(await page.getByRole('link', { name: 'People' }).isVisible()).toBe(true);
    // The store has an account now: anonymous calls are refused.
    expect((await call('GET', '/api/signals')).status).toBe(401);
  });

  it('the admin invites a viewer; the link is shown once and opens the accept page', async () => {
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People' }).waitFor();
    await page.getByLabel('Email').fill(VIEWER.email);
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = page.getByLabel('Invitation link');
    await link.waitFor();
    inviteLink = await link.inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${server.url}/invitation#.{40,}`));
    await page.screenshot({ path: screenshotPath('people') });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Writeback' }).waitFor();
  });

  it('the invited person accepts the link and is signed in with the invited role', async () => {
    await page.goto(inviteLink);
    await page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
    await page.getByLabel('Your name').fill(VIEWER.name);
    await page.getByLabel(/Password/).fill(VIEWER.password);
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByRole('link', { name: `My account: ${VIEWER.name}` }).waitFor();
    const admin = await call<SessionView>('POST', '/api/auth/login', { body: { email: ADMIN.email, password: ADMIN.password } });
    const users = await call<UserList>('GET', '/api/users', { cookie: admin.cookie });
    expect(users.body.items.find((u) => u.email === VIEWER.email)).toMatchObject({ name: VIEWER.name, role: 'viewer', active: true });
    // Single use: the same link again is refused.
    expect(
      (
        await call('POST', '/api/invitations/accept', {
          body: { token: inviteLink.split('#')[1], name: 'Again', password: 'another password' },
        })
      ).status,
    ).toBe(410);
  });

  it('a viewer is refused a write with a clear message, and nothing changes', async () => {
    // A viewer sees neither People nor Audit.
    expect(await page.getByRole('link', { name: 'People' }).count()).toBe(0);
    await page.goto(`${server.url}/inbox`);
    await page.getByTestId('signal-row').first().click();
    const detail = page.getByTestId('signal-detail');
    await detail.getByLabel('Status').selectOption('pending');
    await detail.getByRole('button', { name: 'Save changes' }).click();
    const note = detail.getByText(/your role \(viewer\) may not do this/);
    await note.waitFor();
    await page.screenshot({ path: screenshotPath('viewer-refused') });
    const admin = await call<SessionView>('POST', '/api/auth/login', { body: { email: ADMIN.email, password: ADMIN.password } });
    expect((await call<SignalDetail>('GET', `/api/signals/${signalId}`, { cookie: admin.cookie })).body.status).toBe('open');
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('the admin signs in again and the audit page lists what was done, by whom', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, ADMIN);
    await page.screenshot({ path: screenshotPath('signed-in-390') });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    const text = await table.innerText();
    for (const type of ['user.added', 'invitation.created', 'invitation.accepted', 'user.signed_in', 'user.signed_out'])
      expect(text).toContain(type);
    expect(text).toContain(VIEWER.name);
    expect(text).toContain(ADMIN.email);
    await page.screenshot({ path: screenshotPath('audit') });
    await page.getByLabel(/Event type/).fill('invitation.');
    await page.waitForURL(/type=invitation/);
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="audit-row"]')];
      return rows.length === 2 && rows.every((r) => (r.textContent ?? '').includes('invitation.'));
    });
    const admin = await call<SessionView>('POST', '/api/auth/login', { body: { email: ADMIN.email, password: ADMIN.password } });
    const audit = await call<AuditPage>('GET', '/api/audit?type=invitation.', { cookie: admin.cookie });
    expect(audit.body.items.map((i) => [i.type, i.actor.name])).toEqual([
      ['invitation.accepted', VIEWER.name],
      ['invitation.created', ADMIN.name],
    ]);
  });

  it('my account: a personal API token is shown once, works as Bearer, and stops when revoked', async () => {
    await page.getByRole('link', { name: `My account: ${ADMIN.name}` }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await page.getByLabel('Token name').fill('ci script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByLabel('New token');
    await shown.waitFor();
    const token = await shown.inputValue();
    expect(token).toMatch(/^wbt_/);
    const bearer = async () => (await fetch(`${server.url}/api/signals?limit=1`, { headers: { authorization: `Bearer ${token}` } })).status;
    expect(await bearer()).toBe(200);
    await page.getByRole('button', { name: 'Revoke ci script' }).click();
    await page
      .getByTestId('tokens')
      .getByText(/revoked/)
      .waitFor();
    expect(await bearer()).toBe(401);
    expect(await page.getByTestId('tokens').innerText()).not.toContain(token);
  });

  it("the admin changes the viewer's role on People (at 390 px too); the new role may write, and the audit names the change", async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByRole('link', { name: 'People' }).click();
    const role = page.getByRole('combobox', { name: `Role of ${VIEWER.name}` });
    await role.waitFor();
    const box = await role.boundingBox();
    expect(box && box.x >= 0).toBe(true);
    await role.selectOption('agent');
    const admin = await call<SessionView>('POST', '/api/auth/login', { body: { email: ADMIN.email, password: ADMIN.password } });
    await expect
      .poll(
        async () =>
          (await call<UserList>('GET', '/api/users', { cookie: admin.cookie })).body.items.find((u) => u.email === VIEWER.email)?.role,
      )
      .toBe('agent');
    const vic = await call<SessionView>('POST', '/api/auth/login', { body: { email: VIEWER.email, password: VIEWER.password } });
    expect((await call('PATCH', `/api/signals/${signalId}`, { cookie: vic.cookie, body: { status: 'pending' } })).status).toBe(200);
    const audit = await call<AuditPage>('GET', '/api/audit?type=user.updated', { cookie: admin.cookie });
    expect(audit.body.items[0]).toMatchObject({ type: 'user.updated', actor: { name: ADMIN.name } });
    await page.screenshot({ path: screenshotPath('people-role-390') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
