import { readFileSync } from 'node:fs';
import { createGateway, type Gateway } from '@sesao28/gateway';
import { loadConfig, ROLES, signAccessToken } from '@sesao28/kit';
import { supergraphFile } from '@sesao28/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const supergraphSdl = readFileSync(supergraphFile, 'utf8');
const DIRECTOR = { role: 'DIRECTOR', unitCode: null, subject: 'director-1', confidential: false } as const;
const units = '{ units { code } }';

/** A GraphQL request with the session cookie the pages send. */
const withCookie = (url: string, cookie: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: units }) });

describe('sign-in at the gateway: safe by default', () => {
  let t: TestStack;
  let base: string;
  beforeAll(async () => {
    t = await startTestStack();
    base = t.stack.gatewayUrl.replace(/\/graphql$/, '');
  });
  afterAll(async () => t?.close());

  it('has no development sign-in unless asked for: /dev/token and /dev/sign-in answer 404', async () => {
    expect((await fetch(`${base}/dev/token?role=ADMIN`)).status).toBe(404);
    expect(
      (await fetch(`${base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"ADMIN"}' }))
        .status,
    ).toBe(404);
    expect(await (await fetch(`${base}/auth/providers`)).json()).toEqual({ devSignIn: false, providers: [] });
  });

  it('takes a valid session cookie as its person, and refuses a forged or expired one with 401, never as the public', async () => {
    const good = await signAccessToken(loadConfig({ NODE_ENV: 'test' }).jwtSecret, DIRECTOR);
    const ok = await withCookie(t.stack.gatewayUrl, `sesao28_session=${good}`);
    expect(ok.status).toBe(200);
    const session = await (await fetch(`${base}/auth/session`, { headers: { cookie: `sesao28_session=${good}` } })).json();
    expect(session).toEqual({ signedIn: true, role: 'DIRECTOR', unitCode: null, confidential: false, viaLine: false });

    const forged = await signAccessToken('another-secret-that-is-long-enough-to-sign', { ...DIRECTOR, role: 'ADMIN' });
    const expired = await signAccessToken(loadConfig({ NODE_ENV: 'test' }).jwtSecret, DIRECTOR, -60);
    for (const cookie of [`sesao28_session=${forged}`, `sesao28_session=${expired}`, 'sesao28_session=not-a-token']) {
      const refused = await withCookie(t.stack.gatewayUrl, cookie);
      expect(refused.status, cookie.slice(0, 40)).toBe(401);
      expect(((await refused.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      // Asked who is signed in, the gateway drops the bad cookie.
      const asked = await fetch(`${base}/auth/session`, { headers: { cookie } });
      expect(await asked.json()).toEqual({ signedIn: false, expired: true });
      expect(asked.headers.get('set-cookie')).toMatch(/^sesao28_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);
    }
    const signOut = await fetch(`${base}/auth/sign-out`, { method: 'POST', headers: { cookie: `sesao28_session=${good}` } });
    expect(signOut.status).toBe(204);
    expect(signOut.headers.get('set-cookie')).toMatch(/^sesao28_session=; Max-Age=0/);
  });

  it('sends a sign-in to an unknown provider nowhere', async () => {
    const res = await fetch(`${base}/auth/sign-in/google`, { redirect: 'manual' });
    expect(res.status).toBe(404);
    const back = await fetch(`${base}/auth/callback/staff?code=x&state=y`, { redirect: 'manual' });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/sign-in?problem=sign-in-expired');
  });

  it('keeps the staff directory to administrators, checks what they type, and logs every change', async () => {
    const put = `mutation ($input: StaffMemberInput!) { putStaffMember(input: $input) { email role unit { code } confidential } }`;
    const denied = await t.as('DIRECTOR')(put, { input: { email: 'x@sesao28.example', role: 'DIRECTOR' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.query(`{ staffMembers { email } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const admin = t.as('ADMIN', undefined, { subject: 'admin-somchai' });
    const bad = [
      [{ email: 'not-an-email', role: 'DIRECTOR' }, 'STAFF_EMAIL_INVALID'],
      [{ email: 'a@sesao28.example', role: 'UNIT_STAFF' }, 'STAFF_UNIT_MISMATCH'],
      [{ email: 'a@sesao28.example', role: 'DIRECTOR', unitCode: 'FINANCE' }, 'STAFF_UNIT_MISMATCH'],
      [{ email: 'a@sesao28.example', role: 'UNIT_STAFF', unitCode: 'NOPE' }, 'UNKNOWN_UNIT'],
      [{ email: 'a@sesao28.example', role: 'UNIT_STAFF', unitCode: 'FINANCE', confidential: true }, 'STAFF_CONFIDENTIAL_UNIT'],
    ] as const;
    for (const [input, code] of bad) {
      const res = await admin(put, { input });
      expect(res.errors?.[0]?.extensions?.code, code).toBe(code);
      expect(res.errors?.[0]?.extensions?.messageTh).toMatch(/[ก-๙]/);
    }
    const added = await admin(put, {
      input: { email: ' Auditor.One@SESAO28.example ', role: 'UNIT_STAFF', unitCode: 'AUDIT', confidential: true },
    });
    expect(added.data?.putStaffMember).toEqual({
      email: 'auditor.one@sesao28.example',
      role: 'UNIT_STAFF',
      unit: { code: 'AUDIT' },
      confidential: true,
    });
    const changed = await admin(put, {
      input: { email: 'auditor.one@sesao28.example', role: 'UNIT_HEAD', unitCode: 'AUDIT', confidential: true },
    });
    expect(changed.data?.putStaffMember.role).toBe('UNIT_HEAD');
    expect((await admin(`mutation { removeStaffMember(email: "auditor.one@sesao28.example") }`)).data?.removeStaffMember).toBe(true);
    const again = await admin(`mutation { removeStaffMember(email: "auditor.one@sesao28.example") }`);
    expect(again.errors?.[0]?.extensions?.code).toBe('STAFF_MEMBER_NOT_FOUND');

    const log = await admin(`{ staffDirectoryChanges(first: 3) { actor action email role unitCode confidential } }`);
    expect(log.data?.staffDirectoryChanges).toEqual([
      { actor: 'admin-somchai', action: 'REMOVE', email: 'auditor.one@sesao28.example', role: null, unitCode: null, confidential: null },
      {
        actor: 'admin-somchai',
        action: 'PUT',
        email: 'auditor.one@sesao28.example',
        role: 'UNIT_HEAD',
        unitCode: 'AUDIT',
        confidential: true,
      },
      {
        actor: 'admin-somchai',
        action: 'PUT',
        email: 'auditor.one@sesao28.example',
        role: 'UNIT_STAFF',
        unitCode: 'AUDIT',
        confidential: true,
      },
    ]);
  });

  it('refuses to listen beyond loopback without a sign-in provider, or with the development sign-in on', async () => {
    const attempts: [Record<string, string>, RegExp][] = [
      [{}, /with no way for staff to sign in. Set OIDC_STAFF_ISSUER, OIDC_STAFF_CLIENT_ID and OIDC_STAFF_CLIENT_SECRET/],
      [{ DEV_SIGN_IN: '1' }, /DEV_SIGN_IN=1 mints any identity, so the gateway offers it only on loopback/],
    ];
    for (const [env, message] of attempts) {
      const gateway = createGateway({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }), supergraphSdl });
      await expect(gateway.listen(0, '0.0.0.0')).rejects.toThrow(message);
      await gateway.stop();
    }
  });
});

describe('the development sign-in, turned on (DEV_SIGN_IN=1, loopback)', () => {
  let t: TestStack;
  let devGateway: Gateway;
  let devBase: string;
  beforeAll(async () => {
    t = await startTestStack();
    // A second gateway over the same units, with the development sign-in.
    const subgraphUrls = Object.fromEntries([...t.stack.units].map(([slug, running]) => [slug, running.url]));
    devGateway = createGateway({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEV_SIGN_IN: '1' }),
      supergraphSdl,
      subgraphUrls,
    });
    devBase = (await devGateway.listen(0, '127.0.0.1')).url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await devGateway?.stop();
    await t?.close();
  });

  it('mints tokens for every role, and they work', async () => {
    for (const role of ROLES.filter((r) => r !== 'PUBLIC')) {
      const unit = role === 'UNIT_STAFF' || role === 'UNIT_HEAD' ? '&unit=FINANCE' : '';
      const res = await fetch(`${devBase}/dev/token?role=${role}${unit}`);
      expect(res.status).toBe(200);
      const { token } = (await res.json()) as { token: string };
      const who = await fetch(t.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: units }),
      });
      expect(who.status).toBe(200);
    }
    expect((await fetch(`${devBase}/dev/token?role=UNIT_STAFF`)).status).toBe(400);
    expect(await (await fetch(`${devBase}/auth/providers`)).json()).toEqual({ devSignIn: true, providers: [] });
  });

  it('signs the pages in with an HttpOnly session cookie', async () => {
    const res = await fetch(`${devBase}/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'UNIT_HEAD', unit: 'FINANCE' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { next: string }).next).toBe('/desk');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^sesao28_session=[\w-]+\.[\w-]+\.[\w-]+; Max-Age=28800; Path=\/; HttpOnly; SameSite=Lax$/);
    const session = await fetch(`${devBase}/auth/session`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(await session.json()).toEqual({ signedIn: true, role: 'UNIT_HEAD', unitCode: 'FINANCE', confidential: false, viaLine: false });
  });
});
