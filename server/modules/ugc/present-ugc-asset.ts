// The API view of an asset. The source wording is masked: asset lists are what gets shared with
// marketing, and a customer's email or phone inside a review is not part of the content to reuse.
import type { UgcAsset, UgcExport as UgcExportView } from '../../../contracts/ugc.js';
import { maskPii } from '../../lib/pii.js';
import type { ListedUgcAsset } from './list-ugc-assets.js';
import type { StoredEntry } from './ugc-asset.js';
import type { UgcExport } from './use-ugc-asset.js';

export function presentEntry(e: StoredEntry) {
  return { ...e };
}

export function presentUgcAsset(l: ListedUgcAsset) {
  const a = l.asset;
  return {
    id: a.id,
    signalId: a.signalId,
    kind: a.kind,
    mediaUrl: a.mediaUrl,
    note: a.note,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    source: { text: maskPii(a.source.text), rating: a.source.rating, sku: a.source.sku, channel: a.source.channel },
    permissions: Object.fromEntries(
      Object.entries(l.permissions).map(([channel, p]) => [
        channel,
        {
          state: p.state,
          since: p.since ?? null,
          until: p.grant?.until ?? null,
          editScope: p.grant?.editScope ?? null,
          incentiveGiven: p.grant?.incentiveGiven ?? null,
          incentiveDisclosed: p.grant?.incentiveDisclosed ?? null,
        },
      ]),
    ),
    entries: l.entries.map(presentEntry),
    placements: l.placements,
  } satisfies UgcAsset;
}

export function presentUgcExport(x: UgcExport) {
  return {
    assetId: x.asset.id,
    channel: x.channel,
    kind: x.asset.kind,
    mediaUrl: x.asset.mediaUrl,
    text: maskPii(x.asset.source.text),
    rating: x.asset.source.rating,
    sku: x.asset.source.sku,
    editScope: x.editScope,
    until: x.until,
    incentiveGiven: x.incentiveGiven,
    grantEntryId: x.grantEntryId,
    // An incentivised post may only be reused with its disclosure shown next to it.
    disclosure: x.incentiveGiven ? 'The customer received an incentive for this content.' : null,
  } satisfies UgcExportView;
}
