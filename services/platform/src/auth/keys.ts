import { createHash, createHmac, createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';

/**
 * The deployment's signing keys (Ed25519, EdDSA JWTs). Every part signs with its own private key
 * and checks the others' with public keys only, so one part's compromise cannot speak for another:
 * the gateway's key vouches for callers, a unit's key only for what that unit sends.
 *
 * A key id names its owner and version, `<owner>#<version>`: `gateway#2026-12`, `AUDIT#2026-12`.
 * During a roll, the trusted set holds an owner's old and new public keys (see docs/trust.md).
 */
export const GATEWAY_KEY_OWNER = 'gateway';
export type { JWK } from 'jose';

export type KeySettings =
  /** Development and tests: every part's key derived from the installation's secret (one machine, one owner). */
  | { mode: 'derived'; seed: string }
  /** Production: this part's private key (several where one process hosts several parts, as tests do) and the public keys it trusts. */
  | { mode: 'explicit'; signingKeys: JWK[]; trustedKeys: JWK[] };

export interface KeyRing {
  /** Signs `claims` as `owner` for the unit (or part) `audience`, valid for `ttlSeconds`. */
  sign(owner: string, audience: string, claims: JWTPayload, ttlSeconds: number): Promise<string>;
  /**
   * Checks a token meant for `audience`, signed by one of `owners` (or by any trusted part with 'any'):
   * which owner signed it and what it says. Throws on anything else.
   */
  verify(token: string, audience: string, owners: readonly string[] | 'any'): Promise<{ owner: string; payload: JWTPayload }>;
  /** Throws unless this process holds `owner`'s private key (checked when a part starts). */
  assertCanSign(owner: string): void;
}

const ISSUER_PREFIX = 'sesao28:';
const ALG = 'EdDSA';
/** The DER header of a PKCS#8 Ed25519 private key, before its 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function ownerOfKeyId(kid: string | undefined): string | null {
  const owner = kid?.split('#')[0];
  return owner && kid!.includes('#') ? owner : null;
}

/** An Ed25519 private key from 32 bytes of seed. */
function privateKeyFromSeed(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** A part's key in development and tests, derived from the installation's secret and the owner's name. */
function derivedPrivateKey(seed: string, owner: string): KeyObject {
  return privateKeyFromSeed(createHmac('sha256', seed).update(`signing-key:${owner}`).digest());
}

/** A secret for one purpose (PINs, pseudonyms) derived from the installation's secret: development and tests only. */
export function derivedSecret(seed: string, purpose: string): string {
  return createHmac('sha256', seed).update(`secret:${purpose}`).digest('base64url');
}

/**
 * Fresh keys for a deployment: each owner's private key, the public set every part trusts, and
 * the pseudonym and PIN keys, as the settings that carry them (`npm run keys`, and tests in production mode).
 */
export function generateDeploymentKeys(owners: readonly string[], version: string) {
  const pairs = owners.map((owner) => generateKeyPair(owner, version));
  return {
    signingKeys: Object.fromEntries(owners.map((owner, i) => [owner, JSON.stringify(pairs[i]!.privateJwk)])),
    TRUSTED_KEYS: JSON.stringify({ keys: pairs.map((p) => p.publicJwk) }),
    PSEUDONYM_KEY: randomBytes(36).toString('base64url'),
    PIN_KEY: randomBytes(36).toString('base64url'),
  };
}

/** A fresh key pair for `owner` as JWKs (the operator's `npm run keys`, and tests of rotation). */
export function generateKeyPair(owner: string, version: string): { privateJwk: JWK; publicJwk: JWK } {
  const privateKey = privateKeyFromSeed(randomBytes(32));
  const kid = `${owner}#${version}`;
  const privateJwk = { ...(privateKey.export({ format: 'jwk' }) as JWK), kid, alg: ALG, use: 'sig' };
  const { d: _secret, ...publicJwk } = privateJwk;
  return { privateJwk, publicJwk };
}

function importJwk(jwk: JWK, needPrivate: boolean): KeyObject {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') throw new Error(`key ${jwk.kid ?? '(no kid)'} is not an Ed25519 key`);
  if (!ownerOfKeyId(jwk.kid)) throw new Error(`key id "${jwk.kid ?? ''}" must be <owner>#<version>, e.g. gateway#2026-12`);
  if (needPrivate && !jwk.d) throw new Error(`key ${jwk.kid} has no private part`);
  const { kty, crv, x, d } = jwk as { kty: string; crv: string; x: string; d?: string };
  return needPrivate
    ? createPrivateKey({ key: { kty, crv, x, d }, format: 'jwk' })
    : createPublicKey({ key: { kty, crv, x }, format: 'jwk' });
}

export function createKeyRing(settings: KeySettings): KeyRing {
  const signing = new Map<string, { kid: string; key: KeyObject }>();
  const trusted = new Map<string, KeyObject>();
  if (settings.mode === 'explicit') {
    for (const jwk of settings.signingKeys) signing.set(ownerOfKeyId(jwk.kid)!, { kid: jwk.kid!, key: importJwk(jwk, true) });
    for (const jwk of settings.trustedKeys) trusted.set(jwk.kid!, importJwk(jwk, false));
  }

  const signerOf = (owner: string) => {
    const known = signing.get(owner);
    if (known) return known;
    if (settings.mode === 'derived') {
      const derived = { kid: `${owner}#derived`, key: derivedPrivateKey(settings.seed, owner) };
      signing.set(owner, derived);
      return derived;
    }
    throw new Error(`this part holds no signing key for "${owner}" (setting SIGNING_KEY)`);
  };
  const publicKeyOf = (kid: string): KeyObject | undefined => {
    const known = trusted.get(kid);
    if (known || settings.mode !== 'derived') return known;
    const owner = ownerOfKeyId(kid);
    if (!owner || kid !== `${owner}#derived`) return undefined;
    const derived = createPublicKey(derivedPrivateKey(settings.seed, owner));
    trusted.set(kid, derived);
    return derived;
  };

  return {
    assertCanSign: (owner) => void signerOf(owner),
    sign(owner, audience, claims, ttlSeconds) {
      const { kid, key } = signerOf(owner);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: ALG, kid })
        .setIssuer(`${ISSUER_PREFIX}${owner}`)
        .setAudience(`${ISSUER_PREFIX}${audience}`)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key);
    },
    async verify(token, audience, owners) {
      let owner = '';
      const { payload } = await jwtVerify(
        token,
        (header) => {
          owner = ownerOfKeyId(header.kid) ?? '';
          const key = owner && (owners === 'any' || owners.includes(owner)) ? publicKeyOf(header.kid!) : undefined;
          if (!key) throw new Error('signed by a key this part does not trust for it');
          return key;
        },
        { algorithms: [ALG], audience: `${ISSUER_PREFIX}${audience}`, requiredClaims: ['exp', 'iat'] },
      );
      // The issuer must be the key's owner: a unit's key cannot sign as the gateway.
      if (payload.iss !== `${ISSUER_PREFIX}${owner}`) throw new Error('issuer is not the key owner');
      return { owner, payload };
    },
  };
}

/** The SHA-256 of a request body as a token carries it, binding the token to that body. */
export function bodyDigest(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}
