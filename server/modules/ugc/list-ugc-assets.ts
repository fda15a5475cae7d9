import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { permissionState, type PermissionState } from './permission-state.js';
import type { StoredEntry, UgcAsset } from './ugc-asset.js';
import { entriesFor, listAssets, placementCounts } from './ugc-repository.js';

export interface ListedUgcAsset {
  asset: UgcAsset;
  entries: StoredEntry[];
  permissions: PermissionState;
  placements: Record<string, number>;
}

export async function listUgcAssets(
  db: Kysely<DB>,
  now: Date,
  f: { afterId?: number; limit: number; signalId?: number },
): Promise<{ items: ListedUgcAsset[]; nextCursor: string | null }> {
  const assets = await listAssets(db, f);
  const ids = assets.map((a) => a.id);
  const entries = await entriesFor(db, ids);
  const placements = await placementCounts(db, ids);
  const items = assets.map((asset) => {
    const e = entries.get(asset.id) ?? [];
    return { asset, entries: e, permissions: permissionState(e, now), placements: placements.get(asset.id) ?? {} };
  });
  return { items, nextCursor: assets.length === f.limit ? String(assets.at(-1)!.id) : null };
}
