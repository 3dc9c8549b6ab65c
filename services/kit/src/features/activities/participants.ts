import { createHmac } from 'node:crypto';
import type { Identity } from '@sesao28/platform';

const keyOf = (pseudonymKey: string, source: string) => createHmac('sha256', pseudonymKey).update(source).digest('base64url').slice(0, 32);

/**
 * Who took part, as a key that names no one: a signed-in person gets the same key in
 * every unit (so the office can count distinct people across units), an anonymous
 * submission one key of its own (its retry key, so a retry is not a second person).
 */
export function participantKey(who: { identity: Identity; pseudonymKey: string }, anonymousKey: string): string {
  return keyOf(who.pseudonymKey, who.identity.subject ? `person:${who.identity.subject}` : `once:${anonymousKey}`);
}

/** The signed-in person's own key (the same in every unit), or null for someone not signed in. */
export function personKey(who: { identity: Identity; pseudonymKey: string }): string | null {
  return who.identity.subject ? participantKey(who, '') : null;
}

/** A partner organisation taking part, keyed like a person (partners count on the ladder too). */
export function partnerParticipantKey(pseudonymKey: string, partnerId: string): string {
  return keyOf(pseudonymKey, `partner:${partnerId.toLowerCase()}`);
}

/**
 * The person behind a case the front door delivered: the front door keeps no identity
 * with the case, so each case is one participant of its own, keyed by the case id.
 */
export function caseParticipantKey(pseudonymKey: string, caseId: string): string {
  return keyOf(pseudonymKey, `once:${caseId}`);
}
