import { randomUUID } from 'node:crypto';
import {
  bodyDigest,
  createKeyRing,
  GATEWAY_ASSERTION_HEADER,
  GATEWAY_KEY_OWNER,
  gatewayHeaders,
  PEER_TOKEN_HEADER,
  signPeerRequest,
  type JWK,
  type KeyRing,
} from '@sesao28/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { productionKeys, startTestStack, type TestStack } from '../support/test-stack.js';

/**
 * Trust, second pass: each part signs with its own key (issue #14). Units run in production mode
 * with their keys given; the tests hold single parts' private keys, as a thief of one would.
 */
describe('keys: a unit compromise stays in that unit', () => {
  let t: TestStack;
  let keys: ReturnType<typeof productionKeys>;
  const INTERNAL_SECRET = 'keys-test-internal-secret-0123456789';
  const ringOf = (owner: string): KeyRing =>
    createKeyRing({
      mode: 'explicit',
      signingKeys: [JSON.parse(keys.made.signingKeys[owner]!) as JWK],
      trustedKeys: (JSON.parse(keys.made.TRUSTED_KEYS) as { keys: JWK[] }).keys,
    });
  const unitUrl = (slug: string) => t.stack.units.get(slug)!.url;
  const base = (slug: string) => unitUrl(slug).replace(/\/graphql$/, '');
  const query = JSON.stringify({ query: '{ financeAssets { code } }' });
  const post = (url: string, body: string, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    keys = productionKeys();
    t = await startTestStack({
      NODE_ENV: 'production',
      INTERNAL_SECRET,
      JWT_SECRET: 'keys-test-token-signing-key-0123456789',
      ...keys.env,
      OUTBOX_INTERVAL_MS: '100',
    });
  }, 120_000);
  afterAll(async () => t?.close());

  it('finding: one shared HS256 secret — a captured assertion for one unit is refused by another, for another body, and after its minute', async () => {
    const gateway = ringOf(GATEWAY_KEY_OWNER);
    const captured = await gatewayHeaders(gateway, 'FINANCE', { role: 'PUBLIC', subject: null, unitCode: null, confidential: false })(
      query,
    );
    // What it was made for: answered.
    const meant = await post(unitUrl('financeAssets'), query, captured);
    expect(meant.status).toBe(200);
    expect(((await meant.json()) as any).data.financeAssets.code).toBe('FINANCE');
    // The same words at another unit, or with another body at the same unit: refused.
    expect((await post(unitUrl('personnel'), query.replace('financeAssets', 'personnel'), captured)).status).toBe(401);
    expect((await post(unitUrl('personnel'), query, captured)).status).toBe(401);
    expect((await post(unitUrl('financeAssets'), query.replace('code', '__typename'), captured)).status).toBe(401);
    // Past its expiry.
    const stale = await gateway.sign(GATEWAY_KEY_OWNER, 'FINANCE', { role: 'PUBLIC', sub: 'public', bd: bodyDigest(query) }, -1);
    expect((await post(unitUrl('financeAssets'), query, { [GATEWAY_ASSERTION_HEADER]: stale })).status).toBe(401);
  });

  it("finding: one shared HS256 secret — a unit's own key cannot mint an assertion any unit accepts", async () => {
    const finance = ringOf('FINANCE');
    for (const [slug, running] of t.stack.units) {
      const code = running.unit.manifest.code;
      const body = JSON.stringify({ query: `{ ${slug} { code } }` });
      const claims = { role: 'DIRECTOR', sub: 'mallory', confidential: true, bd: bodyDigest(body) };
      const minted = await finance.sign('FINANCE', code, claims, 60);
      const res = await post(running.url, body, { [GATEWAY_ASSERTION_HEADER]: minted });
      expect(res.status, slug).toBe(401);
    }
  });

  it('finding: one shared HS256 secret — units send messages only in their own name, signed with their own key', async () => {
    const finance = { peers: { baseUrlOf: () => undefined }, keys: ringOf('FINANCE'), unit: { code: 'FINANCE' } };
    const send = async (message: Record<string, unknown>) => {
      const body = JSON.stringify({ messages: [message] });
      const token = await signPeerRequest(finance, 'PERSONNEL', 'POST', '/internal/messages', body);
      return post(`${base('personnel')}/internal/messages`, body, { [PEER_TOKEN_HEADER]: token });
    };
    const message = { id: randomUUID(), kind: 'no.such.kind', to: 'PERSONNEL', payload: {} };
    // In its own name the message is heard (and refused only for its unknown kind) ...
    expect((await send({ ...message, from: 'FINANCE' })).status).toBe(422);
    // ... in Internal Audit's name it is not.
    const forged = await send({ ...message, id: randomUUID(), from: 'AUDIT' });
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { confirmed: number }).confirmed).toBe(0);
    // The old shared secret opens nothing any more.
    const withSecret = await post(
      `${base('personnel')}/internal/messages`,
      JSON.stringify({ messages: [{ ...message, from: 'FINANCE' }] }),
      {
        'x-sesao28-internal-secret': INTERNAL_SECRET,
      },
    );
    expect(withSecret.status).toBe(401);
  });

  it('finding: one shared HS256 secret — who a person is at sign-in is answered to the gateway alone', async () => {
    const path = '/internal/staff-directory?subject=someone';
    const ask = async (owner: string) => {
      const caller = { peers: { baseUrlOf: () => undefined }, keys: ringOf(owner), unit: { code: owner } };
      const token = await signPeerRequest(caller, 'ADMIN', 'GET', path);
      return fetch(`${base('administration')}${path}`, { headers: { [PEER_TOKEN_HEADER]: token } });
    };
    expect((await ask(GATEWAY_KEY_OWNER)).status).toBe(200);
    expect((await ask('FINANCE')).status).toBe(403);
    // A token for one path does not open another.
    const token = await signPeerRequest(
      { peers: { baseUrlOf: () => undefined }, keys: ringOf(GATEWAY_KEY_OWNER), unit: { code: GATEWAY_KEY_OWNER } },
      'ADMIN',
      'GET',
      path,
    );
    expect(
      (await fetch(`${base('administration')}/internal/staff-directory?subject=other`, { headers: { [PEER_TOKEN_HEADER]: token } })).status,
    ).toBe(401);
  });

  it('runs the office end to end on keys of its parts: a case handed from the front door to a unit arrives there', async () => {
    const message = 'ขอร้องเรียนเรื่องการจัดซื้อพัสดุของโรงเรียนที่ล่าช้า ทดสอบกุญแจของแต่ละหน่วย';
    const submitted = await t.query(
      `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { unit { code } } }`,
      { input: { category: 'COMPLAINT', message }, key: randomUUID() },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitFeedback.unit.code).toBe('FINANCE');
    const arrived = await eventually(async () => {
      const res = await t.staff(
        `{ financeAssets { feedback(first: 1, filter: { search: "ทดสอบกุญแจของแต่ละหน่วย" }) { nodes { message } } } }`,
      );
      return res.data?.financeAssets.feedback.nodes[0];
    });
    expect(arrived.message).toBe(message);
  });
});
