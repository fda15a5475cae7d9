import { useState } from 'react';
import {
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type NotificationWebhookList,
  type NotificationWebhookView,
} from '../../../../contracts/notifications.js';
import { api, type ApiResult } from '../../shared/api.js';
import { Load, formatDateTime } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { FieldNote, SaveResult, SettingsFrame, fieldError, saveState, type SaveState } from './settings-shared.js';

export const EVENT_LABEL: Record<NotificationEvent, string> = {
  'signal.assignee_changed': 'A signal is assigned',
  'issue.spike_flagged': 'A spike is flagged',
  'sla.at_risk': 'An SLA is at risk or missed',
  'action.due': 'An action is due tomorrow or overdue',
  'decision.asked': 'A decision is asked',
  'supplier_evidence.overdue': 'Supplier evidence is overdue',
  'action.verdict': 'A verdict arrived',
};

/**
 * /api/notifications/webhooks: add an outgoing notification webhook (generic signed JSON or
 * Slack-compatible), see each one's latest deliveries and failures, retry a failed delivery,
 * disable, enable or delete it.
 */
export function NotificationWebhooksSettingsPage() {
  const data = useApi<NotificationWebhookList>('/api/notifications/webhooks');
  // Kept here: a change reloads the list, and the outcome must outlive the item it was about.
  const [state, setState] = useState<SaveState>(null);
  const onResult = (r: SaveState) => {
    setState(r);
    if (r?.ok) data.reload();
  };
  return (
    <SettingsFrame title="Notification webhooks">
      <p className="muted">
        Each matching event is POSTed as JSON signed with the webhook's secret (<code>X-Writeback-Signature: sha256=…</code>), retried with
        a growing wait; after 12 tries a delivery is listed as failed.
      </p>
      <AddWebhookForm onAdded={data.reload} />
      <SaveResult state={state} />
      <Load value={data} what="the notification webhooks">
        {(list) =>
          list.items.length === 0 ? (
            <p className="muted">No notification webhook yet.</p>
          ) : (
            <ul className="webhooks">
              {list.items.map((w) => (
                <WebhookItem key={w.id} w={w} onResult={onResult} />
              ))}
            </ul>
          )
        }
      </Load>
    </SettingsFrame>
  );
}

function AddWebhookForm({ onAdded }: { onAdded: () => void }) {
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [format, setFormat] = useState<'generic' | 'slack'>('generic');
  const [events, setEvents] = useState<NotificationEvent[]>([]);
  const [state, setState] = useState<SaveState>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    const r = await api.post<NotificationWebhookView>('/api/notifications/webhooks', { url, secret, format, events });
    setBusy(false);
    setState(saveState(r, 'Webhook added.'));
    if (r.ok) {
      setUrl('');
      setSecret('');
      setEvents([]);
      onAdded();
    }
  };
  return (
    <form
      aria-label="Add a notification webhook"
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h2>Add a webhook</h2>
      <label className="field">
        Webhook URL
        <input type="url" value={url} aria-describedby="err-url" onChange={(e) => setUrl(e.target.value)} />
        <FieldNote id="err-url" text={fieldError(state, 'url')} />
      </label>
      <label className="field">
        Secret (at least 16 characters)
        <input
          type="password"
          autoComplete="off"
          value={secret}
          aria-describedby="err-secret"
          onChange={(e) => setSecret(e.target.value)}
        />
        <FieldNote id="err-secret" text={fieldError(state, 'secret')} />
      </label>
      <label className="field">
        Format
        <select value={format} onChange={(e) => setFormat(e.target.value === 'slack' ? 'slack' : 'generic')}>
          <option value="generic">Generic signed JSON</option>
          <option value="slack">Slack-compatible text</option>
        </select>
      </label>
      <fieldset aria-describedby="err-events">
        <legend>Events</legend>
        <div className="row wrap">
          {NOTIFICATION_EVENTS.map((ev) => (
            <label key={ev}>
              <input
                type="checkbox"
                checked={events.includes(ev)}
                onChange={(e) => setEvents((cur) => (e.target.checked ? [...cur, ev] : cur.filter((x) => x !== ev)))}
              />{' '}
              {EVENT_LABEL[ev]}
            </label>
          ))}
        </div>
        <FieldNote id="err-events" text={fieldError(state, 'events')} />
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        Add webhook
      </button>
      <SaveResult state={state} />
    </form>
  );
}

function WebhookItem({ w, onResult }: { w: NotificationWebhookView; onResult: (s: SaveState) => void }) {
  const run = async (p: Promise<ApiResult<unknown>>, text: string) => onResult(saveState(await p, text));
  return (
    <li className="panel" aria-label={`Webhook ${w.url}`}>
      <h2 className="wrap-anywhere">{w.url}</h2>
      <p className="muted">
        {w.enabled ? 'Enabled' : 'Disabled'} · {w.format === 'slack' ? 'Slack-compatible' : 'generic'} ·{' '}
        {w.events.map((e) => EVENT_LABEL[e as NotificationEvent] ?? e).join(', ')}
      </p>
      <p>
        <strong>{w.failed}</strong> failed · <strong>{w.retrying}</strong> waiting for a retry
      </p>
      <div className="row wrap">
        <button
          type="button"
          onClick={() =>
            void run(
              api.patch(`/api/notifications/webhooks/${w.id}`, { enabled: !w.enabled }),
              w.enabled ? 'Disabled: nothing is sent until it is enabled again.' : 'Enabled.',
            )
          }
        >
          {w.enabled ? `Disable webhook ${w.url}` : `Enable webhook ${w.url}`}
        </button>
        <button type="button" className="danger" onClick={() => void run(api.delete(`/api/notifications/webhooks/${w.id}`), 'Deleted.')}>
          Delete webhook {w.url}
        </button>
      </div>
      {w.deliveries.length === 0 ? (
        <p className="muted">No deliveries yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption>Latest deliveries to {w.url}</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">State</th>
                <th scope="col">Tries</th>
                <th scope="col">Last answer</th>
                <th scope="col">Queued</th>
                <th scope="col" aria-label="Retry" />
              </tr>
            </thead>
            <tbody>
              {w.deliveries.map((d) => (
                <tr key={d.id}>
                  <td>{EVENT_LABEL[d.eventType as NotificationEvent] ?? d.eventType}</td>
                  <td>{d.state}</td>
                  <td>{d.attempts}</td>
                  <td>{d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '')}</td>
                  <td>{formatDateTime(d.createdAt)}</td>
                  <td>
                    {d.state === 'failed' || d.state === 'retrying' ? (
                      <button
                        type="button"
                        onClick={() =>
                          void run(api.post(`/api/notifications/webhooks/deliveries/${d.id}/retry`, {}), 'Queued to try again now.')
                        }
                      >
                        Retry delivery {d.id}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}
