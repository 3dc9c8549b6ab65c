import { createHmac } from 'node:crypto';
import type { Identity } from '../auth/identity.js';

/**
 * Who took part, as a key that names no one: a signed-in person gets the same key in
 * every unit (so the office can count distinct people across units), an anonymous
 * submission one key of its own (its retry key, so a retry is not a second person).
 */
export function participantKey(who: { identity: Identity; internalSecret: string }, anonymousKey: string): string {
  const source = who.identity.subject ? `person:${who.identity.subject}` : `once:${anonymousKey}`;
  return createHmac('sha256', who.internalSecret).update(source).digest('base64url').slice(0, 32);
}

/** A partner organisation taking part, keyed like a person (partners count on the ladder too). */
export function partnerParticipantKey(internalSecret: string, partnerId: string): string {
  return createHmac('sha256', internalSecret).update(`partner:${partnerId.toLowerCase()}`).digest('base64url').slice(0, 32);
}
