import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  fitsPhone,
  fromUnitPage,
  loseFirstAnswer,
  openPage,
  screenshot,
  signInAtDesk,
  useBrowserStack,
} from './support/browser.js';

const stamp = Date.now();
const APPLY = `mutation ($input: PartnerApplicationInput!, $key: ID!) { applyToBecomePartner(input: $input, idempotencyKey: $key) { id } }`;

/**
 * Becoming a partner in a real browser: an organisation applies from Administration's page (problems
 * beside the field, a lost answer resent: one application), staff of another unit accept it on the
 * register's desk and decline another with a reason, and the public reads the new partner's page.
 */
describe('applying to become a partner, accepted at the desk', () => {
  const stack = useBrowserStack();

  it('the public applies (one application for a resent submission, the receipt without the contact); staff accept it and decline another; the public reads the new partner’s page', async () => {
    const name = `ชมรมผู้ปกครองทดสอบ ${stamp}`;
    const page = await openPage(stack.browser);
    await fromUnitPage(page, stack.base, 'ADMIN', 'สมัครเป็นภาคีเครือข่าย');
    const form = page.getByTestId('partner-application');
    await form.getByRole('button', { name: 'ส่งใบสมัคร' }).click();
    await form.locator('[data-field-error="nameTh"]').getByText('กรุณากรอกช่องนี้').waitFor();
    const fill = async (nameTh: string, email: string) => {
      await form.getByLabel('ชื่อองค์กร (ภาษาไทย) (จำเป็น)').fill(nameTh);
      await form.getByLabel('ชื่อองค์กร (ภาษาอังกฤษ) (ไม่บังคับ)').fill(`Parents Test Network ${stamp}`);
      await form.getByLabel('ประเภทภาคี (จำเป็น)').selectOption('PARENT_NETWORK');
      await form.getByLabel('จังหวัด (จำเป็น)').fill('ศรีสะเกษ');
      await form.getByLabel('ข้อความถึงสำนักงาน (จำเป็น)').fill('ชมรมอยากร่วมจัดกิจกรรมส่งเสริมการอ่านกับโรงเรียนในเขตพื้นที่');
      await form.getByLabel('ชื่อผู้ติดต่อ (จำเป็น)').fill('นางสมศรี ใจดี');
      await form.getByLabel('อีเมลผู้ติดต่อ (จำเป็น)').fill(email);
    };
    await fill(name, 'somsri@example.org');
    // The answer to the first sending is lost; sent again with the same key, it is one application.
    const lost = await loseFirstAnswer(page, 'ApplyToBecomePartner');
    await form.getByRole('button', { name: 'ส่งใบสมัคร' }).click();
    await page.getByRole('alert').getByText('ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต', { exact: false }).waitFor();
    expect(lost()).toBe(1);
    await form.getByRole('button', { name: 'ส่งใบสมัคร' }).click();
    const receipt = page.getByTestId('receipt');
    await receipt.getByRole('heading', { name: 'ได้รับใบสมัครของท่านแล้ว' }).waitFor();
    const number = (await receipt.getByTestId('application-number').textContent())!;
    expect(await receipt.textContent()).not.toContain('somsri@example.org');
    const held = await stack.t.sql<{ id: string; status: string }>(
      `SELECT id, status FROM unit_administration.partner_application WHERE name_th = $1`,
      [name],
    );
    expect(held).toEqual([{ id: number, status: 'RECEIVED' }]);
    await expectAccessible(page, 'partner application receipt');
    await screenshot(page, 'partner-apply');
    await fitsPhone(page, 'partner application receipt', 'partner-apply');

    // Another application from the receipt, with an address the API refuses: beside the e-mail, in the page's language.
    await receipt.getByRole('button', { name: 'ส่งใบสมัครอีกฉบับ' }).click();
    await fill(`${name} (ฉบับที่สอง)`, 'not an address');
    await form.getByRole('button', { name: 'ส่งใบสมัคร' }).click();
    const emailProblem = form.locator('[data-field-error="contactEmail"]');
    await emailProblem.getByText('กรุณากรอกอีเมลที่ถูกต้องสำหรับติดต่อกลับ').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('partner-application-contactEmail');
    await expectAccessible(page, 'partner application with a field problem');
    await page.getByRole('button', { name: 'English' }).click();
    await emailProblem.getByText('Give a valid e-mail address to reply to').waitFor();
    await page.getByRole('button', { name: 'ภาษาไทย' }).click();

    // Another organisation's application, which staff decline.
    const other = `ร้านค้าทดสอบ ${stamp}`;
    const sent = await stack.t.query(APPLY, {
      input: {
        nameTh: other,
        kind: 'BUSINESS',
        province: 'ยโสธร',
        message: 'ขอร่วมงาน',
        contactName: 'นายร้าน ค้าขาย',
        contactEmail: 'shop@example.org',
      },
      key: randomUUID(),
    });
    expect(sent.errors).toBeUndefined();

    // Staff of another unit keep the register: the waiting applications, with their contact.
    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'FINANCE');
    await desk.getByRole('link', { name: 'ทะเบียนภาคีเครือข่ายและบันทึกข้อตกลง (MOU)' }).click();
    await desk.getByRole('heading', { level: 1, name: 'ทะเบียนภาคีเครือข่ายของสำนักงาน' }).waitFor();
    const applications = desk.getByTestId('partner-applications');
    const declined = applications.locator(':scope > li', { hasText: other });
    await declined.getByTestId('application-contact').getByText('shop@example.org').waitFor();
    await declined.getByText(`ไม่รับใบสมัครของ ${other}`).click();
    await declined.getByRole('button', { name: 'ไม่รับใบสมัคร' }).click();
    await declined.locator('[data-field-error="reasonTh"]').getByText('กรุณากรอกช่องนี้').waitFor();
    await declined.getByLabel('เหตุผลที่ไม่รับ (จำเป็น)').fill('ยังไม่อยู่ในพื้นที่บริการของสำนักงาน');
    await declined.getByRole('button', { name: 'ไม่รับใบสมัคร' }).click();
    await desk.getByTestId('application-decided').getByText('แจ้งไม่รับใบสมัครแล้ว').waitFor();
    await declined.waitFor({ state: 'detached' });

    const ours = applications.locator(':scope > li', { hasText: name });
    await ours.getByTestId('application-contact').getByText('นางสมศรี ใจดี', { exact: false }).waitFor();
    await expectAccessible(desk, 'partner applications at the desk');
    await screenshot(desk, 'desk-partner-applications');
    await fitsPhone(desk, 'partner applications at the desk', 'desk-partner-applications');
    await ours.getByRole('button', { name: 'รับเข้าทะเบียนภาคีเครือข่าย' }).click();
    const decided = desk.getByTestId('application-decided');
    await decided.getByText('รับเข้าทะเบียนแล้ว').waitFor();
    await ours.waitFor({ state: 'detached' });
    // The register's list shows the new partner at once.
    await desk.getByTestId('partners').locator(':scope > li', { hasText: name }).waitFor();
    // Accepted ones, filtered, link to their partner's page too.
    await desk.getByLabel('สถานะใบสมัคร', { exact: true }).selectOption('ACCEPTED');
    await applications
      .locator(':scope > li', { hasText: name })
      .getByRole('link', { name: `หน้าสาธารณะของภาคี ${name}` })
      .waitFor();
    await expectAccessible(desk, 'accepted applications at the desk');

    await decided.getByRole('link', { name: `หน้าสาธารณะของภาคี ${name}` }).click();
    await desk.getByRole('heading', { level: 1, name }).waitFor();
    const path = new URL(desk.url()).pathname;
    expect(path).toMatch(/^\/partners\/[0-9a-f-]{36}$/);
    await desk.context().close();

    const staff = stack.t.as('UNIT_STAFF', 'FINANCE');
    const listed = await staff(`{ partnerApplications(first: 50) { nodes { nameTh status declineReason partner { id } } } }`);
    const mine = listed.data!.partnerApplications.nodes.filter((a: { nameTh: string }) => a.nameTh === name || a.nameTh === other);
    expect(mine).toEqual(
      expect.arrayContaining([
        { nameTh: name, status: 'ACCEPTED', declineReason: null, partner: { id: path.split('/').pop() } },
        { nameTh: other, status: 'DECLINED', declineReason: 'ยังไม่อยู่ในพื้นที่บริการของสำนักงาน', partner: null },
      ]),
    );
    expect(mine).toHaveLength(2);

    // The public, not signed in: the new partner's page.
    await page.goto(`${stack.base}${path}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const partner = page.getByTestId('partner');
    await partner.getByText(`Parents Test Network ${stamp}`).waitFor();
    await partner.getByTestId('partner-kind').getByText('เครือข่ายผู้ปกครอง').waitFor();
    await expectAccessible(page, 'the new partner’s page');
    await page.context().close();
  });
});
