export { upsertOrders } from './upsert-orders.js';
export { listOrders, getOrder } from './list-orders.js';
export { getOrders } from './order-repository.js';
export { presentOrder } from './present-order.js';
export { orderRoutes } from './http.js';
export { ORDER_ERRORS, type OrderErrorCode } from './errors.js';
export type { Order, OrderLine, CarrierEvent, UpsertStatus } from './order.js';
export { orderFacts, type OrderFacts } from './order-facts-repository.js';
