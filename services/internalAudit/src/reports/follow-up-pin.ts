import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (pin: string, salt: Buffer, length: number) => Promise<Buffer>;

/**
 * The reporter's 8-digit follow-up PIN, derived from their retry key with the PIN key (PIN_KEY, used for nothing else):
 * a retry shows the same PIN again, yet the office stores only its hash.
 */
export function followUpPin(pinKey: string, idempotencyKey: string): string {
  const digest = createHmac('sha256', pinKey).update(`misconduct-pin:${idempotencyKey}`).digest();
  return String(digest.readUInt32BE(0) % 100_000_000).padStart(8, '0');
}

/** salt$hash, both hex: slow to guess from a stolen table. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}$${(await scryptAsync(pin, salt, 32)).toString('hex')}`;
}

export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [salt, hash] = stored.split('$');
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'hex');
  return timingSafeEqual(await scryptAsync(pin.trim(), Buffer.from(salt, 'hex'), expected.length), expected);
}
