import { useEffect, useRef, useState } from 'react';
import type { Order } from '../../../../contracts/orders.js';
import type { SignalDetail } from '../../../../contracts/signals.js';
import type { EvidenceItem, Evidence as TriageEvidence } from '../../../../contracts/triage.js';
import { Badge, KeyValues, Load, Section, SlaBadge, formatDate, formatDateTime } from '../../shared/components.js';
import { HighlightedText, type Mark } from '../../shared/highlight.js';
import { Link } from '../../shared/router.js';
import { useApi } from '../../shared/use-api.js';
import { words } from '../../shared/vocab.js';
import { LabelEditor } from './LabelEditor.js';
import { AssigneeSelect } from './AssigneeSelect.js';
import { Replies } from './Replies.js';
import { SaveUgcAsset } from '../ugc/SaveUgcAsset.js';
import { PortalThread } from './PortalThread.js';

/** The carrier, tracking number and scans, when the order has any; the carrier's words stay text. */
function CarrierTracking({ order: o }: { order: Order }) {
  const scans = o.carrierEvents;
  if (!o.carrier && !o.trackingNumber && scans.length === 0)
    return (
      <p className="muted" data-testid="no-tracking">
        No carrier tracking on this order.
      </p>
    );
  return (
    <div data-testid="carrier-tracking">
      <h3>Carrier tracking</h3>
      <KeyValues
        rows={[
          ['Carrier', o.carrier],
          ['Tracking number', o.trackingNumber],
        ]}
      />
      {scans.length === 0 ? (
        <p className="muted">No scans yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data" data-testid="carrier-scans">
            <caption className="muted">Scans, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Scan</th>
                <th scope="col">Where</th>
              </tr>
            </thead>
            <tbody>
              {scans.map((e, i) => (
                <tr key={i}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{words(e.status)}</td>
                  <td>{e.location ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** An evidence kind as words: "orderIds" → "order ids". */
const kindWords = (k: string) => words(k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());

/** The evidence found in the wording itself, by kind (media and the delivery claim are shown apart). */
function textEvidence(ev: TriageEvidence): Record<string, EvidenceItem[]> {
  return {
    orderIds: ev.orderIds,
    skus: ev.skus,
    variants: ev.variants,
    batches: ev.batches,
    dates: ev.dates,
    amounts: ev.amounts,
    urls: ev.urls,
  };
}

/** The text the triage spans index into: title, newline, body (server/modules/triage/types.ts). */
export function agentText(s: Pick<SignalDetail, 'title' | 'text'>): string {
  return s.title ? `${s.title}\n${s.text}` : s.text;
}

export function signalMarks(s: SignalDetail): Mark[] {
  const marks: Mark[] = [];
  for (const l of s.triage?.labels ?? [])
    for (const sp of l.spans)
      marks.push({ start: sp.start, end: sp.end, label: `${words(l.type)} (${sp.rule || l.source})`, tone: 'label' });
  const ev = s.triage?.evidence;
  for (const [kind, items] of Object.entries(ev ? textEvidence(ev) : {})) {
    for (const it of items) marks.push({ start: it.start, end: it.end, label: `evidence: ${kindWords(kind)}`, tone: 'evidence' });
  }
  for (const sp of ev?.delivery?.spans ?? [])
    marks.push({ start: sp.start, end: sp.end, label: 'evidence: delivery claim', tone: 'evidence' });
  for (const p of s.triage?.pii ?? []) marks.push({ start: p.start, end: p.end, label: `personal data: ${p.kind}`, tone: 'pii' });
  return marks;
}

function safeUrl(u: string): string | null {
  // An email attachment stored by this server (a download, never shown as a page).
  if (/^\/api\/mail\/attachments\/[0-9a-f]{64}$/.test(u)) return u;
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function OrderRecord({ orderId }: { orderId: string }) {
  const order = useApi<Order>(`/api/orders/${encodeURIComponent(orderId)}`);
  return (
    <Load value={order} what="the order record">
      {(o) => (
        <>
          <KeyValues
            rows={[
              ['Order', o.orderId],
              [
                'Customer',
                o.customerId ? (
                  <Link key="customer" to={`/customers/${encodeURIComponent(o.customerId)}`}>
                    {o.customerId}
                  </Link>
                ) : null,
              ],
              ['Email', o.customerEmail],
              ['Ordered', formatDateTime(o.orderedAt)],
              ['Value', o.value === null ? '' : `${o.value} ${o.currency ?? ''}`],
              ['Country', o.country],
              ['Shipping', o.shippingMethod],
              ['Route', o.route],
              ['Promised', o.promisedMaxDays ? `${o.promisedMinDays ?? '?'}–${o.promisedMaxDays} days` : ''],
              ['Shipped', formatDate(o.shippedAt)],
              ['Delivered', formatDate(o.deliveredAt)],
              ['Batch', o.batch],
              ['Supplier', o.supplier],
              ['Warehouse', o.warehouse],
            ]}
          />
          <table className="data">
            <caption className="muted">Lines</caption>
            <thead>
              <tr>
                <th>SKU</th>
                <th>Variant</th>
                <th>Qty</th>
                <th>Price</th>
              </tr>
            </thead>
            <tbody>
              {o.lines.map((l, i) => (
                <tr key={i}>
                  <td>
                    <Link to={`/products/${encodeURIComponent(l.sku)}`}>{l.sku}</Link>
                  </td>
                  <td>{l.variant ?? ''}</td>
                  <td>{l.qty}</td>
                  <td>{l.price}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CarrierTracking order={o} />
        </>
      )}
    </Load>
  );
}

export function SignalDetailPane({ id, onClose, onChanged }: { id: number; onClose: () => void; onChanged: (s: SignalDetail) => void }) {
  const loaded = useApi<SignalDetail>(`/api/signals/${id}`);
  const [signal, setSignal] = useState<SignalDetail | null>(null);
  useEffect(() => {
    setSignal(loaded.state === 'done' && loaded.result.ok ? loaded.result.data : null);
  }, [loaded]);
  // On a phone the list hides behind the open signal, so focus moves to its heading instead of the page.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (matchMedia('(max-width: 900px)').matches) titleRef.current?.focus();
  }, []);

  return (
    // Escape closes the signal, except while typing in a field (a reply draft stays).
    <aside
      className="detail"
      aria-label={`Signal ${id}`}
      data-testid="signal-detail"
      onKeyDown={(e) => {
        if (
          e.key === 'Escape' &&
          !(e.target as HTMLElement).closest('input:not([type="checkbox"]):not([type="radio"]), textarea, select')
        ) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="row" style={{ marginBottom: '.5rem' }}>
        <button type="button" className="back-to-list" onClick={onClose}>
          ← Back to the list
        </button>
        <h2 className="grow" id="detail-title" tabIndex={-1} ref={titleRef}>
          Signal #{id}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the signal">
          Close
        </button>
      </div>
      {loaded.state === 'done' && !loaded.result.ok ? (
        <Load value={loaded} what="the signal">
          {() => null}
        </Load>
      ) : !signal ? (
        <Load value={{ state: 'loading' }} what="the signal">
          {() => null}
        </Load>
      ) : (
        <>
          <section className="panel" aria-labelledby="wording-h">
            <div className="panel-head">
              <h2 id="wording-h">Customer wording</h2>
              <span>
                {signal.rating ? (
                  <Badge>
                    {'★'.repeat(signal.rating)} {signal.rating}/5
                  </Badge>
                ) : null}
                <SlaBadge sla={signal.sla} />
              </span>
            </div>
            <p className="muted">
              {words(signal.channel)} · {formatDateTime(signal.receivedAt)} · {signal.public ? 'public' : 'private'} ·{' '}
              {signal.handledBy === 'automation' ? 'handled by automation' : 'handled by a person'}
              {signal.language ? ` · ${signal.language}` : ''}
            </p>
            <div className="verbatim" data-testid="verbatim">
              <HighlightedText text={agentText(signal)} marks={signalMarks(signal)} />
            </div>
            <p className="muted" style={{ fontSize: '.8rem' }}>
              <mark className="mark mark-label">label phrase</mark> <mark className="mark mark-evidence">evidence</mark>{' '}
              <mark className="mark mark-pii">personal data</mark>
            </p>
            {signal.channel === 'review' && <Link to={`/reviews?signal=${signal.id}`}>Decide the review response →</Link>}
          </section>
          <Section title="Assigned to">
            <AssigneeSelect
              signal={signal}
              onSaved={(s) => {
                setSignal(s);
                onChanged(s);
              }}
            />
          </Section>
          <Section title="Triage">
            <KeyValues
              rows={[
                ['Stage', words(signal.stage)],
                ['Sentiment', signal.sentiment ? `${signal.sentiment.label} (${signal.sentiment.score})` : ''],
                ['Clues', signal.clues.join(', ')],
                ['Owner team', words(signal.ownerTeam)],
                ['SLA class', words(signal.slaClass)],
                ['First reply due', formatDateTime(signal.sla?.firstResponseDueAt)],
                ['Resolution due', formatDateTime(signal.sla?.resolutionDueAt)],
                ['Customer tier', signal.customerTier],
                ['Model', signal.triage?.version],
              ]}
            />
            {signal.mustBeHuman && (
              <div className="notice panel" style={{ marginTop: '.5rem' }}>
                <strong>Must be handled by a person</strong>
                <ul>
                  {signal.reasons.map((r, i) => (
                    <li key={i}>
                      {words(r.code)} — <span className="muted">{r.evidence}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <h3>Correct the labels</h3>
            <LabelEditor
              signal={signal}
              onSaved={(s) => {
                setSignal(s);
                onChanged(s);
              }}
            />
          </Section>
          <Section title="Evidence">
            <Evidence signal={signal} />
          </Section>
          {signal.orderId && (
            <Section title="Order record">
              <OrderRecord orderId={signal.orderId} />
            </Section>
          )}
          {signal.customerId && (
            <p>
              <Link to={`/customers/${encodeURIComponent(signal.customerId)}`}>Customer {signal.customerId}: history, export, erase →</Link>
            </p>
          )}
          {signal.sku && (
            <p>
              <Link to={`/products/${encodeURIComponent(signal.sku)}`}>
                Product file for {signal.sku}
                {signal.variant ? ` (${signal.variant})` : ''} →
              </Link>
              {signal.batch ? <span className="muted"> · batch {signal.batch}</span> : null}
            </p>
          )}
          <Section title="Attachments">
            {signal.attachments.length === 0 ? (
              <p className="muted">None.</p>
            ) : (
              <ul>
                {signal.attachments.map((a, i) => {
                  const url = safeUrl(a.url);
                  return (
                    <li key={i}>
                      <Badge>{a.kind}</Badge>{' '}
                      {url ? (
                        <a href={url} target="_blank" rel="noopener noreferrer nofollow">
                          {a.url}
                        </a>
                      ) : (
                        <span>{a.url}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>
          <Section title="Reuse as UGC">
            <SaveUgcAsset key={signal.id} signal={signal} />
          </Section>
          {signal.channel === 'portal' && (
            <Section title="Customer's status page">
              <PortalThread reference={signal.externalId} />
            </Section>
          )}
          <Section title="Replies">
            <Replies
              signalId={signal.id}
              isPublic={signal.public}
              byEmail={signal.channel === 'email'}
              sku={signal.sku}
              issueTypes={signal.issueTypes}
            />
          </Section>
        </>
      )}
    </aside>
  );
}

function Evidence({ signal }: { signal: SignalDetail }) {
  const ev = signal.triage?.evidence;
  if (!ev) return <p className="muted">Not triaged yet.</p>;
  const rows: [string, string][] = [];
  for (const [kind, items] of Object.entries(textEvidence(ev)))
    if (items.length) rows.push([kindWords(kind), items.map((i) => i.value).join(', ')]);
  if (ev.media.length) rows.push(['media', ev.media.map((m) => m.url).join(', ')]);
  if (ev.delivery) {
    const d = ev.delivery;
    rows.push([
      'delivery claim',
      `${d.actualDays !== undefined ? `took ${d.actualDays} days` : ''}${d.promisedMaxDays ? ` (promised ${d.promisedMinDays ?? '?'}–${d.promisedMaxDays})` : ''}${d.mismatch ? ` — ${d.mismatch}` : ''}`,
    ]);
  }
  const flags = Object.entries(signal.triage?.flags ?? {})
    .filter(([, v]) => v)
    .map(([k]) => k);
  if (flags.length) rows.push(['flags', flags.join(', ')]);
  return rows.length ? <KeyValues rows={rows} /> : <p className="muted">No evidence extracted from the wording.</p>;
}
