import { useId, useState } from 'react';
import {
  ROLES,
  type InvitationCreated,
  type InvitationList,
  type Role,
  type UserList,
  type UserView,
} from '../../../../contracts/people.js';
import { api, type ApiFailure } from '../../shared/api.js';
import { ErrorNote, Load, Section, formatDateTime } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';

const ROLE_HELP: Record<Role, string> = {
  admin: 'everything, and people',
  lead: 'everything but people',
  agent: 'signals, replies, labels, UGC requests, decisions',
  owner: 'actions and decisions of their teams; reads the rest',
  viewer: 'reads only',
};

/** Users and invitations (admin). */
export function PeoplePage() {
  const users = useApi<UserList>('/api/users');
  const invitations = useApi<InvitationList>('/api/invitations');
  return (
    <>
      <h1>People</h1>
      <Section title="Accounts">
        <Load value={users} what="the accounts">
          {(d) => (
            <div className="table-wrap">
              <table className="data" data-testid="users-table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Teams</th>
                    <th scope="col">Active</th>
                    <th scope="col">Away</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((u) => (
                    <UserRow key={u.id} user={u} onChanged={users.reload} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Load>
      </Section>
      <InviteForm onInvited={invitations.reload} />
      <Section title="Invitations">
        <Load value={invitations} what="the invitations">
          {(d) =>
            d.items.length === 0 ? (
              <p className="muted">No invitations yet.</p>
            ) : (
              <ul data-testid="invitations">
                {d.items.map((i) => (
                  <li key={i.id}>
                    {i.email} as {i.role}:{' '}
                    {i.acceptedAt ? `accepted ${formatDateTime(i.acceptedAt)}` : `open until ${formatDateTime(i.expiresAt)}`}
                  </li>
                ))}
              </ul>
            )
          }
        </Load>
      </Section>
    </>
  );
}

function UserRow({ user, onChanged }: { user: UserView; onChanged: () => void }) {
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const patch = async (p: Partial<Pick<UserView, 'role' | 'active' | 'away'>>) => {
    setFailure(null);
    const r = await api.patch<UserView>(`/api/users/${user.id}`, p);
    if (r.ok) onChanged();
    else setFailure(r);
  };
  return (
    <tr>
      <td>{user.name}</td>
      <td>{user.email}</td>
      <td>
        <select aria-label={`Role of ${user.name}`} value={user.role} onChange={(e) => void patch({ role: e.target.value as Role })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        {failure && <ErrorNote result={failure} />}
      </td>
      <td>{user.teams.join(', ')}</td>
      <td>
        <input
          type="checkbox"
          aria-label={`${user.name} is active`}
          checked={user.active}
          onChange={(e) => void patch({ active: e.target.checked })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`${user.name} is away`}
          checked={user.away}
          onChange={(e) => void patch({ away: e.target.checked })}
        />
      </td>
    </tr>
  );
}

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [teams, setTeams] = useState('');
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const id = useId();
  const submit = async () => {
    setFailure(null);
    setCreated(null);
    const r = await api.post<InvitationCreated>('/api/invitations', {
      email,
      role,
      teams: teams
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    });
    if (!r.ok) return setFailure(r);
    setCreated(r.data);
    setEmail('');
    onInvited();
  };
  return (
    <Section title="Invite someone">
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <span className="field-pair">
          <label className="field" htmlFor={`${id}-email`}>
            Email
          </label>
          <input id={`${id}-email`} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </span>
        <span className="field-pair">
          <label className="field" htmlFor={`${id}-role`}>
            Role
          </label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)} aria-describedby={`${id}-help`}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </span>
        <span className="field-pair">
          <label className="field" htmlFor={`${id}-teams`}>
            Teams (comma-separated)
          </label>
          <input id={`${id}-teams`} value={teams} onChange={(e) => setTeams(e.target.value)} />
        </span>
        <button type="submit" className="primary">
          Create invitation link
        </button>
      </form>
      <p id={`${id}-help`} className="muted">
        {role}: {ROLE_HELP[role]}
      </p>
      {failure && <ErrorNote result={failure} />}
      {created && (
        <div role="status">
          <p>
            Send this link to {created.email}. It works once, until {formatDateTime(created.expiresAt)}, and is not shown again:
          </p>
          <input
            readOnly
            aria-label="Invitation link"
            value={created.link}
            style={{ width: '100%' }}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </Section>
  );
}
