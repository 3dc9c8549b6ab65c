import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANALYST_EXAMPLES } from '../../gateway/web/src/analyst/examples.js';
import { fiscalYearOf } from '../../gateway/web/src/i18n/format.js';
import { csvLines, downloadOf, expectAccessible, openPage, screenshot, useBrowserStack } from './support/browser.js';

// The seeded data lies in fiscal year 2569 (1 Oct 2025 – 30 Sep 2026).
const FISCAL_YEAR = 2569;
const UNIT_CODES = ['ADMIN', 'POLICY', 'DLICT', 'FINANCE', 'PERSONNEL', 'TEACHER_DEV', 'SUPERVISION', 'PROMOTION', 'AUDIT'];

describe('ITA evidence pack and analyst explorer in a real browser', () => {
  const stack = useBrowserStack();

  const activityCount = async (code: string) => {
    const result = await stack.t.query(
      `{ unit(code: "${code}") { activities(first: 1, filter: { fiscalYear: ${FISCAL_YEAR} }) { totalCount } } }`,
    );
    return result.data?.unit.activities.totalCount as number;
  };

  async function openEvidence(unit: string): Promise<Page> {
    const page = await openPage(stack.browser);
    await page.goto(`${stack.base}/evidence?unit=${unit}&fy=${FISCAL_YEAR}`);
    await page.getByText(/^โหลดครบแล้ว: กิจกรรม \d+ รายการ$/).waitFor();
    return page;
  }

  it('renders the whole office: every activity of the year, with progress', async () => {
    const page = await openEvidence('ALL');
    const expected = (await Promise.all(UNIT_CODES.map(activityCount))).reduce((a, b) => a + b, 0);
    expect(expected).toBeGreaterThan(9);
    await expect(page.getByTestId('evidence-progress').textContent()).resolves.toBe(`โหลดครบแล้ว: กิจกรรม ${expected} รายการ`);
    expect(await page.locator('[data-testid="evidence-activities-table"] tbody tr').count()).toBe(expected);
    // Every unit is named in the unit column; every category and channel has a row.
    const units = new Set(await page.locator('[data-testid="evidence-activities-table"] tbody th').allTextContents());
    expect(units.size).toBe(9);
    expect(await page.locator('[data-testid="evidence-categories-table"] tbody tr').count()).toBe(5);
    expect(await page.locator('[data-testid="evidence-channels-table"] tbody tr').count()).toBe(7);
    // The guideline: channels, deadlines per unit and category, the PDPA note.
    await page.getByText('พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562').waitFor();
    expect(await page.locator('[data-testid="evidence-deadlines-table"] tbody tr').count()).toBeGreaterThanOrEqual(9);
    await expectAccessible(page, 'evidence pack, whole office');

    // The CSV holds the table's rows: BOM, Thai intact, one line per row plus the header.
    const lines = csvLines(await downloadOf(page, 'evidence-activities-csv'));
    expect(lines[0]).toBe('หน่วยงาน,ประเด็น / กิจกรรม,ระดับการมีส่วนร่วม,สถานะ,วันเริ่ม,วันสิ้นสุด,ผู้มีส่วนร่วม');
    expect(lines).toHaveLength(expected + 1);
    expect(lines.some((line) => line.startsWith('กลุ่มบริหารการเงินและสินทรัพย์,'))).toBe(true);
    await page.context().close();
  });

  it('renders one unit with the API figures, prints on A4, and downloads its tables', async () => {
    const page = await openEvidence('FINANCE');
    await expect(page.getByTestId('evidence-scope').textContent()).resolves.toBe(`กลุ่มบริหารการเงินและสินทรัพย์ ปีงบประมาณ พ.ศ. ${FISCAL_YEAR}`);
    const api = await stack.t.query(
      `{ financeAssets { stats(fiscalYear: ${FISCAL_YEAR}) { feedbackReceived feedbackAnswered feedbackOpen feedbackLate feedbackByChannel { count } } deadlines { category } } }`,
    );
    const stats = api.data?.financeAssets.stats;
    const rows = page.locator('[data-testid="evidence-activities-table"] tbody tr');
    expect(await rows.count()).toBe(await activityCount('FINANCE'));
    const cells = await page.locator('[data-testid="evidence-stats-table"] tbody td').allTextContents();
    expect(cells.slice(0, 4).map(Number)).toEqual([stats.feedbackReceived, stats.feedbackAnswered, stats.feedbackOpen, stats.feedbackLate]);
    expect(stats.feedbackReceived).toBeGreaterThan(0);
    const channels = await page.locator('[data-testid="evidence-channels-table"] tbody td').allTextContents();
    expect(channels.map(Number)).toEqual(stats.feedbackByChannel.map((c: { count: number }) => c.count));
    expect(await page.locator('[data-testid="evidence-deadlines-table"] tbody tr').count()).toBe(api.data?.financeAssets.deadlines.length);
    // Dates in the Buddhist Era.
    expect(await page.locator('[data-testid="evidence-activities-table"] tbody td').nth(2).textContent()).toMatch(/25[67]\d/);
    await expectAccessible(page, 'evidence pack, one unit');

    const lines = csvLines(await downloadOf(page, 'evidence-stats-csv'));
    expect(lines).toEqual([
      'ช่วงเวลา,เรื่องที่รับ,ตอบแล้ว,ค้างดำเนินการ,เกินกำหนด,มัธยฐานวันแจ้งรับเรื่อง,มัธยฐานวันที่ใช้ตอบ',
      expect.stringMatching(
        new RegExp(`^ทั้งปีงบประมาณ,${stats.feedbackReceived},${stats.feedbackAnswered},${stats.feedbackOpen},${stats.feedbackLate},`),
      ),
    ]);
    const activityLines = csvLines(await downloadOf(page, 'evidence-activities-csv'));
    expect(activityLines).toHaveLength((await rows.count()) + 1);

    // Printed: no menu, no buttons, the tables whole, on A4.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'พิมพ์ / บันทึกเป็น PDF' }).isVisible()).toBe(false);
    expect(await page.getByTestId('evidence-activities-csv').isVisible()).toBe(false);
    expect(await page.getByTestId('evidence-activities-table').isVisible()).toBe(true);
    await screenshot(page, 'evidence-pack');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.context().close();
  });

  it('shows "you said, we did" recorded in the year, with its CSV', async () => {
    const recorded = await stack.t.staff(
      `mutation { financeAssets { recordOutcome(input: { topicTh: "ขั้นตอนเบิกจ่าย, ล่าช้า", participantsTh: "ครูและบุคลากร 40 คน", resultsTh: "เสนอให้ลดเอกสาร", improvementTh: "ลดแบบฟอร์มจาก 5 เหลือ 2" }) { id createdAt } } }`,
    );
    expect(recorded.errors).toBeUndefined();
    const page = await openPage(stack.browser);
    // No year in the address: the current fiscal year, when the outcome was recorded.
    await page.goto(`${stack.base}/evidence?unit=FINANCE`);
    await page.getByText(/^โหลดครบแล้ว:/).waitFor();
    const rows = page.locator('[data-testid="evidence-outcomes-table"] tbody tr');
    // Every outcome recorded or updated this fiscal year, the new one first (newest first).
    const api = await stack.t.query('{ financeAssets { outcomes(first: 100) { nodes { createdAt updatedAt } } } }');
    const thisYear = fiscalYearOf(new Date());
    const expected = api.data?.financeAssets.outcomes.nodes.filter((o: { createdAt: string; updatedAt: string }) =>
      [o.createdAt, o.updatedAt].some((at) => fiscalYearOf(new Date(at)) === thisYear),
    ).length;
    expect(await rows.count()).toBe(expected);
    expect(await rows.first().locator('th').textContent()).toBe('ขั้นตอนเบิกจ่าย, ล่าช้า');
    const lines = csvLines(await downloadOf(page, 'evidence-outcomes-csv'));
    expect(lines).toHaveLength(expected + 1);
    expect(lines[1]).toMatch(/^"ขั้นตอนเบิกจ่าย, ล่าช้า",ครูและบุคลากร 40 คน,เสนอให้ลดเอกสาร,ลดแบบฟอร์มจาก 5 เหลือ 2,วางแผนแล้ว,/);
    await expectAccessible(page, 'evidence pack with outcomes');
    await page.context().close();
    // The year before does not show it.
    const before = await openEvidence('FINANCE');
    expect(await before.locator('[data-testid="evidence-outcomes-table"]').count()).toBe(0);
    await before.context().close();
  });

  it('runs an example across units for an analyst, following every page, and downloads it as CSV', async () => {
    // Every example is a valid query the API answers.
    for (const example of ANALYST_EXAMPLES) {
      const result = await stack.t.as('ANALYST')(example.query);
      expect(result.errors, example.id).toBeUndefined();
    }
    const page = await openPage(stack.browser);
    await page.goto(`${stack.base}/analyst`);
    await page.getByRole('link', { name: 'เข้าสู่ระบบด้วยบทบาทที่มีสิทธิ์เพื่อดูหน้านี้' }).click();
    await page.getByLabel('บทบาท').selectOption('ANALYST');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL(/\/analyst$/);

    const finance = ANALYST_EXAMPLES.find((e) => e.id === 'finance-activities')!;
    await page.getByRole('button', { name: `ใช้คำค้นนี้: ${finance.titleTh}` }).click();
    await expect(page.getByLabel('คำค้น GraphQL').inputValue()).resolves.toBe(finance.query);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) requests.push(request.postData() ?? '');
    });
    await page.getByRole('button', { name: 'เรียกข้อมูล' }).click();
    await page.getByText(/^โหลดครบแล้ว:/).waitFor();
    const total = (await stack.t.query('{ financeAssets { activities(first: 1) { totalCount } } }')).data?.financeAssets.activities
      .totalCount as number;
    expect(total).toBeGreaterThan(5);
    // Pages of 5 until the end: one page per cursor (a page may be sent twice, hash first then text:
    // automatic persisted queries).
    const pages = new Set(requests.map((body) => JSON.stringify((JSON.parse(body) as { variables?: unknown }).variables ?? {})));
    expect(pages.size).toBe(Math.ceil(total / 5));
    await expect(page.getByTestId('analyst-progress').textContent()).resolves.toBe(`โหลดครบแล้ว: ${Math.ceil(total / 5)} หน้า ${total} แถว`);
    const table = page.getByTestId('analyst-list-0-table');
    expect(await table.locator('tbody tr').count()).toBe(total);
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'titleTh',
      'level',
      'status',
      'startsAt',
      'participantCount',
      'feedbackCount',
    ]);
    await expectAccessible(page, 'analyst');
    await screenshot(page, 'analyst');

    const lines = csvLines(await downloadOf(page, 'analyst-list-0-csv'));
    expect(lines[0]).toBe('titleTh,level,status,startsAt,participantCount,feedbackCount');
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((line) => /[\u0E00-\u0E7F]/.test(line))).toBe(true);

    // The explorer link carries the query.
    const href = await page.getByRole('link', { name: `เปิดใน explorer: ${finance.titleTh}` }).getAttribute('href');
    expect(new URL(href!, stack.base).searchParams.get('query')).toBe(finance.query);
    // …and the explorer (development) opens it.
    await page.goto(new URL(href!, stack.base).href);
    await page.locator('.graphiql-query-editor').getByText('query FinanceActivities($after: String) {').waitFor();
    await page.context().close();
  });
});
