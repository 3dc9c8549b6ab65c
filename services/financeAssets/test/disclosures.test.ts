import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_IDENTITY } from '@sesao28/kit';
import { expectRefused, startTestUnit, unitStaff, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const PUBLISH = `mutation ($input: DisclosureInput!) { financeAssets { publishDisclosure(input: $input) {
  id kind amountBaht fiscalYear publishedOn vendorName activity { level titleTh } } } }`;
const ASK = `mutation ($id: ID!, $q: String!, $key: String!) { financeAssets { askAboutDisclosure(disclosureId: $id, question: $q, idempotencyKey: $key) {
  id disclosureId question answerTh } } }`;
const ANSWER = `mutation ($id: ID!, $a: String!) { financeAssets { answerDisclosureQuestion(questionId: $id, answerTh: $a) { id answerTh answeredAt } } }`;
const LIST = `query ($fy: Int, $kind: DisclosureKind, $after: String) { financeAssets { disclosures(fiscalYear: $fy, kind: $kind, first: 2, after: $after) {
  nodes { id titleTh publishedOn questions { question answerTh } } pageInfo { hasNextPage endCursor } } } }`;
const TOTALS = `query ($fy: Int!) { financeAssets { disclosureTotals(fiscalYear: $fy) { kind count amountBaht } } }`;

const disclosure = (over: Record<string, unknown> = {}) => ({
  kind: 'PROCUREMENT_RESULT',
  titleTh: 'ผลการจัดซื้อครุภัณฑ์คอมพิวเตอร์',
  projectTh: 'โครงการพัฒนาห้องเรียนดิจิทัล',
  amountBaht: 1234567.89,
  method: 'E_BIDDING',
  vendorName: 'บริษัท ศรีสะเกษคอมพิวเตอร์ จำกัด',
  fiscalYear: 2569,
  publishedOn: '2026-02-10',
  ...over,
});

describe('FINANCE: procurement and spending disclosures people can ask about', () => {
  let t: TestUnit;
  const staff = unitStaff('FINANCE');
  const publish = async (over?: Record<string, unknown>) => {
    const res = await t.queryAs(staff, PUBLISH, { input: disclosure(over) });
    expect(res.errors).toBeUndefined();
    return res.data?.financeAssets.publishDisclosure as { id: string };
  };

  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it('publishes a disclosure on an INFORM activity, amounts exact to the satang', async () => {
    const res = await t.queryAs(staff, PUBLISH, { input: disclosure() });
    expect(res.errors).toBeUndefined();
    expect(res.data?.financeAssets.publishDisclosure).toMatchObject({
      kind: 'PROCUREMENT_RESULT',
      amountBaht: 1234567.89,
      fiscalYear: 2569,
      publishedOn: '2026-02-10',
      activity: { level: 'INFORM', titleTh: 'ผลการจัดซื้อครุภัณฑ์คอมพิวเตอร์' },
    });
  });

  it.each([
    [{ amountBaht: -1 }, 'DISCLOSURE_AMOUNT_INVALID', 'amountBaht'],
    [{ amountBaht: 10.005 }, 'DISCLOSURE_AMOUNT_INVALID', 'amountBaht'],
    [{ amountBaht: 1e14 }, 'DISCLOSURE_AMOUNT_INVALID', 'amountBaht'],
    [{ fiscalYear: 69 }, 'INVALID_FISCAL_YEAR', 'fiscalYear'],
    [{ publishedOn: '2026-13-01' }, 'INVALID_DATE', 'publishedOn'],
    [{ projectTh: ' ' }, 'TEXT_REQUIRED', 'projectTh'],
  ])('refuses a bad disclosure and writes nothing (%#)', async (over, code, field) => {
    const before = [await t.count('disclosure'), await t.count('activity')];
    expectRefused(await t.queryAs(staff, PUBLISH, { input: disclosure(over) }), code, field);
    expect([await t.count('disclosure'), await t.count('activity')]).toEqual(before);
  });

  it('takes public questions once per key, recording the asker, and shows the answer to everyone', async () => {
    const { id } = await publish();
    const key = randomUUID();
    const asked = await t.queryAs(PUBLIC_IDENTITY, ASK, { id, q: 'มีผู้ยื่นเสนอราคากี่ราย', key });
    expect(asked.errors).toBeUndefined();
    const questionId = asked.data?.financeAssets.askAboutDisclosure.id;
    const retry = await t.queryAs(PUBLIC_IDENTITY, ASK, { id, q: 'มีผู้ยื่นเสนอราคากี่ราย', key });
    expect(retry.data?.financeAssets.askAboutDisclosure.id).toBe(questionId);
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, ASK, { id, q: 'คำถามอื่น', key }), 'IDEMPOTENCY_KEY_REUSED', 'idempotencyKey');
    expect(await t.count('disclosure_question')).toBe(1);
    expect(await t.count('activity_participant')).toBe(1);

    expectRefused(
      await t.queryAs(PUBLIC_IDENTITY, ASK, { id: randomUUID(), q: 'ถาม', key: randomUUID() }),
      'DISCLOSURE_NOT_FOUND',
      'disclosureId',
    );
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, ASK, { id, q: '  ', key: randomUUID() }), 'TEXT_REQUIRED', 'question');
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, ASK, { id, q: 'ถาม', key: 'x' }), 'INVALID_IDEMPOTENCY_KEY');
    expect(await t.count('disclosure_question')).toBe(1);

    expectRefused(await t.queryAs(PUBLIC_IDENTITY, ANSWER, { id: questionId, a: 'สามราย' }), 'UNAUTHENTICATED');
    expectRefused(await t.queryAs(unitStaff('DLICT'), ANSWER, { id: questionId, a: 'สามราย' }), 'FORBIDDEN');
    const answered = await t.queryAs(staff, ANSWER, { id: questionId, a: 'มีผู้ยื่นเสนอราคา 3 ราย' });
    expect(answered.errors).toBeUndefined();
    expectRefused(await t.queryAs(staff, ANSWER, { id: questionId, a: 'แก้ไข' }), 'DISCLOSURE_QUESTION_ANSWERED', 'questionId');
    expectRefused(await t.queryAs(staff, ANSWER, { id: randomUUID(), a: 'ตอบ' }), 'DISCLOSURE_QUESTION_NOT_FOUND', 'questionId');

    const listed = await t.queryAs(PUBLIC_IDENTITY, LIST, { fy: 2569 });
    const node = listed.data?.financeAssets.disclosures.nodes.find((n: { id: string }) => n.id === id);
    expect(node.questions).toEqual([{ question: 'มีผู้ยื่นเสนอราคากี่ราย', answerTh: 'มีผู้ยื่นเสนอราคา 3 ราย' }]);
  });

  it('lists by fiscal year and kind, page by page, and adds up each kind', async () => {
    await publish({ kind: 'PROCUREMENT_PLAN', fiscalYear: 2570, amountBaht: 0.1, publishedOn: '2026-10-01' });
    await publish({ kind: 'PROCUREMENT_PLAN', fiscalYear: 2570, amountBaht: 0.2, publishedOn: '2026-10-02' });
    await publish({
      kind: 'SPENDING_REPORT',
      fiscalYear: 2570,
      amountBaht: 500000,
      publishedOn: '2026-10-03',
      method: 'OTHER',
      vendorName: null,
    });
    const totals = await t.queryAs(PUBLIC_IDENTITY, TOTALS, { fy: 2570 });
    expect(totals.data?.financeAssets.disclosureTotals).toEqual([
      { kind: 'PROCUREMENT_PLAN', count: 2, amountBaht: 0.3 },
      { kind: 'PROCUREMENT_RESULT', count: 0, amountBaht: 0 },
      { kind: 'SPENDING_REPORT', count: 1, amountBaht: 500000 },
    ]);

    const first = await t.queryAs(PUBLIC_IDENTITY, LIST, { fy: 2570 });
    expect(first.data?.financeAssets.disclosures.nodes.map((n: { publishedOn: string }) => n.publishedOn)).toEqual([
      '2026-10-03',
      '2026-10-02',
    ]);
    const next = await t.queryAs(PUBLIC_IDENTITY, LIST, { fy: 2570, after: first.data?.financeAssets.disclosures.pageInfo.endCursor });
    expect(next.data?.financeAssets.disclosures.nodes.map((n: { publishedOn: string }) => n.publishedOn)).toEqual(['2026-10-01']);
    expect(next.data?.financeAssets.disclosures.pageInfo.hasNextPage).toBe(false);
    const plans = await t.queryAs(PUBLIC_IDENTITY, LIST, { fy: 2570, kind: 'PROCUREMENT_PLAN' });
    expect(plans.data?.financeAssets.disclosures.nodes).toHaveLength(2);
  });

  it('lets only its own staff publish', async () => {
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, PUBLISH, { input: disclosure() }), 'UNAUTHENTICATED');
    expectRefused(await t.queryAs(unitStaff('SUPERVISION'), PUBLISH, { input: disclosure() }), 'FORBIDDEN');
  });
});
