import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

// Each unit's own capability (its own SDL, migrations and resolvers) through the real gateway:
// the supergraph routes the fields a unit adds to its own type and mutation namespace to it.
describe("units' own capabilities through the gateway", () => {
  let t: TestStack;

  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  it('DLICT: a school asks for ICT support publicly, staff answer, the school follows by code', async () => {
    const key = randomUUID();
    const request = `mutation ($key: String!) { distanceEducationIct { requestIctSupport(idempotencyKey: $key,
      input: { schoolName: "โรงเรียนยโสธรพิทยาคม", category: HARDWARE, descriptionTh: "เครื่องพิมพ์ห้องธุรการเสีย" }) { code } } }`;
    const receipt = await t.query(request, { key });
    expect(receipt.errors).toBeUndefined();
    const code = receipt.data?.distanceEducationIct.requestIctSupport.code;
    expect((await t.query(request, { key })).data?.distanceEducationIct.requestIctSupport.code).toBe(code);

    const list = `{ distanceEducationIct { ictRequests(first: 5) { nodes { id code } } } }`;
    expect((await t.query(list)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.as('UNIT_STAFF', 'PERSONNEL')(list)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await t.staff(list);
    expect(listed.data?.distanceEducationIct.ictRequests.nodes).toEqual([{ id: expect.any(String), code }]);

    const id = listed.data?.distanceEducationIct.ictRequests.nodes[0].id;
    const moved = await t.staff(
      `mutation ($id: ID!) { distanceEducationIct { updateIctRequest(id: $id, status: RESOLVED, noteTh: "เปลี่ยนตลับหมึกแล้ว") { status } } }`,
      { id },
    );
    expect(moved.errors).toBeUndefined();
    const followed = await t.query(
      `query ($code: String!) { distanceEducationIct { ictRequestByCode(code: $code) { status notes { noteTh } } } }`,
      { code },
    );
    expect(followed.data?.distanceEducationIct.ictRequestByCode).toEqual({ status: 'RESOLVED', notes: [{ noteTh: 'เปลี่ยนตลับหมึกแล้ว' }] });
  });

  it('FINANCE: a disclosure staff publish is public; anyone asks about it, staff answer in public', async () => {
    const published =
      await t.staff(`mutation { financeAssets { publishDisclosure(input: { kind: PROCUREMENT_PLAN, titleTh: "แผนจัดซื้อวัสดุสำนักงาน",
      projectTh: "งานบริหารทั่วไป", amountBaht: 250000.5, method: SPECIFIC, fiscalYear: 2569, publishedOn: "2025-11-01" }) { id } } }`);
    expect(published.errors).toBeUndefined();
    const id = published.data?.financeAssets.publishDisclosure.id;
    const asked = await t.query(
      `mutation ($id: ID!, $key: String!) { financeAssets { askAboutDisclosure(disclosureId: $id, question: "ซื้อจากร้านใด", idempotencyKey: $key) { id } } }`,
      { id, key: randomUUID() },
    );
    expect(asked.errors).toBeUndefined();
    const answer = `mutation ($id: ID!) { financeAssets { answerDisclosureQuestion(questionId: $id, answerTh: "ร้านค้าในจังหวัด") { answerTh } } }`;
    expect(
      (await t.as('UNIT_HEAD', 'AUDIT')(answer, { id: asked.data?.financeAssets.askAboutDisclosure.id })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.staff(answer, { id: asked.data?.financeAssets.askAboutDisclosure.id })).errors).toBeUndefined();
    const listed = await t.query(
      `{ financeAssets { disclosures(fiscalYear: 2569) { nodes { amountBaht questions { answerTh } } } disclosureTotals(fiscalYear: 2569) { kind count amountBaht } } }`,
    );
    expect(listed.data?.financeAssets.disclosures.nodes).toEqual([{ amountBaht: 250000.5, questions: [{ answerTh: 'ร้านค้าในจังหวัด' }] }]);
    expect(listed.data?.financeAssets.disclosureTotals[0]).toEqual({ kind: 'PROCUREMENT_PLAN', count: 1, amountBaht: 250000.5 });
  });

  it('SUPERVISION and TEACHER_DEV: codes staff issue let schools and participants rate, once, without signing in', async () => {
    const visit =
      await t.staff(`mutation { supervision { recordSupervisionVisit(input: { schoolName: "โรงเรียนเลิงนกทา", visitedOn: "2026-01-20",
      topicTh: "การนิเทศภายในโรงเรียน", supervisors: ["ศน.มานี"] }) { feedbackCode } } }`);
    const rate = `mutation ($code: String!, $key: String!) { supervision { rateSupervisionVisit(code: $code, idempotencyKey: $key,
      ratings: { usefulness: 4, clarity: 5, followUp: 4 }) { visit { rated } } } }`;
    const code = visit.data?.supervision.recordSupervisionVisit.feedbackCode;
    expect((await t.query(rate, { code, key: randomUUID() })).data?.supervision.rateSupervisionVisit.visit.rated).toBe(true);
    expect((await t.query(rate, { code, key: randomUUID() })).errors?.[0]?.extensions?.code).toBe('RATING_CODE_USED');
    const summary = await t.query(`{ supervision { supervisionSummary(fiscalYear: 2569) { rated averages { clarity } } } }`);
    expect(summary.data?.supervision.supervisionSummary).toEqual({ rated: 1, averages: { clarity: 5 } });

    const training = await t.staff(`mutation { teacherDevelopment { recordTraining(input: { titleTh: "อบรมการวัดและประเมินผล",
      startsOn: "2026-02-01", endsOn: "2026-02-02", hours: 12, participantsCount: 40 }) { id } } }`);
    const trainingId = training.data?.teacherDevelopment.recordTraining.id;
    const codes = await t.staff(`mutation ($id: ID!) { teacherDevelopment { issueEvaluationCodes(trainingId: $id, count: 2) } }`, {
      id: trainingId,
    });
    expect(
      (
        await t.as('UNIT_STAFF', 'FINANCE')(
          `mutation ($id: ID!) { teacherDevelopment { issueEvaluationCodes(trainingId: $id, count: 2) } }`,
          { id: trainingId },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const evaluate = `mutation ($id: ID!, $code: String!, $key: String!) { teacherDevelopment { evaluateTraining(trainingId: $id, code: $code, idempotencyKey: $key,
      ratings: { content: 4, trainer: 5, usefulness: 4, organisation: 3 }) { training { evaluationCount } } } }`;
    const key = randomUUID();
    const [first] = codes.data!.teacherDevelopment.issueEvaluationCodes;
    expect((await t.query(evaluate, { id: trainingId, code: first, key })).errors).toBeUndefined();
    expect(
      (await t.query(evaluate, { id: trainingId, code: first, key })).data?.teacherDevelopment.evaluateTraining.training.evaluationCount,
    ).toBe(1);
    const listed = await t.query(
      `{ teacherDevelopment { trainings(first: 5) { nodes { evaluationCount codesIssued ratings { trainer } } } } }`,
    );
    expect(listed.data?.teacherDevelopment.trainings.nodes).toEqual([{ evaluationCount: 1, codesIssued: 2, ratings: { trainer: 5 } }]);
  });
});
