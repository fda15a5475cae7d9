import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Change, WeeklyReport } from '../../../../contracts/reports.js';
import { withQuery } from '../../shared/api.js';
import { Badge, KeyValues, Load, Section, formatDate } from '../../shared/components.js';
import { Link, setSearch, useLocation } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { shiftWeek } from './periods.js';
import { CopyLine, ReportBar } from './ReportTools.js';
import { words } from '../../shared/vocab.js';
import { ProcessingTime } from './ProcessingTime.js';

const pct = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);
const mins = (m: number | null | undefined) =>
  m === null || m === undefined ? '—' : m >= 120 ? `${(m / 60).toFixed(1)} h` : `${Math.round(m)} min`;
const delta = (c: Change) =>
  `${c.change >= 0 ? '+' : ''}${c.change}${c.changePct === null ? '' : ` (${c.changePct >= 0 ? '+' : ''}${c.changePct}%)`}`;
const axis = { fill: 'var(--muted)', fontSize: 11 };
/** An issue across every SKU (a route, a market, checkout, the assistant) has the SKU `*`. */
const skuName = (sku: string | null) => (sku === '*' ? 'all SKUs' : (sku ?? ''));
const WEEK = /^\d{4}-W\d{2}$/;

/** The weekly voice-of-customer report (GET /api/reports/weekly), a week at a time. */
export function ReportPage() {
  const { search } = useLocation();
  const week = search.get('week') ?? '';
  // The typed week only becomes the URL (and a request) once it reads like 2026-W46, or is emptied.
  const [draft, setDraft] = useState(week);
  useEffect(() => {
    setDraft(week);
  }, [week]);
  const data = useApi<WeeklyReport>(withQuery('/api/reports/weekly', { week }));
  const shown = data.state === 'done' && data.result.ok ? data.result.data.week : week;
  return (
    <>
      <h1>Weekly voice-of-customer report</h1>
      <p className="muted">
        Also: <Link to="/reports/monthly">the monthly SKU review</Link>.
      </p>
      <form className="row panel" onSubmit={(e) => e.preventDefault()} aria-label="Choose the week">
        <label className="field">
          Week (ISO, e.g. 2026-W46)
          <input
            value={draft}
            placeholder="last complete week"
            pattern="\d{4}-W\d{2}"
            aria-invalid={draft !== '' && !WEEK.test(draft.trim())}
            onChange={(e) => {
              const v = e.target.value;
              setDraft(v);
              if (v.trim() === '' || WEEK.test(v.trim())) setSearch({ week: v.trim() });
            }}
          />
        </label>
        {draft !== '' && !WEEK.test(draft.trim()) && <span className="muted">Write the week as year-W-number, e.g. 2026-W46.</span>}
      </form>
      {WEEK.test(shown) && (
        <ReportBar
          label="week"
          prev={`/reports/weekly?week=${shiftWeek(shown, -1)}`}
          next={`/reports/weekly?week=${shiftWeek(shown, 1)}`}
          api="/api/reports/weekly"
          params={{ week: shown }}
          fileBase={`voice-of-customer-${shown}`}
        />
      )}
      <Load value={data} what="the weekly report">
        {(r) => <Body r={r} />}
      </Load>
    </>
  );
}

const issuesOf = (issueType: string, sku: string) => withQuery('/issues', { issueType, sku });

