export { upsertCustomers, getCustomer, erasedCustomerIds, type Customer } from './customer-repository.js';
export { Erasure, type ErasureScope } from './erasure.js';
export { eraseCustomer } from './erase-customer.js';
export { eraseOldCustomerText } from './erase-old-text.js';
export { getRetention, setRetention } from './retention.js';
export { customerRoutes, retentionRoutes, customerParams } from './http.js';
export { CUSTOMER_ERRORS, type CustomerErrorCode } from './errors.js';
