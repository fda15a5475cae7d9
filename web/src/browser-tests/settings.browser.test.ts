// The settings pages in chromium at phone width (390 px): each changes a setting through its form
// and the test reads the result back from the API; a bad value is refused with the field named.
// Screenshots go to artifacts/screenshots (settings-*.png).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SlaPolicy } from '../../../contracts/sla.js';
import type { TeamConfig, TriageRuleList } from '../../../contracts/triage.js';
import type { ReviewRequestSettings } from '../../../contracts/reviews.js';
import type { PlaybookList } from '../../../contracts/playbooks.js';
import type { ThemeList } from '../../../contracts/issues.js';
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
  await page.setViewportSize({ width: 390, height: 844 });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  apiWatch = watchApi(page);
}, 240_000);
afterEach(async () => {
  expect(await apiWatch.settle(), 'API answers the page received that no test expected').toEqual([]);
  expect(pageErrors).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function noSidewaysScroll() {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways at 390 px').toBeLessThanOrEqual(1);
}

describe('settings pages at 390 px', () => {
  it('the Settings entry in the main nav leads to every settings page', async () => {
    await page.goto(`${server.url}/inbox`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    for (const name of ['Playbooks', 'SLA and business hours', 'Owner teams', 'Triage phrases', 'Review requests', 'Emerging themes']) {
      expect(await page.getByRole('main').getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    await noSidewaysScroll();
    await page.screenshot({ path: screenshotPath('settings-index-390') });
  });

  it('SLA policy: a new first-response target and a holiday are stored; a bad time zone is refused by name', async () => {
    await page.goto(`${server.url}/settings/sla`);
    // CSAT of the last 30 days' signals, as the SLA figures give it.
    expect(await page.getByTestId('sla-csat').innerText()).toMatch(
      /^CSAT: (no satisfaction answers|[\d.]+% answered 4 or 5, of \d+ answers)/,
    );
    const form = page.getByRole('form', { name: 'SLA policy' });
    await form.getByLabel('First response (hours), pre sale').fill('6');
    await form.getByLabel('Holidays (dates, YYYY-MM-DD, separated by commas)').fill('2026-12-25, 2027-01-01');
    await form.getByRole('button', { name: 'Save SLA policy' }).press('Enter');
    await page.getByTestId('save-result').getByText('Saved.').waitFor();
    const policy = (await apiJson<SlaPolicy>('GET', '/api/sla/policy')).body;
    expect(policy.classes.pre_sale.firstResponseMinutes).toBe(360);
    expect(policy.calendar.holidays).toEqual(['2026-12-25', '2027-01-01']);

    apiWatch.expect(400, /\/api\/sla\/policy$/);
    await form.getByLabel('Time zone (IANA, e.g. Europe/Lisbon)').fill('Mars/Olympus');
    await form.getByRole('button', { name: 'Save SLA policy' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('calendar.timeZone');
    expect((await apiJson<SlaPolicy>('GET', '/api/sla/policy')).body.calendar.timeZone).toBe(policy.calendar.timeZone);
    await noSidewaysScroll();
    await page.screenshot({ path: screenshotPath('settings-sla-390'), fullPage: true });
  });

  it('owner teams: the safety clue goes to another team', async () => {
    await page.goto(`${server.url}/settings/teams`);
    const form = page.getByRole('form', { name: 'Owner teams' });
    await form.getByLabel('Team for the safety clue').fill('product_safety_desk');
    await form.getByRole('button', { name: 'Save owner teams' }).click();
    await page.getByTestId('save-result').getByText('Saved.').waitFor();
    expect((await apiJson<TeamConfig>('GET', '/api/triage/teams')).body.clueOwners.safety).toBe('product_safety_desk');

    apiWatch.expect(400, /\/api\/triage\/teams$/);
    await form.getByLabel('Default team').fill('');
    await form.getByRole('button', { name: 'Save owner teams' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('defaultOwner');
    await noSidewaysScroll();
    await page.screenshot({ path: screenshotPath('settings-teams-390') });
  });

  it('triage phrases: add one by keyboard, see it listed, remove it', async () => {
    await page.goto(`${server.url}/settings/phrases`);
    const form = page.getByRole('form', { name: 'Add a phrase' });
    await form.getByLabel('Phrase', { exact: true }).fill('zipper pull snapped');
    await form.getByLabel('Issue type').selectOption('defect');
    await form.getByLabel('Phrase', { exact: true }).press('Enter');
    await page.getByRole('table', { name: 'Your triage phrases' }).getByText('zipper pull snapped').waitFor();
    const rules = (await apiJson<TriageRuleList>('GET', '/api/triage/rules')).body.items;
    expect(rules.find((r) => r.phrase === 'zipper pull snapped')).toMatchObject({ issue_type: 'defect', weight: 1 });

    apiWatch.expect(400, /\/api\/triage\/rules$/);
    await form.getByLabel('Phrase', { exact: true }).fill('x');
    await form.getByRole('button', { name: 'Add a phrase' }).click();
    expect(await form.getByRole('alert').textContent()).toContain('phrase');
    await noSidewaysScroll();
    await page.screenshot({ path: screenshotPath('settings-phrases-390'), fullPage: true });

    await page.getByRole('button', { name: 'Remove zipper pull snapped' }).click();
    await page.getByText('Removed “zipper pull snapped”').waitFor();
    expect((await apiJson<TriageRuleList>('GET', '/api/triage/rules')).body.items.some((r) => r.phrase === 'zipper pull snapped')).toBe(
      false,
    );
  });

  it('review requests: a new delay is stored; an incentive that buys reviews and a bad URL are refused', async () => {
    await page.goto(`${server.url}/settings/review-requests`);
    const form = page.getByRole('form', { name: 'Review-request settings' });
    await form.getByLabel('Days after delivery before asking').fill('9');
    await form.getByRole('button', { name: 'Save review-request settings' }).click();
    await form.getByTestId('save-result').getByText('Saved.').waitFor();
    expect((await apiJson<ReviewRequestSettings>('GET', '/api/review-requests/settings')).body.delayDays).toBe(9);

    await form
      .getByLabel('Incentive wording (empty: none; checked against the review guardrails)')
      .fill('Leave a 5-star review and get 10% off your next order!');
    await form.getByRole('button', { name: 'Save review-request settings' }).click();
    expect(await form.getByRole('alert').textContent()).toContain('incentiveWording');
    expect((await apiJson<ReviewRequestSettings>('GET', '/api/review-requests/settings')).body.incentiveWording).toBeNull();
    await form.getByLabel('Incentive wording (empty: none; checked against the review guardrails)').fill('');

    apiWatch.expect(400, /\/api\/review-requests\/settings$/);
    await form.getByLabel('Webhook URL (empty: none)').fill('ftp://example.com/x');
    await form.getByRole('button', { name: 'Save review-request settings' }).click();
    // The alert still shows the incentive's refusal until the new answer arrives: wait for the one naming the field.
    await form.getByRole('alert').filter({ hasText: 'webhookUrl' }).waitFor();
    expect((await apiJson<ReviewRequestSettings>('GET', '/api/review-requests/settings')).body.webhookUrl).toBeNull();
    await noSidewaysScroll();
    await page.screenshot({ path: screenshotPath('settings-review-requests-390') });
  });

  it('playbooks: the review window of one is changed and stored as a new version; a bad one is refused by field', async () => {
    await page.goto(`${server.url}/settings/playbooks`);
    const before = (await apiJson<PlaybookList>('GET', '/api/playbooks')).body.items[0]!;
    const form = page.getByRole('form', { name: `Edit playbook ${before.title}` });
    await form.getByLabel('Review window (days)').fill('14');
    await form.getByRole('button', { name: 'Save playbook' }).click();
    await page.getByText(/Saved as version \d+/).waitFor();
    const after = (await apiJson<PlaybookList>('GET', '/api/playbooks')).body.items.find((p) => p.id === before.id)!;
    expect(after.reviewWindowDays).toBe(14);
    expect(after.edited).toBe(true);

    apiWatch.expect(400, /\/api\/playbooks\//);
    const form2 = page.getByRole('form', { name: `Edit playbook ${before.title}` });
    await form2.getByLabel('Review window (days)').fill('-3');
    await form2.getByRole('button', { name: 'Save playbook' }).click();
    expect(await form2.getByRole('alert').textContent()).toContain('reviewWindowDays');
    await noSidewaysScroll();
    await page.screenshot({ path: screenshotPath('settings-playbooks-390') });
  });

  it('emerging themes: promoting one stores a seller phrase for the chosen issue type', async () => {
    const themes = (await apiJson<ThemeList>('GET', '/api/themes')).body.items;
    await page.goto(`${server.url}/settings/themes`);
    expect(themes.length, 'the demo store has emerging themes').toBeGreaterThan(0);
    const t = themes[0]!;
    const phrase = t.topTerms.slice(0, 2).join(' ');
    await page.getByText(`Promote “${phrase}” to a triage phrase`).first().click();
    const form = page.getByRole('form', { name: `Promote theme ${phrase}` }).first();
    expect(await form.getByLabel('Phrase', { exact: true }).inputValue()).toBe(phrase);
    await form.getByLabel('Issue type').selectOption('material_quality');
    await form.getByRole('button', { name: `Promote theme ${phrase}` }).click();
    await page.getByText('Promoted: see Triage phrases.').first().waitFor();
    const rules = (await apiJson<TriageRuleList>('GET', '/api/triage/rules')).body.items;
    expect(rules.find((r) => r.phrase === phrase)).toMatchObject({ issue_type: 'material_quality', created_by: `theme ${t.id}` });
    await noSidewaysScroll();
    await page.screenshot({ path: screenshotPath('settings-themes-390') });
  });
});
