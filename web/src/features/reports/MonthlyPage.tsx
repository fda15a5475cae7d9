import type { MonthlyReview, ShareGroup } from '../../../../contracts/reports.js';
import { withQuery } from '../../shared/api.js';
import { KeyValues, Load, Section, formatDate } from '../../shared/components.js';
import { Link, useLocation } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';
import { shiftMonth } from './periods.js';
import { ReportBar } from './ReportTools.js';
import { SupplierPacket } from './SupplierPacket.js';
import { ComplaintRates, ProcessingTime } from './ProcessingTime.js';

const MONTH = /^\d{4}-\d{2}$/;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pts = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pts`;

/** The monthly SKU review (GET /api/reports/monthly): complaint-type shares against last month. */
export function MonthlyPage() {
  const { search } = useLocation();
  const asked = search.get('month') ?? '';
  const month = MONTH.test(asked) ? asked : '';
  const data = useApi<MonthlyReview>(withQuery('/api/reports/monthly', { month }));
  const shown = data.state === 'done' && data.result.ok ? data.result.data.month : month;
  return (
    <>
      <h1>Monthly SKU review</h1>
      <p className="muted">
        Also: <Link to="/reports/weekly">the weekly report</Link>.
      </p>
      {MONTH.test(shown) && (
        <ReportBar
          label="month"
          prev={`/reports/monthly?month=${shiftMonth(shown, -1)}`}
          next={`/reports/monthly?month=${shiftMonth(shown, 1)}`}
          api="/api/reports/monthly"
          params={{ month: shown }}
          fileBase={`sku-review-${shown}`}
        />
      )}
      <Load value={data} what="the monthly review">
        {(r) => <Body r={r} />}
      </Load>
    </>
  );
}

function Body({ r }: { r: MonthlyReview }) {
  return (
    <div data-testid="monthly-review">
      <p className="muted">
        {r.month}: {formatDate(r.firstDay)} – {formatDate(r.lastDay)} ({r.timeZone})
      </p>
      <Section title="Totals">
        <KeyValues
          rows={[
            ['Complaints', String(r.totals.complaints)],
            ['Last month', String(r.totals.previous)],
          ]}
        />
      </Section>
      <Section title="What crossed a line">
        {r.crossed.length === 0 ? (
          <p className="muted">Nothing crossed a threshold this month.</p>
        ) : (
          <ul>
            {r.crossed.map((c, k) => {
              const name = `${words(c.issueType)} · ${c.sku === '*' ? 'all SKUs' : c.sku}${c.batch ? ` · batch ${c.batch}` : ''}${c.route ? ` · ${c.route}` : ''}`;
              return (
                <li key={k}>
                  {c.issueId ? <Link to={`/issues/${c.issueId}`}>{name}</Link> : name} — {words(c.reason)}
                  {c.count !== null ? ` (${c.count})` : ''} <span className="muted">{formatDate(c.at)}</span>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <ProcessingTime p={r.processing} s={r.satisfaction} />
      <ComplaintRates rates={r.complaintsPer100Orders} />
      <Groups title="By SKU" groups={r.bySku} link={(g, t) => withQuery('/issues', { sku: g, issueType: t })} />
      <Groups title="By supplier" groups={r.bySupplier} />
      <Groups title="By batch" groups={r.byBatch} />
      <Section title="Supplier packet">
        <SupplierPacket
          batches={r.byBatch.map((g) => g.group)}
          suppliers={r.bySupplier.map((g) => g.group)}
          from={formatDate(r.firstDay)}
          to={formatDate(r.lastDay)}
        />
      </Section>
    </div>
  );
}

function Groups({ title, groups, link }: { title: string; groups: ShareGroup[]; link?: (group: string, issueType: string) => string }) {
  return (
    <Section title={title}>
      {groups.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{title.replace('By ', '')}</th>
                <th scope="col">Complaints (last month)</th>
                <th scope="col">Types: share and change</th>
              </tr>
            </thead>
            <tbody>
              {groups.slice(0, 25).map((g) => (
                <tr key={g.group}>
                  <th scope="row">{g.group}</th>
                  <td>
                    {g.total} ({g.previousTotal})
                  </td>
                  <td>
                    {g.types.slice(0, 4).map((t, k) => (
                      <span key={t.issueType}>
                        {k > 0 ? ' · ' : ''}
                        {link ? <Link to={link(g.group, t.issueType)}>{words(t.issueType)}</Link> : words(t.issueType)} {pct(t.share)}{' '}
                        <span className="muted">{pts(t.shareChange)}</span>
                      </span>
                    ))}
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
