import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`;
const LINK_FIELDS = 'kind id unitCode titleTh status at';

describe('"you said, we did": an outcome links records of several units, each resolved by its own unit', () => {
  let t: TestStack;
  const cases: Record<string, { id: string; code: string }> = {};
  let consultationId: string;

  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
    for (const [slug, unitCode, text] of [
      ['personnel', 'PERSONNEL', 'ขอให้ประกาศผลการย้ายครูให้ชัดเจนกว่านี้'],
      ['financeAssets', 'FINANCE', 'ขอให้เปิดเผยราคากลางการจัดซื้อให้เร็วขึ้น'],
    ] as const) {
      const res = await t.query(SUBMIT, { input: { category: 'SUGGESTION', message: text, unitCode }, key: randomUUID() });
      const code = res.data?.submitFeedback.caseCode;
      const id = await eventually(async () => {
        const found = await t.staff(`{ ${slug} { feedback(filter: { search: "${text}" }) { nodes { id code } } } }`);
        return found.data?.[slug].feedback.nodes.find((n: { code: string }) => n.code === code)?.id;
      });
      cases[unitCode] = { id, code };
    }
    const opened = await t.staff(`mutation {
      policyPlanning { openConsultation(input: {
        titleTh: "รับฟังความคิดเห็นต่อร่างแผนปฏิบัติการประจำปี", kind: ONLINE_COMMENTS,
        opensAt: "2026-01-01T00:00:00+07:00", closesAt: "2036-01-01T00:00:00+07:00" }) { id } } }`);
    expect(opened.errors).toBeUndefined();
    consultationId = opened.data?.policyPlanning.openConsultation.id;
  });
  afterAll(async () => t?.close());

  it('shows the four ITA facts and the linked cases and consultation across units in one query', async () => {
    const links = [
      { kind: 'CASE', unitCode: 'PERSONNEL', id: cases.PERSONNEL!.id },
      { kind: 'CASE', unitCode: 'FINANCE', id: cases.FINANCE!.id },
      { kind: 'CONSULTATION', unitCode: 'POLICY', id: consultationId },
    ];
    const recorded = await t.staff(
      `mutation ($links: [RecordRefInput!]) { policyPlanning { recordOutcome(input: {
        topicTh: "ความโปร่งใสของข้อมูลการย้ายและการจัดซื้อ", participantsTh: "ผู้ปกครองและครู 2 ราย ผ่านช่องทางรับเรื่อง และผู้แสดงความเห็นออนไลน์",
        resultsTh: "ขอให้เปิดเผยข้อมูลเร็วขึ้นและชัดเจนขึ้น", improvementTh: "เผยแพร่ผลการย้ายและราคากลางบนเว็บไซต์ภายใน 3 วันทำการ",
        status: IN_PROGRESS, links: $links }) { id status } } }`,
      { links },
    );
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data?.policyPlanning.recordOutcome.id;
    const done = await t.staff(
      `mutation ($id: ID!) { policyPlanning { reportOutcomeProgress(id: $id, status: DONE, noteTh: "เผยแพร่แล้วตั้งแต่เดือนนี้") { status } } }`,
      { id },
    );
    expect(done.data?.policyPlanning.reportOutcomeProgress.status).toBe('DONE');

    const before = t.statements();
    // Outcomes are public: the ITA evidence is for everyone.
    const res = await t.query(`{ policyPlanning { outcomes { nodes {
      topicTh participantsTh resultsTh improvementTh status progress { status noteTh } links { ${LINK_FIELDS} } } } } }`);
    expect(res.errors).toBeUndefined();
    const [outcome] = res.data!.policyPlanning.outcomes.nodes;
    expect(outcome.status).toBe('DONE');
    expect(outcome.progress.map((p: { status: string }) => p.status)).toEqual(['IN_PROGRESS', 'DONE']);
    expect(outcome.links.map((l: { unitCode: string; kind: string }) => `${l.kind}@${l.unitCode}`)).toEqual([
      'CASE@PERSONNEL',
      'CASE@FINANCE',
      'CONSULTATION@POLICY',
    ]);
    // Each unit answered for its own record: the case code and status come from the unit that holds it.
    expect(outcome.links[0].titleTh).toContain(cases.PERSONNEL!.id.slice(0, 8));
    expect(outcome.links[0].titleTh).not.toContain(cases.PERSONNEL!.code);
    expect(outcome.links[1].titleTh).toContain(cases.FINANCE!.id.slice(0, 8));
    expect(outcome.links[0].status).toBe('RECEIVED');
    expect(outcome.links[2].titleTh).toBe('รับฟังความคิดเห็นต่อร่างแผนปฏิบัติการประจำปี');
    expect(outcome.links[2].status).toBe('OPEN');
    // A case's own words never travel with an outcome.
    expect(JSON.stringify(outcome)).not.toContain('ราคากลางการจัดซื้อให้เร็วขึ้น');
    expect(t.statements() - before).toBeLessThanOrEqual(8);

    // Across the office, in one request.
    const office = await t.query(`{ units { code outcomes { nodes { topicTh links { kind unitCode } } } } }`);
    expect(office.errors).toBeUndefined();
    const withOutcomes = office.data?.units.filter((u: { outcomes: { nodes: unknown[] } }) => u.outcomes.nodes.length > 0);
    expect(withOutcomes.map((u: { code: string }) => u.code)).toEqual(['POLICY']);

    // The linked case moves on in its own unit; the outcome shows it at once.
    await t.staff(`mutation ($id: ID!) { personnel { acknowledgeCase(id: $id) { status } } }`, { id: cases.PERSONNEL!.id });
    const again = await t.staff(`query ($id: ID!) { policyPlanning { outcome(id: $id) { links { status } } } }`, { id });
    expect(again.data?.policyPlanning.outcome.links[0].status).toBe('ACKNOWLEDGED');
  });

  it.each([
    ['a record that does not exist in another unit', { kind: 'CASE', unitCode: 'FINANCE', id: randomUUID() }, 'UNKNOWN_RECORD'],
    ['a record that does not exist in its own unit', { kind: 'SURVEY', unitCode: 'POLICY', id: randomUUID() }, 'UNKNOWN_RECORD'],
    ['an unknown unit', { kind: 'CASE', unitCode: 'NOPE', id: randomUUID() }, 'UNKNOWN_UNIT'],
  ])('refuses a link to %s and records nothing', async (_what, link, code) => {
    const count = async () =>
      (await t.staff(`{ policyPlanning { outcomes(first: 100) { nodes { id } } } }`)).data?.policyPlanning.outcomes.nodes.length;
    const before = await count();
    const res = await t.staff(
      `mutation ($links: [RecordRefInput!]) { policyPlanning { recordOutcome(input: { topicTh: "ก", participantsTh: "ข", resultsTh: "ค", improvementTh: "ง", links: $links }) { id } } }`,
      { links: [link] },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.extensions?.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    expect(await count()).toBe(before);
  });
});
