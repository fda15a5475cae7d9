import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, ProductsTable } from '../../platform/db/schema.js';
import type { ProductInput } from '../../../contracts/signal.js';
import type { Product } from './product.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function getProducts(db: Db, skus: string[]): Promise<Product[]> {
  if (skus.length === 0) return [];
  return (await db.selectFrom('products').selectAll().where('sku', 'in', skus).execute()).map(toProduct);
}

export async function listProducts(db: Db, f: { q?: string; cursor?: string; limit: number }): Promise<Product[]> {
  let q = db.selectFrom('products').selectAll();
  if (f.q) q = q.where((eb) => eb.or([eb('sku', 'ilike', `%${escapeLike(f.q!)}%`), eb('title', 'ilike', `%${escapeLike(f.q!)}%`)]));
  if (f.cursor) q = q.where('sku', '>', f.cursor);
  return (await q.orderBy('sku').limit(f.limit).execute()).map(toProduct);
}

/** Inserts a product unless its SKU exists (another request may have created it a moment ago); true when inserted. */
export async function insertProduct(db: Db, p: ProductInput, at: Date): Promise<boolean> {
  const row = await db
    .insertInto('products')
    .values({
      sku: p.sku,
      title: p.title,
      supplier: p.supplier ?? null,
      page_url: p.pageUrl ?? null,
      category: p.category ?? null,
      promises: JSON.stringify(p.promises),
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('sku').doNothing())
    .returning('sku')
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateProduct(db: Db, p: ProductInput, at: Date): Promise<void> {
  await db
    .updateTable('products')
    .set({
      title: p.title,
      supplier: p.supplier ?? null,
      page_url: p.pageUrl ?? null,
      category: p.category ?? null,
      promises: JSON.stringify(p.promises),
      updated_at: at,
    })
    .where('sku', '=', p.sku)
    .execute();
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

function toProduct(r: Selectable<ProductsTable>): Product {
  return {
    sku: r.sku,
    title: r.title,
    supplier: r.supplier,
    pageUrl: r.page_url,
    category: r.category,
    promises: r.promises as Product['promises'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
