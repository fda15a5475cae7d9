export { webhookRoutes, connectionRoutes } from './http.js';
export { processDeliveries, settleDeliveries } from './process-deliveries.js';
export { WEBHOOK_ERRORS, type WebhookErrorCode } from './errors.js';
export { CONNECTORS, type Connector } from './connector.js';
export { eraseDeliveryBodies } from './erase-delivery-bodies.js';
