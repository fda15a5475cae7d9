import type { BoardItem, BoardPage, DecisionList } from '../../../../contracts/actions.js';
import type { Health } from '../../../../contracts/health.js';
import type { WeeklyReport } from '../../../../contracts/reports.js';
import type { SignalPage } from '../../../../contracts/signals.js';
import { withQuery } from '../../shared/api.js';
import { Badge, Load, Section, formatDate } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { useApi, type Loadable } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';
import { dueActions, growingThemes, isStale, overdueEvidence, recentVerdicts } from './today.js';

const COUNT_LIMIT = 500;
const count = (p: SignalPage) => (p.nextCursor ? `${COUNT_LIMIT}+` : String(p.items.length));
const skuName = (sku: string) => (sku === '*' ? 'all SKUs' : sku);

/** The landing page: what needs a person now, each with the link that starts the work. */
export function TodayPage() {
  const health = useApi<Health>('/api/health');
  const newest = useApi<SignalPage>('/api/signals?limit=1');
  const breached = useApi<SignalPage>(`/api/signals?slaState=breached&status=open&limit=${COUNT_LIMIT}`);
  const atRisk = useApi<SignalPage>(`/api/signals?slaState=at_risk&status=open&limit=${COUNT_LIMIT}`);
  const week = useApi<WeeklyReport>('/api/reports/weekly');
  const actions = useApi<BoardPage>('/api/actions?limit=500');
  const evidence = useApi<DecisionList>('/api/decisions?type=ask_supplier_evidence&limit=200');
  const now = health.state === 'done' && health.result.ok ? new Date(health.result.data.time) : null;
  return (
    <>
      <h1>Today</h1>
      <Banner newest={newest} now={now} />
      <Section title="Replies due">
        <ul className="today-list">
          <li>
            <Load value={breached} what="breached signals">
              {(p) => (
                <Link to="/inbox?slaState=breached&status=open">
                  <Badge tone={p.items.length ? 'bad' : 'ok'}>{count(p)}</Badge> open signals past their SLA
                </Link>
              )}
            </Load>
          </li>
          <li>
            <Load value={atRisk} what="signals at risk">
              {(p) => (
                <Link to="/inbox?slaState=at_risk&status=open">
                  <Badge tone={p.items.length ? 'warn' : 'ok'}>{count(p)}</Badge> open signals at risk of breaching
                </Link>
              )}
            </Load>
          </li>
        </ul>
      </Section>
      <Load value={week} what="the week">
        {(r) => (
          <>
            <Section title="New or growing issues">
              <p className="muted">{r.week} against the week before, ranked by how much each grew.</p>
              {growingThemes(r).length === 0 ? (
                <p className="muted">Nothing grew.</p>
              ) : (
                <ol>
                  {growingThemes(r).map((t) => (
                    <li key={`${t.issueType}-${t.sku}`}>
                      <Link to={withQuery('/issues', { issueType: t.issueType, sku: t.sku })}>
                        {words(t.issueType)} · {skuName(t.sku)}
                      </Link>{' '}
                      {t.previous === 0 ? <Badge tone="warn">new</Badge> : null} {t.previous} → {t.count}{' '}
                      <span className="muted">(+{t.change})</span>
                    </li>
                  ))}
                </ol>
              )}
            </Section>
            <Section title="The week">
              <p>
                <Badge tone={r.completion.complete ? 'ok' : 'warn'}>{r.completion.complete ? 'closed' : 'not closed'}</Badge>{' '}
                {r.completion.statement} <Link to={`/reports/weekly?week=${r.week}`}>Open the {r.week} report</Link>
              </p>
            </Section>
          </>
        )}
      </Load>
      <Load value={actions} what="actions">
        {(b) => (
          <div className="grid-2">
            <Section title="Actions due or overdue">
              <ActionList items={now ? dueActions(b.items, now) : []} now={now} empty="No action is due in the next two days." />
            </Section>
            <Section title="Verdicts that arrived">
              {now && recentVerdicts(b.items, now).length > 0 ? (
                <ul>
                  {recentVerdicts(b.items, now).map((a) => (
                    <li key={a.id}>
                      <Link to={`/issues/${a.issueId}`}>
                        {words(a.issue?.issueType)} · {skuName(a.issue?.sku ?? '')}
                      </Link>{' '}
                      — {words(a.location)}: <strong>{words(a.verdict?.result)}</strong>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No verdict arrived this week.</p>
              )}
            </Section>
          </div>
        )}
      </Load>
      <Section title="Supplier evidence overdue">
        <Load value={evidence} what="evidence requests">
          {(d) =>
            now && overdueEvidence(d.items, now).length > 0 ? (
              <ul>
                {overdueEvidence(d.items, now).map((x) => (
                  <li key={x.id}>
                    <Link to={`/issues/${x.issueId}`}>{String(x.details.supplier ?? 'supplier')}</Link>: due{' '}
                    {formatDate(String(x.details.dueAt))} —{' '}
                    {Array.isArray(x.details.evidenceRequested) ? x.details.evidenceRequested.join(', ') : ''}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No supplier evidence is overdue.</p>
            )
          }
        </Load>
      </Section>
    </>
  );
}

function Banner({ newest, now }: { newest: Loadable<SignalPage>; now: Date | null }) {
  if (newest.state !== 'done' || !newest.result.ok) return null;
  const s = newest.result.data.items[0];
  if (!s) {
    return (
      <p className="banner" role="note">
        The store has no signals yet. Import a file or connect a channel (see the README), or load the demo with <code>writeback demo</code>
        .
      </p>
    );
  }
  const demo = s.externalId.startsWith('demo');
  const stale = now ? isStale(s.receivedAt, now) : false;
  if (!demo && !stale) return null;
  return (
    <p className="banner" role="note" data-testid="today-banner">
      {demo ? 'This is the demo store: its signals are made up. ' : ''}
      {stale
        ? `The newest signal arrived on ${formatDate(s.receivedAt)}, more than 3 days ago: check that imports and channels still run.`
        : ''}
    </p>
  );
}

function ActionList({ items, now, empty }: { items: BoardItem[]; now: Date | null; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {items.map((a) => {
        const overdue = now && a.dueAt && Date.parse(a.dueAt) < now.getTime();
        return (
          <li key={a.id}>
            <Badge tone={overdue ? 'bad' : 'warn'}>{overdue ? 'overdue' : 'due'}</Badge> {formatDate(a.dueAt)}{' '}
            <Link to={`/issues/${a.issueId}`}>
              {words(a.location)}: {a.change.slice(0, 80)}
            </Link>{' '}
            <span className="muted">
              {a.owner ?? words(a.ownerTeam)} · {words(a.status)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
