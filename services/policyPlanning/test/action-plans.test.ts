import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_IDENTITY } from '@sesao28/kit';
import { expectRefused, identity, startTestUnit, unitStaff, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const PLAN = `id fiscalYear titleTh status budgetTotalBaht adoptedAt
  priorities { id position titleTh budgetBaht voteOptionId finalRank }
  draft { id kind open closesAt bodyTh suggestionCount responseSummary { unanswered adopted }
    decision { decisionTh finalTextTh decidedWith { name role } } activity { level status } }
  vote { id level status eligibility results { turnout } options { id labelTh } activity { level status } }
  priorityRanking { rank votes share priority { titleTh } }
  activity { level titleTh }`;
const OPEN = `mutation ($input: ActionPlanInput!) { policyPlanning { openActionPlan(input: $input) { ${PLAN} } } }`;
const READ = `query ($fy: Int!) { policyPlanning { actionPlan(fiscalYear: $fy) { ${PLAN} } } }`;
const ADOPT = `mutation ($fy: Int!, $input: ActionPlanAdoptionInput!) { policyPlanning { adoptActionPlan(fiscalYear: $fy, input: $input) { ${PLAN} } } }`;
const SUGGEST = `mutation ($id: ID!, $body: String!, $key: String!) { policyPlanning {
  suggestOnDraft(draftId: $id, body: $body, organisation: "สมาคมผู้ปกครอง", idempotencyKey: $key) { id } } }`;
const RESPOND = `mutation ($id: ID!) { policyPlanning { respondToSuggestion(suggestionId: $id, response: ADOPTED) { response } } }`;
const CAST = `mutation ($vote: ID!, $option: ID!, $key: String!) { policyPlanning { castVote(voteId: $vote, optionId: $option, idempotencyKey: $key) { id } } }`;
const CLOSE = `mutation ($id: ID!) { policyPlanning { closeVote(id: $id) { status } } }`;

const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const HOUR = 3_600_000;
// A window that closes within the test: the test moves the database clock past it (t.clock) rather than waiting.
const MINUTE = 60_000;

const priorities = [
  { titleTh: 'พัฒนาคุณภาพผู้เรียนด้านการอ่าน', descriptionTh: 'ยกระดับผลการทดสอบ O-NET วิชาภาษาไทย', budgetBaht: 1_250_000.5 },
  { titleTh: 'ลดความเหลื่อมล้ำทางการศึกษา', descriptionTh: 'ทุนการศึกษาและอาหารกลางวันนักเรียนยากจน', budgetBaht: 2_000_000 },
  { titleTh: 'พัฒนาครูด้านดิจิทัล', descriptionTh: 'อบรมครูการใช้เทคโนโลยีในห้องเรียน', budgetBaht: 480_000.25 },
];
const planInput = (over: Record<string, unknown> = {}) => ({
  fiscalYear: 2570,
  titleTh: 'แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2570',
  summaryTh: 'ทิศทางการพัฒนาการศึกษามัธยมศึกษา ศรีสะเกษ ยโสธร',
  priorities,
  commentOpensAt: at(-HOUR),
  commentClosesAt: at(HOUR),
  voteOpensAt: at(-HOUR),
  voteClosesAt: at(HOUR),
  voteEligibility: 'SIGNED_IN',
  ...over,
});
const adoption = { decisionTh: 'ที่ประชุมร่วมรับรองแผนตามผลการจัดลำดับ', decidedWith: [{ name: 'นางสมร ใจดี', role: 'ผู้แทนผู้ปกครอง' }] };
const voter = (name: string) => identity('STAKEHOLDER', null, { subject: `voter-${name}` });

type Plan = Record<string, any>;

describe('POLICY: the annual action plan, open for comments and a priority vote', () => {
  let t: TestUnit;
  const staff = unitStaff('POLICY');
  const open = async (over?: Record<string, unknown>): Promise<Plan> => {
    const res = await t.queryAs(staff, OPEN, { input: planInput(over) });
    expect(res.errors).toBeUndefined();
    return res.data?.policyPlanning.openActionPlan;
  };
  const written = () =>
    Promise.all(['action_plan', 'action_plan_priority', 'draft', 'vote', 'vote_option', 'activity'].map((table) => t.count(table)));
  const read = async (fy: number): Promise<Plan> => (await t.queryAs(PUBLIC_IDENTITY, READ, { fy })).data?.policyPlanning.actionPlan;

  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it('goes from the open plan through comments, responses and votes to the ranking and the adoption', async () => {
    const plan = await open({ commentClosesAt: at(MINUTE) });
    expect(plan).toMatchObject({ fiscalYear: 2570, status: 'OPEN', budgetTotalBaht: 3_730_000.75, adoptedAt: null, priorityRanking: null });
    expect(plan.priorities.map((p: Plan) => [p.position, p.titleTh, p.budgetBaht, p.finalRank])).toEqual(
      priorities.map((p, i) => [i + 1, p.titleTh, p.budgetBaht, null]),
    );
    // The kit's draft (kind PLAN) lists the priorities; the kit's vote (INVOLVE) has them as its options.
    expect(plan.draft).toMatchObject({ kind: 'PLAN', open: true, decision: null, activity: { level: 'INVOLVE', status: 'OPEN' } });
    expect(plan.draft.bodyTh).toContain('1. พัฒนาคุณภาพผู้เรียนด้านการอ่าน — 1,250,000.50 บาท');
    expect(plan.vote).toMatchObject({
      level: 'INVOLVE',
      status: 'OPEN',
      eligibility: 'SIGNED_IN',
      results: null,
      activity: { level: 'INVOLVE' },
    });
    expect(plan.vote.options.map((o: Plan) => o.labelTh)).toEqual(priorities.map((p) => p.titleTh));
    expect(plan.priorities.map((p: Plan) => p.voteOptionId)).toEqual(plan.vote.options.map((o: Plan) => o.id));
    expect(plan.activity).toEqual({ level: 'INVOLVE', titleTh: planInput().titleTh });
    expect(await written()).toEqual([1, 3, 1, 1, 3, 2]);

    // Comments on the plan's draft, through the kit's suggestOnDraft: a retry stays one suggestion.
    const key = randomUUID();
    const suggestion = await t.queryAs(PUBLIC_IDENTITY, SUGGEST, { id: plan.draft.id, body: 'ควรเพิ่มงบประมาณด้านการอ่าน', key });
    expect(suggestion.errors).toBeUndefined();
    const retried = await t.queryAs(PUBLIC_IDENTITY, SUGGEST, { id: plan.draft.id, body: 'ควรเพิ่มงบประมาณด้านการอ่าน', key });
    expect(retried.data?.policyPlanning.suggestOnDraft.id).toBe(suggestion.data?.policyPlanning.suggestOnDraft.id);

    // Votes through the kit's castVote: one per signed-in person, a retry returns the first receipt.
    const [reading, equity] = plan.vote.options as Plan[];
    const cast = (who: string, option: Plan, voteKey = randomUUID()) =>
      t.queryAs(voter(who), CAST, { vote: plan.vote.id, option: option.id, key: voteKey });
    const voteKey = randomUUID();
    const first = await cast('a', equity!, voteKey);
    expect(first.errors).toBeUndefined();
    expect((await cast('a', equity!, voteKey)).data?.policyPlanning.castVote.id).toBe(first.data?.policyPlanning.castVote.id);
    expectRefused(await cast('a', reading!), 'VOTE_ALREADY_CAST');
    expect((await cast('b', equity!)).errors).toBeUndefined();
    expect((await cast('c', reading!)).errors).toBeUndefined();
    expect(await t.count('vote_ballot')).toBe(3);

    // No ranking while the vote is open, for staff too; adopting is refused and writes nothing.
    expect((await t.queryAs(staff, READ, { fy: 2570 })).data?.policyPlanning.actionPlan.priorityRanking).toBeNull();
    expectRefused(await t.queryAs(staff, ADOPT, { fy: 2570, input: adoption }), 'ACTION_PLAN_VOTE_OPEN', 'fiscalYear');
    expect((await read(2570)).status).toBe('OPEN');

    expect((await t.queryAs(staff, CLOSE, { id: plan.vote.id })).data?.policyPlanning.closeVote.status).toBe('CLOSED');
    const closed = await read(2570);
    expect(closed.vote.results).toEqual({ turnout: 3 });
    expect(closed.priorityRanking).toEqual([
      { rank: 1, votes: 2, share: 0.6667, priority: { titleTh: priorities[1]!.titleTh } },
      { rank: 2, votes: 1, share: 0.3333, priority: { titleTh: priorities[0]!.titleTh } },
      { rank: 3, votes: 0, share: 0, priority: { titleTh: priorities[2]!.titleTh } },
    ]);

    // The kit's decision rules hold, and a refusal leaves the plan as it was.
    expectRefused(await t.queryAs(staff, ADOPT, { fy: 2570, input: adoption }), 'DRAFT_STILL_OPEN');
    await t.clock!.passTo(plan.draft.closesAt);
    expectRefused(await t.queryAs(staff, ADOPT, { fy: 2570, input: adoption }), 'DRAFT_HAS_UNANSWERED');
    expectRefused(
      await t.queryAs(staff, ADOPT, { fy: 2570, input: { ...adoption, decidedWith: [] } }),
      'JOINT_DECISION_NEEDS_PARTICIPANTS',
      'decidedWith',
    );
    const refused = await read(2570);
    expect(refused).toMatchObject({ status: 'OPEN', adoptedAt: null, draft: { decision: null, activity: { status: 'OPEN' } } });
    expect(refused.priorities.every((p: Plan) => p.finalRank === null)).toBe(true);
    expect((await t.queryAs(staff, RESPOND, { id: suggestion.data?.policyPlanning.suggestOnDraft.id })).errors).toBeUndefined();

    const adopted = (await t.queryAs(staff, ADOPT, { fy: 2570, input: adoption })).data?.policyPlanning.adoptActionPlan;
    expect(adopted).toMatchObject({ status: 'ADOPTED', adoptedAt: expect.any(String), draft: { activity: { status: 'CLOSED' } } });
    expect(adopted.priorities.map((p: Plan) => p.finalRank)).toEqual([2, 1, 3]);
    expect(adopted.draft.decision).toMatchObject({ decisionTh: adoption.decisionTh, decidedWith: adoption.decidedWith });
    expect(adopted.draft.decision.finalTextTh).toContain(`1. ${priorities[1]!.titleTh} — 2,000,000.00 บาท (2 คะแนน)`);
    expectRefused(await t.queryAs(staff, ADOPT, { fy: 2570, input: adoption }), 'ACTION_PLAN_ADOPTED', 'fiscalYear');
    expect(await read(2570)).toEqual(adopted);
  });

  it.each([
    ['one priority', { priorities: priorities.slice(0, 1) }, 'ACTION_PLAN_PRIORITIES_COUNT', 'priorities'],
    [
      '21 priorities',
      { priorities: Array.from({ length: 21 }, (_, i) => ({ ...priorities[0], titleTh: `เรื่องที่ ${i + 1}` })) },
      'ACTION_PLAN_PRIORITIES_COUNT',
      'priorities',
    ],
    [
      'two priorities read alike',
      { priorities: [priorities[0], { ...priorities[1], titleTh: ` ${priorities[0]!.titleTh}  ` }] },
      'ACTION_PLAN_PRIORITY_DUPLICATE',
      'priorities',
    ],
    [
      'a negative budget',
      { priorities: [priorities[0], { ...priorities[1], budgetBaht: -1 }] },
      'ACTION_PLAN_BUDGET_INVALID',
      'priorities[1].budgetBaht',
    ],
    [
      'a third decimal',
      { priorities: [{ ...priorities[0], budgetBaht: 10.005 }, priorities[1]] },
      'ACTION_PLAN_BUDGET_INVALID',
      'priorities[0].budgetBaht',
    ],
    [
      'an empty priority title',
      { priorities: [priorities[0], { ...priorities[1], titleTh: '  ' }] },
      'TEXT_REQUIRED',
      'priorities[1].titleTh',
    ],
    [
      'a long description',
      { priorities: [{ ...priorities[0], descriptionTh: 'ก'.repeat(501) }, priorities[1]] },
      'TEXT_TOO_LONG',
      'priorities[0].descriptionTh',
    ],
    ['an empty title', { titleTh: '' }, 'TEXT_REQUIRED', 'titleTh'],
    ['a fiscal year out of range', { fiscalYear: 70 }, 'INVALID_FISCAL_YEAR', 'fiscalYear'],
    ['comments closing before they open', { commentClosesAt: at(-2 * HOUR) }, 'INVALID_OPEN_WINDOW', 'commentClosesAt'],
    ['a vote closing before it opens', { voteOpensAt: at(0), voteClosesAt: at(-1000) }, 'INVALID_OPEN_WINDOW', 'voteClosesAt'],
    ['a vote opening before the comments', { voteOpensAt: at(-2 * HOUR) }, 'ACTION_PLAN_VOTE_BEFORE_COMMENTS', 'voteOpensAt'],
  ])('refuses %s, writing nothing', async (_name, over, code, field) => {
    const before = await written();
    expectRefused(await t.queryAs(staff, OPEN, { input: planInput({ fiscalYear: 2575, ...over }) }), code, field);
    expect(await written()).toEqual(before);
  });

  it('keeps one plan a year: the same plan sent again returns it, another is refused, racing ones end with one', async () => {
    const input = planInput({ fiscalYear: 2571 });
    const first = await t.queryAs(staff, OPEN, { input });
    expect(first.errors).toBeUndefined();
    const before = await written();
    const again = await t.queryAs(staff, OPEN, { input });
    expect(again.data?.policyPlanning.openActionPlan.id).toBe(first.data?.policyPlanning.openActionPlan.id);
    expectRefused(await t.queryAs(staff, OPEN, { input: { ...input, titleTh: 'แผนอีกฉบับ' } }), 'ACTION_PLAN_EXISTS', 'fiscalYear');
    expect(await written()).toEqual(before);

    const racing = await Promise.all(
      ['ก', 'ข', 'ค'].map((suffix) => t.queryAs(staff, OPEN, { input: planInput({ fiscalYear: 2572, titleTh: `แผน ${suffix}` }) })),
    );
    expect(racing.filter((res) => !res.errors)).toHaveLength(1);
    for (const refused of racing.filter((res) => res.errors)) expectRefused(refused, 'ACTION_PLAN_EXISTS', 'fiscalYear');
    expect(await written()).toEqual([before[0]! + 1, before[1]! + 3, before[2]! + 1, before[3]! + 1, before[4]! + 3, before[5]! + 2]);
  });

  it('lists plans publicly, latest year first, and answers a year without a plan with null', async () => {
    await open({ fiscalYear: 2568 });
    const list = `query ($after: String) { policyPlanning { actionPlans(first: 1, after: $after) { nodes { fiscalYear } pageInfo { hasNextPage endCursor } } } }`;
    const years: number[] = [];
    let after: string | null = null;
    do {
      const res = await t.queryAs(PUBLIC_IDENTITY, list, { after });
      expect(res.errors).toBeUndefined();
      const page: Plan = res.data?.policyPlanning.actionPlans;
      years.push(...page.nodes.map((n: Plan) => n.fiscalYear));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toContain(2568);
    expect(new Set(years).size).toBe(years.length);
    expect(await read(2599)).toBeNull();
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, READ, { fy: 69 }), 'INVALID_FISCAL_YEAR', 'fiscalYear');
    expectRefused(await t.queryAs(staff, ADOPT, { fy: 2599, input: adoption }), 'ACTION_PLAN_NOT_FOUND', 'fiscalYear');
  });

  it('lets only its own staff open and adopt plans', async () => {
    const before = await written();
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, OPEN, { input: planInput({ fiscalYear: 2580 }) }), 'UNAUTHENTICATED');
    expectRefused(await t.queryAs(unitStaff('FINANCE'), OPEN, { input: planInput({ fiscalYear: 2580 }) }), 'FORBIDDEN');
    expectRefused(await t.queryAs(identity('UNIT_HEAD', 'SUPERVISION'), ADOPT, { fy: 2570, input: adoption }), 'FORBIDDEN');
    expectRefused(await t.queryAs(voter('d'), ADOPT, { fy: 2570, input: adoption }), 'FORBIDDEN');
    expect(await written()).toEqual(before);
  });
});
