export { upsertOrders } from './upsert-orders.js';
export { listOrders, getOrder } from './list-orders.js';
export { getOrders } from './order-repository.js';
export { presentOrder } from './present-order.js';
export { orderRoutes } from './http.js';
export { ORDER_ERRORS, type OrderErrorCode } from './errors.js';
export type { Order, OrderLine, CarrierEvent, UpsertStatus } from './order.js';
export { skuBatches, type SkuBatch } from './read-sku-batches-repository.js';
export { dailyOrderCells, firstOrderAt, orderDates, type OrderCell } from './read-order-exposure-repository.js';
