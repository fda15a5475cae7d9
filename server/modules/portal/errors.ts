export const PORTAL_ERRORS = [
  /** The order number and email do not belong together: one answer whichever is wrong. */
  'portal_order_mismatch',
  'portal_rate_limited',
  'portal_not_found',
  'portal_photo_refused',
  'complaint_not_found',
] as const;
export type PortalErrorCode = (typeof PORTAL_ERRORS)[number];
