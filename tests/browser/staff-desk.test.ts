import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import type { TestStack } from '../support/test-stack.js';
import { expectAccessible, openPage, screenshot, signInAtDesk, startBrowserStack, tabTo, type BrowserStack } from './support/browser.js';

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`;
const TEMPLATE_BODY = 'หน่วยงานได้ตรวจสอบและปรับปรุงขั้นตอนการเบิกจ่ายแล้ว ขอบคุณที่แจ้งให้ทราบ';

describe('the staff desk in a real browser', () => {
  let t: TestStack;
  let browser: Browser;
  let base: string;
  let running: BrowserStack | undefined;
  beforeAll(async () => {
    running = await startBrowserStack();
    ({ t, browser, base } = running);
  });
  afterAll(async () => running?.close());

  /** A case sent to Finance through the front door (the portal's API), once it has reached Finance. */
  async function submitToFinance(message: string): Promise<{ code: string; id: string }> {
    const res = await t.query(SUBMIT, { input: { category: 'COMPLAINT', message, unitCode: 'FINANCE' }, key: randomUUID() });
    expect(res.errors).toBeUndefined();
    const code: string = res.data?.submitFeedback.caseCode;
    const id = await eventually(
      async () => {
        const found = await t.staff(
          `query ($s: String) { financeAssets { feedback(first: 1, filter: { search: $s }) { nodes { id code } } } }`,
          { s: message },
        );
        return found.data?.financeAssets.feedback.nodes.find((n: { code: string }) => n.code === code)?.id as string | undefined;
      },
      60_000,
      250,
    );
    return { code, id };
  }

  const signIn = (role: 'UNIT_HEAD' | 'UNIT_STAFF', unit: string) => signInAtDesk(browser, base, role, unit);

  const queueRow = (page: Page, code: string) => page.locator(`[data-testid="queue"] tr[data-case="${code}"]`);

  it("shows a head the unit's cases by deadline; acknowledges and answers one with a template, by keyboard alone", async () => {
    const template = await t.staff(
      `mutation { financeAssets { createAnswerTemplate(input: { titleTh: "ปรับปรุงการเบิกจ่ายแล้ว", bodyTh: "${TEMPLATE_BODY}" }) { id } } }`,
    );
    expect(template.errors).toBeUndefined();
    const submitted = await submitToFinance('การเบิกจ่ายค่าพาหนะล่าช้ามาก ขอให้ตรวจสอบ (ทดสอบโต๊ะงาน)');

    const page = await signIn('UNIT_HEAD', 'FINANCE');
    // The queue is the API's order: soonest answer deadline first, late cases said in words.
    const deadlines = await page
      .locator('[data-testid="queue"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-late')));
    const late = deadlines.filter((d) => d === 'true').length;
    expect(deadlines.slice(0, late).every((d) => d === 'true')).toBe(true);
    // The seeded cases' deadlines have passed.
    expect(late).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="queue"] tbody tr').first().textContent()).resolves.toContain('เกินกำหนด');
    await queueRow(page, submitted.code).waitFor();
    await expect(queueRow(page, submitted.code).textContent()).resolves.toContain('ตามกำหนด');
    await expectAccessible(page, 'queue');
    await screenshot(page, 'staff-desk');

    await queueRow(page, submitted.code).getByRole('link').click();
    await page.getByTestId('case-status').getByText('รับเรื่องแล้ว').waitFor();
    await expectAccessible(page, 'case');
    await page.getByRole('button', { name: 'รับทราบเรื่อง' }).click();
    await page.getByRole('status').getByText('รับทราบเรื่องแล้ว').waitFor();
    await page.getByTestId('case-status').getByText('หน่วยงานรับทราบแล้ว').waitFor();

    // The answer with the keyboard alone: choose the template, fill the text with it, send.
    await tabTo(page, 'answer-template', 60);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#answer-th').inputValue()).resolves.toBe(TEMPLATE_BODY);
    await tabTo(page, 'answer-en');
    await page.keyboard.type('We have checked and improved the reimbursement steps. Thank you.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('ส่งคำตอบแล้ว').waitFor();
    await expect(page.getByTestId('case-answer').textContent()).resolves.toBe(TEMPLATE_BODY);
    await page.getByTestId('case-status').getByText('ตอบแล้ว').waitFor();
    await expectAccessible(page, 'answered case');
    // The submitter sees the answer by the code.
    const followed = await t.query(`query ($code: String!) { followCase(code: $code) { status answer } }`, { code: submitted.code });
    expect(followed.data?.followCase).toEqual({ status: 'ANSWERED', answer: TEMPLATE_BODY });
    await page.context().close();
  });

  it("lets only the head transfer: staff see the next step, the head's transfer lands in the other unit's queue", async () => {
    const submitted = await submitToFinance('ขอทราบหลักเกณฑ์การย้ายครู (ส่งผิดหน่วยงาน ทดสอบโต๊ะงาน)');

    const staff = await signIn('UNIT_STAFF', 'FINANCE');
    await staff.goto(`${base}/desk/cases/${submitted.id}`);
    await staff.getByLabel('หน่วยงานที่รับเรื่อง').selectOption('PERSONNEL');
    await staff.getByRole('button', { name: 'ส่งต่อเรื่อง' }).click();
    await staff.getByTestId('transfer-forbidden').waitFor();
    await expect(staff.getByRole('alert').textContent()).resolves.toContain('ไม่มีสิทธิ์');
    await expectAccessible(staff, 'transfer refused');
    await staff.context().close();
    // Nothing moved.
    const still = await t.staff(`query ($id: ID!) { financeAssets { case(id: $id) { id } } }`, { id: submitted.id });
    expect(still.data?.financeAssets.case?.id).toBe(submitted.id);

    const head = await signIn('UNIT_HEAD', 'FINANCE');
    await head.goto(`${base}/desk/cases/${submitted.id}`);
    await head.getByLabel('หน่วยงานที่รับเรื่อง').selectOption('PERSONNEL');
    await head.getByLabel('เหตุผลในการส่งต่อ (ไม่บังคับ)').fill('เป็นเรื่องการย้ายครู');
    await head.getByRole('button', { name: 'ส่งต่อเรื่อง' }).click();
    await head.getByRole('status').getByText('ส่งต่อเรื่องแล้ว').waitFor();
    await head.context().close();

    const personnel = await signIn('UNIT_HEAD', 'PERSONNEL');
    await eventually(
      async () => {
        await personnel.reload();
        await personnel.getByTestId('queue').waitFor();
        return (await queueRow(personnel, submitted.code).count()) === 1;
      },
      60_000,
      500,
    );
    await queueRow(personnel, submitted.code).getByRole('link').click();
    await personnel.getByText('รับเรื่องที่ส่งต่อมา', { exact: false }).waitFor();
    await expectAccessible(personnel, 'transferred case at Personnel');
    await personnel.context().close();
  });

  it('shows staff what the office has sent about a case, on which channel, and whether it arrived (never the address)', async () => {
    const message = `ขอให้แจ้งผลทางอีเมลและ SMS (ทดสอบการแจ้ง) ${randomUUID().slice(0, 6)}`;
    const res = await t.query(SUBMIT, {
      input: {
        category: 'COMPLAINT',
        message,
        unitCode: 'FINANCE',
        contact: { email: 'told.twice@mail.example', phone: '0891112222', notifyBy: ['EMAIL', 'SMS'], acceptedNoticeVersion: '2569-1' },
      },
      key: randomUUID(),
    });
    const code: string = res.data?.submitFeedback.caseCode;
    const page = await signIn('UNIT_STAFF', 'FINANCE');
    await queueRow(page, code).getByRole('link').click();
    const notices = page.getByTestId('case-notices');
    await notices.locator('li').nth(1).waitFor();
    // No mail server or SMS account in this stack: both wait, and say when they will be tried.
    const rows = await notices
      .locator('li')
      .evaluateAll((items) => items.map((li) => [li.getAttribute('data-channel'), li.getAttribute('data-status')]));
    expect(rows.sort()).toEqual([
      ['EMAIL', 'PENDING'],
      ['SMS', 'PENDING'],
    ]);
    await expect(notices.textContent()).resolves.toContain('แจ้งรับเรื่อง → ผู้แจ้งเรื่อง (SMS): รอส่ง');
    await expect(notices.textContent()).resolves.not.toContain('told.twice');
    await page.context().close();
  });

  it("publishes news and shows the API's problems beside the field they name", async () => {
    const page = await signIn('UNIT_HEAD', 'FINANCE');
    await page.getByRole('link', { name: 'เผยแพร่ข่าว เปิดรับฟังความคิดเห็น หรือเปิดการลงมติ' }).click();
    const vote = page.getByTestId('vote');
    await vote.getByLabel('ชื่อเรื่อง (ภาษาไทย) (จำเป็น)').fill('เลือกวันจัดงานมุทิตาจิต');
    await vote.getByLabel('คำถาม (จำเป็น)').fill('วันใดเหมาะสมที่สุด');
    await vote.getByLabel('ตัวเลือก (จำเป็น)').fill('วันศุกร์\nวันเสาร์');
    await vote.getByLabel('เปิด (จำเป็น)', { exact: true }).fill('2026-12-10T09:00');
    await vote.getByLabel('ปิด (จำเป็น)', { exact: true }).fill('2026-12-01T09:00');
    await vote.getByRole('button', { name: 'เปิดการลงมติ' }).click();
    // Closing before opening: the API names closesAt; the message stands beside that field.
    const closesError = page.locator('#vote-closesAt-error');
    await closesError.waitFor();
    expect(await closesError.getAttribute('data-field-error')).toBe('closesAt');
    await expect(page.locator('#vote-closesAt').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'publishing with a field error');

    const notice = page.getByTestId('notice');
    await notice.getByLabel('ชื่อเรื่อง (ภาษาไทย) (จำเป็น)').fill('เปิดรับสมัครอบรมการเงินโรงเรียน');
    await notice.getByLabel('เนื้อหา (จำเป็น)').fill('ขอเชิญเจ้าหน้าที่การเงินโรงเรียนสมัครอบรม');
    await notice.getByRole('button', { name: 'เผยแพร่' }).click();
    await notice.getByRole('status').getByText('เผยแพร่ข่าวสารแล้ว').waitFor();
    const news = await t.query(`{ financeAssets { notices(first: 5) { nodes { titleTh } } } }`);
    expect(news.data?.financeAssets.notices.nodes.map((n: { titleTh: string }) => n.titleTh)).toContain('เปิดรับสมัครอบรมการเงินโรงเรียน');
    await page.context().close();
  });

  it("lets the office's administrator keep the staff directory: a mistake said beside its field, a person added, logged, removed", async () => {
    const page = await openPage(browser);
    await page.goto(`${base}/admin/staff`);
    await page.getByRole('link', { name: 'เข้าสู่ระบบด้วยบทบาทที่มีสิทธิ์เพื่อดูหน้านี้' }).click();
    await page.getByLabel('บทบาท').selectOption('ADMIN');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL(`${base}/admin/staff`);
    await page.getByRole('heading', { level: 1, name: 'ทำเนียบเจ้าหน้าที่' }).waitFor();

    const form = page.getByTestId('staff');
    await form.getByLabel('อีเมล (จำเป็น)').fill('somchai.finance@sesao28.example');
    await form.getByLabel('บทบาท (จำเป็น)').selectOption('UNIT_STAFF');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    // A unit role without a unit: the API names unitCode; the message stands beside that field.
    const unitError = page.locator('#staff-unitCode-error');
    await unitError.waitFor();
    expect(await unitError.textContent()).toMatch(/ต้องระบุกลุ่มงาน/);
    await expectAccessible(page, 'staff directory with a field error');

    await form.getByLabel('หน่วยงาน').selectOption('FINANCE');
    await form.getByLabel('ชื่อ').fill('สมชาย ใจดี');
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await form.getByRole('status').getByText('บันทึกแล้ว').waitFor();
    const row = page.locator('[data-testid="staff-members"] tr[data-email="somchai.finance@sesao28.example"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('สมชาย ใจดี');
    await page.getByTestId('staff-changes').getByText('somchai.finance@sesao28.example').first().waitFor();
    await expectAccessible(page, 'staff directory');

    await row.getByRole('button', { name: 'นำออก: somchai.finance@sesao28.example' }).click();
    await page.getByRole('status').getByText('นำออกแล้ว').waitFor();
    await row.waitFor({ state: 'detached' });
    const log = await t.as('ADMIN')(`{ staffDirectoryChanges(first: 2) { action email } }`);
    expect(log.data?.staffDirectoryChanges).toEqual([
      { action: 'REMOVE', email: 'somchai.finance@sesao28.example' },
      { action: 'PUT', email: 'somchai.finance@sesao28.example' },
    ]);
    await page.context().close();
  });
});
