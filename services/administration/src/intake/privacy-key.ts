import { createHash, timingSafeEqual } from 'node:crypto';
import { newTrackingCode, normaliseCaseCode } from '@sesao28/kit';

/**
 * A case's privacy key: the second factor of its PDPA access and erasure. The case code is a
 * reference (staff quote it, public pages never list it); the key is given once, on the receipt,
 * and only its hash is kept. Wrong tries lock the case's self-service for a while.
 */
export const PRIVACY_KEY_PREFIX = 'KEY';
/** Wrong keys in a row before the case's self-service locks. */
export const MAX_KEY_FAILURES = 5;
export const KEY_LOCK_MINUTES = 60;
/** How long a retried submission's receipt can still show the key (then only its hash is left). */
export const KEY_RETRY_HOURS = 24;

export const newPrivacyKey = () => newTrackingCode(PRIVACY_KEY_PREFIX);

/** As people type it back: any case, with or without dashes or spaces, O for 0 and I/L for 1. */
const canonical = (key: string) => normaliseCaseCode(key.replace(/[\s-]/g, ''));

export function privacyKeyHash(caseId: string, key: string): string {
  return createHash('sha256')
    .update(`${caseId}:${canonical(key)}`)
    .digest('hex');
}

export function privacyKeyMatches(caseId: string, key: string, storedHash: string): boolean {
  const given = Buffer.from(privacyKeyHash(caseId, key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
