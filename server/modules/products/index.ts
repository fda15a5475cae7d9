export { upsertProducts, type ProductUpsertStatus } from './upsert-products.js';
export { getProducts, listProducts } from './product-repository.js';
export { presentProduct } from './present-product.js';
export { productRoutes } from './http.js';
export { PRODUCT_ERRORS, type ProductErrorCode } from './errors.js';
export type { Product, ProductPromises } from './product.js';
export { productSuppliersSubquery } from './read-product-suppliers-subquery.js';
