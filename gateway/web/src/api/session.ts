import { useSyncExternalStore } from 'react';

/**
 * Who is signed in: the gateway keeps the session in an HttpOnly cookie (scripts never see the
 * token); the pages ask /auth/session who it is, once at start and after signing in or out.
 */
export interface Session {
  role: string;
  unitCode: string | null;
  confidential: boolean;
  /** Signed in with LINE Login: the office can message them on LINE. */
  viaLine: boolean;
}

interface SessionState {
  /** False until the gateway has answered the first time. */
  loaded: boolean;
  session: Session | null;
}

const listeners = new Set<() => void>();
let state: SessionState = { loaded: false, session: null };

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Asks the gateway who is signed in now (a lost connection counts as nobody, for now). */
export async function refreshSession(): Promise<Session | null> {
  try {
    const response = await fetch('/auth/session', { headers: { accept: 'application/json' }, cache: 'no-store' });
    const body = (await response.json()) as { signedIn: boolean } & Partial<Session>;
    const session = body.signedIn
      ? { role: body.role!, unitCode: body.unitCode ?? null, confidential: Boolean(body.confidential), viaLine: Boolean(body.viaLine) }
      : null;
    publish({ loaded: true, session });
    return session;
  } catch {
    publish({ loaded: true, session: null });
    return null;
  }
}

export async function signOut(): Promise<void> {
  try {
    await fetch('/auth/sign-out', { method: 'POST' });
  } finally {
    publish({ loaded: true, session: null });
  }
}

export const currentSession = () => state.session;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, () => state.session);
}

export function useSessionLoaded(): boolean {
  return useSyncExternalStore(subscribe, () => state.loaded);
}

// Who is signed in, asked as soon as the app loads (not in tests of pure logic, where there is no page).
if (typeof window !== 'undefined') void refreshSession();
