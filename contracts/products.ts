/** Answers of /api/products (server/modules/products presenters). */

export interface ProductPromises {
  deliveryMinDays?: number | null;
  deliveryMaxDays?: number | null;
  sizeClaim?: string | null;
  materialClaim?: string | null;
  returnWindowDays?: number | null;
}

/** GET /api/products/:sku */
export interface Product {
  sku: string;
  title: string;
  supplier: string | null;
  pageUrl: string | null;
  category: string | null;
  promises: ProductPromises;
  createdAt: string;
  updatedAt: string;
}
/** GET /api/products (nextCursor is the last SKU) */
export interface ProductPage {
  items: Product[];
  nextCursor: string | null;
}

export type UpsertStatus = 'inserted' | 'updated' | 'duplicate';
export interface ProductUpsert {
  index: number;
  sku: string;
  status: UpsertStatus;
}
/** POST /api/products: one item answers a ProductUpsert, a batch this. */
export interface ProductUpsertBatch {
  inserted: number;
  updated: number;
  duplicates: number;
  results: ProductUpsert[];
}
