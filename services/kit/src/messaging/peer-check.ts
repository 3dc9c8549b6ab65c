import { INTERNAL_SECRET_HEADER } from './message.js';
import type { PeerDirectory } from './transport.js';

/**
 * Asks another unit whether it has something (`/internal/<path>`): true or false from its
 * answer, null when it cannot be reached — callers then accept, since a unit that is down
 * cannot say, and refuse only what a unit says it does not have.
 */
export async function peerHas(
  services: { peers: PeerDirectory; internalSecret: string },
  unitCode: string,
  path: string,
): Promise<boolean | null> {
  try {
    const res = await fetch(`${services.peers.baseUrlOf(unitCode)}/internal/${path}`, {
      headers: { [INTERNAL_SECRET_HEADER]: services.internalSecret },
      signal: AbortSignal.timeout(2000),
    });
    await res.arrayBuffer();
    if (res.status === 404) return false;
    return res.ok ? true : null;
  } catch {
    return null;
  }
}
