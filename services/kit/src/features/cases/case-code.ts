import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read aloud over the phone and type back.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A random case code a submitter keeps to follow the case, e.g. "SSK-7Q4M-9XTA-K2PD"
 * (60 random bits: not guessable, and it says nothing about the submitter).
 */
export function newCaseCode(): string {
  return newTrackingCode('SSK');
}

/** A code of the same kind for another register (e.g. "ICT-…" for ICT support requests). */
export function newTrackingCode(prefix: string): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${prefix}-${group()}-${group()}-${group()}`;
}

/** normaliseCaseCode for a register with its own prefix, whose letters stay as they are (I in ICT). */
export function normaliseTrackingCode(prefix: string, input: string): string {
  const compact = input.trim().toUpperCase().replace(/\s+/g, '');
  return compact.startsWith(`${prefix}-`) ? `${prefix}-${normaliseCaseCode(compact.slice(prefix.length + 1))}` : compact;
}

/** What a code of `newTrackingCode(prefix)` looks like, once normalised. */
export const trackingCodePattern = (prefix: string) =>
  new RegExp(`^${prefix}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$`);

/** Accepts what people type: lower case, spaces, O for 0 and I/L for 1. */
export function normaliseCaseCode(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export const CASE_CODE_PATTERN = trackingCodePattern('SSK');
