import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, openPage, screenshot, signInAtDesk, useBrowserStack } from './support/browser.js';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
/** A `datetime-local` value on the browser's clock (the pages run in Asia/Bangkok), `hours` from now. */
const bangkokInput = (hours: number) => new Date(Date.now() + (7 + hours) * HOUR).toISOString().slice(0, 16);
const HEARING = `เวทีรับฟังความคิดเห็นแผนการใช้งบประมาณโรงเรียน (${Date.now()})`;
const ONLINE = `รับฟังความคิดเห็นทางออนไลน์เรื่องค่าบำรุงการศึกษา (${Date.now()})`;
const MINUTES = 'ที่ประชุมมีผู้เข้าร่วม 42 คน เสนอให้เพิ่มงบซ่อมแซมห้องน้ำ';
const SUMMARY = 'หน่วยงานจะเพิ่มงบซ่อมแซมห้องน้ำในปีงบประมาณหน้า';
const SURVEY = `สำรวจช่องทางการติดต่อของผู้ปกครอง (${Date.now()})`;
const SATISFACTION = `ความพึงพอใจต่อบริการการเงิน ภาคเรียนที่ 2 (${Date.now()})`;

/** Fits a phone, passes axe, and leaves a desktop and a phone screenshot for docs/pages.md. */
async function deskScreens(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page, `${name} (phone)`);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * The desk's consultations and surveys in a real browser: Finance's head closes a formal hearing,
 * records its minutes and publishes the summary, which the public page then shows; staff build a
 * survey of every question kind for code holders, issue codes, a participant answers with one, and
 * the desk sees the results while it is still open; the one-click satisfaction survey.
 */
