/**
 * Done-when for the write-back loop, on the demo store loaded once: every planted incident is an
 * issue with the right SKU, batch or route, alarmed within two days of its start, with its
 * playbook's recommendation; the fix that works is verified shrinking and the one that does not
 * is not; quiet stretches raise at most 1 false alarm per 100 SKUs per month.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildTestApp } from '../test/http.js';
import { runDueJobs } from '../jobs.js';
import { loadDemoManifest, loadDemoStore, type Incident } from './index.js';
import { addIsoDays as addDays } from '../lib/time/index.js';

const END = '2026-03-01';
type IssueRow = {
  id: number;
  issueType: string;
  sku: string;
  batch: string | null;
  route: string | null;
  signalCount: number;
  status: string;
  spike: { flagged: boolean; at: string | null; pValue: number | null; episodes: { at: string; lastAt: string; reason: string }[] };
  playbook: {
    id: string;
    writeBack: unknown[];
    blockedMoves: unknown[];
    reviewWindowDays: number;
    matches: { issueTypes: string[] };
  } | null;
};

/**
 * Incidents the loop cannot catch in time on this data, and why (reported to the colleagues who
 * own triage and the demo). `it.fails` keeps them honest: when one starts passing, remove it here.
 */
const KNOWN_LATE: Record<string, string> = {};

