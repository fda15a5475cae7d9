/**
 * Answers of /api/ugc (server/modules/ugc presenters). The source wording is masked: asset lists
 * are shared with marketing, and a customer's email or phone is not content to reuse.
 */

export type UgcChannel = 'product_page' | 'email' | 'ads' | 'social' | 'homepage';
export type EditScope = 'as_is' | 'crop_resize' | 'excerpt' | 'full_edit';
export type UgcAssetKind = 'review' | 'photo' | 'video' | 'use_case';
export type ChannelState = 'none' | 'requested' | 'granted' | 'denied' | 'revoked' | 'expired';

interface EntryBase {
  at: string;
  recordedBy: string;
  note?: string;
}
export interface GrantedEntry extends EntryBase {
  kind: 'granted';
  channels: UgcChannel[];
  /** Null: no end date was agreed. */
  until: string | null;
  editScope: EditScope;
  incentiveGiven: boolean;
  incentiveDisclosed: boolean;
}
/** One fact of the permission ledger; for denied, revoked and expired, no channels means every channel. */
export type PermissionEntry =
  | (EntryBase & { kind: 'requested'; channels: UgcChannel[] })
  | GrantedEntry
  | (EntryBase & { kind: 'denied' | 'revoked' | 'expired'; channels?: UgcChannel[] });

/** What one channel may do with an asset now. */
export interface ChannelPermission {
  state: ChannelState;
  since: string | null;
  until: string | null;
  editScope: EditScope | null;
  incentiveGiven: boolean | null;
  incentiveDisclosed: boolean | null;
}

export interface UgcAsset {
  id: number;
  signalId: number;
  kind: UgcAssetKind;
  mediaUrl: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
  source: { text: string; rating: number | null; sku: string | null; channel: string };
  permissions: Partial<Record<UgcChannel, ChannelPermission>>;
  entries: (PermissionEntry & { id: number })[];
  /** Placements per channel. */
  placements: Record<string, number>;
}
/** GET /api/ugc/assets */
export interface UgcAssetPage {
  items: UgcAsset[];
  nextCursor: string | null;
}

/** POST /api/ugc/assets (201 created, 200 when the signal already has that asset) */
export interface UgcAssetCreated {
  id: number;
  created: boolean;
  duplicate: boolean;
}

/** POST /api/ugc/assets/:id/permissions: the ledger's state per channel after the new entry. */
export interface UgcPermissionRecorded {
  entryId: number;
  permissions: Record<UgcChannel, { state: ChannelState; since?: string; grant?: GrantedEntry }>;
}

/** POST /api/ugc/assets/:id/placements */
export interface UgcPlacement {
  placementId: number;
  channel: UgcChannel;
  grantEntryId: number;
  editScope: EditScope;
  until: string | null;
  placedAt: string;
}

/** GET /api/ugc/assets/:id/export: the content with the terms it may be used under. */
export interface UgcExport {
  assetId: number;
  channel: UgcChannel;
  kind: UgcAssetKind;
  mediaUrl: string | null;
  text: string;
  rating: number | null;
  sku: string | null;
  editScope: string;
  until: string | null;
  incentiveGiven: boolean;
  grantEntryId: number;
  /** Shown next to an incentivised post. */
  disclosure: string | null;
}
