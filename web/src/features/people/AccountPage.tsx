import { useState } from 'react';
import type { SignedOut, TokenCreated, TokenList, TokenView, UserView } from '../../../../contracts/people.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { ErrorNote, Load, Section, formatDateTime } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { useSession } from '../../shared/session.js';

/** The signed-in person: personal API tokens for scripts and the CLI, and signing out everywhere. */
export function AccountPage() {
  const { session, reload } = useSession();
  const tokens = useApi<TokenList>('/api/tokens');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<TokenCreated | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const create = async () => {
    setFailure(null);
    const r = await api.post<TokenCreated>('/api/tokens', { name });
    if (!r.ok) return setFailure(r);
    setCreated(r.data);
    setName('');
    tokens.reload();
  };
  const revoke = async (t: TokenView) => {
    const r = await api.delete<TokenView>(`/api/tokens/${t.id}`);
    if (!r.ok) return setFailure(r);
    tokens.reload();
  };
  const everywhere = async () => {
    const r = await api.post<SignedOut>('/api/auth/logout-everywhere', {});
    if (!r.ok) return setFailure(r);
    await reload();
  };
  const setAway = async (away: boolean) => {
    setFailure(null);
    const r = await api.patch<UserView>('/api/auth/me', { away });
    if (!r.ok) return setFailure(r);
    await reload();
  };
  const user = session?.user;
  return (
    <>
      <h1>My account</h1>
      {user && (
        <p>
          {user.name} ({user.email}), role {user.role}
          {user.teams.length ? `, teams ${user.teams.join(', ')}` : ''}
        </p>
      )}
      {user && (
        <label className="field">
          <span>
            <input type="checkbox" checked={user.away} onChange={(e) => void setAway(e.target.checked)} /> Away: give new signals to the
            rest of my team
          </span>
        </label>
      )}
      <Section title="My API tokens">
        <p className="muted">A token acts as you from a script or the command line: send it as Authorization: Bearer &lt;token&gt;.</p>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label className="field">
            Token name
            <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            Create token
          </button>
        </form>
        {created && (
          <div role="status">
            <p>Copy the token {created.name} now: it is not shown again.</p>
            <input
              readOnly
              aria-label="New token"
              value={created.token}
              style={{ width: '100%' }}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
        )}
        {failure && <ErrorNote result={failure} />}
        <Load value={tokens} what="your tokens">
          {(d) => (
            <ul data-testid="tokens">
              {d.items.map((t) => (
                <li key={t.id}>
                  {t.name}, created {formatDateTime(t.createdAt)}
                  {t.lastUsedAt ? `, last used ${formatDateTime(t.lastUsedAt)}` : ', never used'}
                  {t.revokedAt ? (
                    `, revoked ${formatDateTime(t.revokedAt)}`
                  ) : (
                    <>
                      {' '}
                      <button type="button" onClick={() => void revoke(t)}>
                        Revoke {t.name}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Load>
      </Section>
      <Section title="Sessions">
        <button type="button" onClick={() => void everywhere()}>
          Sign out everywhere
        </button>
      </Section>
    </>
  );
}
