import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import type { TestStack } from '../support/test-stack.js';
import { expectAccessible, openPage, screenshot, startBrowserStack, tabTo, type BrowserStack } from './support/browser.js';

/** The focused element shows a visible outline (WCAG 2.4.7). */
const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });

describe('public portal in a real browser', () => {
  let t: TestStack;
  let browser: Browser;
  let base: string;
  let running: BrowserStack | undefined;
  beforeAll(async () => {
    running = await startBrowserStack();
    ({ t, browser, base } = running);
  });
  afterAll(async () => running?.close());

  it("takes an anonymous complaint, shows its code, and shows the unit's answer when followed by that code", async () => {
    const page = await openPage(browser);
    await page.goto(`${base}/feedback`);
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).waitFor();
    // Sending nothing names what is missing, next to each field, in Thai.
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    await page.getByRole('alert').getByText('กรุณาแก้ไข 2 รายการก่อนส่ง').waitFor();
    await expectAccessible(page, 'feedback form with errors');

    const message = `ขอร้องเรียนการจัดซื้อพัสดุของโรงเรียนล่าช้า (ทดสอบผ่านเบราว์เซอร์ ${Date.now()})`;
    await page.getByLabel('ร้องเรียน').check();
    await page.getByLabel('หน่วยงานที่เกี่ยวข้อง').selectOption('FINANCE');
    await page.getByLabel('รายละเอียด').fill(message);
    await expectAccessible(page, 'feedback form filled');
    await screenshot(page, 'portal-feedback-form');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();

    const code = (await page.getByTestId('case-code').textContent())!.trim();
    expect(code).toMatch(/^SSK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The privacy key, once, with what it is for: the code alone opens nobody's data.
    expect((await page.getByTestId('privacy-key').textContent())!.trim()).toMatch(/^KEY-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await page.getByText('แสดงเพียงครั้งเดียว').waitFor();
    await expect(page.getByText('กลุ่มบริหารการเงินและสินทรัพย์').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'receipt');
    await screenshot(page, 'portal-feedback-receipt');

    // The unit's staff answer it (through the API in this step).
    const atFinance = await eventually(async () => {
      const res = await t.staff(
        `query ($s: String!) { financeAssets { feedback(first: 5, filter: { search: $s }) { nodes { id code } } } }`,
        { s: 'ทดสอบผ่านเบราว์เซอร์' },
      );
      return res.data?.financeAssets.feedback.nodes.find((n: { code: string }) => n.code === code);
    });
    for (const step of [
      'acknowledgeCase(id: $id) { status }',
      'answerCase(id: $id, answer: { answerTh: "ตรวจสอบแล้ว เร่งรัดการจัดซื้อให้เสร็จภายในสัปดาห์นี้", answerEn: "Checked; the purchase will be done this week" }) { status }',
    ]) {
      const res = await t.staff(`mutation ($id: ID!) { financeAssets { ${step} } }`, { id: atFinance.id });
      expect(res.errors).toBeUndefined();
    }

    await page.getByRole('link', { name: 'ติดตามเรื่องนี้' }).click();
    await page.waitForURL(/\/follow\?code=/);
    await eventually(
      async () => {
        await page.getByRole('button', { name: 'ค้นหา' }).click();
        return (
          (await page.getByTestId('case-answer').count()) > 0 && (await page.getByTestId('case-status').textContent())!.includes('ตอบแล้ว')
        );
      },
      20_000,
      500,
    );
    await expect(page.getByTestId('case-answer').textContent()).resolves.toContain('ตรวจสอบแล้ว เร่งรัดการจัดซื้อ');
    await expect(page.locator('.history li').count()).resolves.toBe(3);
    await expectAccessible(page, 'follow case');
    await screenshot(page, 'portal-follow-case');

    // A code that does not exist says so, with what to do next.
    await page.getByLabel('รหัสติดตามเรื่อง').fill('SSK-0000-0000-0000');
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    // The API's own words (CASE_CODE_NOT_FOUND) and what to do next; never raw JSON.
    await page.getByRole('alert').getByText('ไม่พบเรื่องตามรหัสที่ระบุ', { exact: false }).waitFor();
    await page.getByRole('alert').getByText('ตรวจสอบรหัสติดตามเรื่องตามที่ได้รับตอนส่งเรื่อง', { exact: false }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('extensions');
    await expectAccessible(page, 'follow case not found');
    await page.context().close();
  });

  it("shows the nine units, the news in B.E. dates, and a unit's activities by IAP2 level, accessibly, on desktop and phone", async () => {
    const page = await openPage(browser);
    await page.goto(base);
    await page.getByRole('link', { name: 'กลุ่มบริหารการเงินและสินทรัพย์' }).waitFor();
    const units = page.locator('section[aria-labelledby="units-heading"] li');
    await expect(units.count()).resolves.toBe(9);
    // Notices were published now (B.E. 2569 or later): dates in the Buddhist Era.
    const published = await page.locator('section[aria-labelledby="news-heading"] time').first().textContent();
    expect(published).toMatch(/25[6-9]\d/);
    await expectAccessible(page, 'home');
    await screenshot(page, 'portal-home');

    await page.getByRole('link', { name: 'ดูข่าวสารทั้งหมด' }).click();
    await page.getByRole('heading', { name: 'ข่าวสารจากทุกหน่วยงาน' }).waitFor();
    await page.locator('article').first().waitFor();
    await expectAccessible(page, 'news');

    await page.getByRole('link', { name: 'หน้าแรก' }).click();
    await page.getByRole('link', { name: 'กลุ่มบริหารการเงินและสินทรัพย์' }).click();
    await page.getByRole('heading', { level: 1, name: 'กลุ่มบริหารการเงินและสินทรัพย์' }).waitFor();
    await page.locator('#activities-heading ~ ul .card').first().waitFor();
    const levelsShown = async () => new Set(await page.locator('#activities-heading ~ ul .badge[class*="badge-level-"]').allTextContents());
    expect((await levelsShown()).size).toBeGreaterThan(1);
    // Only CONSULT: every activity shown is at that level.
    for (const level of ['ให้ข้อมูลข่าวสาร', 'ร่วมกำหนดนโยบายและวางแผน', 'ภาคีเครือข่ายความร่วมมือ', 'เสริมอำนาจให้ดำเนินการเอง']) {
      await page.getByRole('checkbox', { name: level }).uncheck();
    }
    await eventually(async () => {
      const shown = await levelsShown();
      return shown.size === 1 && shown.has('รับฟังความคิดเห็น');
    });
    await expectAccessible(page, 'unit page');
    await screenshot(page, 'portal-unit');
    await page.context().close();

    const phone = await openPage(browser, { phone: true });
    await phone.goto(base);
    await phone.getByRole('link', { name: 'กลุ่มบริหารการเงินและสินทรัพย์' }).waitFor();
    // Nothing wider than the phone's screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'home on a phone');
    await screenshot(phone, 'portal-home-phone');
    await phone.context().close();
  });

  it('can be filled and sent with the keyboard alone, with a skip link and visible focus', async () => {
    const page = await openPage(browser);
    await page.goto(`${base}/feedback`);
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ข้ามไปยังเนื้อหาหลัก');
    expect(await focusOutline(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabTo(page, 'category-COMPLAINT');
    expect(await focusOutline(page)).toBe(true);
    // Arrow keys move within the radio group and choose.
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.getElementById('category-SUGGESTION') as HTMLInputElement).checked)).toBe(true);
    await tabTo(page, 'feedback-message');
    await page.keyboard.type('เสนอให้เพิ่มช่องทางติดต่อทางไลน์สำหรับผู้ปกครอง (ส่งด้วยแป้นพิมพ์)');
    // Leave contact details: choose "identified" with the arrow key, then fill them in.
    await tabTo(page, 'identity-anonymous');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'contact-email');
    await page.keyboard.type('parent@example.com');
    await tabTo(page, 'privacy-accept');
    await page.keyboard.press('Space');
    await tabTo(page, 'contact-minor');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('ส่งเรื่อง');
    expect(await focusOutline(page)).toBe(true);
    await page.keyboard.press('Enter');

    const code = (await page.getByTestId('case-code').textContent())!.trim();
    expect(code).toMatch(/^SSK-/);
    // The receipt takes the focus, so a screen reader reads it out.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('receipt-heading');
    const tracked = await t.query(`query ($c: String!) { followCase(code: $c) { category } }`, { c: code });
    expect(tracked.data?.followCase.category).toBe('SUGGESTION');
    // E-mail was ticked by default under "how to be told", and an address was given: told by e-mail.
    const key = (await page.getByTestId('privacy-key').textContent())!.trim();
    const kept = await t.query(`query ($c: String!, $k: String) { myCaseData(code: $c, privacyKey: $k) { contact { notifyBy } } }`, {
      c: code,
      k: key,
    });
    expect(kept.data?.myCaseData.contact.notifyBy).toEqual(['EMAIL']);
    await screenshot(page, 'portal-keyboard-receipt');
    await page.context().close();
  });

  it('lets a submitter see and erase their data with the code and the privacy key, and nobody with the code alone', async () => {
    const res = await t.query(
      `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode privacyKey } }`,
      {
        input: {
          category: 'COMPLAINT',
          message: 'ขอให้ลบข้อมูลของฉันหลังได้รับคำตอบ (ทดสอบหน้า PDPA)',
          unitCode: 'FINANCE',
          contact: { name: 'นางลบ ข้อมูล', phone: '0823334444', acceptedNoticeVersion: '2569-1' },
        },
        key: crypto.randomUUID(),
      },
    );
    const { caseCode, privacyKey } = res.data?.submitFeedback as { caseCode: string; privacyKey: string };
    const page = await openPage(browser);
    await page.goto(`${base}/my-data?code=${caseCode}`);
    await page.getByLabel('รหัสลับส่วนบุคคล (จำเป็น)').fill('KEY-0000-0000-0000');
    await page.getByRole('button', { name: 'ดูข้อมูลของฉัน' }).click();
    const keyError = page.locator('#my-key-error');
    await keyError.waitFor();
    expect(await keyError.textContent()).toMatch(/รหัสลับส่วนบุคคลไม่ถูกต้อง/);
    await expectAccessible(page, 'my data, wrong key');

    await page.getByLabel('รหัสลับส่วนบุคคล (จำเป็น)').fill(privacyKey.toLowerCase());
    await page.getByRole('button', { name: 'ดูข้อมูลของฉัน' }).click();
    const data = page.getByTestId('my-data');
    await data.getByText('นางลบ ข้อมูล · 0823334444').waitFor();
    await expectAccessible(page, 'my data');
    // Only a phone was given and no way of being told chosen: SMS is offered, off; the person turns it on.
    const notices = page.getByTestId('my-notices');
    expect(await notices.getByRole('checkbox').count()).toBe(1);
    await notices.getByLabel('SMS').check();
    await notices.getByRole('button', { name: 'บันทึกช่องทางการแจ้ง' }).click();
    await notices.getByRole('status').getByText('บันทึกแล้ว: SMS').waitFor();
    const chosen = await t.query(`query ($c: String!, $k: String) { myCaseData(code: $c, privacyKey: $k) { contact { notifyBy } } }`, {
      c: caseCode,
      k: privacyKey,
    });
    expect(chosen.data?.myCaseData.contact.notifyBy).toEqual(['SMS']);
    await expect(data.getByRole('button', { name: 'ลบข้อมูลของฉัน' }).isDisabled()).resolves.toBe(true);
    await data.getByLabel(/ข้าพเจ้าเข้าใจว่าเมื่อลบแล้ว/).check();
    await data.getByRole('button', { name: 'ลบข้อมูลของฉัน' }).click();
    await page
      .getByRole('status')
      .getByText(/ลบข้อมูลแล้ว/)
      .waitFor();
    const after = await t.query(`query ($c: String!, $k: String) { myCaseData(code: $c, privacyKey: $k) { contact { name } } }`, {
      c: caseCode,
      k: privacyKey,
    });
    expect(after.data?.myCaseData.contact).toBeNull();
    await page.context().close();
  });

  it('switches to English and stays in English after a reload', async () => {
    const page = await openPage(browser);
    await page.goto(base);
    await page.getByRole('link', { name: 'กลุ่มอำนวยการ' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await page.getByRole('button', { name: 'English — เปลี่ยนภาษาเป็นภาษาอังกฤษ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Have your say with the service area office' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Administration' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Finance and Asset Management' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page, 'home in English');
    await screenshot(page, 'portal-home-en');

    // Messages follow the language too.
    await page.getByRole('link', { name: 'Follow a case', exact: true }).click();
    await page.getByLabel('Tracking code').fill('SSK-0000-0000-0000');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('alert').getByText('No case has this code', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'ภาษาไทย — Switch the language to Thai' }).click();
    await page.getByRole('alert').getByText('ไม่พบเรื่องตามรหัสที่ระบุ', { exact: false }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await page.context().close();
  });
});
