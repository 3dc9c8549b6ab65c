import { SignJWT, type JWK } from 'jose';
import { createPrivateKey } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.js';
import { createKeyRing, GATEWAY_KEY_OWNER, generateKeyPair } from './keys.js';
import { assertionSigner, assertionVerifier, signGatewayAssertion, verifyGatewayAssertion } from './tokens.js';
import type { Identity } from './identity.js';

const head: Identity = { role: 'UNIT_HEAD', unitCode: 'FINANCE', subject: 'head-finance', confidential: true };
const body = JSON.stringify({ query: '{ financeAssets { code } }' });

const gateway = generateKeyPair(GATEWAY_KEY_OWNER, '2026-12');
const finance = generateKeyPair('FINANCE', '2026-12');
const trusted = [gateway.publicJwk, finance.publicJwk];
const ring = (signingKeys: JWK[], trustedKeys = trusted) => createKeyRing({ mode: 'explicit', signingKeys, trustedKeys });

afterEach(() => vi.useRealTimers());

describe('keys: one part cannot speak for another', () => {
  it("binds the gateway's assertion to one unit and one body", async () => {
    const atGateway = ring([gateway.privateJwk]);
    const atUnit = ring([]);
    const token = await signGatewayAssertion(atGateway, 'FINANCE', head, body);
    await expect(verifyGatewayAssertion(atUnit, 'FINANCE', token, body)).resolves.toEqual(head);
    await expect(verifyGatewayAssertion(atUnit, 'PERSONNEL', token, body)).rejects.toThrow();
    await expect(verifyGatewayAssertion(atUnit, 'FINANCE', token, body.replace('code', '__typename'))).rejects.toThrow();
  });

  it('refuses an assertion after its minute', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T05:00:00Z') });
    const token = await signGatewayAssertion(ring([gateway.privateJwk]), 'FINANCE', head, body);
    vi.setSystemTime(new Date('2026-12-06T05:01:01Z'));
    await expect(verifyGatewayAssertion(ring([]), 'FINANCE', token, body)).rejects.toThrow(/exp/);
  });

  it("a unit's key cannot mint an assertion any unit accepts", async () => {
    const atFinance = ring([finance.privateJwk]);
    expect(() => atFinance.assertCanSign(GATEWAY_KEY_OWNER)).toThrow(/no signing key for "gateway"/);
    // Signed by Finance as itself: a unit's key is not the gateway's.
    const asItself = await atFinance.sign('FINANCE', 'PERSONNEL', { role: 'DIRECTOR', sub: 'x', bd: 'y' }, 60);
    await expect(ring([]).verify(asItself, 'PERSONNEL', [GATEWAY_KEY_OWNER])).rejects.toThrow();
    // Signed by Finance's key under the gateway's key id and issuer: the signature does not match the gateway's key.
    const forged = await new SignJWT({ role: 'DIRECTOR' })
      .setProtectedHeader({ alg: 'EdDSA', kid: gateway.publicJwk.kid })
      .setIssuer('sesao28:gateway')
      .setAudience('sesao28:PERSONNEL')
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(createPrivateKey({ key: finance.privateJwk as never, format: 'jwk' }));
    await expect(ring([]).verify(forged, 'PERSONNEL', [GATEWAY_KEY_OWNER])).rejects.toThrow(/signature/);
    // Finance's own key naming another issuer: refused, the issuer must be the key's owner.
    const otherIssuer = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', kid: finance.publicJwk.kid })
      .setIssuer('sesao28:AUDIT')
      .setAudience('sesao28:PERSONNEL')
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(createPrivateKey({ key: finance.privateJwk as never, format: 'jwk' }));
    await expect(ring([]).verify(otherIssuer, 'PERSONNEL', 'any')).rejects.toThrow(/issuer is not the key owner/);
  });

  it('accepts two gateway keys during a roll, and only the new one after it', async () => {
    const next = generateKeyPair(GATEWAY_KEY_OWNER, '2027-01');
    const during = ring([], [gateway.publicJwk, next.publicJwk]);
    const after = ring([], [next.publicJwk]);
    const old = await signGatewayAssertion(ring([gateway.privateJwk]), 'FINANCE', head, body);
    const fresh = await signGatewayAssertion(ring([next.privateJwk], [next.publicJwk]), 'FINANCE', head, body);
    await expect(verifyGatewayAssertion(during, 'FINANCE', old, body)).resolves.toEqual(head);
    await expect(verifyGatewayAssertion(during, 'FINANCE', fresh, body)).resolves.toEqual(head);
    await expect(verifyGatewayAssertion(after, 'FINANCE', fresh, body)).resolves.toEqual(head);
    await expect(verifyGatewayAssertion(after, 'FINANCE', old, body)).rejects.toThrow();
  });

  it('derives distinct keys per part in development, the same in every process', async () => {
    const a = createKeyRing(loadConfig({ NODE_ENV: 'test' }).keys);
    const b = createKeyRing(loadConfig({ NODE_ENV: 'test' }).keys);
    const token = await a.sign('FINANCE', 'ADMIN', {}, 60);
    await expect(b.verify(token, 'ADMIN', ['FINANCE'])).resolves.toMatchObject({ owner: 'FINANCE' });
    await expect(b.verify(token, 'ADMIN', [GATEWAY_KEY_OWNER])).rejects.toThrow();
  });
});

