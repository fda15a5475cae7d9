export interface ProductPromises {
  deliveryMinDays?: number | null;
  deliveryMaxDays?: number | null;
  sizeClaim?: string | null;
  materialClaim?: string | null;
  returnWindowDays?: number | null;
}
export interface Product {
  sku: string;
  title: string;
  supplier: string | null;
  pageUrl: string | null;
  category: string | null;
  promises: ProductPromises;
  createdAt: Date;
  updatedAt: Date;
}
