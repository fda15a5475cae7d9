import { useState } from 'react';
import { Badge, KeyValues, Load, Section, formatDate, show } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';
import type { Product } from './ProductsPage.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? v as Obj : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);

function safeUrl(u: string): string | null {
  try { const url = new URL(u); return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null; } catch { return null; }
}

interface TimelineEntry { at: string; kind: string; text: string; link: string | null }

/**
 * One dated timeline for the SKU (GET /api/products/:sku/file, server/modules/issues/loop/
 * present-product-file.ts): the file's events (alarms, actions, decisions, knowledge and product
 * changes) plus the day each issue was first seen.
 */
export function readTimeline(file: Obj): TimelineEntry[] {
  const out: TimelineEntry[] = arr(file.timeline).map((t) => ({
    // happenedAt: a fix recorded after the fact is dated when it was done, an alarm by the day it flags.
    at: String(t.happenedAt ?? t.at ?? ''), kind: String(t.type ?? 'event'), text: String(t.summary ?? t.type ?? ''),
    link: t.subjectType === 'issue' && t.subjectId ? `/issues/${String(t.subjectId)}` : null,
  }));
  for (const i of arr(file.issues)) {
    if (typeof i.firstSeenAt !== 'string') continue;
    out.push({ at: i.firstSeenAt, kind: 'issue.first_seen', text: `${words(String(i.issueType ?? ''))}${i.batch ? ` in batch ${i.batch}` : ''} first seen (${i.signalCount ?? '?'} signals so far, ${words(String(i.status ?? ''))})`, link: typeof i.id === 'number' ? `/issues/${i.id}` : null });
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}

export function ProductFilePage({ sku }: { sku: string }) {
  const base = useApi<Product>(`/api/products/${encodeURIComponent(sku)}`);
  const file = useApi<Obj>(`/api/products/${encodeURIComponent(sku)}/file`);
  return (
    <>
      <h1>Product file · {sku}</h1>
      <Load value={base} what="the product">{(p) => (
        <Section title={p.title}>
          <KeyValues rows={[['Supplier', p.supplier], ['Category', p.category], ['Page', p.pageUrl && safeUrl(p.pageUrl) ? <a key="page" href={safeUrl(p.pageUrl)!} target="_blank" rel="noopener noreferrer nofollow">{p.pageUrl}</a> : p.pageUrl],
            ...Object.entries(p.promises ?? {}).map(([k, v]) => [`Promise: ${k.replace(/([A-Z])/g, ' $1').toLowerCase()}`, show(v)] as [string, string])]} />
          <p><Link to={`/inbox?sku=${encodeURIComponent(sku)}`}>Signals for this SKU →</Link></p>
        </Section>
      )}</Load>
      <Load value={file} what="the product file">{(f) => <FileBody file={f} />}</Load>
    </>
  );
}

function FileBody({ file }: { file: Obj }) {
  const [allBatches, setAllBatches] = useState(false);
  const timeline = readTimeline(file);
  const batches = arr(file.batches).sort((a, b) => Number(b.orders ?? 0) - Number(a.orders ?? 0));
  const suppliers = Array.isArray(file.suppliers) ? file.suppliers.map((x) => (typeof x === 'string' ? x : show(obj(x).supplier ?? obj(x).name ?? x))) : [];
  const knowledge = arr(file.knowledge);
  const issues = arr(file.issues);
  const actions = arr(file.actions);
  const decisions = arr(file.decisions);
  const signals = obj(file.signals);
  return (
    <>
      <Section title="What the page, FAQ and macros say now">
        {knowledge.length === 0 ? <p className="muted">No FAQ, macro or chatbot entry for this SKU.</p> : knowledge.map((k, n) => (
          <div key={n}>
            <h3>{words(String(k.kind ?? 'entry'))}{k.title ? `: ${String(k.title)}` : ''}</h3>
            <p className="quote">{String(k.body ?? k.text ?? '')}</p>
            <p className="muted">version {String(k.version ?? '?')}, updated {formatDate(String(k.updatedAt ?? ''))}{k.updatedBy ? ` by ${String(k.updatedBy)}` : ''}{k.changeNote ? ` — ${String(k.changeNote)}` : ''}</p>
          </div>
        ))}
      </Section>
      <Section title="Issues">
        {typeof signals.total === 'number' && <p className="muted">{signals.total} signals about this SKU. <Link to={`/inbox?sku=${encodeURIComponent(String(file.sku ?? ''))}`}>Open them in the inbox →</Link></p>}
        {issues.length === 0 ? <p className="muted">No repeated problem.</p> : (
          <div className="table-wrap"><table className="data">
            <thead><tr><th scope="col">Issue</th><th scope="col">Batch, route, market, stage</th><th scope="col">Status</th><th scope="col">Signals</th><th scope="col">Last seen</th></tr></thead>
            <tbody>{issues.sort((a, b) => Number(b.signalCount ?? 0) - Number(a.signalCount ?? 0)).map((i) => (
              <tr key={String(i.id)}><td><Link to={`/issues/${String(i.id)}`}>{words(String(i.issueType))}</Link>{obj(i.spike).flagged ? <> <Badge tone="bad">spike</Badge></> : null}</td>
                <td>{[i.batch, i.route, i.market].filter((x) => typeof x === 'string' && x).join(' · ')}{i.stage === 'pre_sale' ? <span className="muted">{i.batch || i.route || i.market ? ' · ' : ''}pre-sale</span> : null}</td><td>{words(String(i.status ?? ''))}</td><td>{String(i.signalCount ?? '')}</td><td>{formatDate(String(i.lastSeenAt ?? ''))}</td></tr>
            ))}</tbody>
          </table></div>
        )}
      </Section>
      <div className="grid-2">
        <Section title="Actions">
          {actions.length === 0 ? <p className="muted">No write-back actions.</p> : <ul>{actions.map((a) => (
            <li key={String(a.id)}><strong>{words(String(a.location))}</strong>: {String(a.change ?? '')} <Badge tone="info">{words(String(a.status))}</Badge>
              {obj(a.verdict).result ? <Badge tone={obj(a.verdict).result === 'shrinking' ? 'ok' : 'warn'}>{words(String(obj(a.verdict).result))}</Badge> : null}
              <span className="muted"> {words(String(a.ownerTeam ?? ''))}{a.dueAt ? ` · due ${formatDate(String(a.dueAt))}` : ''}</span></li>
          ))}</ul>}
        </Section>
        <Section title="Decisions">
          {decisions.length === 0 ? <p className="muted">No decisions recorded.</p> : <ul>{decisions.map((d) => (
            <li key={String(d.id)}><strong>{words(String(d.type))}</strong> <span className="muted">by {String(d.decidedBy ?? '')}, {formatDate(String(d.decidedAt ?? ''))}</span>{d.note ? <div>{String(d.note)}</div> : null}</li>
          ))}</ul>}
        </Section>
      </div>
      <div className="grid-2">
        <Section title="Batches">
          {batches.length === 0 ? <p className="muted">None recorded.</p> : (
            <>
              <ul>{(allBatches ? batches : batches.slice(0, 10)).map((b, k) => <li key={k}>{String(b.batch ?? '')} — {String(b.orders ?? '?')} orders{b.supplier ? ` · ${String(b.supplier)}` : ''} <span className="muted">{formatDate(String(b.firstOrderedAt ?? ''))}–{formatDate(String(b.lastOrderedAt ?? ''))}</span></li>)}</ul>
              {batches.length > 10 && <button type="button" onClick={() => setAllBatches((v) => !v)}>{allBatches ? 'Show the 10 largest' : `Show all ${batches.length}`}</button>}
            </>
          )}
        </Section>
        <Section title="Suppliers">{suppliers.length === 0 ? <p className="muted">None recorded.</p> : <ul>{suppliers.map((x) => <li key={x}>{x}</li>)}</ul>}</Section>
      </div>
      <Section title="Timeline">
        {timeline.length === 0 ? <p className="muted">Nothing has happened to this SKU yet.</p> : (
          <ol className="timeline" data-testid="product-timeline">{timeline.map((t, k) => (
            <li key={k}><span className="muted">{formatDate(t.at)}</span> <Badge tone={t.kind.startsWith('issue') ? 'warn' : t.kind.startsWith('decision') ? 'ok' : 'info'}>{words(t.kind.replace('.', ' '))}</Badge> {t.link ? <Link to={t.link}>{t.text}</Link> : t.text}</li>
          ))}</ol>
        )}
      </Section>
    </>
  );
}
