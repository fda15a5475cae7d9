import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Role, SessionView } from '../../../contracts/people.js';
import { api, SIGNED_OUT_EVENT, type ApiFailure } from './api.js';

interface SessionState {
  /** null while the first answer is on its way. */
  session: SessionView | null;
  failure: ApiFailure | null;
  reload: () => Promise<void>;
}

const SessionContext = createContext<SessionState>({ session: null, failure: null, reload: async () => {} });

/** Who is signed in (GET /api/auth/session), asked again whenever the server answers 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionView | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const reload = useCallback(async () => {
    const r = await api.get<SessionView>('/api/auth/session');
    if (r.ok) {
      setSession(r.data);
      setFailure(null);
    } else setFailure(r);
  }, []);
  useEffect(() => {
    void reload();
    const on = () => void reload();
    window.addEventListener(SIGNED_OUT_EVENT, on);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, on);
  }, [reload]);
  return <SessionContext.Provider value={{ session, failure, reload }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

/** The caller's role: the single person of a server with no accounts may do everything. */
export function roleOf(s: SessionView | null): Role | null {
  if (!s) return null;
  if (s.mode === 'single') return 'admin';
  return s.user?.role ?? null;
}
