import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  bangkokLocal,
  expectAccessible,
  fiscalYearNow,
  fitsPhone,
  openPage,
  screenshot,
  signInAtDesk,
  useBrowserStack,
} from './support/browser.js';

const stamp = Date.now();
const REGISTER = `mutation ($input: PartnerInput!) { registerPartner(input: $input) { id } }`;
const PARTNER = `query ($id: ID!) { partner(id: $id) { nameTh kind agreements { title startsOn endsOn status } } }`;

/**
 * The office's register of partners, the digital-service survey and every year's action plans in
 * a real browser: staff of any unit register a partner and record its MOUs at the desk, and the
 * public reads the partner's page; Distance Education and ICT's staff open the digital-service
 * survey, which the public finds on the unit's page; the action plan's page lists every year's plan.
 */
describe("the desk's register of partners, the digital-service survey and every year's action plans", () => {
  const stack = useBrowserStack();

  it('registers a partner and records its MOUs at the desk (problems said beside the field, in Thai and English); the public reads the partner’s page', async () => {
    const name = `มูลนิธิเพื่อการศึกษาทดสอบ ${stamp}`;
    const refused = await stack.t.as('STAKEHOLDER')(REGISTER, { input: { nameTh: name, kind: 'FOUNDATION', province: 'ยโสธร' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'FINANCE');
    await desk.getByRole('link', { name: 'ทะเบียนภาคีเครือข่ายและบันทึกข้อตกลง (MOU)' }).click();
    await desk.getByRole('heading', { level: 1, name: 'ทะเบียนภาคีเครือข่ายของสำนักงาน' }).waitFor();
    const register = desk.getByTestId('register-partner');
    await register.getByRole('button', { name: 'ลงทะเบียนภาคี' }).click();
    await register.locator('[data-field-error="nameTh"]').getByText('กรุณากรอกช่องนี้').waitFor();
    await register.getByLabel('ชื่อองค์กร (ภาษาไทย) (จำเป็น)').fill(name);
    await register.getByLabel('ชื่อองค์กร (ภาษาอังกฤษ) (ไม่บังคับ)').fill(`Education Test Foundation ${stamp}`);
    await register.getByLabel('ประเภทภาคี (จำเป็น)').selectOption('FOUNDATION');
    await register.getByLabel('จังหวัด (จำเป็น)').fill('ยโสธร');
    await register.getByRole('button', { name: 'ลงทะเบียนภาคี' }).click();
    await register.getByRole('status').getByText('ลงทะเบียนภาคีเครือข่ายแล้ว').waitFor();

    const card = desk.getByTestId('partners').locator(':scope > li', { hasText: name });
    await card.getByTestId('partner-kind').getByText('มูลนิธิ').waitFor();
    await card.getByTestId('no-agreements').waitFor();
    // The kind filter: another kind leaves it out, its own kind finds it.
    await desk.getByLabel('ประเภทภาคี', { exact: true }).selectOption('SCHOOL');
    await card.waitFor({ state: 'detached' });
    await desk.getByLabel('ประเภทภาคี', { exact: true }).selectOption('FOUNDATION');
    await card.waitFor();

    await card.getByText(`บันทึกข้อตกลงฉบับใหม่กับ ${name}`).click();
    const agreement = card.locator('form');
    const mou = `บันทึกข้อตกลงส่งเสริมการอ่าน (${stamp})`;
    await agreement.getByLabel('ชื่อบันทึกข้อตกลง (จำเป็น)').fill(mou);
    await agreement.getByLabel('วันที่ลงนาม (จำเป็น)').fill('2026-05-01');
    await agreement.getByLabel('วันเริ่มต้น (จำเป็น)').fill('2026-06-01');
    await agreement.getByLabel('วันสิ้นสุด (จำเป็น)').fill('2026-05-31');
    await agreement.getByRole('button', { name: 'บันทึกข้อตกลง' }).click();
    // The API's problem (INVALID_DATE_RANGE) stands beside the end date, in the page's language.
    const endsOnProblem = card.locator('[data-field-error="endsOn"]');
    await endsOnProblem.getByText('วันที่เริ่มต้นต้องไม่หลังวันที่สิ้นสุด').waitFor();
    await expectAccessible(desk, 'partners desk with a field problem');
    await desk.getByRole('button', { name: 'English' }).click();
    await endsOnProblem.getByText('The start date must not be after the end date').waitFor();
    await desk.getByRole('button', { name: 'ภาษาไทย' }).click();
    await agreement.getByLabel('วันสิ้นสุด (จำเป็น)').fill('2029-05-31');
    await agreement.getByRole('button', { name: 'บันทึกข้อตกลง' }).click();
    await card.getByRole('status').getByText('บันทึกข้อตกลงแล้ว').waitFor();
    // An older MOU, already over: listed below the newer one, expired in words.
    const old = `บันทึกข้อตกลงค่ายวิชาการ (${stamp})`;
    await agreement.getByLabel('ชื่อบันทึกข้อตกลง (จำเป็น)').fill(old);
    await agreement.getByLabel('วันที่ลงนาม (จำเป็น)').fill('2020-01-10');
    await agreement.getByLabel('วันเริ่มต้น (จำเป็น)').fill('2020-02-01');
    await agreement.getByLabel('วันสิ้นสุด (จำเป็น)').fill('2021-01-31');
    await agreement.getByRole('button', { name: 'บันทึกข้อตกลง' }).click();
    const rows = card.locator('[data-testid="partner-agreements"] tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.getByTestId('agreement-title').allTextContents()).toEqual([mou, old]);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))).toEqual(['ACTIVE', 'EXPIRED']);
    await expectAccessible(desk, 'partners desk');
    await screenshot(desk, 'desk-partners');
    await fitsPhone(desk, 'partners desk', 'desk-partners');

    await card.getByRole('link', { name: `หน้าสาธารณะของ ${name}` }).click();
    await desk.getByRole('heading', { level: 1, name }).waitFor();
    const path = new URL(desk.url()).pathname;
    expect(path).toMatch(/^\/partners\/[0-9a-f-]{36}$/);
    await desk.context().close();

    // The public, not signed in: the organisation and its MOUs, as the API holds them.
    const page = await openPage(stack.browser);
    await page.goto(`${stack.base}${path}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const partner = page.getByTestId('partner');
    await partner.getByText(`Education Test Foundation ${stamp}`).waitFor();
    await partner.getByTestId('partner-kind').getByText('มูลนิธิ').waitFor();
    const shown = partner.locator('[data-testid="partner-agreements"] tbody tr');
    await shown.nth(1).waitFor();
    expect(await shown.getByTestId('agreement-title').allTextContents()).toEqual([mou, old]);
    await shown.first().getByText('ลงนาม 1 พ.ค. 2569').waitFor();
    expect(await shown.getByTestId('agreement-status').allTextContents()).toEqual(['มีผลอยู่', 'สิ้นสุดแล้ว']);
    await expectAccessible(page, 'partner page');
    await screenshot(page, 'partner');
    await fitsPhone(page, 'partner page', 'partner');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await shown.getByTestId('agreement-status').allTextContents()).toEqual(['In force', 'Expired']);
    await page.getByRole('button', { name: 'ภาษาไทย' }).click();
    const held = await stack.t.query(PARTNER, { id: path.split('/').pop() });
    expect(held.data!.partner).toEqual({
      nameTh: name,
      kind: 'FOUNDATION',
      agreements: [
        { title: mou, startsOn: '2026-06-01', endsOn: '2029-05-31', status: 'ACTIVE' },
        { title: old, startsOn: '2020-02-01', endsOn: '2021-01-31', status: 'EXPIRED' },
      ],
    });

    // A partnership of Education Promotion names the partner; its name links to the partner's page.
    const year = fiscalYearNow();
    const recorded = await stack.t.staff(
      `mutation ($input: ScholarshipPartnershipInput!) { educationPromotion { recordScholarshipPartnership(input: $input) { id } } }`,
      {
        input: {
          partnerId: path.split('/').pop(),
          titleTh: `ทุนการศึกษาทดสอบ ${stamp}`,
          kind: 'SCHOLARSHIP',
          fiscalYear: year,
          studentsSupported: 5,
          schoolsTh: [],
        },
      },
    );
    expect(recorded.errors).toBeUndefined();
    await page.goto(`${stack.base}/units/PROMOTION/scholarships?fy=${year}`);
    await page.getByTestId('scholarships').getByRole('link', { name }).first().click();
    await page.waitForURL((url) => url.pathname === path);
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.goto(`${stack.base}/partners/${randomUUID()}`);
    await page.getByTestId('partner-not-found').waitFor();
    await expectAccessible(page, 'partner not found');
    await page.context().close();
  });

  it("opens the digital-service survey at DLICT's desk (a window that closes before it opens refused beside the field); the public finds it on the unit's page", async () => {
    const desk = await signInAtDesk(stack.browser, stack.base, 'UNIT_STAFF', 'DLICT');
    await desk.getByTestId('services-desk').getByRole('link', { name: 'คำขอรับบริการ ICT ของโรงเรียน' }).click();
    const form = desk.getByTestId('digital-survey');
    await form.getByRole('heading', { name: 'เปิดแบบสำรวจความพึงพอใจต่อบริการดิจิทัล' }).waitFor();
    await form.getByLabel('เปิด (จำเป็น)', { exact: true }).fill(bangkokLocal(0));
    await form.getByLabel('ปิด (จำเป็น)', { exact: true }).fill(bangkokLocal(-2));
    await form.getByRole('button', { name: 'เปิดแบบสำรวจ' }).click();
    await form.locator('[data-field-error="closesAt"]').getByText('วันเวลาปิดรับต้องอยู่หลังวันเวลาเปิดรับ').waitFor();
    await form.getByLabel('ปิด (จำเป็น)', { exact: true }).fill(bangkokLocal(24 * 14));
    await form.getByRole('button', { name: 'เปิดแบบสำรวจ' }).click();
    await form.getByRole('status').getByText('เปิดแบบสำรวจแล้ว', { exact: false }).waitFor();
    const link = desk.getByTestId('digital-survey-opened').getByRole('link', {
      name: 'เปิดแบบสำรวจบนหน้าสาธารณะ: แบบสำรวจความพึงพอใจต่อการให้บริการดิจิทัล',
    });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/units\/DLICT\/surveys\/[0-9a-f-]{36}$/);
    await expectAccessible(desk, 'ICT desk with the survey opened');
    await desk.context().close();

    // The public: listed open on the unit's page, and its questions on its own page.
    const id = href.split('/').pop()!;
    const page = await openPage(stack.browser);
    await page.goto(`${stack.base}/units/DLICT`);
    const listed = page.locator(`[id="survey-${id}"]`);
    await listed.getByText('เปิดอยู่').waitFor();
    await listed.getByRole('link', { name: 'แบบสำรวจความพึงพอใจต่อการให้บริการดิจิทัล' }).click();
    await page.waitForURL((url) => url.pathname === href);
    await page.getByRole('heading', { level: 1, name: 'แบบสำรวจความพึงพอใจต่อการให้บริการดิจิทัล' }).waitFor();
    await page.getByText('ความสะดวกในการใช้บริการอิเล็กทรอนิกส์ (e-Service) ของสำนักงาน', { exact: false }).first().waitFor();
    await page.context().close();
  });

  it("lists every year's action plan on the plan's page, latest first, each opening its year", async () => {
    const iso = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const years = [fiscalYearNow() - 3, fiscalYearNow() + 1];
    for (const year of years) {
      const opened = await stack.t.staff(
        `mutation ($input: ActionPlanInput!) { policyPlanning { openActionPlan(input: $input) { id } } }`,
        {
          input: {
            fiscalYear: year,
            titleTh: `แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ${year} (${stamp})`,
            summaryTh: 'แผนสำหรับทดสอบรายการแผนทุกปี',
            priorities: [
              { titleTh: 'พัฒนาครู', descriptionTh: 'อบรมครู', budgetBaht: 1000 },
              { titleTh: 'ซ่อมอาคาร', descriptionTh: 'อาคารเรียน', budgetBaht: 2500 },
            ],
            commentOpensAt: iso(-1),
            commentClosesAt: iso(24),
            voteOpensAt: iso(24),
            voteClosesAt: iso(48),
            voteEligibility: 'SIGNED_IN',
          },
        },
      );
      expect(opened.errors).toBeUndefined();
    }
    const page = await openPage(stack.browser);
    await page.goto(`${stack.base}/units/POLICY/action-plan`);
    const table = page.getByTestId('plan-years');
    await table.locator(`tr[data-year="${years[0]}"]`).waitFor();
    const listed = (await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-year'))))).filter(
      (y) => years.includes(y),
    );
    expect(listed).toEqual([...years].reverse());
    const older = table.locator(`tr[data-year="${years[0]}"]`);
    expect(await older.textContent()).toContain('3,500');
    await older.getByRole('link', { name: `ปีงบประมาณ พ.ศ. ${years[0]}` }).click();
    await page.getByRole('heading', { level: 2, name: `แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ${years[0]} (${stamp})` }).waitFor();
    expect(new URL(page.url()).search).toBe(`?fy=${years[0]}`);
    await expect(older.getByRole('link').getAttribute('aria-current')).resolves.toBe('page');
    await expectAccessible(page, 'action plans of every year');
    await page.context().close();
  });
});
