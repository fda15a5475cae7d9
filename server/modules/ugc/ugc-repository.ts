import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { PermissionEntry, UgcChannel, EditScope } from './permission-ledger.js';
import type { StoredEntry, UgcAsset, UgcAssetKind } from './ugc-asset.js';
import { signalSources, type SignalSource } from '../signals/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertAsset(
  db: Db,
  a: { signalId: number; kind: UgcAssetKind; mediaUrl: string | null; note: string | null; createdBy: string; at: Date },
): Promise<{ id: number; inserted: boolean }> {
  const r = await sql<{ id: number }>`
    INSERT INTO ugc_assets (signal_id, kind, media_url, note, created_by, created_at)
    VALUES (${a.signalId}, ${a.kind}, ${a.mediaUrl}, ${a.note}, ${a.createdBy}, ${a.at})
    ON CONFLICT (signal_id, kind, coalesce(media_url, '')) DO NOTHING RETURNING id`.execute(db);
  if (r.rows[0]) return { id: Number(r.rows[0].id), inserted: true };
  const existing = await db
    .selectFrom('ugc_assets')
    .select('id')
    .where('signal_id', '=', a.signalId)
    .where('kind', '=', a.kind)
    .where(sql<boolean>`coalesce(media_url, '') = ${a.mediaUrl ?? ''}`)
    .executeTakeFirstOrThrow();
  return { id: Number(existing.id), inserted: false };
}

const assetColumns = ['a.id', 'a.signal_id', 'a.kind', 'a.media_url', 'a.note', 'a.created_by', 'a.created_at'] as const;

type AssetRow = {
  id: number;
  signal_id: number;
  kind: string;
  media_url: string | null;
  note: string | null;
  created_by: string;
  created_at: Date;
};

/** Assets with the words of the signal each came from (signals' read; the asset row keeps only the id). */
async function withSources(db: Db, rows: AssetRow[]): Promise<UgcAsset[]> {
  const sources = await signalSources(
    db,
    rows.map((r) => Number(r.signal_id)),
  );
  return rows.map((r) => toAsset(r, sources.get(Number(r.signal_id))!));
}

function toAsset(r: AssetRow, s: SignalSource): UgcAsset {
  return {
    id: Number(r.id),
    signalId: Number(r.signal_id),
    kind: r.kind as UgcAssetKind,
    mediaUrl: r.media_url,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
    source: { text: s.text, rating: s.rating, sku: s.sku, channel: s.channel },
  };
}

