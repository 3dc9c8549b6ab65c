import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

// Policy and Planning's annual action plan through the real gateway: the plan's draft and vote are
// the kit's, so people comment with suggestOnDraft and vote with castVote in Mutation.policyPlanning.
describe('POLICY: the annual action plan through the gateway', () => {
  let t: TestStack;

  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  it('takes comments and priority votes, ranks the priorities once the vote closes, and adopts the plan', async () => {
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const input = {
      fiscalYear: 2570,
      titleTh: 'แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2570',
      summaryTh: 'จุดเน้นการพัฒนาคุณภาพการศึกษามัธยมศึกษา',
      priorities: [
        { titleTh: 'ส่งเสริมการอ่าน', descriptionTh: 'ห้องสมุดมีชีวิตในโรงเรียน', budgetBaht: 350000 },
        { titleTh: 'โรงเรียนปลอดภัย', descriptionTh: 'ซ่อมแซมอาคารเรียน', budgetBaht: 1200000.75 },
      ],
      commentOpensAt: at(-60_000),
      // Closes within the test: the test moves the database clock past it rather than waiting.
      commentClosesAt: at(60_000),
      voteOpensAt: at(-60_000),
      voteClosesAt: at(3_600_000),
      voteEligibility: 'SIGNED_IN',
    };
    const open = `mutation ($input: ActionPlanInput!) { policyPlanning { openActionPlan(input: $input) {
      draft { id closesAt } vote { id options { id labelTh } } } } }`;
    expect((await t.as('UNIT_HEAD', 'FINANCE')(open, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const opened = await t.staff(open, { input });
    expect(opened.errors).toBeUndefined();
    const { draft, vote } = opened.data!.policyPlanning.openActionPlan;

    const suggest = `mutation ($id: ID!, $key: String!) { policyPlanning {
      suggestOnDraft(draftId: $id, body: "ขอให้จัดงบซ่อมอาคารก่อน", authorName: "ครูสมชาย", idempotencyKey: $key) { id } } }`;
    const suggested = await t.query(suggest, { id: draft.id, key: randomUUID() });
    expect(suggested.errors).toBeUndefined();

    const cast = `mutation ($vote: ID!, $option: ID!, $key: String!) { policyPlanning { castVote(voteId: $vote, optionId: $option, idempotencyKey: $key) { id } } }`;
    const [reading, safety] = vote.options;
    for (const [subject, option] of [
      ['teacher-a', safety],
      ['teacher-b', safety],
      ['parent-c', reading],
    ] as const) {
      const res = await t.as('STAKEHOLDER', undefined, { subject })(cast, { vote: vote.id, option: option.id, key: randomUUID() });
      expect(res.errors).toBeUndefined();
    }
    expect((await t.query(cast, { vote: vote.id, option: reading.id, key: randomUUID() })).errors?.[0]?.extensions?.code).toBe(
      'VOTE_NOT_ELIGIBLE',
    );

    const read = `{ policyPlanning { actionPlan(fiscalYear: 2570) { status budgetTotalBaht
      priorities { titleTh finalRank } draft { suggestionCount } vote { status results { turnout } }
      priorityRanking { rank votes share priority { titleTh } } } } }`;
    const before = await t.query(read);
    expect(before.data?.policyPlanning.actionPlan).toMatchObject({
      status: 'OPEN',
      budgetTotalBaht: 1550000.75,
      draft: { suggestionCount: 1 },
      vote: { status: 'OPEN', results: null },
      priorityRanking: null,
    });

    expect(
      (await t.staff(`mutation ($id: ID!) { policyPlanning { closeVote(id: $id) { status } } }`, { id: vote.id })).errors,
    ).toBeUndefined();
    const ranked = await t.query(read);
    expect(ranked.data?.policyPlanning.actionPlan.priorityRanking).toEqual([
      { rank: 1, votes: 2, share: 0.6667, priority: { titleTh: 'โรงเรียนปลอดภัย' } },
      { rank: 2, votes: 1, share: 0.3333, priority: { titleTh: 'ส่งเสริมการอ่าน' } },
    ]);

    await t.clock.passTo(draft.closesAt);
    const responded = await t.staff(
      `mutation ($id: ID!) { policyPlanning { respondToSuggestion(suggestionId: $id, response: ADOPTED) { response } } }`,
      {
        id: suggested.data?.policyPlanning.suggestOnDraft.id,
      },
    );
    expect(responded.errors).toBeUndefined();
    const adopt = `mutation { policyPlanning { adoptActionPlan(fiscalYear: 2570, input: { decisionTh: "รับรองแผนตามผลการจัดลำดับ",
      decidedWith: [{ name: "นายประสิทธิ์ มั่นคง", role: "ผู้แทนคณะกรรมการสถานศึกษา" }] }) { status } } }`;
    expect((await t.staff(adopt)).data?.policyPlanning.adoptActionPlan.status).toBe('ADOPTED');
    const adopted = await t.query(read);
    expect(adopted.data?.policyPlanning.actionPlan.priorities).toEqual([
      { titleTh: 'ส่งเสริมการอ่าน', finalRank: 2 },
      { titleTh: 'โรงเรียนปลอดภัย', finalRank: 1 },
    ]);
  });
});
