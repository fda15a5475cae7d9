import type {
  ProcessingLine,
  ProcessingSection,
  SatisfactionSection,
  SkuComplaintRate,
  StageTimes,
} from '../../../../contracts/reports.js';
import { KeyValues, Section } from '../../shared/components.js';
import { words } from '../../shared/vocab.js';

const hours = (h: number | null) =>
  h === null ? '—' : h >= 48 ? `${(h / 24).toFixed(1)} d` : h >= 1 ? `${h.toFixed(1)} h` : `${Math.round(h * 60)} min`;
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const change = (p: number | null) => (p === null ? '' : ` (${p > 0 ? '+' : ''}${p}%)`);

/** One step: calendar median / p90, and the same in business hours underneath (muted). */
function Times({ s }: { s: StageTimes }) {
  if (s.count === 0) return <span className="muted">—</span>;
  return (
    <>
      {hours(s.hours.median)} / {hours(s.hours.p90)}
      <br />
      <span className="muted" title="business hours">
        {hours(s.businessHours.median)} / {hours(s.businessHours.p90)}
      </span>
    </>
  );
}

function Lines({ caption, lines, name }: { caption: string; lines: ProcessingLine[]; name: (group: string) => string }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption.replace('By ', '')} (work orders)</th>
            <th scope="col">First response</th>
            <th scope="col">Decision</th>
            <th scope="col">Resolution</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.group}>
              <th scope="row">
                {name(l.group)} <span className="muted">({l.workOrders})</span>
              </th>
              <td>
                <Times s={l.firstResponse} />
              </td>
              <td>
                <Times s={l.decision} />
              </td>
              <td>
                <Times s={l.resolution} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Processing time of the period's work orders (median / p90 from receipt, calendar and business
 * hours), the portal's share of complaints, month over month, and CSAT.
 */
export function ProcessingTime({ p, s }: { p: ProcessingSection | undefined; s: SatisfactionSection | undefined }) {
  if (!p) return null;
  return (
    <Section title="Processing time">
      <p className="muted">
        Median / 90th percentile from receipt, within 10%; underneath, in grey, the same counted in business hours (the SLA policy&apos;s).
      </p>
      <KeyValues
        rows={[
          ['Work orders', String(p.workOrders)],
          ['Complaints', String(p.complaints)],
          ['Through the portal', `${p.portalComplaints} (${pct(p.portalShare)})`],
          ['Resolution, median / p90', `${hours(p.all.resolution.hours.median)} / ${hours(p.all.resolution.hours.p90)}`],
          [
            'Resolution in business hours',
            `${hours(p.all.resolution.businessHours.median)} / ${hours(p.all.resolution.businessHours.p90)}`,
          ],
          ['CSAT', s && s.answers > 0 ? `${pct(s.csat)} of ${s.answers} answers (average ${s.average} of 5)` : 'no answers'],
        ]}
      />
      <h3>Month over month</h3>
      <ul aria-label="Resolution time month over month">
        {p.months.map((m) => (
          <li key={m.month}>
            {m.workOrders === 0 ? (
              `${m.month} — no work orders`
            ) : (
              <>
                {m.month} — resolution median {hours(m.resolution.businessHours.median)} in business hours (
                {hours(m.resolution.hours.median)} calendar){change(m.resolutionMedianChangePct)}, {m.workOrders} work orders
              </>
            )}
          </li>
        ))}
      </ul>
      <Lines caption="By issue type" lines={[p.all, ...p.byIssueType]} name={(g) => (g === 'all' ? 'All' : words(g))} />
      <Lines caption="By channel" lines={p.byChannel} name={words} />
    </Section>
  );
}

/** Complaints per 100 orders by SKU, this month against last. */
export function ComplaintRates({ rates }: { rates: SkuComplaintRate[] }) {
  const per = (v: number | null) => (v === null ? '—' : String(v));
  return (
    <Section title="Complaints per 100 orders">
      {rates.length === 0 ? (
        <p className="muted">No complaints with a SKU this month or last.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">SKU</th>
                <th scope="col">Per 100 orders</th>
                <th scope="col">Complaints / orders</th>
                <th scope="col">Last month</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => (
                <tr key={r.sku}>
                  <th scope="row">
                    {r.sku}
                    {r.title ? <span className="muted"> {r.title}</span> : null}
                  </th>
                  <td>{per(r.per100Orders)}</td>
                  <td>
                    {r.complaints} / {r.orders}
                  </td>
                  <td>
                    {per(r.previousPer100Orders)}{' '}
                    <span className="muted">
                      ({r.previousComplaints} / {r.previousOrders})
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
