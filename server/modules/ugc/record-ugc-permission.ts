// One ledger entry for an asset, validated by the pure ledger rules (channels, grant terms, no
// back-dating before the last entry). The asset row is locked while appending, so two recorders
// cannot interleave out of order. Entries dated in the future are refused: the ledger records facts.
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { appendPermissionEntry, type PermissionEntry } from './permission-ledger.js';
import { permissionState } from './permission-state.js';
import { entriesFor, getAsset, insertEntry } from './ugc-repository.js';

const CLOCK_SKEW_MS = 5 * 60_000;

export async function recordUgcPermission(ctx: Pick<AppContext, 'db' | 'clock'>, assetId: number, entry: PermissionEntry) {
  const now = ctx.clock.now();
  if (Date.parse(entry.at) > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError('ugc_permission_rejected', `at: ${entry.at} is in the future; record an entry when it has happened`);
  }
  return ctx.db.transaction().execute(async (tx) => {
    const asset = await getAsset(tx, assetId, { forUpdate: true });
    if (!asset) throw new AppError('ugc_asset_not_found', `UGC asset ${assetId} does not exist`);
    const existing = (await entriesFor(tx, [assetId])).get(assetId) ?? [];
    const r = appendPermissionEntry(existing, entry);
    if (!r.ok) throw new AppError('ugc_permission_rejected', r.error);
    const id = await insertEntry(tx, assetId, entry, now);
    await appendEvents(tx, [
      {
        type: 'ugc.permission_recorded',
        actor: entry.recordedBy,
        at: now,
        subjectType: 'ugc_asset',
        subjectId: assetId,
        payload: { entryId: id, kind: entry.kind, channels: entry.channels ?? 'all', at: entry.at },
      },
    ]);
    return { entryId: id, state: permissionState([...existing, entry], now) };
  });
}
