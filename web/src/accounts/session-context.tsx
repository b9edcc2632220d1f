import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, dataOf, rememberCsrfToken } from '../api/client.ts';
import type { SessionView, User } from '../api/types.ts';

type SessionState = {
  user: User | null;
  ready: boolean;
  refresh: () => Promise<void>;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  adopt: (session: SessionView) => void;
};

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const adopt = useCallback((session: SessionView) => {
    rememberCsrfToken(session.csrfToken);
    setUser(session.user);
    setReady(true);
  }, []);
  const refresh = useCallback(async () => adopt(await dataOf(api.GET('/api/auth/session'))), [adopt]);
  const signIn = useCallback(
    async (email: string, password: string) =>
      adopt(await dataOf(api.POST('/api/auth/sign-in', { body: { email, password } }))),
    [adopt],
  );
  const signOut = useCallback(async () => {
    await dataOf(api.POST('/api/auth/sign-out'));
    adopt({ user: null, csrfToken: null });
  }, [adopt]);
  useEffect(() => {
    refresh().catch(() => setReady(true));
  }, [refresh]);
  return (
    <SessionContext.Provider value={{ user, ready, refresh, signIn, signOut, adopt }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

export function isSecretariat(user: User | null): boolean {
  return user?.role === 'secretariat_admin' || user?.role === 'secretariat_staff';
}