describe('keys: settings', () => {
  const secrets = { INTERNAL_SECRET: 'a-real-internal-secret-of-32-chars!!', JWT_SECRET: 'a-real-signing-key-of-more-than-24' };

  it('needs given keys in production, and refuses a private key among the trusted ones', () => {
    expect(() => loadConfig({ ...secrets, NODE_ENV: 'production' })).toThrow(/SIGNING_KEY and TRUSTED_KEYS are required in production/);
    const given = { SIGNING_KEY: JSON.stringify(finance.privateJwk), TRUSTED_KEYS: JSON.stringify({ keys: trusted }) };
    expect(loadConfig({ ...secrets, ...given, NODE_ENV: 'production' }).keys).toMatchObject({ mode: 'explicit' });
    expect(() => loadConfig({ ...secrets, ...given, TRUSTED_KEYS: JSON.stringify({ keys: [finance.privateJwk] }) })).toThrow(
      /public keys only/,
    );
    expect(() => loadConfig({ ...secrets, SIGNING_KEY: JSON.stringify(finance.publicJwk), TRUSTED_KEYS: given.TRUSTED_KEYS })).toThrow(
      /must be a private key/,
    );
  });

  it('keeps PINs and pseudonyms on keys of their own, neither the installation secret nor each other', () => {
    const config = loadConfig({ ...secrets });
    expect(new Set([config.internalSecret, config.pinKey, config.pseudonymKey]).size).toBe(3);
    const production = loadConfig({
      ...secrets,
      NODE_ENV: 'production',
      SIGNING_KEY: JSON.stringify(gateway.privateJwk),
      TRUSTED_KEYS: JSON.stringify({ keys: trusted }),
    });
    // Production never derives them: a part that needs one must be given it.
    expect([production.pinKey, production.pseudonymKey]).toEqual([null, null]);
    expect(() => loadConfig({ ...secrets, PIN_KEY: secrets.INTERNAL_SECRET })).toThrow(/must differ from INTERNAL_SECRET/);
  });
});

