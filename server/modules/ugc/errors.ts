export const UGC_ERRORS = ['ugc_asset_not_found', 'ugc_permission_rejected', 'ugc_use_refused'] as const;
export type UgcErrorCode = (typeof UGC_ERRORS)[number];
