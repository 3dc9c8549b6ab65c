import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  fiscalYearNow,
  fitsPhone,
  openPage,
  screenshot,
  signInAtDesk,
  signInNamedStaff,
  useBrowserStack,
} from './support/browser.js';

const stamp = Date.now();
const REPORT = `mutation ($input: MisconductReportInput!, $key: String!) {
  internalAudit { reportMisconduct(input: $input, idempotencyKey: $key) { code pin } }
}`;
const FOLLOW = `query ($code: String!, $pin: String!) { internalAudit { followMisconductReport(code: $code, pin: $pin) { status } } }`;
const REPORTS = `{ internalAudit { misconductReports(first: 50) { nodes { id code status noteTh } } } }`;

/** A card of a desk list, found by the text it shows. */
const card = (page: Page, list: string, text: string) => page.getByTestId(list).locator(':scope > li', { hasText: text });

/** Moves the record on its page to this status with this note, and waits for the page to show both. */
async function moveOn(record: Locator, move: { status: string; shown: string; noteLabel: string; note: string; testIds: string }) {
  await record.getByLabel('สถานะ (จำเป็น)').selectOption(move.status);
  await record.getByLabel(move.noteLabel).fill(move.note);
  await record.getByRole('button', { name: 'บันทึกสถานะ' }).click();
  await record.getByTestId(`${move.testIds}-status`).getByText(move.shown).waitFor();
  await record.getByTestId(`${move.testIds}-note`).getByText(move.note).waitFor();
}

/** The count the desk's table shows for one status. */
const countOf = async (page: Page, status: string) =>
  Number(await page.locator(`[data-testid="report-counts"] tr[data-status="${status}"] td`).textContent());

/**
 * The confidential channels' desk pages in a real browser: Internal Audit's named staff read the
 * misconduct reports (counts by status, newest first), open one and move it on; they publish the
 * year's audit plan and follow the link to its public page; Personnel's named staff open one
 * petition on its own page. Staff without the confidential claim are refused, as the API refuses them.
 */
