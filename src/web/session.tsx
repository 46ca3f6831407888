/**
 * Who is signed in. Loads GET /api/session once at start (which also sets the CSRF cookie) and lets
 * pages replace the session with the one an API call returns (login, setup, invitation, 2FA).
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api } from './api.ts';
import type { Session } from './apiTypes.ts';

type Status = 'loading' | 'ready' | 'failed';

interface SessionContextValue {
  status: Status;
  session: Session;
  setSession: (session: Session) => void;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const anonymous: Session = { state: 'anonymous', setupRequired: false, user: null };
const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [session, setSessionState] = useState<Session>(anonymous);

  const setSession = useCallback((next: Session) => {
    setSessionState(next);
    setStatus('ready');
  }, []);

  const refresh = useCallback(async () => {
    try {
      setSession(await api<Session>('GET', '/api/session'));
    } catch {
      setStatus('failed');
    }
  }, [setSession]);

  // Whatever the logout answers (e.g. the session had already expired), the fresh session tells the truth.
  const signOut = useCallback(async () => {
    await api<void>('POST', '/api/auth/logout').catch(() => undefined);
    await refresh();
  }, [refresh]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(
    () => ({ status, session, setSession, refresh, signOut }),
    [status, session, setSession, refresh, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user of an active session; pages behind RequireUser may rely on it. */
export function useUser() {
  const { session } = useSession();
  if (!session.user) throw new Error('useUser needs a signed-in user');
  return session.user;
}
