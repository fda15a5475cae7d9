// Placing an asset on a channel and exporting it for one both pass canUse: a valid grant for that
// exact channel, right now, with any incentive disclosed. A refusal is an error carrying the reason,
// and is logged as an event too, because an attempted reuse without permission is worth seeing.
import type { AppContext } from '../../platform/http/context.js';
import { AppError } from '../../platform/errors.js';
import { appendEvents } from '../../platform/events.js';
import { canUse } from './can-use.js';
import type { UgcChannel } from './permission-ledger.js';
import type { StoredEntry, UgcAsset } from './ugc-asset.js';
import { entriesFor, getAsset, insertPlacement } from './ugc-repository.js';
import type { Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

async function authorise(
  tx: Transaction<DB>,
  ctx: Pick<AppContext, 'clock'>,
  assetId: number,
  channel: UgcChannel,
  actor: string,
  use: 'placement' | 'export',
) {
  const asset = await getAsset(tx, assetId);
  if (!asset) throw new AppError('ugc_asset_not_found', `UGC asset ${assetId} does not exist`);
  const entries = (await entriesFor(tx, [assetId])).get(assetId) ?? [];
  const now = ctx.clock.now();
  const verdict = canUse(entries, channel, now);
  if (!verdict.ok) {
    await appendEvents(tx, [
      {
        type: 'ugc.use_refused',
        actor,
        at: now,
        subjectType: 'ugc_asset',
        subjectId: assetId,
        payload: { channel, use, reason: verdict.reason },
      },
    ]);
    return {
      ok: false as const,
      error: new AppError('ugc_use_refused', `asset ${assetId} may not be used on ${channel}: ${verdict.message}`, {
        channel,
        reason: verdict.reason,
      }),
    };
  }
  return {
    ok: true as const,
    asset,
    grant: verdict.grant as StoredEntry & { kind: 'granted' },
    now,
    editScope: verdict.editScope,
    until: verdict.until,
  };
}

export async function placeUgcAsset(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  assetId: number,
  input: { channel: UgcChannel; placedBy: string; location?: string },
) {
  // The refusal event must survive the refusal, so the transaction commits and the error is thrown after.
  const r = await ctx.db.transaction().execute(async (tx) => {
    const a = await authorise(tx, ctx, assetId, input.channel, input.placedBy, 'placement');
    if (!a.ok) return a;
    const id = await insertPlacement(tx, {
      assetId,
      channel: input.channel,
      grantEntryId: a.grant.id,
      location: input.location ?? null,
      placedBy: input.placedBy,
      at: a.now,
    });
    await appendEvents(tx, [
      {
        type: 'ugc.placed',
        actor: input.placedBy,
        at: a.now,
        subjectType: 'ugc_asset',
        subjectId: assetId,
        payload: { placementId: id, channel: input.channel, grantEntryId: a.grant.id, location: input.location ?? null },
      },
    ]);
    return {
      ok: true as const,
      placementId: id,
      channel: input.channel,
      grantEntryId: a.grant.id,
      editScope: a.editScope,
      until: a.until,
      placedAt: a.now,
    };
  });
  if (!r.ok) throw r.error;
  const { ok: _ok, ...placement } = r;
  return placement;
}

export interface UgcExport {
  asset: UgcAsset;
  channel: UgcChannel;
  editScope: string;
  until: string | null;
  incentiveGiven: boolean;
  grantEntryId: number;
}

export async function exportUgcAsset(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  assetId: number,
  input: { channel: UgcChannel; actor: string },
): Promise<UgcExport> {
  const r = await ctx.db.transaction().execute(async (tx) => {
    const a = await authorise(tx, ctx, assetId, input.channel, input.actor, 'export');
    if (!a.ok) return a;
    await appendEvents(tx, [
      {
        type: 'ugc.exported',
        actor: input.actor,
        at: a.now,
        subjectType: 'ugc_asset',
        subjectId: assetId,
        payload: { channel: input.channel, grantEntryId: a.grant.id },
      },
    ]);
    return {
      ok: true as const,
      asset: a.asset,
      channel: input.channel,
      editScope: a.editScope,
      until: a.until,
      incentiveGiven: a.grant.incentiveGiven,
      grantEntryId: a.grant.id,
    };
  });
  if (!r.ok) throw r.error;
  const { ok: _ok, ...exported } = r;
  return exported;
}