describe("the gateway's assertions, signed once a half-minute for the same call", () => {
  it('reuses one for the same unit, caller and body while more than half its minute is left, and signs anew otherwise', async () => {
    let now = Date.parse('2026-12-06T05:00:00Z');
    vi.useFakeTimers({ now });
    const sign = assertionSigner(ring([gateway.privateJwk]), { now: () => now });
    const first = await sign('FINANCE', head, body);
    await expect(verifyGatewayAssertion(ring([]), 'FINANCE', first, body)).resolves.toEqual(head);
    now += 29_000;
    vi.setSystemTime(now);
    expect(await sign('FINANCE', head, body)).toBe(first);
    // Another unit, another caller, another body: each its own assertion, each for its own call only.
    const otherUnit = await sign('PERSONNEL', head, body);
    const otherCaller = await sign('FINANCE', { ...head, subject: 'staff-finance', role: 'UNIT_STAFF' }, body);
    const otherBody = await sign('FINANCE', head, `${body} `);
    expect(new Set([first, otherUnit, otherCaller, otherBody]).size).toBe(4);
    await expect(verifyGatewayAssertion(ring([]), 'FINANCE', otherUnit, body)).rejects.toThrow();
    // Past half its minute: a fresh one, which still holds a full minute.
    now += 2_000;
    vi.setSystemTime(now);
    const renewed = await sign('FINANCE', head, body);
    expect(renewed).not.toBe(first);
    now += 55_000;
    vi.setSystemTime(now);
    await expect(verifyGatewayAssertion(ring([]), 'FINANCE', renewed, body)).resolves.toEqual(head);
  });

  it('keeps at most `max` of them, the oldest going first', async () => {
    const keys = ring([gateway.privateJwk]);
    const signing = vi.spyOn(keys, 'sign');
    const sign = assertionSigner(keys, { max: 2 });
    for (const b of ['a', 'b', 'a', 'c', 'b', 'a']) await sign('FINANCE', head, b);
    // a, b, (a kept), c pushes a out, (b kept), a again.
    expect(signing).toHaveBeenCalledTimes(4);
  });
});

describe("a unit's check of the gateway's assertions, once per assertion", () => {
  it('checks a signature once and answers repeats from memory, still for that body only and until it expires', async () => {
    let now = Date.parse('2026-12-06T05:00:00Z');
    vi.useFakeTimers({ now });
    const token = await signGatewayAssertion(ring([gateway.privateJwk]), 'FINANCE', head, body);
    const atUnit = ring([]);
    const verifying = vi.spyOn(atUnit, 'verify');
    const verify = assertionVerifier(atUnit, 'FINANCE', { now: () => now });
    await expect(verify(token, body)).resolves.toEqual(head);
    await expect(verify(token, Buffer.from(body))).resolves.toEqual(head);
    expect(verifying).toHaveBeenCalledTimes(1);
    // Remembered, yet bound to its body as before.
    await expect(verify(token, body.replace('code', '__typename'))).rejects.toThrow(/another request/);
    // Past its minute (by the verifier's clock alone, too): refused, not answered from memory.
    now += 61_000;
    await expect(verify(token, body)).rejects.toThrow(/expired/);
    vi.setSystemTime(now);
    await expect(verify(token, body)).rejects.toThrow(/exp/);
  });

  it('remembers nothing it refused: a forged or foreign assertion is checked, and refused, every time', async () => {
    const forUnit = await signGatewayAssertion(ring([gateway.privateJwk]), 'PERSONNEL', head, body);
    const atUnit = ring([]);
    const verifying = vi.spyOn(atUnit, 'verify');
    const verify = assertionVerifier(atUnit, 'FINANCE');
    await expect(verify(forUnit, body)).rejects.toThrow();
    await expect(verify(forUnit, body)).rejects.toThrow();
    expect(verifying).toHaveBeenCalledTimes(2);
  });

  it('keeps at most `max` assertions, the oldest going first', async () => {
    const sign = assertionSigner(ring([gateway.privateJwk]));
    const tokens = await Promise.all(['a', 'b', 'c'].map((b) => sign('FINANCE', head, b)));
    const atUnit = ring([]);
    const verifying = vi.spyOn(atUnit, 'verify');
    const verify = assertionVerifier(atUnit, 'FINANCE', { max: 2 });
    for (const i of [0, 1, 0, 2, 1, 0]) await verify(tokens[i]!, ['a', 'b', 'c'][i]!);
    // a, b, (a kept), c pushes a out, (b kept), a again.
    expect(verifying).toHaveBeenCalledTimes(4);
  });
});
