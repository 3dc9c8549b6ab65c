import { randomInt } from 'node:crypto';
import { PlatformError } from '../../errors.js';

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

/** How many codes to issue at once (1–500); the error code names what they are for. */
export function codeCount(count: number, error: 'SURVEY_CODE_COUNT' | 'VOTE_CODE_COUNT' = 'SURVEY_CODE_COUNT'): number {
  if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_PER_ISSUE) {
    throw new PlatformError(error, { max: MAX_CODES_PER_ISSUE }, 'count');
  }
  return count;
}

/**
 * `count` fresh codes: `insert` stores a batch and returns the codes it stored (ON CONFLICT
 * DO NOTHING), so a (very unlikely) clash with an issued code is drawn again.
 */
export async function issueUniqueCodes(count: number, insert: (batch: string[]) => Promise<string[]>): Promise<string[]> {
  const issued: string[] = [];
  while (issued.length < count) {
    const batch = [...new Set(Array.from({ length: count - issued.length }, newParticipantCode))];
    issued.push(...(await insert(batch)));
  }
  return issued;
}
