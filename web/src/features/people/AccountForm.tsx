import { useId, useState } from 'react';
import type { SessionView } from '../../../../contracts/people.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { ErrorNote } from '../../shared/components.js';
import { navigate } from '../../shared/router.js';
import { useSession } from '../../shared/session.js';

/** Name, (email) and password for a new account: the first admin, or an invited person. */
export function AccountForm({
  title,
  intro,
  path,
  extra,
  withEmail,
}: {
  title: string;
  intro: string;
  path: string;
  extra: Record<string, string>;
  withEmail: boolean;
}) {
  const { reload } = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const id = useId();
  const submit = async () => {
    setBusy(true);
    setFailure(null);
    const r = await api.post<SessionView>(path, { ...extra, name, password, ...(withEmail ? { email } : {}) });
    setBusy(false);
    if (!r.ok) return setFailure(r);
    await reload();
    navigate('/inbox', { replace: true });
  };
  return (
    <div className="auth-page">
      <h1>{title}</h1>
      <p className="muted">{intro}</p>
      <form
        className="panel auth-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field" htmlFor={`${id}-name`}>
          Your name
        </label>
        <input id={`${id}-name`} autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />
        {withEmail && (
          <>
            <label className="field" htmlFor={`${id}-email`}>
              Email
            </label>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </>
        )}
        <label className="field" htmlFor={`${id}-password`}>
          Password (at least 10 characters)
        </label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          Create the account
        </button>
        {failure && <ErrorNote result={failure} />}
      </form>
    </div>
  );
}

export function FirstAdminPage() {
  return (
    <AccountForm
      title="Create the first admin"
      intro="Once an account exists, everyone signs in and every change is recorded under the name of the person who made it."
      path="/api/auth/first-admin"
      extra={{}}
      withEmail
    />
  );
}

/** The invitation's secret travels in the URL fragment, which browsers never send to a server. */
export function AcceptInvitationPage() {
  const token = location.hash.slice(1);
  return (
    <AccountForm
      title="Accept your invitation"
      intro="Choose the name your colleagues will see and a password."
      path="/api/invitations/accept"
      extra={{ token }}
      withEmail={false}
    />
  );
}
