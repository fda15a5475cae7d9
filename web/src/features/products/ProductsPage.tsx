import type { ProductPage } from '../../../../contracts/products.js';
import { Load } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';

export function ProductsPage() {
  const data = useApi<ProductPage>('/api/products?limit=500');
  return (
    <>
      <h1>Products</h1>
      <Load value={data} what="the product list">
        {(d) => (
          <div className="table-wrap panel">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">SKU</th>
                  <th scope="col">Title</th>
                  <th scope="col">Supplier</th>
                  <th scope="col">Category</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((p) => (
                  <tr key={p.sku}>
                    <td>
                      <Link to={`/products/${encodeURIComponent(p.sku)}`}>{p.sku}</Link>
                    </td>
                    <td>{p.title}</td>
                    <td>{p.supplier ?? ''}</td>
                    <td>{p.category ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Load>
    </>
  );
}
