import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { signalWordingSubquery } from '../signals/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface ReusableAsset {
  id: number;
  signalId: number;
  kind: string;
  mediaUrl: string | null;
  sku: string | null;
  channel: string;
  rating: number | null;
  text: string;
  lastEntry: string | null;
  lastEntryAt: Date | null;
  grantChannels: string[];
  grantUntil: Date | null;
  placements: number;
}

/**
 * UGC assets with activity up to `to` (newest first) and their permission state as the ledger's
 * latest entry left it; a grant past its `until` is reported as expired. The signal's wording
 * is joined in as signals' typed subquery, in the same statement (the list is ordered and cut here).
 */
export async function reusableAssets(db: Db, to: Date, limit: number): Promise<ReusableAsset[]> {
  const rows = await db
    .selectFrom('ugc_assets as a')
    .innerJoin(signalWordingSubquery().as('s'), 's.id', 'a.signal_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('ugc_permission_entries as x')
          .select(['x.kind', 'x.at'])
          .whereRef('x.asset_id', '=', 'a.id')
          .where('x.at', '<', to)
          .orderBy('x.at', 'desc')
          .orderBy('x.id', 'desc')
          .limit(1)
          .as('e'),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('ugc_permission_entries as x')
          .select(['x.channels', 'x.until'])
          .whereRef('x.asset_id', '=', 'a.id')
          .where('x.kind', '=', 'granted')
          .where('x.at', '<', to)
          .orderBy('x.at', 'desc')
          .orderBy('x.id', 'desc')
          .limit(1)
          .as('g'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      'a.id',
      'a.signal_id',
      'a.kind',
      'a.media_url',
      's.sku',
      's.channel',
      's.rating',
      's.text',
      'e.kind as last_kind',
      'e.at as last_at',
      'g.channels',
      'g.until',
      eb
        .selectFrom('ugc_placements as p')
        .select((p) => p.cast<number>(p.fn.countAll(), 'integer').as('n'))
        .whereRef('p.asset_id', '=', 'a.id')
        .where('p.placed_at', '<', to)
        .as('placements'),
    ])
    .where('a.created_at', '<', to)
    .orderBy((eb) => eb.fn.coalesce('e.at', 'a.created_at'), 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((x) => ({
    id: Number(x.id),
    signalId: Number(x.signal_id),
    kind: x.kind,
    mediaUrl: x.media_url,
    sku: x.sku,
    channel: x.channel,
    rating: x.rating,
    text: x.text,
    lastEntry: x.last_kind,
    lastEntryAt: x.last_at,
    grantChannels: x.channels ?? [],
    grantUntil: x.until,
    placements: x.placements ?? 0,
  }));
}

/** Permission grants recorded in [from, to): a permission recorded closes a week. */
export async function grantsBetween(db: Db, from: Date, to: Date): Promise<{ assetId: number; at: Date; channels: string[] }[]> {
  const rows = await db
    .selectFrom('ugc_permission_entries')
    .select(['asset_id', 'at', 'channels'])
    .where('kind', '=', 'granted')
    .where('at', '>=', from)
    .where('at', '<', to)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((x) => ({ assetId: Number(x.asset_id), at: x.at, channels: x.channels ?? [] }));
}
