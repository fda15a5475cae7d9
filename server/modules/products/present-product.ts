import type { Product as ProductView } from '../../../contracts/products.js';
import type { Product } from './product.js';

export function presentProduct(p: Product) {
  return {
    sku: p.sku,
    title: p.title,
    supplier: p.supplier,
    pageUrl: p.pageUrl,
    category: p.category,
    promises: p.promises,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  } satisfies ProductView;
}
