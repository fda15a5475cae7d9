export const PORTAL_ERRORS = [
  /** The order number and email do not belong together: one answer whichever is wrong. */
  'portal_order_mismatch',
  'portal_rate_limited',
  /** A wrong attempt came before the wait the earlier ones earned was over. */
  'portal_slowed_down',
  /** A signed order link altered, expired or naming no order: one answer for all. */
  'portal_link_refused',
  'portal_not_found',
  'portal_photo_refused',
  'complaint_not_found',
] as const;
export type PortalErrorCode = (typeof PORTAL_ERRORS)[number];
