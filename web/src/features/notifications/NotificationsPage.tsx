import { useEffect, useState } from 'react';
import type {
  DigestSetting,
  MyWebhook,
  NotificationList,
  NotificationPreferences,
  NotificationView,
} from '../../../../contracts/notifications.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { ErrorNote, Loading, formatDateTime } from '../../shared/components.js';
import { Link } from '../../shared/router.js';
import { NOTIFICATIONS_CHANGED } from './Bell.js';

function subjectLink(n: NotificationView): string | null {
  if (n.subjectType === 'signal' && n.subjectId) return `/inbox?signal=${encodeURIComponent(n.subjectId)}`;
  if (n.subjectType === 'issue' && n.subjectId) return `/issues/${encodeURIComponent(n.subjectId)}`;
  return null;
}

const KIND_LABEL: Record<string, string> = {
  assigned: 'Assigned to me',
  spike_flagged: 'Spike flagged for my team',
  sla_at_risk: 'SLA at risk on my signal',
  action_due: 'Action due tomorrow or overdue',
  decision_asked: 'Decision asked of me',
  supplier_evidence_overdue: 'Supplier evidence overdue',
  verdict: 'Verdict arrived',
};

/** Per kind: told in the app, by email (saved on each change). */
function Preferences() {
  const [prefs, setPrefs] = useState<NotificationPreferences | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const ctl = new AbortController();
    api.get<NotificationPreferences>('/api/notifications/preferences', ctl.signal).then(
      (r) => (r.ok ? setPrefs(r.data) : setFailure(r)),
      () => {},
    );
    return () => ctl.abort();
  }, []);
  const put = (item: NotificationPreferences['items'][number]) =>
    setPrefs((cur) => cur && { items: cur.items.map((i) => (i.kind === item.kind ? item : i)) });
  const change = async (item: NotificationPreferences['items'][number]) => {
    const before = prefs?.items.find((i) => i.kind === item.kind);
    setSaved(false);
    put(item); // shown at once; a refusal puts it back
    const r = await api.put<NotificationPreferences>('/api/notifications/preferences', { items: [item] });
    if (!r.ok) {
      if (before) put(before);
      return setFailure(r);
    }
    setFailure(null);
    setPrefs(r.data);
    setSaved(true);
  };
  if (!prefs) return failure ? <ErrorNote result={failure} /> : null;
  return (
    <fieldset className="panel">
      <legend>How I am told</legend>
      {prefs.items.map((p) => (
        <div key={p.kind} className="pref-row">
          <span className="pref-kind">{KIND_LABEL[p.kind] ?? p.kind}</span>
          <label>
            <input
              type="checkbox"
              aria-label={`${KIND_LABEL[p.kind] ?? p.kind}: in the app`}
              checked={p.inApp}
              onChange={(e) => change({ ...p, inApp: e.target.checked })}
            />{' '}
            In the app
          </label>
          <label>
            <input
              type="checkbox"
              aria-label={`${KIND_LABEL[p.kind] ?? p.kind}: by email`}
              checked={p.email}
              onChange={(e) => change({ ...p, email: e.target.checked })}
            />{' '}
            By email
          </label>
          <label>
            <input
              type="checkbox"
              aria-label={`${KIND_LABEL[p.kind] ?? p.kind}: by my webhook`}
              checked={p.webhook}
              onChange={(e) => change({ ...p, webhook: e.target.checked })}
            />{' '}
            By my webhook
          </label>
        </div>
      ))}
      {failure && <ErrorNote result={failure} />}
      {saved && <p role="status">Saved.</p>}
    </fieldset>
  );
}

/** The daily digest by email: on or off, and the hour in the store's time zone (saved on each change). */
function Digest() {
  const [d, setD] = useState<DigestSetting | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const ctl = new AbortController();
    api.get<DigestSetting>('/api/notifications/digest', ctl.signal).then(
      (r) => (r.ok ? setD(r.data) : setFailure(r)),
      () => {},
    );
    return () => ctl.abort();
  }, []);
  const change = async (next: { enabled: boolean; hour: number }) => {
    const before = d;
    setSaved(false);
    setD((cur) => cur && { ...cur, ...next }); // shown at once; a refusal puts it back
    const r = await api.put<DigestSetting>('/api/notifications/digest', next);
    if (!r.ok) {
      setD(before);
      return setFailure(r);
    }
    setFailure(null);
    setD(r.data);
    setSaved(true);
  };
  if (!d) return failure ? <ErrorNote result={failure} /> : null;
  return (
    <fieldset className="panel">
      <legend>Daily digest by email</legend>
      <label>
        <input type="checkbox" checked={d.enabled} onChange={(e) => change({ enabled: e.target.checked, hour: d.hour })} /> Send me a daily
        digest
      </label>{' '}
      <label>
        at{' '}
        <select aria-label="Digest hour" value={d.hour} onChange={(e) => change({ enabled: d.enabled, hour: Number(e.target.value) })}>
          {Array.from({ length: 24 }, (_, h) => (
            <option key={h} value={h}>
              {String(h).padStart(2, '0')}:00
            </option>
          ))}
        </select>{' '}
        ({d.timeZone})
      </label>
      {failure && <ErrorNote result={failure} />}
      {saved && <p role="status">Digest saved.</p>}
    </fieldset>
  );
}