/** With `forUpdate`, the row is locked so concurrent ledger appends for one asset queue up and stay in order. */
export async function getAsset(db: Db, id: number, opts: { forUpdate?: boolean } = {}): Promise<UgcAsset | undefined> {
  let q = db.selectFrom('ugc_assets as a').select(assetColumns).where('a.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('a');
  const r = await q.executeTakeFirst();
  return r ? (await withSources(db, [r]))[0] : undefined;
}

export async function listAssets(db: Db, f: { afterId?: number; limit: number; signalId?: number }): Promise<UgcAsset[]> {
  let q = db.selectFrom('ugc_assets as a').select(assetColumns);
  if (f.afterId) q = q.where('a.id', '>', f.afterId);
  if (f.signalId) q = q.where('a.signal_id', '=', f.signalId);
  return withSources(db, await q.orderBy('a.id').limit(f.limit).execute());
}

export async function entriesFor(db: Db, assetIds: number[]): Promise<Map<number, StoredEntry[]>> {
  const out = new Map<number, StoredEntry[]>(assetIds.map((id) => [id, []]));
  if (assetIds.length === 0) return out;
  const rows = await db.selectFrom('ugc_permission_entries').selectAll().where('asset_id', 'in', assetIds).orderBy('id').execute();
  for (const r of rows) out.get(Number(r.asset_id))?.push(toEntry(r));
  return out;
}

type EntryRow = {
  id: number;
  kind: string;
  at: Date;
  recorded_by: string;
  channels: string[] | null;
  until: Date | null;
  edit_scope: string | null;
  incentive_given: boolean | null;
  incentive_disclosed: boolean | null;
  note: string | null;
};

function toEntry(r: EntryRow): StoredEntry {
  const base = { id: Number(r.id), at: new Date(r.at).toISOString(), recordedBy: r.recorded_by, ...(r.note ? { note: r.note } : {}) };
  const channels = r.channels ? (r.channels as UgcChannel[]) : undefined;
  switch (r.kind) {
    case 'granted':
      return {
        ...base,
        kind: 'granted',
        channels: channels ?? [],
        until: r.until ? new Date(r.until).toISOString() : null,
        editScope: r.edit_scope as EditScope,
        incentiveGiven: !!r.incentive_given,
        incentiveDisclosed: !!r.incentive_disclosed,
      };
    case 'requested':
      return { ...base, kind: 'requested', channels: channels ?? [] };
    default:
      return { ...base, kind: r.kind as 'denied' | 'revoked' | 'expired', ...(channels ? { channels } : {}) };
  }
}

export async function insertEntry(db: Db, assetId: number, e: PermissionEntry, recordedAt: Date): Promise<number> {
  const g = e.kind === 'granted' ? e : undefined;
  const row = await db
    .insertInto('ugc_permission_entries')
    .values({
      asset_id: assetId,
      kind: e.kind,
      at: e.at,
      recorded_by: e.recordedBy,
      channels: e.channels ?? null,
      until: g?.until ?? null,
      edit_scope: g?.editScope ?? null,
      incentive_given: g?.incentiveGiven ?? null,
      incentive_disclosed: g?.incentiveDisclosed ?? null,
      note: e.note ?? null,
      recorded_at: recordedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function insertPlacement(
  db: Db,
  p: { assetId: number; channel: string; grantEntryId: number; location: string | null; placedBy: string; at: Date },
): Promise<number> {
  const row = await db
    .insertInto('ugc_placements')
    .values({
      asset_id: p.assetId,
      channel: p.channel,
      grant_entry_id: p.grantEntryId,
      location: p.location,
      placed_by: p.placedBy,
      placed_at: p.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function placementCounts(db: Db, assetIds: number[]): Promise<Map<number, Record<string, number>>> {
  const out = new Map<number, Record<string, number>>();
  if (assetIds.length === 0) return out;
  const rows = await db
    .selectFrom('ugc_placements')
    .select(['asset_id', 'channel', (eb) => eb.fn.countAll<number>().as('n')])
    .where('asset_id', 'in', assetIds)
    .groupBy(['asset_id', 'channel'])
    .execute();
  for (const r of rows) {
    const m = out.get(Number(r.asset_id)) ?? {};
    m[r.channel] = Number(r.n);
    out.set(Number(r.asset_id), m);
  }
  return out;
}

export interface FigureCounts {
  candidates: number;
  requested: number;
  granted: number;
  placementsByChannel: Record<string, number>;
}

/**
 * Counts for the weekly report over [from, to): candidates proposed; assets asked (a request entry, or a
 * grant without one — a grant implies an ask); assets granted; placements per channel.
 */
export async function figureCounts(db: Db, from: Date, to: Date): Promise<FigureCounts> {
  const c = await db
    .selectFrom('ugc_assets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .executeTakeFirst();
  const asked = await db
    .selectFrom('ugc_permission_entries')
    .select((eb) => eb.fn.count<number>('asset_id').distinct().as('n'))
    .where('kind', 'in', ['requested', 'granted'])
    .where('at', '>=', from)
    .where('at', '<', to)
    .executeTakeFirst();
  const granted = await db
    .selectFrom('ugc_permission_entries')
    .select((eb) => eb.fn.count<number>('asset_id').distinct().as('n'))
    .where('kind', '=', 'granted')
    .where('at', '>=', from)
    .where('at', '<', to)
    .executeTakeFirst();
  const placements = await db
    .selectFrom('ugc_placements')
    .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
    .where('placed_at', '>=', from)
    .where('placed_at', '<', to)
    .groupBy('channel')
    .orderBy('channel')
    .execute();
  return {
    candidates: Number(c?.n ?? 0),
    requested: Number(asked?.n ?? 0),
    granted: Number(granted?.n ?? 0),
    placementsByChannel: Object.fromEntries(placements.map((p) => [p.channel, Number(p.n)])),
  };
}
