import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectAccessible, fitsPhone, openPage, screenshot, useBrowserStack } from './support/browser.js';

/** The subject the development sign-in gives a stakeholder (gateway/src/sign-in/dev-sign-in.ts). */
const DEV_STAKEHOLDER = { subject: 'dev-stakeholder' };

/**
 * The public's own page in a real browser: a stakeholder signs in from it, reports a case with
 * contact details and casts a vote; the page then lists the case (with its ways to follow it and to
 * see or erase its data) and the vote under its unit, never the option chosen.
 */
describe('my page: my cases, my votes and contributions once signed in', () => {
  const stack = useBrowserStack();

  it('asks to sign in, then lists the person’s own case and the vote they took part in', async () => {
    const page = await openPage(stack.browser);
    await page.goto(`${stack.base}/me`);
    await page.getByTestId('sign-in-needed').getByRole('link').click();
    await page.getByLabel('บทบาท').selectOption('STAKEHOLDER');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL(/\/me$/);
    await page.getByTestId('my-cases-none').waitFor();
    await page.getByTestId('taking-part-none').waitFor();

    // A case reported on the front door while signed in, with an e-mail address.
    const message = `ขอทราบกำหนดการจ่ายเงินอุดหนุนรายหัวภาคเรียนที่ 2 (${Date.now()})`;
    await page.goto(`${stack.base}/feedback`);
    await page.getByLabel('สอบถาม').check();
    await page.getByLabel('หน่วยงานที่เกี่ยวข้อง').selectOption('FINANCE');
    await page.getByLabel('รายละเอียด').fill(message);
    await page.locator('#identity-identified').check();
    await page.locator('#contact-email').fill('parent.mine@example.com');
    await page.locator('#privacy-accept').check();
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    const code = (await page.getByTestId('case-code').textContent())!.trim();

    // A vote of Supervision, cast as the same signed-in person.
    const title = `เลือกหัวข้ออบรมผู้ปกครอง (${Date.now()})`;
    const opened = await stack.t.staff(`mutation ($input: VoteInput!) { supervision { openVote(input: $input) { id options { id } } } }`, {
      input: {
        titleTh: title,
        questionTh: 'หัวข้อใดที่ต้องการมากที่สุด',
        options: [{ labelTh: 'การดูแลสุขภาพจิตวัยรุ่น' }, { labelTh: 'การวางแผนศึกษาต่อ' }],
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        eligibility: 'SIGNED_IN',
        level: 'INVOLVE',
      },
    });
    expect(opened.errors).toBeUndefined();
    const vote = opened.data?.supervision.openVote;
    const cast = await stack.t.as(
      'STAKEHOLDER',
      undefined,
      DEV_STAKEHOLDER,
    )(`mutation ($v: ID!, $o: ID!, $k: String!) { supervision { castVote(voteId: $v, optionId: $o, idempotencyKey: $k) { id } } }`, {
      v: vote.id,
      o: vote.options[1].id,
      k: randomUUID(),
    });
    expect(cast.errors).toBeUndefined();

    // From the header, where a signed-in person always finds their page.
    await page.getByRole('link', { name: 'หน้าของฉัน' }).click();
    await page.waitForURL(/\/me$/);
    const cases = page.getByTestId('my-cases');
    await cases.getByRole('link', { name: `ติดตามเรื่อง ${code}` }).waitFor();
    await cases.getByText('กลุ่มบริหารการเงินและสินทรัพย์').waitFor();
    const part = page.getByTestId('mine-SUPERVISION');
    await part.getByText(title).waitFor();
    await part.getByText('ร่วมกำหนดนโยบายและวางแผน').waitFor();
    // Which option was chosen is not shown anywhere.
    expect(await page.getByText('การวางแผนศึกษาต่อ').count()).toBe(0);
    expect(await page.getByTestId('mine-FINANCE').count()).toBe(0);
    await expectAccessible(page, 'my page');
    await screenshot(page, 'my-page');
    await fitsPhone(page, 'my page', 'my-page');

    // Each case leads to its follow page (and to the PDPA page with its code filled in).
    await cases.getByRole('link', { name: `ติดตามเรื่อง ${code}` }).click();
    await page.waitForURL(/\/follow\?code=/);
    await page.getByTestId('case').getByText(code).waitFor();
    await page.goBack();
    await cases.getByRole('link', { name: `ดูหรือลบข้อมูลส่วนบุคคล ${code}` }).click();
    await page.waitForURL(/\/my-data\?code=/);
    expect(await page.getByLabel('รหัสติดตามเรื่อง', { exact: false }).first().inputValue()).toBe(code);
    await page.context().close();
  });
});
