import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectPhonePages,
  fiscalYearNow,
  fromUnitPage,
  loseFirstAnswer,
  openPage,
  screenshot,
  signInAtDesk,
  useBrowserStack,
} from './support/browser.js';

describe("the units' own pages in a real browser: disclosures, the ICT help desk, the misconduct channel, the audit plan", () => {
  const stack = useBrowserStack();
  const signIn = (role: 'UNIT_HEAD' | 'UNIT_STAFF', unit: string) => signInAtDesk(stack.browser, stack.base, role, unit);

  const fromUnit = (page: Page, unit: string, link: string) => fromUnitPage(page, stack.base, unit, link);

  it('takes a misconduct report (the answer lost once, resent: one report), gives a code and PIN, and shows the status staff set only to both', async () => {
    const page = await openPage(stack.browser);
    await fromUnit(page, 'AUDIT', 'แจ้งเบาะแสการทุจริตและประพฤติมิชอบ');
    await expectAccessible(page, 'misconduct form');

    // Nothing typed: the next step stands beside the field, nothing is sent.
    await page.getByRole('button', { name: 'ส่งเบาะแส' }).click();
    await page.locator('#misconduct-subjectTh-error').getByText('กรุณากรอกช่องนี้').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('misconduct-subjectTh');

    const subject = `เรียกรับเงินค่าอนุมัติโครงการ (${Date.now()})`;
    await page.getByLabel('เรื่อง (จำเป็น)', { exact: true }).fill(subject);
    await page.getByLabel('เหตุการณ์ที่เกิดขึ้น (จำเป็น)').fill('มีการเรียกรับเงินก่อนอนุมัติโครงการของโรงเรียน');
    await page.getByLabel('เกิดขึ้นเมื่อใด (ไม่บังคับ)').fill('ต้นเดือนพฤศจิกายน');
    // The report is in, but the answer is lost on the way back: the page says so; sent again, the same report.
    const lost = await loseFirstAnswer(page, 'ReportMisconduct');
    await page.getByRole('button', { name: 'ส่งเบาะแส' }).click();
    await page.getByRole('alert').getByText('ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต', { exact: false }).waitFor();
    expect(lost()).toBe(1);
    await page.getByRole('button', { name: 'ส่งเบาะแส' }).dblclick();
    await page.getByTestId('receipt').waitFor();
    const code = (await page.getByTestId('report-code').textContent())!;
    const pin = (await page.getByTestId('report-pin').textContent())!;
    expect(code).toMatch(/^SSK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(pin).toMatch(/^\d{8}$/);
    await expectAccessible(page, 'misconduct receipt');
    await screenshot(page, 'misconduct-receipt');

    // One report, as the unit's named staff read it; they move it on.
    const reports = await stack.t.staff(`{ internalAudit { misconductReports(first: 50) { nodes { id code subjectTh status } } } }`);
    const mine = reports.data!.internalAudit.misconductReports.nodes.filter((r: { subjectTh: string }) => r.subjectTh === subject);
    expect(mine).toHaveLength(1);
    expect(mine[0].code).toBe(code);
    const moved = await stack.t.staff(
      `mutation ($id: ID!) { internalAudit { updateMisconductReport(id: $id, status: INVESTIGATING, noteTh: "เริ่มสอบข้อเท็จจริง") { status } } }`,
      {
        id: mine[0].id,
      },
    );
    expect(moved.errors).toBeUndefined();

    await page.getByRole('link', { name: 'ติดตามผลเบาะแสที่แจ้ง' }).click();
    await page.getByRole('heading', { level: 1, name: 'ติดตามผลเบาะแสที่แจ้ง' }).waitFor();
    // The PIN never goes into the address.
    expect(page.url()).not.toContain(pin);
    await page.getByLabel('รหัสเรื่อง (จำเป็น)').fill(code.toLowerCase());
    const wrongPin = pin === '00000000' ? '11111111' : '00000000';
    await page.getByLabel('PIN (จำเป็น)').fill(wrongPin);
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.getByTestId('report-not-found').waitFor();
    await expect(page.getByTestId('report').count()).resolves.toBe(0);
    await page.getByLabel('PIN (จำเป็น)').fill(pin);
    await page.getByRole('button', { name: 'ค้นหา' }).click();
    await page.getByTestId('report-status').getByText('กำลังตรวจสอบข้อเท็จจริง').waitFor();
    await expect(page.getByTestId('report').textContent()).resolves.not.toContain('เริ่มสอบข้อเท็จจริง');
    await expectAccessible(page, 'misconduct follow-up');
    await page.context().close();
  });

  it("shows Internal Audit's published audit plan by quarter with the units' names, and says so for a year without one", async () => {
    const year = fiscalYearNow();
    const published = await stack.t.staff(
      `mutation ($input: AuditPlanInput!) { internalAudit { publishAuditPlan(input: $input) { fiscalYear } } }`,
      {
        input: {
          fiscalYear: year,
          items: [
            { unitCode: 'PERSONNEL', topicTh: 'การจ่ายค่าตอบแทนพิเศษ', quarter: 3 },
            { unitCode: 'FINANCE', topicTh: 'การเบิกจ่ายเงินงบประมาณและเงินนอกงบประมาณ', quarter: 1 },
          ],
        },
      },
    );
    expect(published.errors).toBeUndefined();
    const page = await openPage(stack.browser);
    await fromUnit(page, 'AUDIT', 'แผนการตรวจสอบภายในประจำปี');
    const rows = page.locator('[data-testid="audit-plan"] tbody tr');
    await rows.first().waitFor();
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(cells).toEqual([
      ['ไตรมาส 1 (ต.ค.–ธ.ค.)', 'กลุ่มบริหารการเงินและสินทรัพย์', 'การเบิกจ่ายเงินงบประมาณและเงินนอกงบประมาณ'],
      ['ไตรมาส 3 (เม.ย.–มิ.ย.)', 'กลุ่มบริหารงานบุคคล', 'การจ่ายค่าตอบแทนพิเศษ'],
    ]);
    await expectAccessible(page, 'audit plan');
    await page.getByLabel('ปีงบประมาณ').selectOption(String(year - 2));
    await page.getByTestId('no-plan').waitFor();
    expect(page.url()).toContain(`fy=${year - 2}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Fiscal year').selectOption(String(year));
    await page.locator('[data-testid="audit-plan"]').getByText('Finance and Asset Management').waitFor();
    await page.context().close();
  });

  it("publishes a disclosure at Finance's desk (a wrong amount said beside its field); the public asks about it, the unit answers, the public reads the answer", async () => {
    const title = `จัดซื้อเครื่องคอมพิวเตอร์ห้องเรียน (${Date.now()})`;
    const desk = await signIn('UNIT_HEAD', 'FINANCE');
    await desk.getByTestId('services-desk').getByRole('link', { name: 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและตอบคำถาม' }).click();
    const form = desk.getByTestId('disclosure');
    await form.getByLabel('ชื่อเรื่อง (ภาษาไทย) (จำเป็น)').fill(title);
    await form.getByLabel('โครงการหรือรายการงบประมาณ (จำเป็น)').fill('โครงการพัฒนาห้องเรียนดิจิทัล');
    await form.getByLabel('จำนวนเงิน (บาท) (จำเป็น)').fill('-5');
    await form.getByLabel('ผู้รับจ้างหรือผู้ขาย (ไม่บังคับ)').fill('บริษัท ศรีสะเกษคอมพิวเตอร์ จำกัด');
    await form.getByRole('button', { name: 'เผยแพร่รายการ' }).click();
    // The API refuses a negative amount and names amountBaht: its message stands beside that field.
    const amountError = desk.locator('#disclosure-amountBaht-error');
    await amountError.waitFor();
    expect(await amountError.getAttribute('data-field-error')).toBe('amountBaht');
    expect(await amountError.textContent()).toContain('จำนวนเงินต้องไม่ติดลบ');
    await expectAccessible(desk, 'disclosure with a field error');
    await form.getByLabel('จำนวนเงิน (บาท) (จำเป็น)').fill('452,500.50');
    await form.getByRole('button', { name: 'เผยแพร่รายการ' }).click();
    await form.getByRole('status').getByText('เผยแพร่รายการแล้ว').waitFor();

    const visitor = await openPage(stack.browser);
    await fromUnit(visitor, 'FINANCE', 'การเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ');
    const card = visitor.locator('[data-testid="disclosures"] > li').filter({ has: visitor.getByRole('heading', { name: title }) });
    await card.waitFor();
    expect(await card.textContent()).toContain('452,500.50 บาท');
    await card.getByText('ถามคำถามเกี่ยวกับรายการนี้').click();
    const question = `ทำไมจึงใช้วิธีประกวดราคาอิเล็กทรอนิกส์ (${Date.now()})`;
    await card.getByLabel('คำถาม (จำเป็น)').fill(question);
    await card.getByRole('button', { name: 'ส่งคำถาม' }).dblclick();
    await card.getByRole('status').getByText('ได้รับคำถามของท่านแล้ว', { exact: false }).waitFor();
    const asked = card.getByTestId('questions').locator('li').filter({ hasText: question });
    await asked.getByText('รอหน่วยงานตอบ').waitFor();
    const listed = await stack.t.query(`{ financeAssets { disclosures(first: 50) { nodes { titleTh questions { id question } } } } }`);
    const ours = listed.data!.financeAssets.disclosures.nodes.find((d: { titleTh: string }) => d.titleTh === title);
    expect(ours.questions.filter((q: { question: string }) => q.question === question)).toHaveLength(1);
    await expectAccessible(visitor, 'disclosures with a question');

    // The unit answers at its desk; the question leaves the waiting list.
    await desk.reload();
    const waiting = desk.locator(`[data-testid="unanswered"] > li[data-question="${ours.questions[0].id}"]`);
    await waiting.waitFor();
    const answer = 'เป็นไปตามพระราชบัญญัติการจัดซื้อจัดจ้างฯ เนื่องจากวงเงินเกิน 500,000 บาทรวมภาษี';
    await waiting.getByLabel('คำตอบ (เผยแพร่ต่อสาธารณะ) (จำเป็น)').fill(answer);
    await waiting.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await desk.getByTestId('answer-sent').waitFor();
    await waiting.waitFor({ state: 'detached' });
    await expectAccessible(desk, 'disclosures desk');
    await desk.context().close();

    await visitor.reload();
    await card
      .getByTestId('questions')
      .locator('li')
      .filter({ hasText: question })
      .getByTestId('question-answer')
      .getByText(answer)
      .waitFor();
    await screenshot(visitor, 'finance-disclosures');
    await visitor.context().close();
  });

  it('takes an ICT support request (a wrong school code said beside its field), gives a code; staff move it on with a note the school then reads by the code', async () => {
    const page = await openPage(stack.browser);
    await fromUnit(page, 'DLICT', 'ขอรับบริการด้านเทคโนโลยีสารสนเทศ (ICT)');
    const school = `โรงเรียนทดสอบวิทยา ${Date.now()}`;
    await page.getByLabel('ชื่อโรงเรียน (จำเป็น)').fill(school);
    await page.getByLabel('รหัสโรงเรียน (ไม่บังคับ)').fill('12345');
    await page.getByLabel('ประเภทปัญหา (จำเป็น)').selectOption('DLTV');
    await page.getByLabel('รายละเอียดปัญหา (จำเป็น)').fill('จานรับสัญญาณ DLTV ห้อง 3 ไม่มีภาพตั้งแต่วันจันทร์');
    await page.getByRole('button', { name: 'ส่งคำขอ' }).click();
    const codeError = page.locator('#ict-request-schoolCode-error');
    await codeError.getByText('รหัสโรงเรียนต้องเป็นตัวเลข 10 หลัก').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ict-request-schoolCode');
    await expectAccessible(page, 'ICT request with a field error');
    await page.getByLabel('รหัสโรงเรียน (ไม่บังคับ)').fill('1033530101');
    await page.getByRole('button', { name: 'ส่งคำขอ' }).click();
    const code = (await page.getByTestId('ict-code').textContent())!;
    expect(code).toMatch(/^ICT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible(page, 'ICT receipt');

    await page.getByRole('link', { name: 'ติดตามคำขอนี้' }).click();
    await page.getByTestId('ict-status').getByText('รับคำขอแล้ว').waitFor();
    await page.getByText('ยังไม่มีบันทึกจากเจ้าหน้าที่').waitFor();

    // Staff of another unit are told whose page it is.
    const other = await signIn('UNIT_HEAD', 'FINANCE');
    await other.goto(`${stack.base}/desk/ict-requests`);
    await other.getByTestId('other-unit').waitFor();
    await expect(other.getByTestId('ict-requests').count()).resolves.toBe(0);
    await other.context().close();

    const desk = await signIn('UNIT_STAFF', 'DLICT');
    await desk.getByTestId('services-desk').getByRole('link', { name: 'คำขอรับบริการ ICT ของโรงเรียน' }).click();
    const card = desk.locator(`[data-testid="ict-requests"] > li[data-request="${code}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain(school);
    const note = 'ส่งช่างไปตรวจสอบจานรับสัญญาณวันพุธนี้';
    await card.getByLabel('สถานะ (จำเป็น)').selectOption('IN_PROGRESS');
    await card.getByLabel('บันทึกถึงโรงเรียน (จำเป็น)').fill(note);
    await card.getByRole('button', { name: 'บันทึกสถานะ' }).click();
    await card.getByRole('status').getByText('บันทึกสถานะแล้ว').waitFor();
    await card.getByTestId('ict-status').getByText('กำลังดำเนินการ').waitFor();
    await expectAccessible(desk, 'ICT desk');
    await desk.context().close();

    // The school, by the code typed in lower case: the staff's status and note.
    const school2 = await openPage(stack.browser);
    await school2.goto(`${stack.base}/units/DLICT/ict-support/follow`);
    await school2.getByLabel('รหัสติดตามคำขอ (จำเป็น)').fill('ICT-BAD');
    await school2.getByRole('button', { name: 'ค้นหา' }).click();
    await school2.locator('#ict-follow-code-error').getByText('รหัสติดตามคำขอไม่ถูกต้อง', { exact: false }).waitFor();
    await school2.getByLabel('รหัสติดตามคำขอ (จำเป็น)').fill(code.toLowerCase());
    await school2.getByRole('button', { name: 'ค้นหา' }).click();
    await school2.getByTestId('ict-status').getByText('กำลังดำเนินการ').waitFor();
    await school2.getByTestId('ict-notes').getByText(note, { exact: false }).waitFor();
    await expectAccessible(school2, 'ICT follow');
    await screenshot(school2, 'ict-follow');
    await school2.context().close();
  });

  it('shows every public page of the three units on a phone: accessible, nothing wider than the screen, in English too', async () => {
    await expectPhonePages(stack.browser, stack.base, [
      '/units/FINANCE/disclosures',
      '/units/DLICT/ict-support',
      '/units/DLICT/ict-support/follow',
      '/units/AUDIT/report',
      '/units/AUDIT/report/follow',
      '/units/AUDIT/audit-plan',
    ]);
  });
});
