// Public face of the ugc module: the permission ledger rules. Storage and HTTP sit elsewhere.
export type { AppendResult, DeniedEntry, EditScope, ExpiredEntry, GrantedEntry, PermissionEntry, RequestedEntry, RevokedEntry, UgcChannel } from './permission-ledger.js';
export { EDIT_SCOPES, UGC_CHANNELS, appendPermissionEntry, validateEntry } from './permission-ledger.js';
export type { ChannelPermission, ChannelState, PermissionState } from './permission-state.js';
export { permissionState } from './permission-state.js';
export type { CanUseResult, RefusalReason } from './can-use.js';
export { canUse } from './can-use.js';
