import { INTERNAL_SECRET_HEADER, type UnitMessage } from './message.js';

/** Where a unit finds another unit's subgraph, by unit code (base URL, no path). */
export interface PeerDirectory {
  baseUrlOf(unitCode: string): string | undefined;
}

/**
 * Sends messages for one receiver, in order, to its internal endpoint. The receiver
 * processes them one by one and says how many it took (it stops at the first it cannot).
 */
export function httpTransport(peers: PeerDirectory, secret: string, timeoutMs: number) {
  return async (messages: UnitMessage[]): Promise<number> => {
    const to = messages[0]?.to;
    if (!to) return 0;
    const base = peers.baseUrlOf(to);
    if (!base) throw new Error(`no address known for unit ${to}`);
    const res = await fetch(`${base}/internal/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_SECRET_HEADER]: secret },
      body: JSON.stringify({ messages }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.json().catch(() => ({}))) as { confirmed?: number };
    if (typeof body.confirmed === 'number' && body.confirmed > 0) return Math.min(body.confirmed, messages.length);
    if (!res.ok) throw new Error(`unit ${to} answered ${res.status}`);
    return 0;
  };
}
