import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The link in a message that stops such messages: the id it stops and a MAC over it, so only the
 * person the message went to can use it, and it needs no sign-in. `purpose` keeps a token for one
 * kind of stop from working for another.
 */
export function stopToken(secret: string, purpose: string, id: string): string {
  return `${Buffer.from(id).toString('base64url')}.${mac(secret, purpose, id)}`;
}

/** The id a stop token names, or null when it was not made here for this purpose. */
export function readStopToken(secret: string, purpose: string, token: string): string | null {
  const [encoded, given] = token.trim().split('.');
  if (!encoded || !given) return null;
  const id = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(mac(secret, purpose, id));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null;
}

function mac(secret: string, purpose: string, id: string): string {
  return createHmac('sha256', secret).update(`stop:${purpose}:${id}`).digest('base64url').slice(0, 32);
}
