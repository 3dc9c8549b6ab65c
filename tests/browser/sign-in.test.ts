import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestIssuer, type TestIssuer } from '../support/oidc-issuer.js';
import { expectAccessible, openPage, startBrowserStack, type BrowserStack } from './support/browser.js';

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`;
const STAFF_CLIENT = { clientId: 'sesao28-staff', clientSecret: 'staff-client-secret-for-the-test-issuer' };
const PUBLIC_CLIENT = { clientId: 'sesao28-public', clientSecret: 'public-client-secret-for-the-test-issuer' };
const ACCOUNTS = {
  'finance-head': { email: 'Head.Finance@sesao28.example', email_verified: true, name: 'หัวหน้ากลุ่มการเงิน' },
  stranger: { email: 'someone@mail.example', email_verified: true, name: 'Someone' },
  parent: { email: 'parent@mail.example', email_verified: false, name: 'ผู้ปกครอง' },
};

// Sign-in through a real OpenID Connect provider on loopback, in Chromium: no development sign-in here.
describe('signing in through the office’s OpenID Connect provider, in a real browser', () => {
  let issuer: TestIssuer;
  let stack: BrowserStack;
  beforeAll(async () => {
    issuer = await startTestIssuer(ACCOUNTS);
    stack = await startBrowserStack({
      OIDC_STAFF_ISSUER: issuer.url,
      OIDC_STAFF_CLIENT_ID: STAFF_CLIENT.clientId,
      OIDC_STAFF_CLIENT_SECRET: STAFF_CLIENT.clientSecret,
      OIDC_PUBLIC_ISSUER: issuer.url,
      OIDC_PUBLIC_CLIENT_ID: PUBLIC_CLIENT.clientId,
      OIDC_PUBLIC_CLIENT_SECRET: PUBLIC_CLIENT.clientSecret,
    });
    issuer.open([
      { ...STAFF_CLIENT, redirectUris: [`${stack.base}/auth/callback/staff`] },
      { ...PUBLIC_CLIENT, redirectUris: [`${stack.base}/auth/callback/public`] },
    ]);
    // The office's administrator puts the head of Finance in the staff directory (by e-mail, lower case).
    const put = await stack.t.as('ADMIN')(
      `mutation { putStaffMember(input: { email: "head.finance@sesao28.example", role: UNIT_HEAD, unitCode: "FINANCE" }) { role unit { code } } }`,
    );
    expect(put.data?.putStaffMember).toEqual({ role: 'UNIT_HEAD', unit: { code: 'FINANCE' } });
  });
  afterAll(async () => {
    await stack?.close();
    await issuer?.close();
  });

  /** From the sign-in page through the provider's own login form, as this account. */
  async function signInAt(page: Page, button: string, account: keyof typeof ACCOUNTS): Promise<void> {
    await page.getByRole('link', { name: button }).click();
    await page.locator('input[name="login"]').fill(account);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
  }

  it('offers no development sign-in: /dev/token and /dev/sign-in answer 404', async () => {
    expect((await fetch(`${stack.base}/dev/token?role=ADMIN`)).status).toBe(404);
    expect((await fetch(`${stack.base}/dev/sign-in`, { method: 'POST' })).status).toBe(404);
    const providers = await (await fetch(`${stack.base}/auth/providers`)).json();
    expect(providers).toEqual({
      devSignIn: false,
      providers: [
        { id: 'staff', audience: 'staff' },
        { id: 'public', audience: 'public' },
      ],
    });
  });

  it("lands the head of Finance from the directory on Finance's desk, where they answer a case", async () => {
    const message = `ขอทราบกำหนดการเบิกจ่ายค่าวัสดุ (ทดสอบการเข้าสู่ระบบ ${randomUUID().slice(0, 8)})`;
    const sent = await stack.t.query(SUBMIT, { input: { category: 'QUESTION', message, unitCode: 'FINANCE' }, key: randomUUID() });
    const code: string = sent.data?.submitFeedback.caseCode;
    expect(code).toBeTruthy();

    const page = await openPage(stack.browser);
    await page.goto(`${stack.base}/desk`);
    await page.getByRole('link', { name: 'เข้าสู่ระบบด้วยบทบาทที่มีสิทธิ์เพื่อดูหน้านี้' }).click();
    await expectAccessible(page, 'sign-in with providers');
    await signInAt(page, 'เข้าสู่ระบบด้วยบัญชีของสำนักงาน (เจ้าหน้าที่)', 'finance-head');
    await page.waitForURL(`${stack.base}/desk`);
    await page.getByText('เข้าสู่ระบบเป็น หัวหน้าหน่วยงาน').waitFor();
    // The session is an HttpOnly cookie: nothing for a script to read.
    expect(await page.evaluate(() => document.cookie)).not.toContain('sesao28_session');

    const row = page.locator(`[data-testid="queue"] tr[data-case="${code}"]`);
    await eventually(async () => {
      await page.reload();
      await page.getByTestId('queue').waitFor();
      return (await row.count()) === 1;
    }, 60_000);
    await row.getByRole('link').click();
    await page.getByRole('button', { name: 'รับทราบเรื่อง' }).click();
    await page.getByRole('status').getByText('รับทราบเรื่องแล้ว').waitFor();
    await page.getByLabel('คำตอบ (ภาษาไทย)').fill('เบิกจ่ายภายในวันที่ 25 ของทุกเดือน');
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await page.getByRole('status').getByText('ส่งคำตอบแล้ว').waitFor();
    // The front door's copy follows through the outbox, a moment later.
    const followed = await eventually(async () => {
      const res = await stack.t.query(`query ($code: String!) { followCase(code: $code) { status answer } }`, { code });
      return res.data?.followCase.status === 'ANSWERED' ? res.data.followCase : undefined;
    });
    expect(followed).toEqual({ status: 'ANSWERED', answer: 'เบิกจ่ายภายในวันที่ 25 ของทุกเดือน' });

    // Signing out ends the session at the gateway too.
    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await page.getByRole('link', { name: 'เข้าสู่ระบบ', exact: true }).waitFor();
    const session = await page.evaluate(async () => (await fetch('/auth/session')).json());
    expect(session).toEqual({ signedIn: false });
    await page.context().close();
  });

  it("gives a stranger with a valid account the public's rights, and says so in Thai and English", async () => {
    const page = await openPage(stack.browser);
    await page.goto(`${stack.base}/sign-in?next=/desk`);
    await signInAt(page, 'เข้าสู่ระบบด้วยบัญชีของสำนักงาน (เจ้าหน้าที่)', 'stranger');
    await page.waitForURL(/\/sign-in\?notice=not-in-directory$/);
    await page.getByText('บัญชีนี้ไม่อยู่ในทำเนียบเจ้าหน้าที่').waitFor();
    const session = await page.evaluate(async () => (await fetch('/auth/session')).json());
    expect(session).toMatchObject({ signedIn: true, role: 'STAKEHOLDER', unitCode: null });
    await page.goto(`${stack.base}/desk`);
    await page.getByText('เข้าสู่ระบบด้วยบทบาทที่มีสิทธิ์เพื่อดูหน้านี้').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${stack.base}/sign-in?notice=not-in-directory`);
    await page.getByText('this account is not in the staff directory').waitFor();
    await page.context().close();
  });

  it('signs a parent in through the public provider, and takes their vote in a signed-in vote', async () => {
    const votes = await stack.t.query(`{ supervision { votes(first: 5) { nodes { id titleTh eligibility } } } }`);
    const vote = votes.data!.supervision.votes.nodes.find((v: { eligibility: string }) => v.eligibility === 'SIGNED_IN');
    expect(vote).toBeTruthy();
    const page = await openPage(stack.browser, { phone: true });
    await page.goto(`${stack.base}/units/SUPERVISION/votes/${vote.id}`);
    await page.getByRole('heading', { level: 1, name: vote.titleTh }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'เข้าสู่ระบบ' }).click();
    await signInAt(page, 'เข้าสู่ระบบด้วยบัญชีอื่น', 'parent');
    await page.waitForURL(`${stack.base}/units/SUPERVISION/votes/${vote.id}`);
    await page.getByLabel('การวัดและประเมินผล').check();
    await page.getByRole('button', { name: 'ลงมติ' }).click();
    await page.getByTestId('vote-receipt').waitFor();
    await expectAccessible(page, 'vote receipt after OIDC sign-in');
    await page.context().close();
  });
});
