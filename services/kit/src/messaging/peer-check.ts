import { INTERNAL_SECRET_HEADER } from './message.js';
import type { PeerDirectory } from './transport.js';

type Peers = { peers: PeerDirectory; internalSecret: string };

/** GET another unit's `/internal/<path>` with the deployment's secret; throws when it cannot be reached in time. */
export function peerGet(services: Peers, unitCode: string, path: string, timeoutMs = 2000, headers: Record<string, string> = {}) {
  return fetch(`${services.peers.baseUrlOf(unitCode)}/internal/${path}`, {
    headers: { [INTERNAL_SECRET_HEADER]: services.internalSecret, ...headers },
    signal: AbortSignal.timeout(timeoutMs),
  });
}

/**
 * Asks another unit whether it has something: true or false from its answer, null when it
 * cannot be reached — callers then accept, since a unit that is down cannot say, and refuse
 * only what a unit says it does not have.
 */
export async function peerHas(services: Peers, unitCode: string, path: string): Promise<boolean | null> {
  try {
    const res = await peerGet(services, unitCode, path);
    await res.arrayBuffer();
    if (res.status === 404) return false;
    return res.ok ? true : null;
  } catch {
    return null;
  }
}
