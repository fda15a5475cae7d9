import type { ReactNode } from 'react';
import type { SignalSla } from '../../../contracts/signals.js';
import type { ApiFailure } from './api.js';
import type { Loadable } from './use-api.js';
import { words } from './vocab.js';

export function Badge({ children, tone = 'neutral', title }: { children: ReactNode; tone?: string; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

const SLA_TONE: Record<string, string> = { on_track: 'ok', met: 'ok', at_risk: 'warn', breached: 'bad' };

export function SlaBadge({ sla }: { sla: SignalSla | null }) {
  if (!sla) return <Badge tone="neutral">no SLA</Badge>;
  const due = `first reply due ${formatDateTime(sla.firstResponseDueAt)}`;
  return (
    <Badge tone={SLA_TONE[sla.state] ?? 'neutral'} title={due}>
      {words(sla.state)}
    </Badge>
  );
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? String(iso).slice(0, 10) : '';
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorNote({ result }: { result: ApiFailure }) {
  return (
    <p className="error" role="alert">
      {result.message} <span className="muted">({result.code})</span>
    </p>
  );
}

/** Renders a loadable: loading, an error (a 404 included), or the body with its data. */
export function Load<T>({ value, what, children }: { value: Loadable<T>; what: string; children: (data: T) => ReactNode }) {
  if (value.state === 'loading') return <Loading what={what} />;
  const r = value.result;
  if (r.ok) return <>{children(r.data)}</>;
  return <ErrorNote result={r} />;
}

export function Section({ title, children, id, actions }: { title: string; children: ReactNode; id?: string; actions?: ReactNode }) {
  const hid = id ?? `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="panel" aria-labelledby={hid}>
      <div className="panel-head">
        <h2 id={hid}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function KeyValues({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="kv">
      {rows
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Plain value to a short text; objects are shown as JSON text, never as markup. */
export function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
