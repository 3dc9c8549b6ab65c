import { useSyncExternalStore } from 'react';

/** Who is signed in on this tab: the bearer token and its role (sessionStorage, gone with the tab). */
export interface Session {
  token: string;
  role: string;
  unitCode: string | null;
}

const KEY = 'sesao28.session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

function read(): Session | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (raw !== cached.raw) cached = { raw, session: raw ? (JSON.parse(raw) as Session) : null };
  return cached.session;
}

export const currentSession = read;

export function setSession(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Without storage the sign-in lasts until the page reloads.
    cached = { raw: session ? JSON.stringify(session) : null, session };
  }
  for (const listener of listeners) listener();
}

export function useSession(): Session | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, read);
}
