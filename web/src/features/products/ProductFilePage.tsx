import { useState } from 'react';
import type { ProductFile } from '../../../../contracts/issues.js';
import type { Product } from '../../../../contracts/products.js';
import { api } from '../../shared/api.js';
import { Badge, KeyValues, Load, Section, formatDate, show } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { RecordDecision } from '../issues/RecordDecision.js';
import { SupplierPacket } from '../reports/SupplierPacket.js';
import { InspectionRecords } from './InspectionRecords.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';

function safeUrl(u: string): string | null {
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

interface TimelineEntry {
  at: string;
  kind: string;
  text: string;
  link: string | null;
}

/**
 * One dated timeline for the SKU (GET /api/products/:sku/file): the file's events (alarms,
 * actions, decisions, knowledge and product changes) plus the day each issue was first seen.
 */
export function readTimeline(file: ProductFile): TimelineEntry[] {
  const out: TimelineEntry[] = file.timeline.map((t) => ({
    // happenedAt: a fix recorded after the fact is dated when it was done, an alarm by the day it flags.
    at: t.happenedAt,
    kind: t.type,
    text: t.summary,
    link: t.subjectType === 'issue' && t.subjectId ? `/issues/${t.subjectId}` : null,
  }));
  for (const i of file.issues) {
    if (!i.firstSeenAt) continue;
    out.push({
      at: i.firstSeenAt,
      kind: 'issue.first_seen',
      text: `${words(i.issueType)}${i.batch ? ` in batch ${i.batch}` : ''} first seen (${i.signalCount} signals so far, ${words(i.status)})`,
      link: `/issues/${i.id}`,
    });
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}

export function ProductFilePage({ sku }: { sku: string }) {
  const base = useApi<Product>(`/api/products/${encodeURIComponent(sku)}`);
  const filePath = `/api/products/${encodeURIComponent(sku)}/file`;
  const file = useApi<ProductFile>(filePath);
  // After a decision the file stays on screen (and keeps focus) while it reloads.
  const [fresh, setFresh] = useState<{ path: string; file: ProductFile } | null>(null);
  const refresh = async () => {
    const r = await api.get<ProductFile>(filePath);
    if (r.ok) setFresh({ path: filePath, file: r.data });
  };
  return (
    <>
      <h1>Product file · {sku}</h1>
      <Load value={base} what="the product">
        {(p) => (
          <Section title={p.title}>
            <KeyValues
              rows={[
                ['Supplier', p.supplier],
                ['Category', p.category],
                [
                  'Page',
                  p.pageUrl && safeUrl(p.pageUrl) ? (
                    <a key="page" href={safeUrl(p.pageUrl)!} target="_blank" rel="noopener noreferrer nofollow">
                      {p.pageUrl}
                    </a>
                  ) : (
                    p.pageUrl
                  ),
                ],
                ...Object.entries(p.promises ?? {}).map(
                  ([k, v]) => [`Promise: ${k.replace(/([A-Z])/g, ' $1').toLowerCase()}`, show(v)] as [string, string],
                ),
              ]}
            />
            <p>
              <Link to={`/inbox?sku=${encodeURIComponent(sku)}`}>Signals for this SKU →</Link>
            </p>
          </Section>
        )}
      </Load>
      <Load value={file} what="the product file">
        {(f) => <FileBody file={fresh?.path === filePath ? fresh.file : f} onChanged={refresh} />}
      </Load>
    </>
  );
}

function FileBody({ file, onChanged }: { file: ProductFile; onChanged: () => Promise<void> }) {
  const [allBatches, setAllBatches] = useState(false);
  const timeline = readTimeline(file);
  const batches = [...file.batches].sort((a, b) => b.orders - a.orders);
  const { knowledge, actions, decisions, suppliers, signals } = file;
  const issues = [...file.issues].sort((a, b) => b.signalCount - a.signalCount);
  return (
    <>
      <Section title="What the page, FAQ and macros say now">
        {knowledge.length === 0 ? (
          <p className="muted">No FAQ, macro or chatbot entry for this SKU.</p>
        ) : (
          knowledge.map((k, n) => (
            <div key={n}>
              <h3>
                {words(k.kind)}
                {k.title ? `: ${k.title}` : ''}
              </h3>
              <p className="quote">{k.body}</p>
              <p className="muted">
                version {k.version}, updated {formatDate(k.updatedAt)}
                {k.updatedBy ? ` by ${k.updatedBy}` : ''}
                {k.changeNote ? ` — ${k.changeNote}` : ''}
              </p>
            </div>
          ))
        )}
      </Section>
      <Section title="Issues">
        <p className="muted">
          {signals.total} signals about this SKU. <Link to={`/inbox?sku=${encodeURIComponent(file.sku)}`}>Open them in the inbox →</Link>
        </p>
        {issues.length === 0 ? (
          <p className="muted">No repeated problem.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Issue</th>
                  <th scope="col">Batch, route, market, stage</th>
                  <th scope="col">Status</th>
                  <th scope="col">Signals</th>
                  <th scope="col">Last seen</th>
                </tr>
              </thead>
              <tbody>
                {issues.map((i) => (
                  <tr key={i.id}>
                    <td>
                      <Link to={`/issues/${i.id}`}>{words(i.issueType)}</Link>
                      {i.spike.flagged ? (
                        <>
                          {' '}
                          <Badge tone="bad">spike</Badge>
                        </>
                      ) : null}
                    </td>
                    <td>
                      {[i.batch, i.route, i.market].filter(Boolean).join(' · ')}
                      {i.stage === 'pre_sale' ? <span className="muted">{i.batch || i.route || i.market ? ' · ' : ''}pre-sale</span> : null}
                    </td>
                    <td>{words(i.status)}</td>
                    <td>{i.signalCount}</td>
                    <td>{formatDate(i.lastSeenAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <div className="grid-2">
        <Section title="Actions">
          {actions.length === 0 ? (
            <p className="muted">No write-back actions.</p>
          ) : (
            <ul>
              {actions.map((a) => (
                <li key={a.id}>
                  <strong>{words(a.location)}</strong>: {a.change} <Badge tone="info">{words(a.status)}</Badge>
                  {a.verdict ? <Badge tone={a.verdict.result === 'shrinking' ? 'ok' : 'warn'}>{words(a.verdict.result)}</Badge> : null}
                  <span className="muted">
                    {' '}
                    {words(a.ownerTeam)}
                    {a.dueAt ? ` · due ${formatDate(a.dueAt)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="Decisions">
          {issues.length > 0 && (
            <RecordDecision
              targets={issues.map((i) => ({
                id: i.id,
                label: `${words(i.issueType)}${i.batch ? ` · batch ${i.batch}` : ''} (${i.signalCount} signals)`,
                sku: file.sku,
                batch: i.batch,
                supplier: file.batches.find((b) => b.batch === i.batch)?.supplier ?? file.suppliers[0] ?? null,
              }))}
              onRecorded={onChanged}
            />
          )}
          {decisions.length === 0 ? (
            <p className="muted">No decisions recorded.</p>
          ) : (
            <ul>
              {decisions.map((d) => (
                <li key={d.id}>
                  <strong>{words(d.type)}</strong>{' '}
                  <span className="muted">
                    by {d.decidedBy}, {formatDate(d.decidedAt)}
                  </span>
                  {d.note ? <div>{d.note}</div> : null}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      <Section title="Inspections">
        <InspectionRecords sku={file.sku} batches={batches.map((b) => b.batch).filter((b): b is string => Boolean(b))} />
      </Section>
      <div className="grid-2">
        <Section title="Batches">
          {batches.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <>
              <ul>
                {(allBatches ? batches : batches.slice(0, 10)).map((b, k) => (
                  <li key={k}>
                    {b.batch ?? ''} — {b.orders} orders{b.supplier ? ` · ${b.supplier}` : ''}{' '}
                    <span className="muted">
                      {formatDate(b.firstOrderedAt)}–{formatDate(b.lastOrderedAt)}
                    </span>
                  </li>
                ))}
              </ul>
              {batches.length > 10 && (
                <button type="button" onClick={() => setAllBatches((v) => !v)}>
                  {allBatches ? 'Show the 10 largest' : `Show all ${batches.length}`}
                </button>
              )}
            </>
          )}
        </Section>
        <Section title="Suppliers">
          {suppliers.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <ul>
              {suppliers.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          )}
        </Section>
      </div>
      <Section title="Supplier packet">
        <SupplierPacket
          batches={batches.map((b) => b.batch).filter((b): b is string => !!b)}
          suppliers={suppliers}
          from={formatDate(
            batches.reduce((m, b) => (b.firstOrderedAt < m ? b.firstOrderedAt : m), batches[0]?.firstOrderedAt ?? '2026-01-01'),
          )}
          to={formatDate(batches.reduce((m, b) => (b.lastOrderedAt > m ? b.lastOrderedAt : m), batches[0]?.lastOrderedAt ?? '2026-12-31'))}
        />
      </Section>
      <Section title="Timeline">
        {timeline.length === 0 ? (
          <p className="muted">Nothing has happened to this SKU yet.</p>
        ) : (
          <ol className="timeline" data-testid="product-timeline">
            {timeline.map((t, k) => (
              <li key={k}>
                <span className="muted">{formatDate(t.at)}</span>{' '}
                <Badge tone={t.kind.startsWith('issue') ? 'warn' : t.kind.startsWith('decision') ? 'ok' : 'info'}>
                  {words(t.kind.replace('.', ' '))}
                </Badge>{' '}
                {t.link ? <Link to={t.link}>{t.text}</Link> : t.text}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
