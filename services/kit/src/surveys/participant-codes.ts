import { randomInt } from 'node:crypto';
import { PlatformError } from '../errors.js';

/** No 0/O, 1/I/L: codes are read aloud and typed from paper. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 8;
export const MAX_CODES_PER_ISSUE = 500;

/** A random participant code, e.g. "K7QM-2XPA" (31^8 ≈ 8.5 × 10^11 possibilities). */
export function newParticipantCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** The canonical form of a code as people type it (any case, spaces or dashes); null when it cannot be one. */
export function normaliseParticipantCode(raw: string | null | undefined): string | null {
  const compact = (raw ?? '').toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== LENGTH || [...compact].some((c) => !ALPHABET.includes(c))) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

export function codeCount(count: number): number {
  if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_ISSUE) {
    throw new PlatformError('SURVEY_CODE_COUNT', { max: MAX_CODES_PER_ISSUE }, 'count');
  }
  return count;
}
