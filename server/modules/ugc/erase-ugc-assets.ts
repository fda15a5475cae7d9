import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { EmittedEvent } from '../../platform/events.js';

/**
 * UGC's part of an erasure: every asset made from an erased signal (signals ran first) loses its
 * media link and notes, and its permission is revoked on every channel by a ledger entry, so no
 * placement can use it again; the ledger's notes go too. The ledger's facts (who granted what,
 * when) stay, without words, because they are the proof a past use was allowed.
 */
export async function eraseUgcAssets(tx: Transaction<DB>, event: EmittedEvent<'customer.erase_requested'>): Promise<void> {
  const { erasure } = event.context;
  if (erasure.signalIds.length === 0) return;
  const assets = await tx
    .selectFrom('ugc_assets')
    .select(['id', 'media_url'])
    .where('signal_id', 'in', erasure.signalIds)
    .forUpdate()
    .execute();
  if (assets.length === 0) return;
  const ids = assets.map((a) => Number(a.id));
  const granted = await tx
    .selectFrom('ugc_permission_entries')
    .select('asset_id')
    .distinct()
    .where('asset_id', 'in', ids)
    .where('kind', '=', 'granted')
    .execute();
  if (granted.length)
    await tx
      .insertInto('ugc_permission_entries')
      .values(
        granted.map((g) => ({
          asset_id: g.asset_id,
          kind: 'revoked',
          at: erasure.at,
          recorded_by: erasure.actor,
          channels: null,
          note: null,
          recorded_at: erasure.at,
        })),
      )
      .execute();
  await tx.updateTable('ugc_permission_entries').set({ note: null }).where('asset_id', 'in', ids).where('note', 'is not', null).execute();
  // The asset's key is (signal, kind, media link): each erased link gets a value of its own.
  for (const a of assets) {
    erasure.token(a.media_url);
    await tx
      .updateTable('ugc_assets')
      .set({ media_url: a.media_url === null ? null : `erased:${a.id}`, note: null })
      .where('id', '=', a.id)
      .execute();
  }
  erasure.subject('ugc_asset', ids);
  erasure.count('ugcAssets', assets.length);
  erasure.count('grantsRevoked', granted.length);
}

/** The UGC assets made from these signals (the customer file and its export). */
export async function assetsOfSignals(
  db: Kysely<DB> | Transaction<DB>,
  signalIds: readonly number[],
): Promise<{ id: number; signalId: number; kind: string; mediaUrl: string | null; note: string | null }[]> {
  if (signalIds.length === 0) return [];
  const rows = await db
    .selectFrom('ugc_assets')
    .select(['id', 'signal_id', 'kind', 'media_url', 'note'])
    .where('signal_id', 'in', [...signalIds])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), signalId: Number(r.signal_id), kind: r.kind, mediaUrl: r.media_url, note: r.note }));
}
