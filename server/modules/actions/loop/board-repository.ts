import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../platform/db/schema.js';
import { getIssues, signalIdsOfIssues } from '../../issues/index.js';
import { signalHandlingRefs, signalMedia } from '../../signals/index.js';
import { slaStates } from '../../sla/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface IssueBoardFacts {
  issueId: number;
  issueType: string;
  sku: string;
  batch: string | null;
  route: string | null;
  market: string | null;
  status: string;
  ownerTeam: string | null;
  channelCounts: Record<string, number>;
  impactScope: Record<string, unknown>;
  representativeText: string | null;
  lastFlaggedAt: string | null;
  playbookId: string | null;
  signalCount: number;
  sla: Record<string, number>;
  mustBeHuman: number;
  photos: { kind: string; url: string }[];
  orders: number;
}

const PHOTOS_PER_ISSUE = 3;

/**
 * What the action board shows next to each action, for a page of issues: the issue as the issues
 * module has it, and over its signals their SLA states (sla), how many must reach a person and
 * their orders (signals), and the latest customer photos (signals).
 */
export async function issueBoardFacts(db: Db, issueIds: number[]): Promise<Map<number, IssueBoardFacts>> {
  const out = new Map<number, IssueBoardFacts>();
  if (issueIds.length === 0) return out;
  for (const r of await getIssues(db, issueIds)) {
    out.set(r.id, {
      issueId: r.id,
      issueType: r.issueType,
      sku: r.sku,
      batch: r.batch,
      route: r.route,
      market: r.market,
      status: r.status,
      ownerTeam: r.ownerTeam,
      channelCounts: r.channelCounts,
      impactScope: r.impactScope as Record<string, unknown>,
      representativeText: r.representativeText,
      playbookId: r.playbookId,
      signalCount: r.signalCount,
      lastFlaggedAt: r.spike?.lastFlaggedAt ?? null,
      sla: {},
      mustBeHuman: 0,
      photos: [],
      orders: 0,
    });
  }
  const members = await signalIdsOfIssues(db, issueIds);
  const all = [...new Set([...members.values()].flat())];
  const handling = new Map((await signalHandlingRefs(db, all)).map((s) => [s.id, s]));
  const states = await slaStates(db, all);
  for (const [issueId, ids] of members) {
    const f = out.get(issueId);
    if (!f) continue;
    // Orders are counted per SLA state, as the board always has: an order whose signals sit in two states counts in each.
    const byState = new Map<string | null, { n: number; orders: Set<string> }>();
    for (const id of ids) {
      const s = handling.get(id);
      if (!s) continue;
      const state = states.get(id)?.state ?? null;
      const g = byState.get(state) ?? byState.set(state, { n: 0, orders: new Set() }).get(state)!;
      g.n += 1;
      if (s.orderId !== null) g.orders.add(s.orderId);
      if (s.mustBeHuman) f.mustBeHuman += 1;
    }
    for (const [state, g] of byState) {
      if (state) f.sla[state] = g.n;
      f.orders += g.orders.size;
    }
    f.photos = (await signalMedia(db, ids, PHOTOS_PER_ISSUE)).map((m) => ({ kind: m.kind, url: m.url }));
  }
  return out;
}
