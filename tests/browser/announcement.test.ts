import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { expectAccessible, expectPhonePages, openPage, screenshot, startBrowserStack, type BrowserStack } from './support/browser.js';

/** The test ids of the announcement's two texts, in the order the page shows them. */
const textOrder = (page: Page) =>
  page.locator('[data-testid^="announcement-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')));

describe("the office's announcement in a real browser", () => {
  let browser: Browser;
  let base: string;
  let running: BrowserStack | undefined;
  beforeAll(async () => {
    running = await startBrowserStack();
    ({ browser, base } = running);
  });
  afterAll(async () => running?.close());

  it('shows the Thai text as published, then English; a measure leads to a unit page at that level; accessible in both languages', async () => {
    const page = await openPage(browser);
    await page.goto(base);
    // Linked from the home page and from the menu.
    await page.getByRole('link', { name: 'ประกาศมาตรการการมีส่วนร่วม ๕ ด้าน' }).waitFor();
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ประกาศมาตรการการมีส่วนร่วม' }).click();
    await page.waitForURL(`${base}/announcement`);
    await page.getByRole('heading', { level: 1, name: 'ประกาศมาตรการการมีส่วนร่วม' }).waitFor();

    // The Thai text first, as published (with its misprint) and the note beside it; the English after.
    const thai = page.getByTestId('announcement-th');
    await thai.getByRole('heading', { level: 3, name: 'ประกาศสำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๘' }).waitFor();
    expect(await thai.getAttribute('lang')).toBe('th');
    await expect(thai.textContent()).resolves.toContain('๑) กลุ่มอำนาจการ');
    await expect(thai.textContent()).resolves.toContain('ประกาศ ณ วันที่ ๑๕ มีนาคม พ.ศ. ๒๕๖๑');
    await page.getByText('ซึ่งพิมพ์ผิดจาก “กลุ่มอำนวยการ”', { exact: false }).waitFor();
    await expect(textOrder(page)).resolves.toEqual(['announcement-th', 'announcement-en']);
    await expect(page.locator('section[id^="measure-"]').count()).resolves.toBe(5);
    await expectAccessible(page, 'announcement');
    await screenshot(page, 'announcement');

    // Printed: the texts and the measures, without the menu or the print button.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'เมนูหลัก' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'พิมพ์ / บันทึกเป็น PDF' }).isVisible()).toBe(false);
    expect(await thai.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Measure 2 (consult): each unit's page at that level; Finance's shows consult activities only.
    const consult = page.locator('#measure-CONSULT');
    await consult.getByRole('heading', { level: 3, name: '๒. รับฟังความคิดเห็น (IAP2 CONSULT)' }).waitFor();
    await expect(consult.getByRole('link', { name: 'แสดงความคิดเห็น / ร้องเรียน' }).getAttribute('href')).resolves.toBe('/feedback');
    const finance = consult.getByRole('link', { name: 'กลุ่มบริหารการเงินและสินทรัพย์' });
    await expect(finance.getAttribute('href')).resolves.toBe('/units/FINANCE?levels=CONSULT');
    await finance.click();
    await page.waitForURL(`${base}/units/FINANCE?levels=CONSULT`);
    await page.getByRole('heading', { level: 1, name: 'กลุ่มบริหารการเงินและสินทรัพย์' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'รับฟังความคิดเห็น' }).isChecked()).toBe(true);
    for (const other of ['ให้ข้อมูลข่าวสาร', 'ร่วมกำหนดนโยบายและวางแผน', 'ภาคีเครือข่ายความร่วมมือ', 'เสริมอำนาจให้ดำเนินการเอง']) {
      expect(await page.getByRole('checkbox', { name: other }).isChecked()).toBe(false);
    }
    const levelsShown = async () => page.locator('#activities-heading ~ ul .badge[class*="badge-level-"]').allTextContents();
    await eventually(async () => {
      const shown = await levelsShown();
      return shown.length > 0 && shown.every((level) => level === 'รับฟังความคิดเห็น');
    });
    // Ticking another level keeps the choice in the address (replacing it: back returns to the announcement).
    await page.getByRole('checkbox', { name: 'ให้ข้อมูลข่าวสาร' }).check();
    await page.waitForURL((url) => url.searchParams.get('levels') === 'INFORM,CONSULT');
    await eventually(async () => new Set(await levelsShown()).has('ให้ข้อมูลข่าวสาร'));
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'ประกาศมาตรการการมีส่วนร่วม' }).waitFor();

    // English: the English rendering first, the Thai text still there after it.
    await page.getByRole('button', { name: 'English — เปลี่ยนภาษาเป็นภาษาอังกฤษ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participation announcement' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page
      .getByTestId('announcement-en')
      .getByRole('heading', { level: 3, name: 'Announcement of the Secondary Educational Service Area Office 28' })
      .waitFor();
    await expect(textOrder(page)).resolves.toEqual(['announcement-en', 'announcement-th']);
    await page.getByText('a typo for กลุ่มอำนวยการ', { exact: false }).waitFor();
    await page.locator('#measure-CONSULT').getByRole('heading', { level: 3, name: '2. Consult (IAP2 CONSULT)' }).waitFor();
    await expect(
      page.locator('#measure-COLLABORATE').getByRole('link', { name: 'Education Promotion' }).getAttribute('href'),
    ).resolves.toBe('/units/PROMOTION?levels=COLLABORATE');
    await expectAccessible(page, 'announcement in English');
    await screenshot(page, 'announcement-en');
    await page.context().close();
  });

  it('fits a phone, in Thai and in English, accessibly', async () => {
    await expectPhonePages(browser, base, ['/announcement', '/units/FINANCE?levels=CONSULT']);
  });
});
