import { PlatformError } from './errors.js';

/** An e-mail address as the office accepts one for telling a person (something@somewhere.tld, no spaces). */
export const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Characters as people count them (code points), the same count PostgreSQL's length() gives. */
export const textLength = (value: string) => [...value].length;

/** A required text: trimmed, not empty, not over `max`. Stored exactly as given otherwise. */
export function requireText(value: string | null | undefined, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (!text) throw new PlatformError('TEXT_REQUIRED', { field }, field);
  if (textLength(text) > max) throw new PlatformError('TEXT_TOO_LONG', { field, max }, field);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (textLength(text) > max) throw new PlatformError('TEXT_TOO_LONG', { field, max }, field);
  return text;
}

/** Limits of what people write, stated once (the database checks the same). */
export const LIMITS = {
  message: 5000,
  answer: 10000,
  reason: 2000,
  note: 2000,
  title: 300,
  name: 200,
  /** Descriptions, hearing minutes and consultation summaries. */
  document: 20000,
  place: 300,
  question: 1000,
  option: 200,
  surveyText: 2000,
} as const;

/** A retry key for a submission: 8 to 100 characters, the same rule as the front door's. */
export function requireIdempotencyKey(value: string | null | undefined): string {
  const key = value?.trim() ?? '';
  if (key.length < 8 || key.length > 100) throw new PlatformError('INVALID_IDEMPOTENCY_KEY', {}, 'idempotencyKey');
  return key;
}
