import type { Request } from 'express';
import { bodyDigest, GATEWAY_KEY_OWNER, type KeyRing } from '../auth/keys.js';

/** The header carrying a part's signed word on one internal request (unit to unit, gateway to unit). */
export const PEER_TOKEN_HEADER = 'x-sesao28-peer';

/** Where a unit finds another unit's subgraph, by unit code (base URL, no path). */
export interface PeerDirectory {
  baseUrlOf(unitCode: string): string | undefined;
}

/** Who calls another unit's `/internal/…`: the caller's code (a unit's, or the gateway's) signs each request. */
export interface PeerCaller {
  peers: PeerDirectory;
  keys: KeyRing;
  unit: { code: string };
}

/** The gateway as a caller of units' internal routes. */
export const GATEWAY_CALLER = { code: GATEWAY_KEY_OWNER };

const TOKEN_SECONDS = 60;

/**
 * A token for one internal request: signed by the caller's own key, for the receiving unit only,
 * bound to the method, the path with its query and the body, valid a minute.
 */
export function signPeerRequest(caller: PeerCaller, to: string, method: string, path: string, body = ''): Promise<string> {
  return caller.keys.sign(caller.unit.code, to, { htm: method, htu: path, bd: bodyDigest(body) }, TOKEN_SECONDS);
}

/** Which part sent this internal request (its code, or 'gateway'); throws unless its token is good for exactly this request. */
export async function verifyPeerRequest(keys: KeyRing, self: string, req: Request, rawBody: Buffer | string = ''): Promise<string> {
  const token = req.header(PEER_TOKEN_HEADER);
  if (!token) throw new Error('no peer token');
  const { owner, payload } = await keys.verify(token, self, 'any');
  if (payload.htm !== req.method || payload.htu !== req.originalUrl || payload.bd !== bodyDigest(rawBody)) {
    throw new Error('peer token is for another request');
  }
  return owner;
}
