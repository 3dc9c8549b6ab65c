import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { expectAccessible, openPage, screenshot, signInAtDesk, useBrowserStack } from './support/browser.js';

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`;
const TEMPLATE_TITLE = 'ขอบคุณสำหรับข้อเสนอแนะเรื่องป้ายประกาศ';
const TEMPLATE_BODY = 'หน่วยงานรับข้อเสนอแนะไว้แล้ว และจะปรับปรุงป้ายประกาศภายในภาคเรียนนี้';
const REASON = 'เรื่องนี้อยู่ระหว่างการพิจารณาของศาลปกครอง หน่วยงานจึงไม่อาจพิจารณาได้';

/**
 * The desk's case work in a real browser: the head writes an answer template, answers two
 * acknowledged cases with it from the queue (the submitters see the answer by their code), closes
 * one, rejects another with a reason the submitter sees, and sets the unit's deadlines and notice
 * review interval (staff see them, only the head changes them); staff keep the unit's notices
 * (review, attach a file, correct) and the unit's activities (one at each IAP2 level, a status
 * move, a partner) and outcomes' progress, and the public sees the results.
 */
describe('desk cases, notices and activities in a real browser', () => {
  const stack = useBrowserStack();

  /** A case sent to Finance through the front door, once Finance holds it. */
  async function submitToFinance(message: string, acknowledge: boolean): Promise<{ code: string; id: string }> {
    const res = await stack.t.query(SUBMIT, { input: { category: 'SUGGESTION', message, unitCode: 'FINANCE' }, key: randomUUID() });
    expect(res.errors).toBeUndefined();
    const code: string = res.data?.submitFeedback.caseCode;
    const id = await eventually(
      async () => {
        const found = await stack.t.staff(
          `query ($s: String) { financeAssets { feedback(first: 5, filter: { search: $s }) { nodes { id code } } } }`,
          {
            s: message,
          },
        );
        return found.data?.financeAssets.feedback.nodes.find((n: { code: string }) => n.code === code)?.id as string | undefined;
      },
      60_000,
      250,
    );
    if (acknowledge) {
      const acked = await stack.t.staff(`mutation ($id: ID!) { financeAssets { acknowledgeCase(id: $id) { id } } }`, { id });
      expect(acked.errors).toBeUndefined();
    }
    return { code, id };
  }

  /** What the submitter sees on the public follow page with the case code. */
  async function followed(code: string): Promise<Page> {
    const page = await openPage(stack.browser);
    await page.goto(`${stack.base}/follow?code=${encodeURIComponent(code)}`);
    await page.getByTestId('case').waitFor();
    return page;
  }

  const queueRow = (page: Page, code: string) => page.locator(`[data-testid="queue"] tr[data-case="${code}"]`);

  it('writes a template, answers two cases with it from the queue, and closes one; the submitters see the answer', async () => {
    const first = await submitToFinance(`ป้ายประกาศหน้าสำนักงานอ่านยาก (${Date.now()})`, true);
    const second = await submitToFinance(`ป้ายประกาศตัวเล็กเกินไป (${Date.now()})`, true);

    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_HEAD', 'FINANCE');
    await desk.getByRole('link', { name: 'เขียนแม่แบบคำตอบ' }).first().click();
    await desk.waitForURL(/\/desk\/templates$/);
    // The title is required: said beside it, nothing saved.
    await desk.getByRole('button', { name: 'บันทึกแม่แบบ' }).click();
    await desk.locator('#template-title-error').waitFor();
    await expectAccessible(desk, 'template form with an error');
    await desk.getByLabel('ชื่อแม่แบบ', { exact: false }).fill(TEMPLATE_TITLE);
    await desk.getByLabel('คำตอบภาษาไทย', { exact: false }).fill(TEMPLATE_BODY);
    await desk.getByLabel('คำตอบภาษาอังกฤษ', { exact: false }).fill('We have your suggestion and will improve the notice boards this term.');
    await desk.getByRole('button', { name: 'บันทึกแม่แบบ' }).click();
    await desk.getByRole('status').getByText('บันทึกแม่แบบแล้ว').waitFor();
    await desk.getByTestId('templates').getByText(TEMPLATE_TITLE).waitFor();
    await expectAccessible(desk, 'templates');
    await screenshot(desk, 'desk-templates');

    await desk.getByRole('link', { name: 'กลับไปยังรายการเรื่อง' }).click();
    await desk.getByTestId('queue').waitFor();
    await queueRow(desk, first.code).getByRole('checkbox').check();
    await queueRow(desk, second.code).getByRole('checkbox').check();
    await desk.getByTestId('batch-selected').getByText('เลือกไว้ 2 เรื่อง').waitFor();
    await desk.getByTestId('batch-answer').getByLabel('แม่แบบคำตอบ').selectOption({ label: TEMPLATE_TITLE });
    await expectAccessible(desk, 'queue with cases selected');
    await screenshot(desk, 'desk-answer-many');
    await desk.getByRole('button', { name: 'ตอบเรื่องที่เลือก' }).click();
    await desk.getByRole('status').getByText('ตอบ 2 เรื่องด้วยแม่แบบแล้ว').waitFor();
    const answered = await stack.t.staff(`query ($id: ID!) { financeAssets { case(id: $id) { status answer } } }`, { id: second.id });
    expect(answered.data?.financeAssets.case).toEqual({ status: 'ANSWERED', answer: TEMPLATE_BODY });
    const submitter = await followed(first.code);
    await expect(submitter.getByTestId('case-answer').textContent()).resolves.toContain(TEMPLATE_BODY);
    await expectAccessible(submitter, 'answered case, public side');

    // An answered case closes.
    await desk.goto(`${stack.base}/desk/cases/${first.id}`);
    await desk.getByTestId('case-status').getByText('ตอบแล้ว').waitFor();
    await desk.getByRole('button', { name: 'ปิดเรื่อง' }).click();
    await desk.getByRole('status').getByText('ปิดเรื่องแล้ว').waitFor();
    await desk.getByTestId('case-status').getByText('ปิดเรื่องแล้ว').waitFor();
    await expect(desk.getByRole('button', { name: 'ปิดเรื่อง' }).count()).resolves.toBe(0);
    await expectAccessible(desk, 'closed case');
    await submitter.reload();
    await submitter.getByTestId('case-status').getByText('ปิดเรื่องแล้ว').waitFor();
    for (const page of [desk, submitter]) await page.context().close();
  });

  it('rejects a case with a reason the submitter sees; a reason is required', async () => {
    const sent = await submitToFinance(`ขอให้ทบทวนคำพิพากษาเรื่องที่ดิน (${Date.now()})`, false);
    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'FINANCE');
    await desk.goto(`${stack.base}/desk/cases/${sent.id}`);
    await desk.getByTestId('case-status').getByText('รับเรื่องแล้ว').waitFor();
    await desk.getByRole('button', { name: 'ไม่รับพิจารณา' }).click();
    await desk.locator('[data-field-error="reason"]').waitFor();
    await expectAccessible(desk, 'reject without a reason');
    await desk.getByLabel('เหตุผลที่ไม่รับพิจารณา', { exact: false }).fill(REASON);
    await desk.getByRole('button', { name: 'ไม่รับพิจารณา' }).click();
    await desk.getByRole('status').getByText('บันทึกว่าไม่รับพิจารณาแล้ว', { exact: false }).waitFor();
    await desk.getByTestId('case-status').getByText('ไม่รับพิจารณา').waitFor();
    await expect(desk.getByTestId('case-rejected-reason').textContent()).resolves.toBe(REASON);
    await expectAccessible(desk, 'rejected case');

    const submitter = await followed(sent.code);
    await submitter.getByText(REASON).waitFor();
    for (const page of [desk, submitter]) await page.context().close();
  });

  it("sets the unit's deadlines and review interval as head; staff see them but do not change them", async () => {
    const head = await signInAtDesk(stack.browser, stack.base, 'UNIT_HEAD', 'FINANCE');
    await head.getByRole('link', { name: 'กำหนดเวลาตอบเรื่องและรอบทบทวนประกาศ' }).click();
    await head.waitForURL(/\/desk\/settings$/);
    const row = head.locator('[data-testid="deadlines"] tr[data-category="QUESTION"]');
    await row.waitFor();
    await expectAccessible(head, 'deadlines');
    await screenshot(head, 'desk-settings');

    // Acknowledging later than answering is refused, in words.
    await row.getByLabel('รับทราบภายใน (วันทำการ): สอบถาม').fill('9');
    await row.getByLabel('ตอบภายใน (วันทำการ): สอบถาม').fill('5');
    await row.getByRole('button', { name: 'บันทึก สอบถาม' }).click();
    await row.getByRole('alert').waitFor();
    await row.getByLabel('รับทราบภายใน (วันทำการ): สอบถาม').fill('2');
    await row.getByLabel('ตอบภายใน (วันทำการ): สอบถาม').fill('10');
    await row.getByRole('button', { name: 'บันทึก สอบถาม' }).click();
    await row.getByRole('status').getByText('บันทึกกำหนดเวลาแล้ว').waitFor();
    const deadlines = await stack.t.staff(`{ financeAssets { deadlines { category acknowledgeDays answerDays } } }`);
    expect(deadlines.data?.financeAssets.deadlines).toContainEqual({ category: 'QUESTION', acknowledgeDays: 2, answerDays: 10 });

    await head.getByLabel('รอบทบทวนประกาศ (วัน, 7–1,095)').fill('90');
    await head.getByRole('button', { name: 'บันทึกรอบทบทวน' }).click();
    await head.getByRole('status').getByText('บันทึกรอบทบทวนแล้ว').waitFor();
    await head.getByTestId('review-interval').getByText('ประกาศต้องทบทวนทุก 90 วัน').waitFor();
    await expectAccessible(head, 'deadlines saved');
    await head.setViewportSize({ width: 390, height: 844 });
    expect(await head.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(head, 'desk-settings-phone');

    const staff = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'FINANCE');
    await staff.goto(`${stack.base}/desk/settings`);
    await staff.getByText('หัวหน้าหน่วยงานเป็นผู้เปลี่ยนการตั้งค่านี้', { exact: false }).waitFor();
    await staff.locator('[data-testid="deadlines"] tr[data-category="QUESTION"]').getByText('10').waitFor();
    await staff.getByTestId('review-interval').getByText('ประกาศต้องทบทวนทุก 90 วัน').waitFor();
    await expect(staff.getByRole('spinbutton').count()).resolves.toBe(0);
    await expectAccessible(staff, 'deadlines for staff');
    for (const page of [head, staff]) await page.context().close();
  });
  it("keeps the unit's notices: marks one reviewed, attaches a file (not one over the limit), corrects it; the public sees both", async () => {
    const title = `ประกาศรับสมัครครูอัตราจ้าง (${Date.now()})`;
    const published = await stack.t.as('UNIT_STAFF', 'FINANCE')(
      `mutation ($i: NoticeInput!) { financeAssets { publishNotice(input: $i) { id } } }`,
      { i: { kind: 'ANNOUNCEMENT', titleTh: title, bodyTh: 'รับสมัครระหว่างวันที่ 1–15 ของเดือน' } },
    );
    expect(published.errors).toBeUndefined();
    const id: string = published.data!.financeAssets.publishNotice.id;

    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'FINANCE');
    await desk.getByRole('link', { name: 'ประกาศของหน่วยงาน: แก้ไข แนบไฟล์ ทบทวน' }).click();
    await desk.waitForURL(/\/desk\/notices$/);
    await desk.getByTestId('notices').getByRole('link', { name: title }).waitFor();
    await expectAccessible(desk, 'notices');
    await screenshot(desk, 'desk-notices');
    await desk.getByTestId('notices').getByRole('link', { name: title }).click();
    await desk.waitForURL(new RegExp(`/desk/notices/${id}$`));
    await desk.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectAccessible(desk, 'one notice');

    const before = await stack.t.staff(`query ($id: ID!) { financeAssets { notice(id: $id) { lastReviewedAt } } }`, { id });
    await desk.getByRole('button', { name: 'ยืนยันว่ายังถูกต้อง' }).click();
    await desk.getByRole('status').getByText('บันทึกการทบทวนแล้ว').waitFor();
    const after = await stack.t.staff(`query ($id: ID!) { financeAssets { notice(id: $id) { lastReviewedAt } } }`, { id });
    expect(Date.parse(after.data!.financeAssets.notice.lastReviewedAt)).toBeGreaterThan(
      Date.parse(before.data!.financeAssets.notice.lastReviewedAt),
    );

    // The limit is shown beside the input; a larger file is refused before anything is sent.
    await desk.getByText('ขนาดไม่เกิน 2.0 MB', { exact: false }).waitFor();
    const file = desk.getByLabel('ไฟล์', { exact: true });
    await file.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2 * 1024 * 1024 + 1, 0x25) });
    await desk.getByRole('button', { name: 'แนบไฟล์', exact: true }).click();
    await desk.locator('#attachment-file-error').getByText('ไฟล์ใหญ่เกิน 2.0 MB').waitFor();
    // An image needs words for people who cannot see it: the API says so beside the field.
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await file.setInputFiles({ name: 'poster.png', mimeType: 'image/png', buffer: png });
    await desk.getByRole('button', { name: 'แนบไฟล์', exact: true }).click();
    await desk.locator('#attachment-alt-th-error').waitFor();
    await expectAccessible(desk, 'attachment refused');
    const pdf = Buffer.from('%PDF-1.4\n% ใบสมัคร\n%%EOF\n');
    await file.setInputFiles({ name: 'application-form.pdf', mimeType: 'application/pdf', buffer: pdf });
    await desk.getByRole('button', { name: 'แนบไฟล์', exact: true }).click();
    await desk.getByRole('status').getByText('แนบไฟล์แล้ว').waitFor();
    await desk
      .getByTestId('notice-attachments')
      .getByRole('link', { name: /application-form\.pdf/ })
      .waitFor();

    const corrected = `${title} (แก้ไขวันรับสมัคร)`;
    await desk.getByLabel('ชื่อเรื่อง (ภาษาไทย)', { exact: false }).fill(corrected);
    await desk.getByRole('button', { name: 'บันทึกการแก้ไข' }).click();
    await desk.getByRole('status').getByText('แก้ไขประกาศแล้ว', { exact: false }).waitFor();
    await desk.getByRole('heading', { level: 1, name: corrected }).waitFor();
    await expectAccessible(desk, 'corrected notice');
    await screenshot(desk, 'desk-notice');

    // The public reads the corrected notice with its file on the news page.
    const visitor = await openPage(stack.browser);
    await visitor.goto(`${stack.base}/news`);
    const card = visitor.locator('article', { hasText: corrected });
    await card.waitFor();
    const link = card.getByRole('link', { name: /application-form\.pdf/ });
    const href = await link.getAttribute('href');
    const download = await fetch(new URL(href!, stack.base));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    await expectAccessible(visitor, 'news with the corrected notice');
    for (const page of [desk, visitor]) await page.context().close();
  });
  it('creates an activity at each IAP2 level, moves one, names a partner on it; the public sees them on the unit page', async () => {
    const stamp = Date.now();
    const partnerName = `ชมรมผู้ปกครองทดสอบ ${stamp}`;
    const registered = await stack.t.as('UNIT_STAFF', 'FINANCE')(
      `mutation ($input: PartnerInput!) { registerPartner(input: $input) { id } }`,
      {
        input: { nameTh: partnerName, kind: 'PARENT_NETWORK', province: 'ยโสธร' },
      },
    );
    expect(registered.errors).toBeUndefined();

    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'FINANCE');
    await desk.getByRole('link', { name: 'กิจกรรมของหน่วยงาน', exact: false }).click();
    await desk.waitForURL(/\/desk\/activities$/);
    const form = desk.getByTestId('activity');
    await expectAccessible(desk, 'activities');
    const levels = ['INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER'];
    for (const level of levels) {
      await form.getByLabel('ระดับการมีส่วนร่วม', { exact: false }).selectOption(level);
      await form.getByLabel('ชื่อเรื่อง (ภาษาไทย)', { exact: false }).fill(`กิจกรรม ${level} ${stamp}`);
      await form.getByLabel('เริ่ม', { exact: false }).fill('2026-12-10T09:00');
      await form.getByRole('button', { name: 'สร้างกิจกรรม' }).click();
      await form.getByRole('status').getByText('สร้างกิจกรรมแล้ว').waitFor();
      await desk
        .getByTestId('activities')
        .getByRole('heading', { name: `กิจกรรม ${level} ${stamp}` })
        .waitFor();
    }
    const made = await stack.t.staff(
      `query ($s: String) { financeAssets { activities(first: 10, filter: { search: $s }) { nodes { level status } } } }`,
      {
        s: String(stamp),
      },
    );
    expect(made.data?.financeAssets.activities.nodes.map((a: { level: string }) => a.level).sort()).toEqual([...levels].sort());

    const card = desk.getByTestId('activities').locator('li.card', { hasText: `กิจกรรม COLLABORATE ${stamp}` });
    await card.getByLabel('เปลี่ยนสถานะเป็น').selectOption('OPEN');
    await card.getByRole('button', { name: 'เปลี่ยนสถานะ' }).click();
    await card.getByRole('status').getByText('เปลี่ยนสถานะแล้ว').waitFor();
    await card.getByTestId('activity-status').getByText('เปิดอยู่').waitFor();

    // A role is required: said beside it.
    await card.getByLabel('ภาคีเครือข่าย (จากทะเบียนของสำนักงาน)').selectOption({ label: partnerName });
    await card.getByRole('button', { name: 'ระบุภาคีเครือข่าย' }).click();
    await card.locator('[data-field-error="roleTh"]').waitFor();
    await expectAccessible(desk, 'partner without a role');
    await card.getByLabel('บทบาทในกิจกรรม', { exact: false }).fill('ร่วมจัดเวทีและเชิญผู้ปกครอง');
    await card.getByRole('button', { name: 'ระบุภาคีเครือข่าย' }).click();
    await card.getByRole('status').getByText('บันทึกภาคีเครือข่ายแล้ว').waitFor();
    await card.getByTestId('activity-partners').getByText(`${partnerName} — ร่วมจัดเวทีและเชิญผู้ปกครอง`).waitFor();
    await expectAccessible(desk, 'activity with a partner');
    await screenshot(desk, 'desk-activities');
    await desk.setViewportSize({ width: 390, height: 844 });
    expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(desk, 'desk-activities-phone');

    const visitor = await openPage(stack.browser);
    await visitor.goto(`${stack.base}/units/FINANCE?levels=COLLABORATE,EMPOWER`);
    await visitor.getByText(`กิจกรรม COLLABORATE ${stamp}`).waitFor();
    await visitor.getByText(`กิจกรรม EMPOWER ${stamp}`).waitFor();
    await expect(visitor.getByText(`กิจกรรม INFORM ${stamp}`).count()).resolves.toBe(0);
    for (const page of [desk, visitor]) await page.context().close();
  });
  it("reports an outcome's progress until done; the public sees it done on the unit page", async () => {
    const topic = `ปรับเวลาเปิดรับเอกสารเบิกจ่าย (${Date.now()})`;
    const recorded = await stack.t.staff(`mutation ($i: OutcomeInput!) { financeAssets { recordOutcome(input: $i) { id } } }`, {
      i: {
        topicTh: topic,
        participantsTh: 'ครูและบุคลากร 42 คน',
        resultsTh: 'ขอให้เปิดรับเอกสารช่วงเย็น',
        improvementTh: 'เปิดรับเอกสารถึง 18.00 น.',
      },
    });
    expect(recorded.errors).toBeUndefined();

    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'FINANCE');
    await desk.getByRole('link', { name: 'สิ่งที่หน่วยงานทำจากเสียงของท่าน: รายงานความคืบหน้า' }).click();
    await desk.waitForURL(/\/desk\/outcomes$/);
    await expectAccessible(desk, 'outcomes');
    await desk.getByTestId('outcomes').getByRole('link', { name: topic }).click();
    await desk.getByRole('heading', { level: 1, name: topic }).waitFor();
    // A note is required: said beside it.
    await desk.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
    await desk.locator('[data-field-error="noteTh"]').waitFor();
    await expectAccessible(desk, 'progress without a note');
    await desk.getByLabel('สถานะ', { exact: true }).selectOption('DONE');
    await desk.getByLabel('สิ่งที่ทำไปแล้ว', { exact: false }).fill('ประกาศเวลาใหม่และเปิดรับถึง 18.00 น. ตั้งแต่ 1 ธันวาคม');
    await desk.getByRole('button', { name: 'บันทึกความคืบหน้า' }).click();
    await desk.getByRole('status').getByText('บันทึกความคืบหน้าแล้ว').waitFor();
    await desk.getByTestId('outcome-status').getByText('ดำเนินการแล้ว').waitFor();
    await desk.getByTestId('outcome-progress').getByText('เปิดรับถึง 18.00 น. ตั้งแต่ 1 ธันวาคม', { exact: false }).waitFor();
    await expectAccessible(desk, 'outcome done');
    await screenshot(desk, 'desk-outcome');

    const visitor = await openPage(stack.browser);
    await visitor.goto(`${stack.base}/units/FINANCE`);
    await visitor.getByText(topic).waitFor();
    const outcome = await stack.t.query(`query ($id: ID!) { financeAssets { outcome(id: $id) { status } } }`, {
      id: recorded.data!.financeAssets.recordOutcome.id,
    });
    expect(outcome.data?.financeAssets.outcome.status).toBe('DONE');
    for (const page of [desk, visitor]) await page.context().close();
  });
});