describe('the write-back loop on the demo store', () => {
  let t: Awaited<ReturnType<typeof buildTestApp>>;
  let issues: IssueRow[];
  let incidents: Incident[];
  let manifest: NonNullable<Awaited<ReturnType<typeof loadDemoManifest>>>;

  beforeAll(async () => {
    t = await buildTestApp({ now: `${addDays(END, 1)}T12:00:00Z` });
    await loadDemoStore(t.ctx, { seed: 1, endDate: END });
    // The loop's own jobs (triage and SLAs already ran at intake); the SLA sweep and review requests do not feed it.
    await runDueJobs(t.ctx, ['triage-backlog', 'issues-detect', 'review-windows', 'themes-refresh']);
    manifest = (await loadDemoManifest(t.ctx))!;
    incidents = manifest.incidents;
    issues = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: IssueRow[]; nextCursor: string | null } } = await t.call(
        'GET',
        `/api/issues?limit=500${cursor ? `&cursor=${cursor}` : ''}`,
      );
      issues.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
  }, 240_000);
  afterAll(() => t.close());

  const issueFor = (inc: Incident) =>
    issues
      .filter(
        (i) =>
          i.issueType === inc.issueType &&
          i.sku === (inc.sku ?? '*') &&
          (!inc.batch || i.batch === inc.batch) &&
          (!inc.route || i.route === inc.route),
      )
      .sort((a, b) => b.signalCount - a.signalCount)[0];
  const alarmedInTime = (i: IssueRow | undefined, inc: Incident) =>
    Boolean(i?.spike.episodes.some((e) => e.at >= addDays(inc.startDate, -3) && e.at <= addDays(inc.startDate, 2)));

  it('every incident is an issue with the right SKU, batch or route and its playbook recommendation', () => {
    expect(incidents.length).toBe(6);
    for (const inc of incidents) {
      const issue = issueFor(inc);
      expect(issue, inc.id).toBeDefined();
      expect(issue!.playbook, inc.id).not.toBeNull();
      expect(issue!.playbook!.matches.issueTypes, inc.id).toContain(inc.issueType);
      expect(issue!.playbook!.writeBack.length, inc.id).toBeGreaterThan(0);
      expect(issue!.playbook!.reviewWindowDays, inc.id).toBeGreaterThanOrEqual(7);
    }
  });

  it('alarms within two days of the start', () => {
    for (const inc of incidents.filter((i) => !KNOWN_LATE[i.id])) {
      const issue = issueFor(inc)!;
      expect(alarmedInTime(issue, inc), `${inc.id} started ${inc.startDate}; episodes ${JSON.stringify(issue.spike.episodes)}`).toBe(true);
    }
  });

  for (const [id, why] of Object.entries(KNOWN_LATE)) {
    it.fails(`known gap, ${id}: ${why}`, () => {
      const inc = incidents.find((i) => i.id === id)!;
      expect(alarmedInTime(issueFor(inc), inc)).toBe(true);
    });
  }

  it('the fix that works is verified shrinking; the one that does not is not', async () => {
    const actions = (await t.call('GET', '/api/actions?limit=500')).body.items as {
      issueId: number;
      status: string;
      change: string;
      verdict: { result: string; ciHigh: number | null; explanation: string } | null;
    }[];
    for (const fix of manifest.fixes) {
      const issue = issues.find((i) => i.issueType === fix.issueType && i.sku === fix.sku && !i.batch)!;
      const action = actions.find((a) => a.issueId === issue.id && a.change === fix.change)!;
      expect(action, fix.incidentId).toBeDefined();
      expect(action.verdict, fix.incidentId).not.toBeNull();
      const detail = (await t.call('GET', `/api/issues/${issue.id}`)).body;
      if (fix.expected === 'shrinking') {
        expect(action.status).toBe('verified');
        expect(action.verdict!.result).toBe('shrinking');
        expect(action.verdict!.ciHigh).toBeLessThan(1);
        expect(detail.status).toBe('verified_shrinking');
      } else {
        expect(action.status).not.toBe('verified');
        expect(action.verdict!.result).not.toBe('shrinking');
        expect(detail.status).not.toBe('verified_shrinking');
      }
    }
  });

  it('quiet stretches: no more than 1 false alarm per 100 SKUs per month', async () => {
    const incidentIds = new Set(incidents.flatMap((i) => i.externalIds));
    let falseAlarms = 0;
    const details: string[] = [];
    for (const issue of issues) {
      for (const e of issue.spike.episodes) {
        // An alarm belongs to an incident when most of the issue's signals around it were planted by one.
        const rows = await sql<{ external_id: string }>`
          SELECT s.external_id FROM issue_signals i JOIN signals s ON s.id = i.signal_id
          WHERE i.issue_id = ${issue.id} AND i.received_at >= ${new Date(`${addDays(e.at, -1)}T00:00:00Z`)}
            AND i.received_at < ${new Date(`${addDays(e.lastAt, 2)}T00:00:00Z`)}`.execute(t.ctx.db);
        const planted = rows.rows.filter((r) => incidentIds.has(r.external_id)).length;
        if (planted * 2 < rows.rows.length) {
          falseAlarms += 1;
          details.push(`${issue.issueType} ${issue.sku} ${issue.batch ?? ''} ${e.at} ${e.reason}`);
        }
      }
    }
    const products = (await t.call('GET', '/api/products?limit=500')).body.items.length;
    const months = 120 / 30;
    const perHundredSkuMonths = (falseAlarms / (products * months)) * 100;
    expect(perHundredSkuMonths, details.join('; ')).toBeLessThanOrEqual(1);
  });

  it('after its verdict the owner closes the verified issue as resolved, with a note', async () => {
    const fix = manifest.fixes.find((f) => f.expected === 'shrinking')!;
    const issue = issues.find((i) => i.issueType === fix.issueType && i.sku === fix.sku && !i.batch)!;
    const r = await t.call('POST', `/api/issues/${issue.id}/close`, {
      reason: 'resolved',
      note: 'The size chart fix held: returns for fit are down.',
      actor: 'owner',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const detail = (await t.call('GET', `/api/issues/${issue.id}`)).body;
    expect(detail.status).toBe('closed');
    expect(detail.statusReason).toContain('size chart fix held');
  });

  it('sort=size pages the same issues biggest first, each once', async () => {
    const bySize: IssueRow[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: IssueRow[]; nextCursor: string | null } } = await t.call(
        'GET',
        `/api/issues?sort=size&limit=25${cursor ? `&cursor=${cursor}` : ''}`,
      );
      bySize.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(bySize.map((i) => i.id).sort((a, b) => a - b)).toEqual(issues.map((i) => i.id).sort((a, b) => a - b));
    expect(bySize.map((i) => [i.signalCount, i.id])).toEqual(
      [...issues].sort((a, b) => b.signalCount - a.signalCount || b.id - a.id).map((i) => [i.signalCount, i.id]),
    );
    expect(bySize[0]!.signalCount).toBeGreaterThan(bySize.at(-1)!.signalCount);
  });

  it("the inbox lists exactly an issue's signals with issueId, a route issue included", async () => {
    const routeIssue = issueFor(incidents.find((i) => i.route)!)!;
    for (const issue of [routeIssue, issues.find((i) => i.batch)!]) {
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: number }[]; nextCursor: string | null } } = await t.call(
          'GET',
          `/api/signals?issueId=${issue.id}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        );
        ids.push(...page.body.items.map((x) => x.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      const members = await sql<{ signal_id: string }>`SELECT signal_id FROM issue_signals WHERE issue_id = ${issue.id}`.execute(t.ctx.db);
      expect(ids.length).toBe(issue.signalCount);
      expect(ids.sort((a, b) => a - b)).toEqual(members.rows.map((r) => Number(r.signal_id)).sort((a, b) => a - b));
    }
    expect((await t.call('GET', '/api/signals?issueId=abc')).status).toBe(400);
  });

  it("the demo team's replies and resolutions are stored once, none after the clock, and the SLA figures see them", async () => {
    const counts = async () =>
      (
        await sql<{ replies: number; changes: number; after: number }>`
      SELECT (SELECT count(*)::int FROM signal_replies) AS replies, (SELECT count(*)::int FROM signal_status_changes) AS changes,
        (SELECT count(*)::int FROM signal_replies WHERE at > ${t.clock.now()}) AS after`.execute(t.ctx.db)
      ).rows[0]!;
    const before = await counts();
    expect(before.replies).toBeGreaterThan(1000);
    expect(before.changes).toBeGreaterThan(1000);
    expect(before.after).toBe(0);
    await loadDemoStore(t.ctx, { seed: 1, endDate: END });
    expect(await counts()).toEqual(before);
    await runDueJobs(t.ctx, ['sla-sweep']);
    const states = (
      await sql<{ state: string; n: number }>`SELECT state, count(*)::int AS n FROM applied_slas GROUP BY state`.execute(t.ctx.db)
    ).rows;
    const n = (state: string) => states.find((r) => r.state === state)?.n ?? 0;
    expect(n('met')).toBeGreaterThan(n('breached'));
  }, 120_000);

  it('the CLI contract fields are on every issue and action', async () => {
    for (const i of issues.slice(0, 50)) {
      expect(Object.keys(i)).toEqual(
        expect.arrayContaining(['id', 'issueType', 'sku', 'batch', 'route', 'market', 'status', 'signalCount', 'spike', 'playbook']),
      );
      expect(Object.keys(i.spike)).toEqual(expect.arrayContaining(['flagged', 'at', 'pValue']));
    }
    const themes = (await t.call('GET', '/api/themes')).body.items;
    expect(themes.length).toBeGreaterThan(0);
  });
});
