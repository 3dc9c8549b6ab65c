import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read aloud over the phone and type back.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A random case code a submitter keeps to follow the case, e.g. "SSK-7Q4M-9XTA-K2PD"
 * (60 random bits: not guessable, and it says nothing about the submitter).
 */
export function newCaseCode(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `SSK-${group()}-${group()}-${group()}`;
}

/** Accepts what people type: lower case, spaces, O for 0 and I/L for 1. */
export function normaliseCaseCode(input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export const CASE_CODE_PATTERN = /^SSK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
