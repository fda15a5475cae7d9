import { useState } from 'react';
import type { Action } from '../../../../contracts/actions.js';
import type { IssueDetail } from '../../../../contracts/issues.js';
import { api, withQuery } from '../../shared/api.js';
import { Badge, KeyValues, Load, Section, formatDate, show } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';
import { BeforeAfterChart, TrendChart } from './charts.js';
import { trendSeries, verdictSentence } from './issue-view.js';
import { IssueStatusForm } from './IssueStatusForm.js';
import { ProposeAction } from './ProposeAction.js';
import { RecordDecision } from './RecordDecision.js';
import { SupplierPacket } from '../reports/SupplierPacket.js';

function safeUrl(u: string): string | null {
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function IssuePage({ id }: { id: string }) {
  const path = `/api/issues/${encodeURIComponent(id)}`;
  const data = useApi<IssueDetail>(path);
  // After a close or reopen the page stays on screen (and keeps focus) while the issue reloads.
  const [fresh, setFresh] = useState<{ path: string; issue: IssueDetail } | null>(null);
  const refresh = async () => {
    const r = await api.get<IssueDetail>(path);
    if (r.ok) setFresh({ path, issue: r.data });
  };
  return (
    <Load value={data} what="the issue">
      {(issue) => <Issue issue={fresh?.path === path ? fresh.issue : issue} onChanged={refresh} />}
    </Load>
  );
}

function Issue({ issue: i, onChanged }: { issue: IssueDetail; onChanged: () => Promise<void> }) {
  const reviewed = i.actions.filter((a) => a.verdict);
  const series = trendSeries(i);
  const episodes = i.spike.episodes;
  const scope = i.impactScope;
  const { photos: gallery, orders, batches } = i.evidence;
  return (
    <>
      <h1>
        {words(i.issueType)} · {i.sku === '*' ? 'all SKUs' : <Link to={`/products/${encodeURIComponent(i.sku)}`}>{i.sku}</Link>}
        {i.batch ? ` · batch ${i.batch}` : ''}
      </h1>
      <p>
        <span data-testid="issue-status">
          <Badge tone={i.status === 'closed' ? 'neutral' : i.status === 'praise' ? 'ok' : i.spike.flagged ? 'bad' : 'info'}>
            {words(i.status)}
          </Badge>
        </span>
        {i.spike.flagged ? (
          <Badge tone="bad" title="the last day an alarm was flagged">
            spike {formatDate(i.spike.lastFlaggedAt ?? i.spike.at)}
          </Badge>
        ) : null}{' '}
        <span className="muted">{i.statusReason ?? ''}</span>
      </p>
      <Section title="Trend">
        {series.length ? (
          <TrendChart
            series={series}
            fixes={i.actions.flatMap((a) => (a.doneAt ? [{ day: a.doneAt.slice(0, 10), label: `fix: ${words(a.location)}` }] : []))}
          />
        ) : (
          <p className="muted">No daily series in the API answer.</p>
        )}
        {episodes.length > 0 && (
          <>
            <h3>Alarms</h3>
            <ul data-testid="spike-episodes">
              {episodes.map((e, k) => (
                <li key={k}>
                  <Badge tone="bad">{words(e.reason)}</Badge> {e.at.slice(0, 10)}
                  {e.lastAt.slice(0, 10) !== e.at.slice(0, 10) ? ` to ${e.lastAt.slice(0, 10)}` : ''}
                  {` — ${e.observed} signals${e.expected !== null ? ` where ${e.expected.toFixed(1)} were expected` : ''}`}
                  {e.pValue !== null ? <span className="muted"> (p = {e.pValue.toPrecision(2)})</span> : null}
                  {series.length && e.at.slice(0, 10) < series[0]!.day ? <span className="muted"> · before the chart's range</span> : null}
                </li>
              ))}
            </ul>
          </>
        )}
        <KeyValues
          rows={[
            ['Signals', String(i.signalCount)],
            ['First seen', formatDate(i.firstSeenAt)],
            ['Last seen', formatDate(i.lastSeenAt)],
            [
              'Channels',
              Object.entries(i.channels)
                .map(([k, v]) => `${words(k)} ${v}`)
                .join(', '),
            ],
            ['Owner team', words(i.ownerTeam)],
            ['Impact scope', 'level' in scope ? `${words(scope.level)} (${scope.orders} orders, ${scope.customers} customers)` : ''],
            ['Route', i.route],
            ['Market', i.market],
          ]}
        />
      </Section>
      <div className="grid-2">
        <Section title="What customers say">
          {i.representativeWording ? (
            <blockquote className="quote" data-testid="representative-wording">
              {i.representativeWording}
            </blockquote>
          ) : (
            <p className="muted">No representative wording yet.</p>
          )}
          <Link to={withQuery('/inbox', { issueId: i.id })}>All its signals in the inbox →</Link>
        </Section>
        <Section title="Playbook recommendation">
          {!i.playbook ? (
            <p className="muted">No playbook matched.</p>
          ) : (
            <>
              <p>
                <strong>{i.playbook.title}</strong>
              </p>
              <KeyValues
                rows={[
                  ['Hidden risk', i.playbook.hiddenRisk],
                  ['First reply', i.playbook.firstReply],
                  ['Review window', i.playbook.reviewWindowDays ? `${i.playbook.reviewWindowDays} days` : ''],
                ]}
              />
              {i.playbook.writeBack.length ? (
                <>
                  <h3>Write back to</h3>
                  <ul>
                    {i.playbook.writeBack.map((w, k) => (
                      <li key={k}>
                        <strong>{words(w.location)}</strong> ({words(w.ownerTeam)}): {w.change}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {i.playbook.blockedMoves.length ? (
                <>
                  <h3>Blocked moves</h3>
                  <ul>
                    {i.playbook.blockedMoves.map((b) => (
                      <li key={b.code}>
                        <Badge tone="bad">{words(b.code)}</Badge> {b.reason}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {i.playbook.reviewMetrics.length ? (
                <>
                  <h3>Review metrics</h3>
                  <ul>
                    {i.playbook.reviewMetrics.map((m) => (
                      <li key={m.metric}>
                        {words(m.metric)} ({m.goal}) — {m.description}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          )}
        </Section>
      </div>
      <Section title="Evidence gallery">
        {batches.length > 0 && (
          <>
            <h3>Batches named</h3>
            <ul>
              {batches.map((b, k) => (
                <li key={k}>
                  {b.batch}
                  {b.supplier ? ` (${b.supplier})` : ''}: {b.signals} signals
                </li>
              ))}
            </ul>
          </>
        )}
        {orders.length > 0 && (
          <p>
            Orders behind it: {orders.length}
            {orders.length >= 20 ? '+' : ''}{' '}
            <span className="muted">
              ({[...new Set(orders.map((o) => o.route ?? o.country ?? '').filter(Boolean))].slice(0, 5).join(', ')})
            </span>
          </p>
        )}
        {gallery.length === 0 ? (
          <p className="muted">No customer photos or videos on this issue.</p>
        ) : (
          <div className="gallery">
            {gallery.map((g, k) => {
              const url = safeUrl(g.url);
              return (
                <figure key={k} className="card" style={{ margin: 0 }}>
                  {url && g.kind === 'photo' ? (
                    <img
                      src={url}
                      alt={`Sent by the customer${g.signalId ? ` with signal ${g.signalId}` : ''}`}
                      loading="lazy"
                      referrerPolicy="no-referrer"
                      style={{ maxWidth: '100%' }}
                      onError={(e) => {
                        e.currentTarget.hidden = true;
                        e.currentTarget.nextElementSibling?.removeAttribute('hidden');
                      }}
                    />
                  ) : null}
                  {url && g.kind === 'photo' ? (
                    <p className="muted" hidden style={{ margin: '.2rem 0' }}>
                      The photo did not load from its address.
                    </p>
                  ) : null}
                  <figcaption>
                    <Badge>{g.kind}</Badge>{' '}
                    {url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer nofollow">
                        {g.url}
                      </a>
                    ) : (
                      g.url
                    )}
                    {g.signalId ? (
                      <>
                        {' '}
                        · <Link to={`/inbox?signal=${g.signalId}`}>signal {g.signalId}</Link>
                      </>
                    ) : null}
                  </figcaption>
                </figure>
              );
            })}
          </div>
        )}
      </Section>
      <Section title="Actions">
        <ProposeAction issue={i} onCreated={onChanged} />
        {i.actions.length === 0 ? <p className="muted">No write-back actions yet.</p> : <ActionsTable actions={i.actions} />}
      </Section>
      <Section title="Decisions">
        <RecordDecision
          targets={[
            {
              id: i.id,
              label: `${words(i.issueType)} · ${i.sku}`,
              sku: i.sku,
              batch: i.batch,
              supplier: i.evidence.batches.find((b) => b.batch === i.batch)?.supplier ?? i.evidence.batches[0]?.supplier ?? null,
            },
          ]}
          onRecorded={onChanged}
        />
        {i.decisions.length === 0 ? (
          <p className="muted">No owner has answered back yet.</p>
        ) : (
          <ol className="timeline">
            {i.decisions.map((d) => (
              <li key={d.id}>
                <strong>{words(d.type)}</strong>{' '}
                <span className="muted">
                  by {d.decidedBy}, {formatDate(d.decidedAt)}
                </span>
                {d.note && <div>{d.note}</div>}
                {Object.keys(d.details).length > 0 && (
                  <div className="muted">
                    {Object.entries(d.details)
                      .map(([k, x]) => `${words(k)}: ${Array.isArray(x) ? x.join(', ') : show(x)}`)
                      .join(' · ')}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      {i.evidence.batches.length > 0 && (
        <Section title="Supplier packet">
          <SupplierPacket
            batches={i.evidence.batches.map((b) => b.batch)}
            suppliers={[...new Set(i.evidence.batches.map((b) => b.supplier).filter((x): x is string => !!x))]}
            from={formatDate(new Date(Date.parse(i.firstSeenAt ?? i.lastSeenAt ?? '2026-01-01') - 60 * 86_400_000).toISOString())}
            to={formatDate(i.lastSeenAt ?? new Date().toISOString())}
          />
        </Section>
      )}
      <Section title="Did the fix work?">
        {reviewed.length === 0 ? (
          <p className="muted" data-testid="verdict-pending">
            No verdict yet: the review window has not closed for any action.
          </p>
        ) : (
          reviewed.map((a) => (
            <div key={a.id} data-testid="verdict">
              <h3>
                {words(a.location)}: {a.change}
              </h3>
              <p className="verdict">{verdictSentence(a.verdict!)}</p>
              {a.verdict!.explanation && <p className="muted">{a.verdict!.explanation}</p>}
              <BeforeAfterChart verdict={a.verdict!} />
              <p className="muted">
                Window {a.verdict!.windowDays} days each side of {formatDate(a.verdict!.changeAt)} · {a.verdict!.method}.
              </p>
            </div>
          ))
        )}
      </Section>
      <IssueStatusForm issueId={i.id} status={i.status} onChanged={onChanged} />
    </>
  );
}

function ActionsTable({ actions }: { actions: Action[] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Change</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">Metric</th>
            <th scope="col">Review</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id}>
              <td>{words(a.location)}</td>
              <td>{a.change}</td>
              <td>{a.owner ?? words(a.ownerTeam)}</td>
              <td>{formatDate(a.dueAt)}</td>
              <td>
                <Badge tone="info">{words(a.status)}</Badge>
              </td>
              <td>{words(a.metric)}</td>
              <td>{formatDate(a.reviewDate)}</td>
              <td>{a.verdict ? words(a.verdict.result) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