/** My own webhook (a Slack or chat incoming webhook): where my notifications are POSTed, signed with my secret. */
function OwnWebhook() {
  const [mine, setMine] = useState<MyWebhook | null>(null);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [format, setFormat] = useState<'slack' | 'generic'>('slack');
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    api.get<MyWebhook>('/api/notifications/my-webhook', ctl.signal).then(
      (r) => (r.ok ? setMine(r.data) : setFailure(r)),
      () => {},
    );
    return () => ctl.abort();
  }, []);
  const save = async () => {
    setNote(null);
    const r = await api.put<MyWebhook>('/api/notifications/my-webhook', { url, secret, format });
    if (!r.ok) return setFailure(r);
    setFailure(null);
    setMine(r.data);
    setSecret('');
    setNote('My webhook saved.');
  };
  const remove = async () => {
    setNote(null);
    const r = await api.delete<null>('/api/notifications/my-webhook');
    if (!r.ok) return setFailure(r);
    setFailure(null);
    setMine({ webhook: null });
    setNote('My webhook removed.');
  };
  if (!mine) return failure ? <ErrorNote result={failure} /> : null;
  return (
    <form
      className="panel"
      aria-label="My webhook"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>My webhook</h2>
      {mine.webhook ? (
        <p className="wrap-anywhere">
          Sending to {mine.webhook.url} ({mine.webhook.format === 'slack' ? 'Slack-compatible' : 'generic signed JSON'}):{' '}
          {mine.webhook.deliveries.filter((d) => d.state === 'sent').length} of the last {mine.webhook.deliveries.length} delivered,{' '}
          {mine.webhook.failed} failed.{' '}
          <button type="button" className="danger" onClick={() => void remove()}>
            Remove my webhook
          </button>
        </p>
      ) : (
        <p className="muted">None: the kinds above marked "by my webhook" go nowhere until you add one.</p>
      )}
      <label className="field">
        My webhook URL
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label className="field">
        My webhook secret (at least 16 characters)
        <input type="password" autoComplete="off" value={secret} onChange={(e) => setSecret(e.target.value)} />
      </label>
      <label className="field">
        My webhook format
        <select value={format} onChange={(e) => setFormat(e.target.value === 'generic' ? 'generic' : 'slack')}>
          <option value="slack">Slack-compatible text</option>
          <option value="generic">Generic signed JSON</option>
        </select>
      </label>
      <button type="submit">Save my webhook</button>
      {failure && <ErrorNote result={failure} />}
      {note && <p role="status">{note}</p>}
    </form>
  );
}

/** What I have been told: newest first, unread marked, each readable once. */
export function NotificationsPage() {
  const [list, setList] = useState<NotificationList | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    api.get<NotificationList>('/api/notifications', ctl.signal).then(
      (r) => (r.ok ? setList(r.data) : setFailure(r)),
      () => {},
    );
    return () => ctl.abort();
  }, []);
  const markRead = async (id: number) => {
    const r = await api.post<NotificationList>(`/api/notifications/${id}/read`, {});
    if (!r.ok) return setFailure(r);
    setList(r.data);
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
  };
  return (
    <>
      <h1>Notifications</h1>
      {failure && <ErrorNote result={failure} />}
      {list === null && !failure && <Loading what="your notifications" />}
      {list && (
        <>
          <p>{list.unread === 1 ? '1 unread' : `${list.unread} unread`}</p>
          {list.items.length === 0 ? (
            <p>
              Nothing yet: you are told here when work is assigned to you, a spike or a decision concerns your team, an SLA or a due date is
              near, or a verdict arrives.
            </p>
          ) : (
            <ul className="panel" aria-label="Notifications">
              {list.items.map((n) => {
                const to = subjectLink(n);
                return (
                  <li key={n.id}>
                    {n.readAt ? '' : <strong>New: </strong>}
                    {to ? <Link to={to}>{n.title}</Link> : n.title} <small>{formatDateTime(n.createdAt)}</small>{' '}
                    {!n.readAt && (
                      <button type="button" onClick={() => markRead(n.id)} aria-label={`Mark read: ${n.title}`}>
                        Mark read
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      <Preferences />
      <Digest />
      <OwnWebhook />
    </>
  );
}
