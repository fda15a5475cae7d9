import type { ReactNode } from 'react';
import type { ApiFailure, ApiResult } from '../../shared/api.js';
import { Link, useLocation } from '../../shared/router.js';

export const SETTINGS_PAGES: { to: string; label: string; about: string }[] = [
  {
    to: '/settings/playbooks',
    label: 'Playbooks',
    about: 'What the router recommends for each kind of issue: write-back rows, blocked moves, review window.',
  },
  {
    to: '/settings/sla',
    label: 'SLA and business hours',
    about: 'Response and resolution targets per class, opening hours, time zone and holidays.',
  },
  { to: '/settings/teams', label: 'Owner teams', about: 'Which team owns a signal, by clue and by issue type.' },
  { to: '/settings/phrases', label: 'Triage phrases', about: 'Your own phrases and patterns that point triage at an issue type.' },
  { to: '/settings/review-requests', label: 'Review requests', about: 'When to ask for a review, the incentive wording and the webhook.' },
  { to: '/settings/themes', label: 'Emerging themes', about: 'Complaints no issue type fits yet; promote one to a triage phrase.' },
  {
    to: '/settings/notification-webhooks',
    label: 'Notification webhooks',
    about: 'Where notifications are POSTed (signed JSON or Slack), their deliveries and failures.',
  },
];

/** The settings area's own links, so each settings page is one step from the others. */
export function SettingsNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Settings" className="settings-nav">
      {SETTINGS_PAGES.map((p) => (
        <Link key={p.to} to={p.to} aria-current={pathname === p.to ? 'page' : undefined}>
          {p.label}
        </Link>
      ))}
    </nav>
  );
}

export function SettingsIndexPage() {
  return (
    <>
      <h1>Settings</h1>
      <ul className="settings-index">
        {SETTINGS_PAGES.map((p) => (
          <li key={p.to}>
            <Link to={p.to}>{p.label}</Link> — <span className="muted">{p.about}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

export function SettingsFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <SettingsNav />
      <h1>{title}</h1>
      {children}
    </>
  );
}

export type SaveState = { ok: true; text: string } | { ok: false; failure: ApiFailure } | null;

export function saveState<T>(r: ApiResult<T>, text: string): SaveState {
  return r.ok ? { ok: true, text } : { ok: false, failure: r };
}

/** The outcome of a save: a status line, or the refusal with every field the server named. */
export function SaveResult({ state }: { state: SaveState }) {
  if (!state) return null;
  if (state.ok) {
    return (
      <p role="status" className="muted" data-testid="save-result">
        {state.text}
      </p>
    );
  }
  const f = state.failure;
  return (
    <div role="alert" className="error" data-testid="save-result">
      <p>Not saved: {f.fields.length ? 'check the fields below.' : f.message}</p>
      {f.fields.length > 0 && (
        <ul>
          {f.fields.map((i) => (
            <li key={`${i.path}:${i.message}`}>
              <strong>{i.path}</strong>: {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The message the server gave for one field (or a field under it), shown next to the input. */
export function fieldError(state: SaveState, path: string): string | undefined {
  if (!state || state.ok) return undefined;
  return state.failure.fields.find((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`))?.message;
}

export function FieldNote({ id, text }: { id: string; text?: string }) {
  return text ? (
    <span id={id} className="error field-error">
      {text}
    </span>
  ) : null;
}