describe("the confidential channels at the desk: Internal Audit's reports and plan, one petition", () => {
  const stack = useBrowserStack();

  it('refuses Internal Audit staff without the claim, in Thai and English, as the API does', async () => {
    const api = await stack.t.as('UNIT_STAFF', 'AUDIT')(REPORTS);
    expect(api.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Signed in through the page's own "sign in first", back on the page: refused, and no link to it at the desk.
    const plain = await openPage(stack.browser);
    await plain.goto(`${stack.base}/desk/misconduct-reports`);
    await plain.getByRole('link', { name: 'เข้าสู่ระบบด้วยบทบาทที่มีสิทธิ์เพื่อดูหน้านี้' }).click();
    await plain.getByLabel('บทบาท').selectOption('UNIT_STAFF');
    await plain.getByLabel('หน่วยงาน').selectOption('AUDIT');
    await plain.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await plain.waitForURL(/\/desk\/misconduct-reports$/);
    await plain.getByTestId('named-staff-only').waitFor();
    await plain.goto(`${stack.base}/desk`);
    await plain.locator('h1').waitFor();
    await expect(plain.getByRole('link', { name: 'เบาะแสการทุจริตและประพฤติมิชอบ' }).count()).resolves.toBe(0);
    for (const path of ['/desk/misconduct-reports', `/desk/misconduct-reports/${randomUUID()}`, '/desk/audit-plan']) {
      await plain.goto(`${stack.base}${path}`);
      await plain.getByTestId('named-staff-only').getByText('ท่านไม่มีสิทธิ์อ่านเบาะแสการทุจริต', { exact: false }).waitFor();
      await expect(plain.getByTestId('misconduct-reports').count()).resolves.toBe(0);
      await expect(plain.getByTestId('audit-plan').count()).resolves.toBe(0);
    }
    await plain.goto(`${stack.base}/desk/misconduct-reports`);
    await plain.getByRole('button', { name: 'English' }).click();
    await plain.getByTestId('named-staff-only').getByText('You may not read misconduct reports', { exact: false }).waitFor();
    expect(await plain.getByTestId('named-staff-only').textContent()).toContain('FORBIDDEN');
    await expectAccessible(plain, 'misconduct reports refused');
    await screenshot(plain, 'desk-misconduct-refused');
    await plain.context().close();
  });

  it('lists the reports newest first with counts by status; named staff open one and move it on, the list and the reporter see the new status', async () => {
    const subject = `เรียกรับเงินค่าตรวจรับงาน (${stamp})`;
    const later = `ใช้รถราชการไปธุระส่วนตัว (${stamp})`;
    const first = await stack.t.query(REPORT, {
      input: { subjectTh: subject, bodyTh: 'กรรมการตรวจรับเรียกเงินจากผู้รับจ้างก่อนลงนาม', whoIsInvolved: 'กรรมการตรวจรับ' },
      key: randomUUID(),
    });
    expect(first.errors).toBeUndefined();
    const { code, pin } = first.data!.internalAudit.reportMisconduct;
    const second = await stack.t.query(REPORT, {
      input: { subjectTh: later, bodyTh: 'นำรถราชการไปใช้ในงานส่วนตัวช่วงวันหยุด', contact: 'line: witness02' },
      key: randomUUID(),
    });
    expect(second.errors).toBeUndefined();

    const desk = await signInNamedStaff(stack.browser, stack.base, 'UNIT_STAFF', 'AUDIT');
    await desk.getByTestId('services-desk').getByRole('link', { name: 'เบาะแสการทุจริตและประพฤติมิชอบ' }).click();
    await desk.getByRole('heading', { level: 1, name: 'เบาะแสการทุจริตและประพฤติมิชอบ (เฉพาะเจ้าหน้าที่ที่ได้รับมอบหมาย)' }).waitFor();
    const ours = card(desk, 'misconduct-reports', code);
    await ours.getByTestId('report-status').getByText('รับเรื่องแล้ว').waitFor();
    // Newest first: the later report stands above the first.
    const titles = await desk.locator('[data-testid="misconduct-reports"] > li h3').allTextContents();
    expect(titles.findIndex((t) => t.includes(later))).toBeLessThan(titles.findIndex((t) => t.includes(subject)));
    const received = await countOf(desk, 'RECEIVED');
    const investigating = await countOf(desk, 'INVESTIGATING');
    expect(received).toBeGreaterThanOrEqual(2);
    await expectAccessible(desk, 'misconduct reports desk');
    await screenshot(desk, 'desk-misconduct-reports');
    await fitsPhone(desk, 'misconduct reports desk', 'desk-misconduct-reports');

    // The report on its own page: all the reporter wrote, anonymous without a contact.
    await ours.getByRole('link', { name: `เปิดอ่านเรื่อง ${code}` }).click();
    await desk.getByRole('heading', { level: 1, name: `${code} — ${subject}` }).waitFor();
    const record = desk.getByTestId('report-record');
    expect(await record.textContent()).toContain('กรรมการตรวจรับเรียกเงินจากผู้รับจ้างก่อนลงนาม');
    expect(await record.textContent()).toContain('ไม่ระบุ (ผู้แจ้งไม่เปิดเผยตัวตน)');
    // The API asks a note: none typed, it is said beside the field and nothing is sent.
    await record.getByLabel('สถานะ (จำเป็น)').selectOption('INVESTIGATING');
    await record.getByRole('button', { name: 'บันทึกสถานะ' }).click();
    await record.locator(`[data-field-error="noteTh"]`).getByText('กรุณากรอกช่องนี้').waitFor();
    const note = 'ตั้งกรรมการสอบข้อเท็จจริงแล้ว';
    await moveOn(record, {
      status: 'INVESTIGATING',
      shown: 'กำลังตรวจสอบข้อเท็จจริง',
      noteLabel: 'บันทึกของเจ้าหน้าที่ (จำเป็น)',
      note,
      testIds: 'report',
    });
    await expectAccessible(desk, 'one misconduct report');
    await screenshot(desk, 'desk-misconduct-report');

    // Back at the list: the new status and the counts moved; the filter finds it under its new status only.
    await desk.getByRole('link', { name: '← กลับไปยังรายการเบาะแส' }).click();
    await ours.getByTestId('report-status').getByText('กำลังตรวจสอบข้อเท็จจริง').waitFor();
    expect(await countOf(desk, 'RECEIVED')).toBe(received - 1);
    expect(await countOf(desk, 'INVESTIGATING')).toBe(investigating + 1);
    await desk.getByLabel('สถานะ', { exact: true }).selectOption('RECEIVED');
    await ours.waitFor({ state: 'detached' });
    await card(desk, 'misconduct-reports', later).waitFor();
    await desk.getByLabel('สถานะ', { exact: true }).selectOption('INVESTIGATING');
    await ours.waitFor();
    await desk.context().close();

    // What the API holds, and what the reporter sees with the code and PIN: the status, never the note.
    const held = (await stack.t.staff(REPORTS)).data!.internalAudit.misconductReports.nodes.find((r: { code: string }) => r.code === code);
    expect(held).toMatchObject({ status: 'INVESTIGATING', noteTh: note });
    const followed = await stack.t.query(FOLLOW, { code, pin });
    expect(followed.data!.internalAudit.followMisconductReport).toEqual({ status: 'INVESTIGATING' });
  });

  it('publishes the year’s audit plan (a wrong line and an unknown unit said beside the topics), then links to the public page that shows it', async () => {
    const year = fiscalYearNow() + 1;
    const desk = await signInNamedStaff(stack.browser, stack.base, 'UNIT_HEAD', 'AUDIT');
    await desk.getByTestId('services-desk').getByRole('link', { name: 'เผยแพร่แผนการตรวจสอบภายในประจำปี' }).click();
    await desk.getByRole('heading', { level: 1, name: 'เผยแพร่แผนการตรวจสอบภายในประจำปี' }).waitFor();
    const form = desk.getByTestId('publish-audit-plan');
    await form.getByLabel('ปีงบประมาณ (จำเป็น)').fill(String(year));
    const topics = form.getByLabel('เรื่องที่ตรวจสอบ (จำเป็น)');
    await topics.fill('FINANCE | สอง | การเบิกจ่ายเงินอุดหนุนโรงเรียน');
    await form.getByRole('button', { name: 'เผยแพร่แผน' }).click();
    await desk.locator('[data-field-error="items"]').getByText('เขียนแต่ละบรรทัดเป็น', { exact: false }).waitFor();
    await topics.fill('NOPE | 2 | การเบิกจ่ายเงินอุดหนุนโรงเรียน');
    await form.getByRole('button', { name: 'เผยแพร่แผน' }).click();
    await desk.locator('[data-field-error="items"]').getByText('ไม่พบหน่วยงานรหัส NOPE', { exact: false }).waitFor();
    await expectAccessible(desk, 'audit plan with a field error');
    await topics.fill(
      ['FINANCE | 2 | การเบิกจ่ายเงินอุดหนุนโรงเรียน', 'personnel | 1 | การจ่ายค่าตอบแทนครูอัตราจ้าง', 'DLICT | 4 | ความมั่นคงปลอดภัยสารสนเทศ'].join(
        '\n',
      ),
    );
    await form.getByRole('button', { name: 'เผยแพร่แผน' }).click();
    await form.getByRole('status').getByText('เผยแพร่แผนแล้ว').waitFor();
    // The desk shows the plan of that year as published, quarter first.
    const rows = desk.locator('[data-testid="audit-plan"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    await expectAccessible(desk, 'audit plan published');
    await screenshot(desk, 'desk-audit-plan');
    await fitsPhone(desk, 'audit plan desk', 'desk-audit-plan');

    await desk
      .getByTestId('plan-published')
      .getByRole('link', { name: `ดูแผนปีงบประมาณ พ.ศ. ${year} บนหน้าสาธารณะ` })
      .click();
    await desk.getByRole('heading', { level: 1, name: 'แผนการตรวจสอบภายในประจำปี' }).waitFor();
    expect(desk.url()).toContain(`/units/AUDIT/audit-plan?fy=${year}`);
    // The heading shows at once; the rows come with the plan's answer.
    await desk.locator('[data-testid="audit-plan"] tbody tr').first().waitFor();
    const cells = await desk
      .locator('[data-testid="audit-plan"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(cells).toEqual([
      ['ไตรมาส 1 (ต.ค.–ธ.ค.)', 'กลุ่มบริหารงานบุคคล', 'การจ่ายค่าตอบแทนครูอัตราจ้าง'],
      ['ไตรมาส 2 (ม.ค.–มี.ค.)', 'กลุ่มบริหารการเงินและสินทรัพย์', 'การเบิกจ่ายเงินอุดหนุนโรงเรียน'],
      ['ไตรมาส 4 (ก.ค.–ก.ย.)', 'กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร', 'ความมั่นคงปลอดภัยสารสนเทศ'],
    ]);
    await desk.context().close();
  });

  it("opens one petition on its own page from Personnel's list; named staff move it on there and the list shows it; others are refused", async () => {
    const subject = `ขอทบทวนคำสั่งย้าย (${stamp})`;
    const filed = await stack.t.as('STAKEHOLDER')(
      `mutation ($input: PersonnelPetitionInput!, $key: String!) { personnel { filePersonnelPetition(input: $input, idempotencyKey: $key) { code } } }`,
      {
        input: { subjectTh: subject, bodyTh: 'คำสั่งย้ายไม่เป็นไปตามหลักเกณฑ์', petitionerName: 'นายครูเก่ง ใฝ่รู้', contact: '081-000-0000' },
        key: randomUUID(),
      },
    );
    expect(filed.errors).toBeUndefined();
    const code: string = filed.data!.personnel.filePersonnelPetition.code;

    const desk = await signInNamedStaff(stack.browser, stack.base, 'UNIT_STAFF', 'PERSONNEL');
    await desk.getByTestId('services-desk').getByRole('link', { name: 'เรื่องร้องทุกข์และอุทธรณ์' }).click();
    const listed = card(desk, 'petitions', code);
    await listed.getByRole('link', { name: `เปิดอ่านเรื่อง ${code}` }).click();
    await desk.getByRole('heading', { level: 1, name: `${code} — ${subject}` }).waitFor();
    const path = new URL(desk.url()).pathname;
    expect(path).toMatch(/^\/desk\/petitions\/[^/]+$/);
    const record = desk.getByTestId('petition-record');
    expect(await record.textContent()).toContain('081-000-0000');
    const note = 'แจ้งผลการพิจารณาทางโทรศัพท์แล้ว';
    await moveOn(record, { status: 'ANSWERED', shown: 'แจ้งผลแล้ว', noteLabel: 'บันทึกของเจ้าหน้าที่ (ไม่บังคับ)', note, testIds: 'petition' });
    await expectAccessible(desk, 'one petition');
    await screenshot(desk, 'desk-petition');
    // Closed: it stays closed, so the page offers no form any more.
    await record.getByLabel('สถานะ (จำเป็น)').selectOption('CLOSED');
    await record.getByRole('button', { name: 'บันทึกสถานะ' }).click();
    await record.getByTestId('petition-status').getByText('ยุติเรื่องแล้ว').waitFor();
    await expect(record.getByRole('button', { name: 'บันทึกสถานะ' }).count()).resolves.toBe(0);

    await desk.getByRole('link', { name: '← กลับไปยังรายการเรื่องร้องทุกข์และอุทธรณ์' }).click();
    await listed.getByTestId('petition-status').getByText('ยุติเรื่องแล้ว').waitFor();
    await desk.goto(`${stack.base}/desk/petitions/${randomUUID()}`);
    await desk.getByTestId('record-not-found').waitFor();
    await desk.context().close();

    const plain = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'PERSONNEL');
    await plain.goto(`${stack.base}${path}`);
    await plain.getByTestId('named-staff-only').waitFor();
    await expect(plain.getByText(subject).count()).resolves.toBe(0);
    await plain.context().close();
  });
});
