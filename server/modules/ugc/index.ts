// Public face of the ugc module: the permission ledger rules (pure), and its storage and HTTP doors.
export type {
  AppendResult,
  DeniedEntry,
  EditScope,
  ExpiredEntry,
  GrantedEntry,
  PermissionEntry,
  RequestedEntry,
  RevokedEntry,
  UgcChannel,
} from './permission-ledger.js';
export { EDIT_SCOPES, UGC_CHANNELS, appendPermissionEntry, validateEntry } from './permission-ledger.js';
export type { ChannelPermission, ChannelState, PermissionState } from './permission-state.js';
export { permissionState } from './permission-state.js';
export type { CanUseResult, RefusalReason } from './can-use.js';
export { canUse } from './can-use.js';

export { UGC_ASSET_KINDS, type UgcAsset, type UgcAssetKind } from './ugc-asset.js';
export { UGC_ERRORS, type UgcErrorCode } from './errors.js';
export { ugcFigures, type UgcFigures } from './ugc-figures.js';
export { ugcRoutes } from './http.js';
export { reusableAssets, grantsBetween, type ReusableAsset } from './read-report-assets-repository.js';
export { eraseUgcAssets, assetsOfSignals } from './erase-ugc-assets.js';