function Body({ r }: { r: WeeklyReport }) {
  const themes = r.topThemes
    .slice(0, 8)
    .map((t) => ({ name: `${words(t.issueType)} · ${skuName(t.sku)}`, 'this week': t.count, 'last week': t.previous }));
  return (
    <div data-testid="weekly-report">
      <p className="muted">
        {r.week}: {formatDate(r.firstDay)} – {formatDate(r.lastDay)} ({r.timeZone})
      </p>
      <Section title="Is the week closed?">
        <p>
          <Badge tone={r.completion.complete ? 'ok' : 'warn'}>{r.completion.complete ? 'closed' : 'not closed'}</Badge>{' '}
          {r.completion.statement}
        </p>
        {r.completion.closed.length > 0 && (
          <ul>
            {r.completion.closed.map((c, k) => (
              <li key={k}>
                {words(c.kind)}: {c.what}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Totals">
        <KeyValues
          rows={[
            ['Signals', `${r.totals.count} (${delta(r.totals)})`],
            ['Negative', String(r.totals.negative)],
            ['Negative reviews', String(r.totals.negativeReviews)],
            ['Must be human', String(r.totals.mustBeHuman)],
            ['Pre-sale', String(r.totals.preSale)],
            ['Post-purchase', String(r.totals.postPurchase)],
          ]}
        />
      </Section>
      <Section title="Top themes against last week">
        <div className="chart" role="img" aria-label="Top themes, this week against last week">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={themes} layout="vertical" margin={{ left: 40 }}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis type="number" tick={axis} allowDecimals={false} />
              <YAxis type="category" dataKey="name" tick={axis} width={170} />
              <Tooltip contentStyle={{ background: 'var(--surface)', color: 'var(--text)' }} />
              <Legend />
              <Bar dataKey="last week" fill="var(--muted)" isAnimationActive={false} />
              <Bar dataKey="this week" fill="var(--accent)" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </Section>
      <Section title="Themes and their issues">
        <ol>
          {r.topThemes.map((t, k) => (
            <li key={k}>
              <Link to={issuesOf(t.issueType, t.sku)}>
                {words(t.issueType)} · {skuName(t.sku)}
                {t.title ? ` (${t.title})` : ''}
              </Link>
              : {t.count} <span className="muted">{delta(t)}</span>
            </li>
          ))}
        </ol>
      </Section>
      <div className="grid-2">
        <Section title="Conversion blockers">
          {r.conversionBlockers.length === 0 ? (
            <p className="muted">None this week.</p>
          ) : (
            <ul>
              {r.conversionBlockers.map((b, k) => (
                <li key={k}>
                  <Link to={issuesOf(b.issueType, b.sku)}>
                    {words(b.issueType)} · {skuName(b.sku)}
                    {b.title ? ` (${b.title})` : ''}
                  </Link>
                  : {b.count} <span className="muted">{delta(b)}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="After-sales risks">
          <ul>
            {r.afterSalesRisks.byRisk.map((x) => (
              <li key={x.risk}>
                {words(x.risk)}: {x.count} <span className="muted">{delta(x)}</span>
              </li>
            ))}
          </ul>
          {r.afterSalesRisks.byBatch.length > 0 && (
            <>
              <h3>By batch</h3>
              <ul>
                {r.afterSalesRisks.byBatch.slice(0, 6).map((b, k) => (
                  <li key={k}>
                    {b.sku} · {b.batch}: {words(b.risk)} {b.count}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      </div>
      {r.copyableLine && (
        <Section title="One customer wording to act on">
          <blockquote className="quote">{r.copyableLine.wording}</blockquote>
          <CopyLine line={r.copyableLine.line} />
          <KeyValues
            rows={[
              ['Page change', r.copyableLine.pageChange],
              ['FAQ answer', r.copyableLine.faqAnswer],
              ['Next reply', r.copyableLine.nextReply],
              [
                'Metric',
                r.copyableLine.metric
                  ? `${words(r.copyableLine.metric.name)} (${r.copyableLine.metric.goal}), check ${formatDate(r.copyableLine.metric.checkFrom)}–${formatDate(r.copyableLine.metric.checkTo)}`
                  : '',
              ],
            ]}
          />
        </Section>
      )}
      <Section title="Next actions">
        {r.nextActions.length === 0 ? (
          <p className="muted">No open actions.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Issue</th>
                  <th scope="col">Where</th>
                  <th scope="col">Change</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                  <th scope="col">Review</th>
                </tr>
              </thead>
              <tbody>
                {r.nextActions.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/issues/${a.issueId}`}>
                        {words(a.issueType)} · {skuName(a.sku)}
                      </Link>
                    </td>
                    <td>{words(a.location)}</td>
                    <td>{a.change}</td>
                    <td>{a.owner ?? words(a.ownerTeam)}</td>
                    <td>{formatDate(a.dueAt)}</td>
                    <td>{formatDate(a.reviewDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title="Verdicts">
        {r.verdicts.length === 0 ? (
          <p className="muted">No review window closed this week.</p>
        ) : (
          <ul>
            {r.verdicts.map((v) => (
              <li key={v.actionId}>
                <Link to={`/issues/${v.issueId}`}>
                  {words(v.issueType)} · {skuName(v.sku)}
                </Link>{' '}
                — {words(v.location)}: <strong>{words(v.result)}</strong> ({pct(v.rateBefore)} → {pct(v.rateAfter)}
                {v.ratio !== null ? `, ratio ${v.ratio.toFixed(2)}` : ''}
                {v.ciLow !== null && v.ciHigh !== null ? ` [${v.ciLow.toFixed(2)}–${v.ciHigh.toFixed(2)}]` : ''})
              </li>
            ))}
          </ul>
        )}
      </Section>
      <div className="grid-2">
        <Section title="SLA">
          <KeyValues
            rows={[
              ['Signals', String(r.sla.signals)],
              ['First reply, median', mins(r.sla.firstResponse.medianMinutes)],
              ['First reply, p90', mins(r.sla.firstResponse.p90Minutes)],
              ['Resolution, median', mins(r.sla.resolution.medianMinutes)],
              ['First-contact resolution', pct(r.sla.firstContactResolution.rate)],
              ['Breached', `${r.sla.breach.count} (${pct(r.sla.breach.rate)})`],
            ]}
          />
        </Section>
        <Section title="Automation boundary">
          <KeyValues
            rows={[
              ['Handled by automation', String(r.automation.handled)],
              ['Crossed the boundary', `${r.automation.crossed} (${pct(r.automation.crossedRate)})`],
              ['Must be human', String(r.automation.mustBeHuman)],
            ]}
          />
          {r.automation.reasons.length > 0 && (
            <ul>
              {r.automation.reasons.map((x) => (
                <li key={x.reason}>
                  {words(x.reason)}: {x.events}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      <ProcessingTime p={r.processing} s={r.satisfaction} />
      <Section title="Reusable assets">
        {r.reusableAssets.items.length === 0 ? (
          <p className="muted">None this week.</p>
        ) : (
          <ul>
            {r.reusableAssets.items.map((a) => (
              <li key={a.assetId}>
                <Badge tone={a.permission === 'granted' ? 'ok' : 'warn'}>{words(a.permission)}</Badge> {a.kind} · {a.sku ?? ''}: “
                {a.excerpt}”{' '}
                <span className="muted">
                  {a.channels.map(words).join(', ')}
                  {a.until ? ` until ${formatDate(a.until)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
