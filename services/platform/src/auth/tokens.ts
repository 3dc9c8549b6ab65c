import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { requestError } from '../errors.js';
import { isRole, UNIT_ROLES, type Identity } from './identity.js';
import { bodyDigest, GATEWAY_KEY_OWNER, type KeyRing } from './keys.js';

const ISSUER = 'sesao28';
const API = 'sesao28-api';

const key = (secret: string) => new TextEncoder().encode(secret);

function claimsOf(identity: Identity): JWTPayload {
  return { role: identity.role, unit: identity.unitCode ?? undefined, confidential: identity.confidential || undefined };
}

function identityOf(payload: JWTPayload): Identity {
  const { role, unit, confidential, sub } = payload as JWTPayload & { role?: unknown; unit?: unknown; confidential?: unknown };
  if (!isRole(role) || role === 'PUBLIC') throw new Error('token without a known role');
  const unitCode = typeof unit === 'string' ? unit : null;
  if (UNIT_ROLES.includes(role) !== (unitCode !== null)) throw new Error('unit roles need a unit, and only they');
  return { role, subject: sub ?? null, unitCode, confidential: confidential === true };
}

/** A person's access token (development minting and tests; production tokens come from the office's sign-in). */
export function signAccessToken(secret: string, identity: Identity, ttlSeconds = 8 * 3600): Promise<string> {
  return new SignJWT(claimsOf(identity))
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(API)
    .setSubject(identity.subject ?? 'anonymous')
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/** Checks a bearer token at the gateway; anything wrong with it is UNAUTHENTICATED (never silently public). */
export async function verifyAccessToken(secret: string, token: string): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: ISSUER,
      audience: API,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub'],
    });
    return identityOf(payload);
  } catch {
    throw requestError('UNAUTHENTICATED');
  }
}

/** How long the gateway's word on one subgraph request holds. */
const ASSERTION_SECONDS = 60;

/**
 * What the gateway tells one unit about the caller of one request: signed with the gateway's own
 * key, for that unit only (audience), bound to the exact body sent, valid a minute.
 */
export function signGatewayAssertion(keys: KeyRing, unitCode: string, identity: Identity, body: string): Promise<string> {
  const claims = { ...claimsOf(identity), role: identity.role, sub: identity.subject ?? 'public', bd: bodyDigest(body) };
  return keys.sign(GATEWAY_KEY_OWNER, unitCode, claims, ASSERTION_SECONDS);
}

/** Keeps `value` under `key` in a map of at most `max` entries, the oldest going first (a Map keeps insertion order). */
function keepAtMost<K, V>(map: Map<K, V>, max: number, key: K, value: V): void {
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/**
 * Signs the gateway's assertions, reusing one for the same unit, caller and body while more than
 * half its minute is left: a dashboard asked again and again is signed once a half-minute per unit,
 * not once a request. Nothing is weaker: an assertion already holds for that body until it expires.
 */
export function assertionSigner(keys: KeyRing, options: { max?: number; now?: () => number } = {}) {
  const { max = 1000, now = Date.now } = options;
  const kept = new Map<string, { token: Promise<string>; until: number }>();
  return (unitCode: string, identity: Identity, body: string): Promise<string> => {
    const key = [unitCode, identity.role, identity.subject, identity.unitCode, identity.confidential, bodyDigest(body)].join('\n');
    const at = now();
    const found = kept.get(key);
    if (found && found.until > at) return found.token;
    kept.delete(key);
    const token = signGatewayAssertion(keys, unitCode, identity, body);
    keepAtMost(kept, max, key, { token, until: at + (ASSERTION_SECONDS * 1000) / 2 });
    token.catch(() => kept.delete(key));
    return token;
  };
}

/** The header of a call to one unit as the gateway makes it, for a given body (seeding, the bench, tests). */
export function gatewayHeaders(keys: KeyRing, unitCode: string, identity: Identity) {
  return async (body: string): Promise<Record<string, string>> => ({
    [GATEWAY_ASSERTION_HEADER]: await signGatewayAssertion(keys, unitCode, identity, body),
  });
}

/** Who an assertion the gateway signed says is asking. */
function assertedIdentity(payload: JWTPayload): Identity {
  if (payload.role === 'PUBLIC') return { role: 'PUBLIC', subject: null, unitCode: null, confidential: false };
  return identityOf(payload);
}

/** Checks the gateway's assertion in a unit; throws unless the gateway signed it for this unit, this body, and lately. */
export async function verifyGatewayAssertion(keys: KeyRing, unitCode: string, token: string, body: Buffer | string): Promise<Identity> {
  const { payload } = await keys.verify(token, unitCode, [GATEWAY_KEY_OWNER]);
  if (payload.bd !== bodyDigest(body)) throw new Error('assertion is for another request');
  return assertedIdentity(payload);
}

/**
 * Checks the gateway's assertions in one unit as verifyGatewayAssertion does, remembering those whose
 * signature it has checked until they expire: the gateway reuses an assertion for the same caller and
 * body (assertionSigner), and the Ed25519 check was about a seventh of a unit's CPU for a cached stats
 * fetch. The same bytes verify the same way; the expiry and the body are checked on every call.
 */
export function assertionVerifier(keys: KeyRing, unitCode: string, options: { max?: number; now?: () => number } = {}) {
  const { max = 1000, now = Date.now } = options;
  const checked = new Map<string, { identity: Identity; bodyDigest: unknown; expiresAt: number }>();
  return async (token: string, body: Buffer | string): Promise<Identity> => {
    let known = checked.get(token);
    if (!known || known.expiresAt <= now()) {
      checked.delete(token);
      const { payload } = await keys.verify(token, unitCode, [GATEWAY_KEY_OWNER]);
      known = { identity: assertedIdentity(payload), bodyDigest: payload.bd, expiresAt: payload.exp! * 1000 };
      if (known.expiresAt <= now()) throw new Error('assertion has expired');
      keepAtMost(checked, max, token, known);
    }
    if (known.bodyDigest !== bodyDigest(body)) throw new Error('assertion is for another request');
    return known.identity;
  };
}

const SIGN_IN = 'sesao28-sign-in';

/** What the gateway remembers between sending a browser to a sign-in provider and its return: signed, 10 minutes. */
export interface SignInState {
  provider: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The page to go back to (a path on this site). */
  next: string;
}

export function signSignInState(secret: string, state: SignInState): Promise<string> {
  return new SignJWT({ ...state })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(SIGN_IN)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key(secret));
}

/** The sign-in state the gateway signed, or null when it is missing, forged or stale. */
export async function verifySignInState(secret: string, token: string | undefined): Promise<SignInState | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: SIGN_IN, algorithms: ['HS256'] });
    const { provider, state, nonce, codeVerifier, next } = payload as Partial<SignInState>;
    if (![provider, state, nonce, codeVerifier, next].every((v) => typeof v === 'string')) return null;
    return { provider, state, nonce, codeVerifier, next } as SignInState;
  } catch {
    return null;
  }
}

export const GATEWAY_ASSERTION_HEADER = 'x-sesao28-gateway';
