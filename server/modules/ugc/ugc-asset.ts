import type { PermissionEntry } from './permission-ledger.js';

export const UGC_ASSET_KINDS = ['review', 'photo', 'video', 'use_case'] as const;
export type UgcAssetKind = (typeof UGC_ASSET_KINDS)[number];

export interface UgcAsset {
  id: number;
  signalId: number;
  kind: UgcAssetKind;
  mediaUrl: string | null;
  note: string | null;
  createdBy: string;
  createdAt: Date;
  /** The source signal's wording and rating, for the list (masked by the presenter). */
  source: { text: string; rating: number | null; sku: string | null; channel: string };
}

/** A ledger entry as stored: the pure entry plus its row id, which a placement cites as its grant. */
export type StoredEntry = PermissionEntry & { id: number };
