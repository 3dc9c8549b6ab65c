import { signPeerRequest, PEER_TOKEN_HEADER, type PeerCaller } from './peer-auth.js';

/** GET another unit's `/internal/<path>`, signed as the caller; throws when it cannot be reached in time. */
export async function peerGet(caller: PeerCaller, unitCode: string, path: string, timeoutMs = 2000, headers: Record<string, string> = {}) {
  const fullPath = `/internal/${path}`;
  const token = await signPeerRequest(caller, unitCode, 'GET', fullPath);
  return fetch(`${caller.peers.baseUrlOf(unitCode)}${fullPath}`, {
    headers: { [PEER_TOKEN_HEADER]: token, ...headers },
    signal: AbortSignal.timeout(timeoutMs),
  });
}

/**
 * Asks another unit whether it has something: true or false from its answer, null when it
 * cannot be reached — callers then accept, since a unit that is down cannot say, and refuse
 * only what a unit says it does not have.
 */
export async function peerHas(caller: PeerCaller, unitCode: string, path: string): Promise<boolean | null> {
  try {
    const res = await peerGet(caller, unitCode, path);
    await res.arrayBuffer();
    if (res.status === 404) return false;
    return res.ok ? true : null;
  } catch {
    return null;
  }
}
