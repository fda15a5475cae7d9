import { useState } from 'react';
import type { Connection, ConnectionList, ReplayResult } from '../../../../contracts/connections.js';
import type { MailStatus } from '../../../../contracts/mail.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { Badge, ErrorNote, KeyValues, Load, Section, formatDateTime } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';

/** Where to paste the URL and the secret, per sender. */
const WHERE: Record<Connection['connector'], string> = {
  shopify:
    'Shopify admin → Settings → Notifications → Webhooks → Create webhook: format JSON, this URL, one webhook per topic below. The signing key shown under the list is the secret.',
  woocommerce:
    'WordPress admin → WooCommerce → Settings → Advanced → Webhooks → Add webhook: status Active, topic Order created (and a second one for Order updated), this delivery URL, a secret of your choice (the same here), API version WP REST API v3.',
  stripe:
    'Stripe Dashboard → Developers → Webhooks → Add endpoint: this URL, events below. Reveal the endpoint\u2019s signing secret (whsec_…) and set it here.',
};

const SECRET_TONE = { environment: 'ok', page: 'ok', missing: 'bad' } as const;
const STATUS_TONE: Record<string, string> = { failed: 'bad', pending: 'warn', processing: 'info', recorded: 'info' };

/** Each connector: is it set up, where to paste what, what arrived, and what failed (with Replay). */
export function ConnectionsPage() {
  const data = useApi<ConnectionList>('/api/connections');
  // Kept here: a reload after a replay re-renders the panels, and the outcome must stay in view.
  const [replayed, setReplayed] = useState<ReplayResult | null>(null);
  return (
    <>
      <h1>Connections</h1>
      <p className="muted">
        Shops and Stripe send their events to the URLs below. Each delivery is checked against its secret, stored once, and turned into
        orders and signals.
      </p>
      {replayed && (
        <p role="status" data-testid="replay-outcome">
          Delivery {replayed.deliveryId} replayed: {replayed.status}
          {replayed.reason ? ` — ${replayed.reason}` : ''}
        </p>
      )}
      <Load value={data} what="the connections">
        {(d) => (
          <>
            {d.items.map((c) => (
              <ConnectionPanel key={c.connector} c={c} onChanged={data.reload} onReplayed={setReplayed} />
            ))}
          </>
        )}
      </Load>
      <MailPanel />
    </>
  );
}

/** The support mailbox and the outgoing mail server: set or missing (never their passwords), and the outbox. */
function MailPanel() {
  const data = useApi<MailStatus>('/api/mail/status');
  return (
    <Section title="Email">
      <Load value={data} what="the email connection">
        {(m) => (
          <>
            <KeyValues
              rows={[
                ['Mailbox (WRITEBACK_IMAP_URL)', m.imap.set ? `set · ${m.imap.mailbox ?? 'INBOX'}` : 'missing'],
                [
                  'Sending (WRITEBACK_SMTP_URL)',
                  m.smtp.set ? `set · ${m.smtp.host ?? ''}${m.smtp.from ? ` as ${m.smtp.from}` : ''}` : 'missing',
                ],
                ['Replies queued', String(m.outbox.queued)],
                ['Retrying', String(m.outbox.retrying)],
                ['Sent', String(m.outbox.sent)],
                ['Failed', String(m.outbox.failed)],
              ]}
            />
            <p className="muted">
              Both are set in the server's environment; they hold passwords, so this page never shows or takes them. A failed reply is sent
              again from the signal in the inbox.
            </p>
          </>
        )}
      </Load>
    </Section>
  );
}

function ConnectionPanel({ c, onChanged, onReplayed }: { c: Connection; onChanged: () => void; onReplayed: (r: ReplayResult) => void }) {
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const id = `conn-${c.connector}`;

  async function saveSecret() {
    setBusy(true);
    const r = await api.put<null>(`/api/connections/${c.connector}/secret`, { secret });
    setBusy(false);
    setFailure(r.ok ? null : r);
    if (r.ok) {
      setSecret('');
      onChanged();
    }
  }
  async function replay(deliveryId: number) {
    setBusy(true);
    const r = await api.post<ReplayResult>(`/api/connections/deliveries/${deliveryId}/replay`, {});
    setBusy(false);
    setFailure(r.ok ? null : r);
    if (r.ok) {
      onReplayed(r.data);
      onChanged();
    }
  }

  return (
    <Section title={c.name} id={id}>
      <KeyValues
        rows={[
          [
            'Secret',
            <Badge key="s" tone={SECRET_TONE[c.secret]}>
              {c.secret === 'environment' ? 'set in the environment' : c.secret === 'page' ? 'set on this page' : 'missing'}
              {c.rotating ? ' (old one still accepted)' : ''}
            </Badge>,
          ],
          [
            'URL to paste',
            <code key="u" style={{ overflowWrap: 'anywhere' }}>
              {c.url}
            </code>,
          ],
          ['Last delivery', c.lastDeliveryAt ? formatDateTime(c.lastDeliveryAt) : 'none yet'],
          ['Accepted', String(c.counts.accepted)],
          ['Duplicates', String(c.counts.duplicate)],
          ['Rejected', String(c.counts.rejected)],
          ['Last rejection', c.lastRejection ? `${formatDateTime(c.lastRejection.at)}: ${c.lastRejection.reason}` : ''],
        ]}
      />
      <p className="muted">{WHERE[c.connector]}</p>
      <p className="muted">
        {c.connector === 'stripe' ? 'Events' : 'Topics'}: {c.topics.join(', ')}
      </p>
      {c.secret !== 'environment' && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void saveSecret();
          }}
        >
          <label className="field">
            {c.name} secret
            <input type="password" autoComplete="off" maxLength={500} value={secret} onChange={(e) => setSecret(e.target.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {secret ? 'Save secret' : c.secret === 'page' ? 'Remove secret' : 'Save secret'}
          </button>
        </form>
      )}
      {failure && <ErrorNote result={failure} />}
      {c.failures.length > 0 && (
        <div className="table-wrap">
          <table className="data" aria-label={`${c.name} deliveries needing attention`}>
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">Topic</th>
                <th scope="col">State</th>
                <th scope="col">Reason</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {c.failures.map((f) => (
                <tr key={f.deliveryId}>
                  <td>{formatDateTime(f.receivedAt)}</td>
                  <td>{f.topic}</td>
                  <td>
                    <Badge tone={STATUS_TONE[f.status] ?? 'neutral'}>{f.status}</Badge>
                  </td>
                  <td>{f.reason ?? ''}</td>
                  <td>
                    {f.status !== 'processing' && (
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => void replay(f.deliveryId)}
                        aria-label={`Replay delivery ${f.deliveryId} (${f.topic})`}
                      >
                        Replay
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
