import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { getIssues } from '../../issues/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface IssueBoardFacts {
  issueId: number; issueType: string; sku: string; batch: string | null; route: string | null; market: string | null;
  status: string; ownerTeam: string | null; channelCounts: Record<string, number>; impactScope: Record<string, unknown>;
  representativeText: string | null; lastFlaggedAt: string | null; playbookId: string | null; signalCount: number;
  sla: Record<string, number>; mustBeHuman: number; photos: { kind: string; url: string }[]; orders: number;
}

/** What the action board shows next to each action, for a page of issues in three round trips. */
export async function issueBoardFacts(db: Db, issueIds: number[]): Promise<Map<number, IssueBoardFacts>> {
  const out = new Map<number, IssueBoardFacts>();
  if (issueIds.length === 0) return out;
  for (const r of await getIssues(db, issueIds)) {
    out.set(r.id, {
      issueId: r.id, issueType: r.issueType, sku: r.sku, batch: r.batch, route: r.route, market: r.market, status: r.status,
      ownerTeam: r.ownerTeam, channelCounts: r.channelCounts, impactScope: r.impactScope as Record<string, unknown>,
      representativeText: r.representativeText, playbookId: r.playbookId, signalCount: r.signalCount,
      lastFlaggedAt: r.spike?.lastFlaggedAt ?? null,
      sla: {}, mustBeHuman: 0, photos: [], orders: 0,
    });
  }
  const sla = await sql<{ issue_id: number; state: string | null; human: number; n: number; orders: number }>`
    SELECT i.issue_id, a.state, count(*) FILTER (WHERE s.must_be_human)::int AS human, count(*)::int AS n,
      count(DISTINCT s.order_id)::int AS orders
    FROM issue_signals i JOIN signals s ON s.id = i.signal_id LEFT JOIN applied_slas a ON a.signal_id = s.id
    WHERE i.issue_id = ANY(${issueIds}::bigint[]) GROUP BY 1, 2`.execute(db);
  for (const r of sla.rows) {
    const f = out.get(Number(r.issue_id));
    if (!f) continue;
    if (r.state) f.sla[r.state] = r.n;
    f.mustBeHuman += r.human;
    f.orders += r.orders;
  }
  const photos = await sql<{ issue_id: number; kind: string; url: string }>`
    SELECT issue_id, kind, url FROM (
      SELECT i.issue_id, a.kind, a.url, row_number() OVER (PARTITION BY i.issue_id ORDER BY a.id DESC) AS rn
      FROM issue_signals i JOIN signal_attachments a ON a.signal_id = i.signal_id
      WHERE i.issue_id = ANY(${issueIds}::bigint[]) AND a.kind IN ('photo', 'video')
    ) t WHERE rn <= 3`.execute(db);
  for (const r of photos.rows) out.get(Number(r.issue_id))?.photos.push({ kind: r.kind, url: r.url });
  return out;
}
