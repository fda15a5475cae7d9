import { useId, useState } from 'react';
import type { SessionView } from '../../../../contracts/people.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { ErrorNote } from '../../shared/components.js';
import { useSession } from '../../shared/session.js';

/** Email and password; the server sets the HttpOnly session cookie. */
export function SignInPage() {
  const { reload } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const id = useId();
  const submit = async () => {
    setBusy(true);
    setFailure(null);
    const r = await api.post<SessionView>('/api/auth/login', { email, password });
    setBusy(false);
    if (r.ok) await reload();
    else setFailure(r);
  };
  return (
    <div className="auth-page">
      <h1>Sign in to Writeback</h1>
      <form
        className="panel auth-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field" htmlFor={`${id}-email`}>
          Email
        </label>
        <input id={`${id}-email`} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label className="field" htmlFor={`${id}-password`}>
          Password
        </label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          Sign in
        </button>
        {failure && <ErrorNote result={failure} />}
      </form>
      <p className="muted">Trying the demo store? Its accounts and their password are in the README (People and sign-in).</p>
    </div>
  );
}