describe('the desk runs consultations and surveys in a real browser', () => {
  const stack = useBrowserStack();

  it('closes a formal hearing, records its minutes and publishes the summary; the public page shows both', async () => {
    const head = stack.t.as('UNIT_HEAD', 'FINANCE');
    const open = (i: object) => head(`mutation ($i: ConsultationInput!) { financeAssets { openConsultation(input: $i) { id } } }`, { i });
    const hearing = await open({
      titleTh: HEARING,
      kind: 'FORMAL_HEARING',
      opensAt: at(-1),
      closesAt: at(24 * 7),
      hearingAt: at(48),
      place: 'หอประชุมโรงเรียน',
    });
    expect(hearing.errors).toBeUndefined();
    const id: string = hearing.data!.financeAssets.openConsultation.id;
    expect((await open({ titleTh: ONLINE, kind: 'ONLINE_COMMENTS', opensAt: at(-1), closesAt: at(24 * 7) })).errors).toBeUndefined();

    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_HEAD', 'FINANCE');
    await desk.getByRole('link', { name: 'การรับฟังความคิดเห็นของหน่วยงาน', exact: false }).click();
    await desk.waitForURL(/\/desk\/consultations$/);
    const card = desk.locator(`[data-consultation="${id}"]`);
    await card.getByTestId('consultation-status').getByText('เปิดอยู่').waitFor();
    // Online comments have no minutes; nothing has a summary form before it closes.
    const online = desk.getByTestId('desk-consultations').locator('li', { hasText: ONLINE });
    await expect(online.getByRole('heading', { name: 'บันทึกการประชุม' }).count()).resolves.toBe(0);
    await expect(card.getByRole('heading', { name: 'สรุปสิ่งที่ได้รับฟัง' }).count()).resolves.toBe(0);
    await card.getByText('เผยแพร่สรุปผลได้เมื่อปิดรับความคิดเห็นแล้ว').waitFor();
    await deskScreens(desk, 'desk-consultations');

    // The minutes: required, then recorded and shown on the public page at once.
    await card.getByRole('button', { name: 'บันทึกและเผยแพร่บันทึกการประชุม' }).click();
    await card.locator('[data-field-error="minutesTh"]').getByText('กรุณากรอกช่องนี้').waitFor();
    await expectAccessible(desk, 'minutes with an error');
    await card.getByLabel('บันทึกการประชุม (ภาษาไทย) (จำเป็น)').fill(MINUTES);
    await card.getByRole('button', { name: 'บันทึกและเผยแพร่บันทึกการประชุม' }).click();
    await card.getByRole('status').getByText('บันทึกการประชุมแล้ว', { exact: false }).waitFor();
    await card.getByText('บันทึกการประชุมที่เผยแพร่อยู่').waitFor();

    // Close now, then the summary in Thai and English.
    await card.getByRole('button', { name: 'ปิดรับความคิดเห็นตอนนี้' }).click();
    await card.getByTestId('consultation-status').getByText('ปิดแล้ว').waitFor();
    await expect(card.getByRole('button', { name: 'ปิดรับความคิดเห็นตอนนี้' }).count()).resolves.toBe(0);
    await card.getByLabel('สรุป (ภาษาไทย) (จำเป็น)').fill(SUMMARY);
    await card.getByLabel('สรุป (ภาษาอังกฤษ) (ไม่บังคับ)').fill('The unit will add to the toilet repair budget next year');
    await card.getByRole('button', { name: 'เผยแพร่สรุปผล' }).click();
    await card.getByTestId('consultation-status').getByText('เผยแพร่สรุปผลแล้ว').waitFor();
    await expectAccessible(desk, 'consultation with its summary');

    const visitor = await openPage(stack.browser);
    await visitor.goto(`${stack.base}/units/FINANCE/consultations/${id}`);
    await visitor.getByRole('heading', { level: 1, name: HEARING }).waitFor();
    await visitor.getByTestId('minutes').getByText(MINUTES).waitFor();
    await visitor.getByRole('heading', { name: 'สรุปสิ่งที่ได้รับฟัง' }).waitFor();
    await visitor.getByText(SUMMARY).waitFor();
    await expectAccessible(visitor, 'public consultation with minutes and summary');
    await visitor.getByRole('button', { name: 'English' }).click();
    await visitor.getByRole('heading', { name: 'Minutes of the hearing' }).waitFor();
    await visitor.getByText('The unit will add to the toilet repair budget next year').waitFor();
    for (const page of [desk, visitor]) await page.context().close();
  });

  it('builds a survey of every question kind for code holders, issues codes, and sees a participant’s answer while open', async () => {
    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'FINANCE');
    await desk.getByRole('link', { name: 'แบบสำรวจของหน่วยงาน', exact: false }).click();
    await desk.waitForURL(/\/desk\/surveys$/);
    const builder = desk.getByTestId('survey-builder');
    await builder.getByLabel('ชื่อเรื่อง (ภาษาไทย) (จำเป็น)').fill(SURVEY);
    await builder.getByLabel('เปิด (จำเป็น)', { exact: true }).fill(bangkokInput(-1));
    await builder.getByLabel('ปิด (จำเป็น)', { exact: true }).fill(bangkokInput(24 * 7));
    await builder.getByLabel('เฉพาะผู้ถือรหัสที่หน่วยงานออกให้', { exact: false }).check();
    const question = (n: number) => builder.getByTestId(`question-${n}`);
    // A question without its words: said beside that question, which takes the focus, before anything is sent.
    await builder.getByRole('button', { name: 'สร้างแบบสำรวจ' }).click();
    await question(1).locator('[data-field-error="questions[0].textTh"]').getByText('กรุณากรอกช่องนี้').waitFor();
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('builder-q0-textTh');
    await question(1).getByLabel('คำถาม (ภาษาไทย) (จำเป็น)').fill('ท่านเป็นใคร');
    // One option only: the API's problem stands beside the options, in Thai.
    await question(1).getByLabel('ตัวเลือก (จำเป็น)').fill('ผู้ปกครอง | Parent');
    await builder.getByRole('button', { name: 'สร้างแบบสำรวจ' }).click();
    await question(1).locator('[data-field-error="questions[0].options"]').getByText('คำถามข้อ 1 ไม่ถูกต้อง', { exact: false }).waitFor();
    await expectAccessible(desk, 'survey builder with an error');
    await question(1).getByLabel('ตัวเลือก (จำเป็น)').fill('ผู้ปกครอง | Parent\nครู | Teacher');
    const kinds = [
      ['MULTIPLE_CHOICE', 'ช่องทางที่ใช้ติดต่อ', 'โทรศัพท์\nไลน์\nอีเมล'],
      ['SCALE_1_5', 'ความพึงพอใจโดยรวม', null],
      ['FREE_TEXT', 'ข้อเสนอแนะ', null],
    ] as const;
    for (const [i, [kind, text, options]] of kinds.entries()) {
      await builder.getByRole('button', { name: 'เพิ่มคำถาม' }).click();
      await question(i + 2)
        .getByLabel('ชนิดคำถาม')
        .selectOption(kind);
      await question(i + 2)
        .getByLabel('คำถาม (ภาษาไทย) (จำเป็น)')
        .fill(text);
      if (options)
        await question(i + 2)
          .getByLabel('ตัวเลือก (จำเป็น)')
          .fill(options);
      else
        await expect(
          question(i + 2)
            .getByLabel('ตัวเลือก (จำเป็น)')
            .count(),
        ).resolves.toBe(0);
    }
    await question(4).getByLabel('ต้องตอบข้อนี้').uncheck();
    await builder.getByRole('button', { name: 'สร้างแบบสำรวจ' }).click();
    await builder.getByRole('status').getByText('สร้างแบบสำรวจแล้ว').waitFor();

    const card = desk.getByTestId('desk-surveys').locator('li', { hasText: SURVEY });
    await card.getByLabel('จำนวนรหัส (จำเป็น)').fill('2');
    await card.getByRole('button', { name: 'ออกรหัส' }).click();
    await card.getByTestId('survey-codes').waitFor();
    const codes = await card.getByTestId('survey-codes').locator('code').allTextContents();
    expect(codes).toHaveLength(2);
    await card.getByTestId('codes-issued').getByText('ออกรหัสแล้ว 2 รหัส').waitFor();
    await deskScreens(desk, 'desk-surveys');
    const surveyId = await card.getAttribute('data-survey');

    // A participant answers with a code; the API stored the kinds as built.
    const visitor = await openPage(stack.browser);
    await visitor.goto(`${stack.base}/units/FINANCE/surveys/${surveyId}`);
    await visitor.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    await visitor.getByLabel('รหัสผู้มีสิทธิ์ (จำเป็น)').fill(codes[0]!);
    await visitor.getByRole('radio', { name: 'ครู' }).check();
    await visitor.getByRole('checkbox', { name: 'ไลน์' }).check();
    await visitor.getByRole('radio', { name: '4 มาก' }).check();
    await visitor.getByLabel(/ข้อเสนอแนะ/).fill('อยากให้แจ้งข่าวทางไลน์กลุ่มผู้ปกครอง');
    await visitor.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await visitor.getByTestId('survey-receipt').waitFor();
    await visitor.getByText('ผลจะเผยแพร่เมื่อปิดแบบสำรวจ', { exact: false }).waitFor();
    const stored = await stack.t.query(
      `query ($id: ID!) { financeAssets { survey(id: $id) { anonymous questions { kind required options { labelEn } } } } }`,
      {
        id: surveyId,
      },
    );
    expect(stored.data!.financeAssets.survey).toEqual({
      anonymous: true,
      questions: [
        { kind: 'SINGLE_CHOICE', required: true, options: [{ labelEn: 'Parent' }, { labelEn: 'Teacher' }] },
        { kind: 'MULTIPLE_CHOICE', required: true, options: [{ labelEn: null }, { labelEn: null }, { labelEn: null }] },
        { kind: 'SCALE_1_5', required: true, options: [] },
        { kind: 'FREE_TEXT', required: false, options: [] },
      ],
    });

    // Staff see the results while it is open.
    await desk.reload();
    await card.getByText('ผลการสำรวจ ผู้ตอบ 1 คน (เจ้าหน้าที่ดูได้ระหว่างเปิด)').click();
    await card.getByRole('heading', { name: 'ผลการสำรวจ (ผู้ตอบ 1 คน)' }).waitFor();
    expect((await card.getByRole('row', { name: /ครู/ }).textContent())!).toMatch(/1$/);
    expect((await card.getByRole('row', { name: /4 มาก/ }).textContent())!).toMatch(/1$/);
    await card.getByText('อยากให้แจ้งข่าวทางไลน์กลุ่มผู้ปกครอง').waitFor();
    await expectAccessible(desk, 'survey results at the desk');
    for (const page of [desk, visitor]) await page.context().close();
  });

  it('creates the satisfaction survey in one click', async () => {
    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_HEAD', 'FINANCE');
    await desk.goto(`${stack.base}/desk/surveys`);
    const form = desk.getByTestId('satisfaction');
    await form.getByRole('button', { name: 'สร้างแบบสำรวจความพึงพอใจ' }).click();
    await form.locator('[data-field-error="opensAt"]').waitFor();
    await form.getByLabel('ชื่อแบบสำรวจ (เว้นว่างเพื่อใช้ชื่อมาตรฐาน) (ไม่บังคับ)').fill(SATISFACTION);
    await form.getByLabel('เปิด (จำเป็น)', { exact: true }).fill(bangkokInput(-1));
    await form.getByLabel('ปิด (จำเป็น)', { exact: true }).fill(bangkokInput(24 * 30));
    await form.getByRole('button', { name: 'สร้างแบบสำรวจความพึงพอใจ' }).click();
    await form.getByRole('status').getByText('สร้างแบบสำรวจความพึงพอใจแล้ว').waitFor();
    const card = desk.getByTestId('desk-surveys').locator('li', { hasText: SATISFACTION });
    await card.getByText('ความพึงพอใจ (สำเร็จรูป)').waitFor();
    // Open to anyone: no codes to issue.
    await expect(card.getByRole('button', { name: 'ออกรหัส' }).count()).resolves.toBe(0);
    const listed = await stack.t.query(`{ financeAssets { surveys { nodes { titleTh template questions { kind } } } } }`);
    const made = listed.data!.financeAssets.surveys.nodes.find((s: { titleTh: string }) => s.titleTh === SATISFACTION);
    expect(made.template).toBe('SERVICE_SATISFACTION');
    expect(made.questions.map((q: { kind: string }) => q.kind)).toEqual([
      'SCALE_1_5',
      'SCALE_1_5',
      'SCALE_1_5',
      'SCALE_1_5',
      'SCALE_1_5',
      'FREE_TEXT',
    ]);
    await expectAccessible(desk, 'satisfaction survey created');
    await desk.context().close();
  });
});
