import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { rollupDelta, type RollupDelta, type RollupState } from './rollup-contributions.js';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The rollup-relevant facts of these signals as stored now (missing ids are simply absent). The
 * rows are locked so a concurrent retriage of the same signal waits and then reads what this one wrote.
 */
export async function rollupStates(db: Db, ids: readonly number[]): Promise<RollupState[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{
    id: number; received_at: Date; triaged: boolean; sku: string | null; channel: string; stage: string | null; issue_types: string[];
    sentiment_label: string | null; must_be_human: boolean; handled_by: string; rating: number | null; batch: string | null; route: string | null;
  }>`
    SELECT s.id, s.received_at, s.triaged_at IS NOT NULL AS triaged, s.sku, s.channel, s.stage, s.issue_types, s.sentiment_label,
      s.must_be_human, s.handled_by, s.rating, coalesce(s.batch, o.batch) AS batch, o.route
    FROM signals s LEFT JOIN orders o ON o.order_id = s.order_id
    WHERE s.id = ANY(${[...ids]}::bigint[])
    FOR UPDATE OF s`.execute(db);
  return rows.rows.map((r) => ({
    id: Number(r.id), receivedAt: r.received_at, triaged: r.triaged, sku: r.sku, channel: r.channel, stage: r.stage, issueTypes: r.issue_types,
    sentimentLabel: r.sentiment_label, mustBeHuman: r.must_be_human, handledBy: r.handled_by, rating: r.rating, batch: r.batch, route: r.route,
  }));
}

export async function maintainedZones(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('report_zones').select('zone').orderBy('zone').execute();
  return rows.map((r) => r.zone);
}

/**
 * Moves the rollups from `before` to `after` (states read in the same transaction, around the
 * write that changed the signals). Rows are upserted in key order so two writers touching the
 * same days cannot deadlock each other.
 */
export async function applyRollupDelta(db: Db, before: readonly RollupState[], after: readonly RollupState[]): Promise<void> {
  if (before.length === 0 && after.length === 0) return;
  const zones = await maintainedZones(db);
  if (zones.length === 0) return;
  await writeDelta(db, rollupDelta(before, after, zones));
}

const sorted = <V>(m: Map<string, V>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);

export async function writeDelta(db: Db, d: RollupDelta): Promise<void> {
  const themes = sorted(d.themes);
  if (themes.length) {
    const c = <T>(f: (r: (typeof themes)[number]) => T) => themes.map(f);
    await sql`
      INSERT INTO report_rollup_themes AS t (zone, day, issue_type, sku, stage, signals, negative, must_be_human)
      SELECT * FROM unnest(${c((r) => r.key.zone)}::text[], ${c((r) => r.key.day)}::date[], ${c((r) => r.key.issueType)}::text[],
        ${c((r) => r.key.sku)}::text[], ${c((r) => r.key.stage)}::text[], ${c((r) => r.counts.signals)}::int[],
        ${c((r) => r.counts.negative)}::int[], ${c((r) => r.counts.mustBeHuman)}::int[])
      ON CONFLICT (zone, day, issue_type, sku, stage) DO UPDATE SET signals = t.signals + EXCLUDED.signals,
        negative = t.negative + EXCLUDED.negative, must_be_human = t.must_be_human + EXCLUDED.must_be_human`.execute(db);
  }
  const channels = sorted(d.channels);
  if (channels.length) {
    const c = <T>(f: (r: (typeof channels)[number]) => T) => channels.map(f);
    await sql`
      INSERT INTO report_rollup_channels AS t (zone, day, channel, stage, signals, negative, negative_reviews, must_be_human, automation_handled, automation_crossed)
      SELECT * FROM unnest(${c((r) => r.key.zone)}::text[], ${c((r) => r.key.day)}::date[], ${c((r) => r.key.channel)}::text[],
        ${c((r) => r.key.stage)}::text[], ${c((r) => r.counts.signals)}::int[], ${c((r) => r.counts.negative)}::int[],
        ${c((r) => r.counts.negativeReviews)}::int[], ${c((r) => r.counts.mustBeHuman)}::int[],
        ${c((r) => r.counts.automationHandled)}::int[], ${c((r) => r.counts.automationCrossed)}::int[])
      ON CONFLICT (zone, day, channel, stage) DO UPDATE SET signals = t.signals + EXCLUDED.signals,
        negative = t.negative + EXCLUDED.negative, negative_reviews = t.negative_reviews + EXCLUDED.negative_reviews,
        must_be_human = t.must_be_human + EXCLUDED.must_be_human, automation_handled = t.automation_handled + EXCLUDED.automation_handled,
        automation_crossed = t.automation_crossed + EXCLUDED.automation_crossed`.execute(db);
  }
  const risks = sorted(d.risks);
  if (risks.length) {
    const c = <T>(f: (r: (typeof risks)[number]) => T) => risks.map(f);
    await sql`
      INSERT INTO report_rollup_risks AS t (zone, day, risk, sku, batch, route, signals)
      SELECT * FROM unnest(${c((r) => r.key.zone)}::text[], ${c((r) => r.key.day)}::date[], ${c((r) => r.key.risk)}::text[],
        ${c((r) => r.key.sku)}::text[], ${c((r) => r.key.batch)}::text[], ${c((r) => r.key.route)}::text[], ${c((r) => r.signals)}::int[])
      ON CONFLICT (zone, day, risk, sku, batch, route) DO UPDATE SET signals = t.signals + EXCLUDED.signals`.execute(db);
  }
  const batches = sorted(d.batches);
  if (batches.length) {
    const c = <T>(f: (r: (typeof batches)[number]) => T) => batches.map(f);
    await sql`
      INSERT INTO report_rollup_batches AS t (zone, day, issue_type, sku, batch, signals)
      SELECT * FROM unnest(${c((r) => r.key.zone)}::text[], ${c((r) => r.key.day)}::date[], ${c((r) => r.key.issueType)}::text[],
        ${c((r) => r.key.sku)}::text[], ${c((r) => r.key.batch)}::text[], ${c((r) => r.signals)}::int[])
      ON CONFLICT (zone, day, issue_type, sku, batch) DO UPDATE SET signals = t.signals + EXCLUDED.signals`.execute(db);
  }
}
