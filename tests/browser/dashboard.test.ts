import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStack } from '../support/test-stack.js';
import { csvLines, downloadOf, expectAccessible, openPage, screenshot, startBrowserStack, type BrowserStack } from './support/browser.js';

// The seeded data lies in fiscal year 2569 (1 Oct 2025 – 30 Sep 2026).
const FISCAL_YEAR = 2569;

describe("director's dashboard in a real browser", () => {
  let t: TestStack;
  let browser: Browser;
  let base: string;
  let running: BrowserStack | undefined;
  beforeAll(async () => {
    running = await startBrowserStack();
    ({ t, browser, base } = running);
  });
  afterAll(async () => running?.close());

  /** Signs in as the director on the development sign-in page, then opens the dashboard for the year. */
  async function directorPage(options: { phone?: boolean } = {}): Promise<Page> {
    const page = await openPage(browser, options);
    await page.goto(`${base}/dashboard?fy=${FISCAL_YEAR}`);
    // Not signed in: the page says who it is for and how to sign in.
    await page.getByRole('link', { name: 'เข้าสู่ระบบด้วยบทบาทที่มีสิทธิ์เพื่อดูหน้านี้' }).click();
    await page.getByLabel('บทบาท').selectOption('DIRECTOR');
    await expectAccessible(page, 'sign-in');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL(/\/dashboard\?fy=2569$/);
    await page.getByTestId('unit-table').waitFor();
    return page;
  }

  const rowStates = (page: Page) =>
    page
      .locator('[data-testid="unit-table"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-unit')}:${r.getAttribute('data-state')}`));

  it('shows all nine units in charts and in a table of the same numbers, from one request', async () => {
    const page = await directorPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) requests.push(request.postData() ?? '');
    });
    await page.reload();
    await page.getByTestId('unit-table').waitFor();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toContain('OfficeDashboard');

    expect(await rowStates(page)).toEqual(
      ['ADMIN', 'POLICY', 'DLICT', 'FINANCE', 'PERSONNEL', 'TEACHER_DEV', 'SUPERVISION', 'PROMOTION', 'AUDIT'].map((c) => `${c}:available`),
    );
    await expect(page.getByTestId('reporting').textContent()).resolves.toBe('แสดงข้อมูล 9 จาก 9 หน่วยงาน');
    // Charts drawn (SVG): a bar per unit and level with activities, a bar per unit for cases, a monthly line.
    expect(await page.locator('[data-testid="chart-ladder"] .recharts-bar-rectangle').count()).toBeGreaterThan(9);
    expect(await page.locator('[data-testid="chart-cases"] .recharts-bar-rectangle').count()).toBeGreaterThan(9);
    expect(await page.locator('[data-testid="chart-trend"] .recharts-line-curve').count()).toBe(1);
    expect(await page.locator('[data-testid="trend-table"] tbody tr').count()).toBe(12);

    // The table's numbers are the API's.
    const api = await t.as('DIRECTOR')(
      `{ financeAssets { stats(fiscalYear: ${FISCAL_YEAR}) { feedbackReceived feedbackOpen feedbackLate ladder { activities } feedbackByMonth { count } } } }`,
    );
    const stats = api.data?.financeAssets.stats;
    const cells = await page.locator('tr[data-unit="FINANCE"] td').allTextContents();
    expect(cells.slice(0, 5).map((c) => Number(c.split(' ')[0]))).toEqual(stats.ladder.map((s: { activities: number }) => s.activities));
    expect(cells.slice(5, 8).map(Number)).toEqual([stats.feedbackReceived, stats.feedbackOpen, stats.feedbackLate]);
    expect(stats.feedbackReceived).toBeGreaterThan(0);
    const office = await t.as('DIRECTOR')(`{ officeStats(fiscalYear: ${FISCAL_YEAR}) { feedbackReceived feedbackByMonth { count } } }`);
    const monthly = await page.locator('[data-testid="trend-table"] tbody td').allTextContents();
    expect(monthly.map((n) => Number(n.replace(/,/g, '')))).toEqual(
      office.data?.officeStats.feedbackByMonth.map((m: { count: number }) => m.count),
    );
    // Month names in Thai, B.E.: ต.ค. 2568 … ก.ย. 2569.
    const months = await page.locator('[data-testid="trend-table"] tbody th').allTextContents();
    expect([months[0], months[11]]).toEqual(['ต.ค. 2568', 'ก.ย. 2569']);

    // The table downloads as CSV for Excel: BOM, Thai names, one line per unit after the header.
    const csv = csvLines(await downloadOf(page, 'unit-table-csv'));
    expect(csv).toHaveLength(10);
    expect(csv[4]).toMatch(
      new RegExp(
        `^กลุ่มบริหารการเงินและสินทรัพย์,${stats.ladder.map((s: { activities: number }) => s.activities).join(',')},${stats.feedbackReceived},${stats.feedbackOpen},${stats.feedbackLate},`,
      ),
    );
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'dashboard');
    await page.context().close();

    const phone = await directorPage({ phone: true });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'dashboard on a phone');
    await screenshot(phone, 'dashboard-phone');
    await phone.context().close();
  });

  it('shows a unit that is down as unavailable while the other eight render', async () => {
    await t.stack.stopUnit('financeAssets');
    try {
      const page = await directorPage();
      expect(await rowStates(page)).toEqual(
        ['ADMIN', 'POLICY', 'DLICT', 'FINANCE', 'PERSONNEL', 'TEACHER_DEV', 'SUPERVISION', 'PROMOTION', 'AUDIT'].map(
          (c) => `${c}:${c === 'FINANCE' ? 'unavailable' : 'available'}`,
        ),
      );
      await expect(page.locator('tr[data-unit="FINANCE"] td').textContent()).resolves.toBe('ไม่พร้อมให้บริการ');
      await expect(page.getByTestId('reporting').textContent()).resolves.toBe('แสดงข้อมูล 8 จาก 9 หน่วยงาน');
      // The error names the unit by its name, with the next step; the charts still draw the eight.
      const alert = await page.getByRole('alert').textContent();
      expect(alert).toContain('ข้อมูลของกลุ่มบริหารการเงินและสินทรัพย์ไม่พร้อมให้บริการชั่วคราว');
      expect(alert).toContain('ลองเปิดหน้านี้ใหม่อีกครั้ง');
      expect(await page.locator('[data-testid="chart-cases"] .recharts-bar-rectangle').count()).toBeGreaterThan(7);
      await expectAccessible(page, 'dashboard with a unit down');
      await screenshot(page, 'dashboard-unit-down');
      await page.context().close();
    } finally {
      await t.stack.restartUnit('financeAssets');
    }
  });
});
