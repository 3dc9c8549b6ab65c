import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, openPage, screenshot, signInAtDesk, useBrowserStack } from './support/browser.js';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const TITLE = 'รับฟังความคิดเห็นการใช้สนามกีฬาของโรงเรียนนอกเวลาเรียน';
const RUDE = `ข้อความไม่สุภาพที่ควรซ่อน (${Date.now()})`;
const REASON = 'มีถ้อยคำไม่สุภาพ';

/**
 * Moderation in a real browser: a visitor reports a comment from the consultation page, the unit's
 * head finds it on /desk/moderation and hides it with a reason (the public then sees the reason,
 * never the text), restores it, and turns on holding comments for approval, then approves one.
 */
describe('moderation in a real browser: report, hide, restore, hold for approval', () => {
  const stack = useBrowserStack();
  let consultationId: string;

  const publicPage = async (phone = false) => {
    const page = await openPage(stack.browser, { phone });
    await page.goto(`${stack.base}/units/FINANCE/consultations/${consultationId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    return page;
  };
  const commentCard = (page: Page, text: string) => page.getByTestId('comments').locator('li', { hasText: text });
  const deskCard = (page: Page, text: string) => page.getByTestId('moderation-queue').locator('li', { hasText: text });

  it('reports a comment from the consultation page through a small dialog, in Thai, accessible', async () => {
    const opened = await stack.t.as('UNIT_HEAD', 'FINANCE')(
      `mutation ($i: ConsultationInput!) { financeAssets { openConsultation(input: $i) { id } } }`,
      {
        i: { titleTh: TITLE, kind: 'ONLINE_COMMENTS', opensAt: at(-1), closesAt: at(24 * 7) },
      },
    );
    expect(opened.errors).toBeUndefined();
    consultationId = opened.data!.financeAssets.openConsultation.id;
    const commented = await stack.t.query(
      `mutation ($c: ID!, $b: String!, $k: String!) { financeAssets { commentOnConsultation(consultationId: $c, body: $b, idempotencyKey: $k) { id } } }`,
      { c: consultationId, b: RUDE, k: randomUUID() },
    );
    expect(commented.errors).toBeUndefined();

    const page = await publicPage();
    await expectAccessible(page, 'consultation with report buttons');
    await commentCard(page, RUDE).getByRole('button', { name: 'รายงาน' }).click();
    const dialog = page.getByRole('dialog', { name: 'รายงานความคิดเห็นนี้' });
    await dialog.waitFor();
    // No reason chosen: said beside the choices, nothing sent.
    await dialog.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await dialog.getByRole('alert').getByText('กรุณาเลือกเหตุผล').waitFor();
    await expectAccessible(page, 'report dialog with an error');
    await dialog.getByLabel('ถ้อยคำหยาบคาย ดูหมิ่น หรือคุกคาม').check();
    await dialog.getByLabel('รายละเอียดเพิ่มเติม (ไม่บังคับ)').fill('ใช้คำไม่สุภาพกับครู');
    await dialog.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await dialog.getByRole('status').getByText('ได้รับรายงานของท่านแล้ว', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'ปิด' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);

    // The same browser reporting again is reporting once.
    await commentCard(page, RUDE).getByRole('button', { name: 'รายงาน' }).click();
    await page.reload();
    await commentCard(page, RUDE).getByRole('button', { name: 'รายงาน' }).click();
    await dialog.getByLabel('สแปมหรือโฆษณา').check();
    await dialog.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await dialog.getByRole('status').waitFor();
    const queued = await stack.t.as('UNIT_STAFF', 'FINANCE')(`{ financeAssets { moderationQueue { nodes { text reportsTotal } } } }`);
    expect(queued.data!.financeAssets.moderationQueue.nodes).toEqual([{ text: RUDE, reportsTotal: 1 }]);

    // Phone width: the dialog fits the screen.
    const phone = await publicPage(true);
    await commentCard(phone, RUDE).getByRole('button', { name: 'รายงาน' }).click();
    await phone.getByRole('dialog').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'report dialog (phone)');
    await screenshot(phone, 'moderation-report-phone', false);
    await page.context().close();
    await phone.context().close();
  });

  it("lets the unit's head hide it with a reason the public sees instead of the text, and restore it", async () => {
    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_HEAD', 'FINANCE');
    await desk.getByRole('link', { name: 'ตรวจสอบความคิดเห็นที่ถูกรายงานหรือรออนุมัติ' }).click();
    await desk.waitForURL(/\/desk\/moderation$/);
    const card = deskCard(desk, RUDE);
    await card.getByText('ถ้อยคำหยาบคาย ดูหมิ่น หรือคุกคาม (1)', { exact: false }).waitFor();
    await expectAccessible(desk, 'moderation queue');
    await screenshot(desk, 'desk-moderation');
    // Phone width: the desk page fits.
    await desk.setViewportSize({ width: 390, height: 844 });
    expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(desk, 'moderation (phone)');
    await screenshot(desk, 'desk-moderation-phone');
    await desk.setViewportSize({ width: 1280, height: 900 });

    // A reason is required.
    await card.getByRole('button', { name: 'ซ่อน', exact: true }).click();
    await card.locator(`[data-field-error="reason"]`).getByText('กรุณาระบุเหตุผลที่ซ่อน').waitFor();
    await card.getByLabel('เหตุผลที่ซ่อน (ประชาชนจะเห็นข้อความนี้)', { exact: false }).fill(REASON);
    await card.getByRole('button', { name: 'ซ่อน', exact: true }).click();
    await desk.getByRole('status').getByText('ไม่มีรายการ').waitFor();

    const visitor = await publicPage();
    const hidden = commentCard(visitor, `ซ่อนโดยหน่วยงาน: ${REASON}`);
    await hidden.waitFor();
    await expect(visitor.getByTestId('comments').textContent()).resolves.not.toContain(RUDE);
    await expect(hidden.getByRole('button', { name: 'รายงาน' }).count()).resolves.toBe(0);
    await expectAccessible(visitor, 'consultation with a hidden comment');

    // What the unit hid, and a way back.
    await desk.getByLabel('ซ่อนแล้ว').check();
    await deskCard(desk, RUDE).getByText(`เหตุผลที่ซ่อน: ${REASON}`).waitFor();
    await expectAccessible(desk, 'hidden contributions');
    await deskCard(desk, RUDE).getByRole('button', { name: 'แสดงกลับ' }).click();
    await desk.getByRole('status').getByText('ไม่มีรายการ').waitFor();
    await visitor.reload();
    await commentCard(visitor, RUDE).getByRole('button', { name: 'รายงาน' }).waitFor();

    await desk.context().close();
    await visitor.context().close();
  });

  it('holds comments for approval when the head turns it on; an approved one shows', async () => {
    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_HEAD', 'FINANCE');
    await desk.goto(`${stack.base}/desk/moderation`);
    await desk.getByLabel('ตรวจสอบความคิดเห็นและข้อเสนอแนะก่อนเผยแพร่ (รออนุมัติ)').check();
    await desk.getByRole('status').getByText('บันทึกการตั้งค่าแล้ว').waitFor();

    const visitor = await publicPage();
    await visitor.getByText('ความคิดเห็นของท่านจะแสดงเมื่อได้รับอนุมัติ', { exact: false }).waitFor();
    const waiting = `เสนอให้เปิดสนามวันเสาร์สำหรับชุมชน (${Date.now()})`;
    await visitor.getByLabel('ความคิดเห็นของท่าน').fill(waiting);
    await visitor.getByRole('button', { name: 'ส่งความคิดเห็น' }).click();
    await visitor.getByRole('status').getByText('ได้รับความคิดเห็นของท่านแล้ว', { exact: false }).waitFor();
    await expect(visitor.getByTestId('comments').textContent()).resolves.not.toContain(waiting);

    await desk.reload();
    const card = deskCard(desk, waiting);
    await card.getByText('รออนุมัติ', { exact: true }).waitFor();
    await expectAccessible(desk, 'held comment');
    await card.getByRole('button', { name: 'อนุมัติให้แสดง' }).click();
    await desk.getByRole('status').getByText('ไม่มีรายการ').waitFor();
    await visitor.reload();
    await commentCard(visitor, waiting).waitFor();

    // Staff who are not the head see the setting but do not change it.
    const staff = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'FINANCE');
    await staff.goto(`${stack.base}/desk/moderation`);
    await staff.getByText('หัวหน้าหน่วยงานเป็นผู้เปลี่ยนการตั้งค่านี้', { exact: false }).waitFor();
    await expect(staff.getByRole('checkbox').count()).resolves.toBe(0);
    await expectAccessible(staff, 'moderation for staff');
    for (const page of [desk, visitor, staff]) await page.context().close();
  });
});
