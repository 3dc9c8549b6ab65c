import { PEER_TOKEN_HEADER, type PeerCaller, signPeerRequest } from '@sesao28/platform';
import type { UnitMessage } from './message.js';

const MESSAGES_PATH = '/internal/messages';

/**
 * Sends messages for one receiver, in order, to its internal endpoint, signed by the sending
 * unit's own key. The receiver processes them one by one and says how many it took (it stops
 * at the first it cannot).
 */
export function httpTransport(caller: PeerCaller, timeoutMs: number) {
  return async (messages: UnitMessage[]): Promise<number> => {
    const to = messages[0]?.to;
    if (!to) return 0;
    const base = caller.peers.baseUrlOf(to);
    if (!base) throw new Error(`no address known for unit ${to}`);
    const body = JSON.stringify({ messages });
    const res = await fetch(`${base}${MESSAGES_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PEER_TOKEN_HEADER]: await signPeerRequest(caller, to, 'POST', MESSAGES_PATH, body) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const answer = (await res.json().catch(() => ({}))) as { confirmed?: number };
    if (typeof answer.confirmed === 'number' && answer.confirmed > 0) return Math.min(answer.confirmed, messages.length);
    if (!res.ok) throw new Error(`unit ${to} answered ${res.status}`);
    return 0;
  };
}
