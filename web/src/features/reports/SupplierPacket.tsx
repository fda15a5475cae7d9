import { useId, useState } from 'react';
import { withQuery } from '../../shared/api.js';

/**
 * The supplier packet (a zip) for one batch or one supplier over a date range, as a plain link:
 * the browser downloads the attachment the server names.
 */
export function SupplierPacket({ batches, suppliers, from, to }: { batches: string[]; suppliers: string[]; from: string; to: string }) {
  const options = [...batches.map((b) => `batch:${b}`), ...suppliers.map((s) => `supplier:${s}`)];
  const [pick, setPick] = useState(options[0] ?? '');
  const [range, setRange] = useState({ from, to });
  const id = useId();
  if (options.length === 0) return <p className="muted">No batch or supplier recorded: no packet to build.</p>;
  const [kind, ...rest] = pick.split(':');
  const href = withQuery('/api/reports/supplier-packet', {
    [kind === 'batch' ? 'batch' : 'supplier']: rest.join(':'),
    from: range.from,
    to: range.to,
  });
  return (
    <div className="row" role="group" aria-labelledby={`${id}-l`}>
      <span id={`${id}-l`} className="muted">
        Supplier packet (zip: summary, signals with personal data masked, photo links, orders)
      </span>
      <label className="field">
        For
        <select value={pick} onChange={(e) => setPick(e.target.value)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {o.replace(':', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        From
        <input type="date" value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))} />
      </label>
      <label className="field">
        To
        <input type="date" value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))} />
      </label>
      <a className="button" href={href} download>
        Download
      </a>
    </div>
  );
}
