export { portalPublicRoutes, portalStaffRoutes } from './http.js';
export { folderPhotoStore, photoRemover, type PhotoStore } from './photo-store.js';
export { PORTAL_ERRORS, type PortalErrorCode } from './errors.js';
export { ATTEMPT_LIMITS, MISMATCH_MESSAGE } from './check-order.js';
export { registerPortalSubscribers } from './subscribers.js';
export { eraseComplaints } from './erase-complaints.js';
