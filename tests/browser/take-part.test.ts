import type { Browser, Page } from 'playwright-core';
import { stopToken } from '@sesao28/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import type { TestStack } from '../support/test-stack.js';
import { expectAccessible, loseFirstAnswer, openPage, screenshot, startBrowserStack, type BrowserStack } from './support/browser.js';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** Presses Tab until the element with this id has the focus (keyboard only). */
async function tabTo(page: Page, id: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

describe('taking part in a real browser: consultations, drafts, surveys, votes', () => {
  let t: TestStack;
  let browser: Browser;
  let base: string;
  let running: BrowserStack | undefined;
  beforeAll(async () => {
    running = await startBrowserStack();
    ({ t, browser, base } = running);
  });
  afterAll(async () => running?.close());

  const financeHead = () => t.as('UNIT_HEAD', 'FINANCE');
  const commentsWith = async (id: string, body: string) => {
    const res = await t.query(`query ($id: ID!) { financeAssets { consultation(id: $id) { comments(first: 100) { nodes { body } } } } }`, {
      id,
    });
    return res.data?.financeAssets.consultation.comments.nodes.filter((n: { body: string }) => n.body === body).length;
  };

  it('comments on an open consultation from the unit page; empty text says what to do; a retry after a lost answer and a double click keep one comment each', async () => {
    const opened = await financeHead()(`mutation ($i: ConsultationInput!) { financeAssets { openConsultation(input: $i) { id } } }`, {
      i: {
        titleTh: 'รับฟังความคิดเห็นการจัดสรรงบซ่อมแซมอาคารเรียน',
        descriptionTh: 'ขอความเห็นเรื่องลำดับความสำคัญของการซ่อมแซมอาคารเรียน',
        kind: 'ONLINE_COMMENTS',
        opensAt: at(-1),
        closesAt: at(24 * 7),
      },
    });
    expect(opened.errors).toBeUndefined();
    const id: string = opened.data!.financeAssets.openConsultation.id;

    const page = await openPage(browser);
    await page.goto(`${base}/units/FINANCE`);
    await page.getByRole('link', { name: 'รับฟังความคิดเห็นการจัดสรรงบซ่อมแซมอาคารเรียน' }).click();
    await page.waitForURL(`${base}/units/FINANCE/consultations/${id}`);
    await page.getByRole('heading', { level: 1, name: 'รับฟังความคิดเห็นการจัดสรรงบซ่อมแซมอาคารเรียน' }).waitFor();
    await expectAccessible(page, 'consultation');

    // Empty text: the next step, in Thai, beside the field; nothing is sent.
    await page.getByRole('button', { name: 'ส่งความคิดเห็น' }).click();
    await page.getByRole('alert').getByText('กรุณาพิมพ์ข้อความก่อนกดส่ง').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-form-body');
    await expectAccessible(page, 'consultation with an error');

    // The answer is lost on the way back (the comment is in): the page says so, the person sends again, one comment.
    const first = `ควรซ่อมหลังคาอาคาร 2 ก่อนฤดูฝน (${Date.now()})`;
    await page.getByLabel('ความคิดเห็นของท่าน').fill(first);
    const lost = await loseFirstAnswer(page, 'CommentOnConsultation');
    await page.getByRole('button', { name: 'ส่งความคิดเห็น' }).click();
    await page.getByRole('alert').getByText('ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต', { exact: false }).waitFor();
    expect(lost()).toBe(1);
    expect(await commentsWith(id, first)).toBe(1);
    await page.getByRole('button', { name: 'ส่งความคิดเห็น' }).click();
    await page.getByRole('status').getByText('ได้รับความคิดเห็นของท่านแล้ว', { exact: false }).waitFor();
    await page.getByTestId('comments').getByText(first).waitFor();
    expect(await commentsWith(id, first)).toBe(1);

    // Keyboard only, and a double click on send: one comment.
    const second = `เสนอให้ปรับปรุงห้องน้ำนักเรียนด้วย (${Date.now()})`;
    await tabTo(page, 'comment-form-body');
    await page.keyboard.type(second);
    await tabTo(page, 'comment-form-name');
    await page.keyboard.type('ผู้ปกครองทดสอบ');
    await page.getByRole('button', { name: 'ส่งความคิดเห็น' }).dblclick();
    await page.getByTestId('comments').getByText(second).waitFor();
    await page.getByTestId('comments').getByText('ผู้ปกครองทดสอบ', { exact: false }).waitFor();
    expect(await commentsWith(id, second)).toBe(1);
    await expectAccessible(page, 'consultation after commenting');
    await page.context().close();
  });

  it('follows a consultation from its page by e-mail: a wrong address is said beside the field, following twice is once, and the stop link page stops it', async () => {
    const opened = await financeHead()(`mutation ($i: ConsultationInput!) { financeAssets { openConsultation(input: $i) { id } } }`, {
      i: { titleTh: 'รับฟังความคิดเห็นเวลาเปิดปิดห้องสมุด', kind: 'ONLINE_COMMENTS', opensAt: at(24), closesAt: at(24 * 7) },
    });
    const id: string = opened.data!.financeAssets.openConsultation.id;
    const page = await openPage(browser);
    await page.goto(`${base}/units/FINANCE/consultations/${id}`);
    const box = page.getByTestId('follow-box');
    await box.getByLabel('อีเมล').fill('not-an-address');
    await box.getByRole('button', { name: 'ติดตาม' }).click();
    await page
      .locator('#follow-email-error')
      .getByText(/กรอกอีเมลที่ถูกต้อง/)
      .waitFor();
    await expectAccessible(page, 'follow, wrong address');
    for (let i = 0; i < 2; i++) {
      await box.getByLabel('อีเมล').fill('library.parent@mail.example');
      await box.getByRole('button', { name: 'ติดตาม' }).click();
      await box.getByRole('status').getByText('ติดตามแล้ว จะแจ้งทาง อีเมล').waitFor();
    }
    const finance = t.stack.units.get('financeAssets')!.server;
    const followers: { id: string }[] = await finance.db.dataSource.query(
      `SELECT id FROM unit_finance_assets.follower WHERE target_id = $1 AND recipient = 'library.parent@mail.example'`,
      [id],
    );
    expect(followers).toHaveLength(1);

    // The stop link of a message (made as the messages make it) lands on a page that asks to confirm.
    const token = stopToken(finance.services.config.internalSecret, 'follower', followers[0]!.id);
    await page.goto(`${base}/units/FINANCE/stop-following?token=${encodeURIComponent(token)}`);
    await page.getByRole('button', { name: 'เลิกติดตาม' }).click();
    await page.getByRole('status').getByText('เลิกติดตามแล้ว').waitFor();
    expect(await finance.db.dataSource.query(`SELECT 1 FROM unit_finance_assets.follower WHERE target_id = $1`, [id])).toEqual([]);
    await page.context().close();
  });

  it("suggests on the seeded draft and shows the unit's response with its reason", async () => {
    const drafts = await t.query(`{ policyPlanning { drafts(first: 5) { nodes { id titleTh } } } }`);
    const draft = drafts.data!.policyPlanning.drafts.nodes[0];
    const page = await openPage(browser);
    await page.goto(`${base}/units/POLICY`);
    await page.getByRole('link', { name: draft.titleTh }).click();
    await page.getByRole('heading', { level: 1, name: draft.titleTh }).waitFor();
    await expectAccessible(page, 'draft');

    const text = `ควรเพิ่มยุทธศาสตร์ด้านสุขภาวะนักเรียน (${Date.now()})`;
    await page.getByLabel('ข้อเสนอแนะของท่าน').fill(text);
    await page.getByLabel('หน่วยงานหรือองค์กร (ไม่บังคับ)').fill('สมาคมผู้ปกครอง');
    await page.getByRole('button', { name: 'ส่งข้อเสนอแนะ' }).dblclick();
    await page.getByTestId('suggestions').getByText(text).waitFor();
    const listed = await t.query(
      `query ($id: ID!) { policyPlanning { draft(id: $id) { suggestions(first: 100) { nodes { id body } } } } }`,
      { id: draft.id },
    );
    const mine = listed.data!.policyPlanning.draft.suggestions.nodes.filter((n: { body: string }) => n.body === text);
    expect(mine).toHaveLength(1);
    await expect(page.getByTestId('suggestions').getByText('รอหน่วยงานตอบ').count()).resolves.toBeGreaterThan(0);

    const responded = await t.as('UNIT_HEAD', 'POLICY')(
      `mutation ($id: ID!) { policyPlanning { respondToSuggestion(suggestionId: $id, response: PARTLY_ADOPTED, reasonTh: "รวมไว้ในยุทธศาสตร์คุณภาพผู้เรียน") { id } } }`,
      { id: mine[0].id },
    );
    expect(responded.errors).toBeUndefined();
    await page.reload();
    const card = page.getByTestId('suggestions').locator('li', { hasText: text });
    await card.getByText('นำไปใช้บางส่วน').waitFor();
    await card.getByText('รวมไว้ในยุทธศาสตร์คุณภาพผู้เรียน').waitFor();
    await expectAccessible(page, 'draft with a response');
    await screenshot(page, 'take-part');
    await page.context().close();
  });

  it('asks for sign-in on the seeded vote, takes one vote from a stakeholder, hides the result until close, then shows the tally with a table', async () => {
    const votes = await t.query(`{ supervision { votes(first: 5) { nodes { id titleTh options { id } } } } }`);
    const vote = votes.data!.supervision.votes.nodes[0];
    const page = await openPage(browser, { phone: true });
    await page.goto(`${base}/units/SUPERVISION`);
    await page.getByRole('link', { name: vote.titleTh }).click();
    await page.getByRole('heading', { level: 1, name: vote.titleTh }).waitFor();
    expect(await page.getByTestId('results-date').textContent()).toMatch(/^ผลจะประกาศวันที่ .*25\d\d/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'vote, signed out');

    await page.getByRole('link', { name: 'เข้าสู่ระบบ' }).last().click();
    await page.getByLabel('บทบาท').selectOption('STAKEHOLDER');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.waitForURL(`${base}/units/SUPERVISION/votes/${vote.id}`);
    await page.getByRole('button', { name: 'ลงมติ' }).click();
    await page.getByRole('alert').getByText('กรุณาเลือกหนึ่งตัวเลือกก่อนกดลงมติ').waitFor();
    await page.getByLabel('การวัดและประเมินผล').check();
    await expectAccessible(page, 'ballot');
    await page.getByRole('button', { name: 'ลงมติ' }).dblclick();
    await page.getByTestId('vote-receipt').waitFor();
    await expectAccessible(page, 'vote receipt');

    // A second ballot from the same person: the API's words and the next step, never raw JSON.
    await page.reload();
    await page.getByLabel('การวัดและประเมินผล').check();
    await page.getByRole('button', { name: 'ลงมติ' }).click();
    const notice = page.locator('[data-code="VOTE_ALREADY_CAST"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/[ก-๙]/);
    expect(await page.locator('main').textContent()).not.toContain('extensions');

    // Closed: the tally, as bars and as a table (one vote for assessment).
    const closed = await t.as('UNIT_HEAD', 'SUPERVISION')(
      `mutation ($id: ID!) { supervision { closeVote(id: $id) { results { turnout } } } }`,
      { id: vote.id },
    );
    expect(closed.data?.supervision.closeVote.results.turnout).toBe(1);
    await eventually(async () => {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: vote.titleTh }).waitFor();
      return (await page.getByRole('table').count()) === 1;
    });
    const row = await page.getByRole('row', { name: /การวัดและประเมินผล/ }).allTextContents();
    expect(row.join(' ')).toMatch(/การวัดและประเมินผล\s*1\s*100/);
    await expectAccessible(page, 'vote result');
    await page.context().close();
  });
  it('answers a survey of every question kind (a required one left empty says so first), once for a double click, and shows results once closed', async () => {
    const head = financeHead();
    const questions = [
      { kind: 'SINGLE_CHOICE', textTh: 'ท่านเป็นใคร', required: true, options: [{ labelTh: 'ผู้ปกครอง' }, { labelTh: 'ครู' }] },
      { kind: 'MULTIPLE_CHOICE', textTh: 'ช่องทางที่ใช้ติดต่อ', options: [{ labelTh: 'โทรศัพท์' }, { labelTh: 'ไลน์' }, { labelTh: 'อีเมล' }] },
      { kind: 'SCALE_1_5', textTh: 'ความพึงพอใจโดยรวม', required: true },
      { kind: 'FREE_TEXT', textTh: 'ข้อเสนอแนะ' },
    ];
    const created = await head(`mutation ($i: SurveyInput!) { financeAssets { createSurvey(input: $i) { id } } }`, {
      i: { titleTh: 'สำรวจช่องทางติดต่อของผู้ปกครอง', opensAt: at(-1), closesAt: at(24), questions },
    });
    expect(created.errors).toBeUndefined();
    const id: string = created.data!.financeAssets.createSurvey.id;
    const responses = async (surveyId: string) =>
      (await t.query(`query ($id: ID!) { financeAssets { survey(id: $id) { responseCount } } }`, { id: surveyId })).data?.financeAssets
        .survey.responseCount;

    const page = await openPage(browser);
    await page.goto(`${base}/units/FINANCE`);
    await page.getByRole('link', { name: 'สำรวจช่องทางติดต่อของผู้ปกครอง' }).click();
    await page.getByRole('heading', { level: 1, name: 'สำรวจช่องทางติดต่อของผู้ปกครอง' }).waitFor();
    await expectAccessible(page, 'survey');
    await page.getByRole('radio', { name: 'ผู้ปกครอง' }).check();
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
    await page.getByRole('alert').getByText('กรุณาตอบข้อนี้ก่อนส่ง').waitFor();
    await expectAccessible(page, 'survey with an error');
    expect(await responses(id)).toBe(0);
    await page.getByRole('checkbox', { name: 'ไลน์' }).check();
    await page.getByRole('checkbox', { name: 'อีเมล' }).check();
    await page.getByRole('radio', { name: '4 มาก' }).check();
    await page.getByLabel(/ข้อเสนอแนะ/).fill('อยากให้แจ้งข่าวทางไลน์กลุ่มผู้ปกครอง');
    await page.getByRole('button', { name: 'ส่งคำตอบ' }).dblclick();
    await page.getByTestId('survey-receipt').waitFor();
    expect(await responses(id)).toBe(1);

    // A survey that closes in a minute, answered through the API: its results once the test has moved the database clock past it.
    const closesAt = new Date(t.clock.now().getTime() + 60_000).toISOString();
    const short = await head(`mutation ($i: SurveyInput!) { financeAssets { createSurvey(input: $i) { id questions { id } } } }`, {
      i: { titleTh: 'สำรวจสั้น', opensAt: at(-1), closesAt, questions: [questions[2]] },
    });
    const shortSurvey = short.data!.financeAssets.createSurvey;
    const answered = await t.query(
      `mutation ($id: ID!, $q: ID!) { financeAssets { respondToSurvey(surveyId: $id, answers: [{ questionId: $q, scale: 5 }], idempotencyKey: "browser-short-survey-1") { id } } }`,
      { id: shortSurvey.id, q: shortSurvey.questions[0].id },
    );
    expect(answered.errors).toBeUndefined();
    await t.clock.passTo(closesAt);
    await page.goto(`${base}/units/FINANCE/surveys/${shortSurvey.id}`);
    await page.getByRole('heading', { name: 'ผลการสำรวจ (ผู้ตอบ 1 คน)' }).waitFor();
    expect((await page.getByRole('row', { name: /5 มากที่สุด/ }).textContent())!).toMatch(/1$/);
    await expectAccessible(page, 'survey results');
    await page.context().close();
  });
});
