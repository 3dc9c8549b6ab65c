import { INTERNAL_SECRET_HEADER, type UnitMessage } from './message.js';

/** Where a unit finds another unit's subgraph, by unit code (base URL, no path). */
export interface PeerDirectory {
  baseUrlOf(unitCode: string): string | undefined;
}

/** Sends a message to the receiving unit's internal endpoint; throws unless it confirms. */
export function httpTransport(peers: PeerDirectory, secret: string, timeoutMs: number) {
  return async (message: UnitMessage): Promise<void> => {
    const base = peers.baseUrlOf(message.to);
    if (!base) throw new Error(`no address known for unit ${message.to}`);
    const res = await fetch(`${base}/internal/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_SECRET_HEADER]: secret },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`unit ${message.to} answered ${res.status}`);
    await res.arrayBuffer();
  };
}
