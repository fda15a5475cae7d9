export { upsertCustomers } from './customer-repository.js';
