import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

type Errors = { extensions?: Record<string, unknown> }[] | undefined;
const codes = (errors: Errors) => errors?.map((e) => e.extensions?.code);
/** Every refusal names its code and says why in Thai and English. */
const refused = (errors: Errors, code: string) => {
  expect(codes(errors)).toEqual([code]);
  expect(errors![0]!.extensions).toMatchObject({ messageTh: expect.stringMatching(/[\u0E00-\u0E7F]/), messageEn: expect.any(String) });
};

const INITIATIVE = `id status groupName titleTh declineReasonTh resultTh participantsCount budgetTotalBaht supportCount
  partner { id nameTh } activity { id level status titleTh partners { roleTh } } supports { kind descriptionTh amountBaht }`;
const PROPOSE = `mutation ($input: InitiativeInput!, $key: String!) { financeAssets { proposeInitiative(input: $input, idempotencyKey: $key) { ${INITIATIVE} } } }`;
const APPROVE = `mutation ($id: ID!) { financeAssets { approveInitiative(id: $id) { ${INITIATIVE} } } }`;
const SUPPORT = `mutation ($id: ID!, $input: InitiativeSupportInput!) { financeAssets { recordSupport(initiativeId: $id, input: $input) { ${INITIATIVE} } } }`;
const COMPLETE = `mutation ($id: ID!, $r: String!, $n: Int!) { financeAssets { completeInitiative(id: $id, resultTh: $r, participantsCount: $n) { ${INITIATIVE} } } }`;

const VOTE = `id status eligibility level resultsAt closesAt activity { level status }
  options { id position labelTh } results { turnout codesIssued turnoutShare options { option { labelTh } count share } }`;
const OPEN_VOTE = (slug: string) => `mutation ($input: VoteInput!) { ${slug} { openVote(input: $input) { ${VOTE} } } }`;
const CAST = (slug: string) =>
  `mutation ($v: ID!, $o: ID!, $c: String, $k: String!) { ${slug} { castVote(voteId: $v, optionId: $o, participantCode: $c, idempotencyKey: $k) { id castAt vote { id } } } }`;
const READ_VOTE = (slug: string) => `query ($id: ID!) { ${slug} { vote(id: $id) { ${VOTE} } } }`;

const DELEGATION = `id status startsOn reviewOn reviewDue delegateName partner { id } activity { level status } reviews { outcome noteTh nextReviewOn }`;
const DELEGATE = `mutation ($input: DelegationInput!) { educationPromotion { delegateDecision(input: $input) { ${DELEGATION} } } }`;
const REVIEW = `mutation ($id: ID!, $o: DelegationReviewOutcome!, $n: String!, $next: String) {
  educationPromotion { reviewDelegation(id: $id, outcome: $o, noteTh: $n, nextReviewOn: $next) { ${DELEGATION} } } }`;

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
/** A Bangkok calendar day `days` from today, YYYY-MM-DD. */
const bangkokDay = (days: number) => new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('empower (measure 5): initiatives, votes and delegated decisions in every unit', () => {
  let t: TestStack;
  const sql = async (text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  const participantsOf = async (schema: string, activityId: string) =>
    Number((await sql(`SELECT count(*) AS n FROM ${schema}.activity_participant WHERE activity_id = $1`, [activityId]))[0].n);

  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  describe('an initiative from proposal to completion, with the unit’s support (Finance)', () => {
    const proposer = () => t.as('STAKEHOLDER', undefined, { subject: 'parents-network-lead' });
    let partnerId: string;
    let id: string;
    const input = () => ({
      titleTh: 'ค่ายอ่านออกเขียนได้ภาคฤดูร้อน',
      bodyTh: 'เครือข่ายผู้ปกครองจัดค่ายสามวันให้นักเรียนชั้น ม.1 ที่ยังอ่านไม่คล่อง',
      groupName: 'เครือข่ายผู้ปกครองอำเภอกันทรลักษ์',
      partnerId,
      startsAt: '2026-04-01T09:00:00+07:00',
      endsAt: '2026-04-03T16:00:00+07:00',
    });
    const count = async () =>
      (await t.query(`{ financeAssets { initiatives { totalCount } } }`)).data?.financeAssets.initiatives.totalCount;

    it('takes a proposal from a signed-in group only, refuses bad input writing nothing, and returns the first on a retry', async () => {
      const registered = await t.as('UNIT_STAFF', 'FINANCE')(`mutation ($input: PartnerInput!) { registerPartner(input: $input) { id } }`, {
        input: { nameTh: 'เครือข่ายผู้ปกครองอำเภอกันทรลักษ์', kind: 'PARENT_NETWORK', province: 'ศรีสะเกษ' },
      });
      partnerId = registered.data?.registerPartner.id;
      expect(partnerId).toBeTruthy();

      refused((await t.query(PROPOSE, { input: input(), key: 'proposal-0001' })).errors, 'UNAUTHENTICATED');
      refused((await proposer()(PROPOSE, { input: { ...input(), groupName: '  ' }, key: 'proposal-0002' })).errors, 'TEXT_REQUIRED');
      refused(
        (await proposer()(PROPOSE, { input: { ...input(), groupName: 'ก'.repeat(201) }, key: 'proposal-0002' })).errors,
        'TEXT_TOO_LONG',
      );
      refused(
        (await proposer()(PROPOSE, { input: { ...input(), partnerId: randomUUID() }, key: 'proposal-0003' })).errors,
        'UNKNOWN_PARTNER',
      );
      refused(
        (await proposer()(PROPOSE, { input: { ...input(), endsAt: '2026-03-01T09:00:00+07:00' }, key: 'proposal-0004' })).errors,
        'INVALID_ACTIVITY_DATES',
      );
      refused((await proposer()(PROPOSE, { input: input(), key: 'short' })).errors, 'INVALID_IDEMPOTENCY_KEY');
      expect(await count()).toBe(0);

      const first = await proposer()(PROPOSE, { input: input(), key: 'proposal-0005' });
      expect(first.errors).toBeUndefined();
      const initiative = first.data?.financeAssets.proposeInitiative;
      expect(initiative).toMatchObject({
        status: 'PROPOSED',
        activity: null,
        groupName: 'เครือข่ายผู้ปกครองอำเภอกันทรลักษ์',
        partner: { id: partnerId },
      });
      id = initiative.id;
      const retry = await proposer()(PROPOSE, { input: input(), key: 'proposal-0005' });
      expect(retry.data?.financeAssets.proposeInitiative.id).toBe(id);
      refused(
        (await proposer()(PROPOSE, { input: { ...input(), titleTh: 'ค่ายอื่น' }, key: 'proposal-0005' })).errors,
        'IDEMPOTENCY_KEY_REUSED',
      );
      expect(await count()).toBe(1);
    });

    it('lets only the unit approve, creating the EMPOWER activity with its proposer and partner in the same step', async () => {
      refused((await t.as('UNIT_HEAD', 'PERSONNEL')(APPROVE, { id })).errors, 'FORBIDDEN');
      refused((await proposer()(APPROVE, { id })).errors, 'FORBIDDEN');
      refused((await t.query(APPROVE, { id })).errors, 'UNAUTHENTICATED');
      refused((await t.staff(SUPPORT, { id, input: { kind: 'VENUE', descriptionTh: 'ห้องประชุม' } })).errors, 'INITIATIVE_NOT_APPROVED');

      const approved = await t.staff(APPROVE, { id });
      expect(approved.errors).toBeUndefined();
      const row = approved.data?.financeAssets.approveInitiative;
      expect(row).toMatchObject({ status: 'APPROVED', activity: { level: 'EMPOWER', status: 'OPEN', titleTh: 'ค่ายอ่านออกเขียนได้ภาคฤดูร้อน' } });
      expect(row.activity.partners).toEqual([{ roleTh: 'ผู้เสนอและดำเนินกิจกรรม' }]);
      expect(await participantsOf('unit_finance_assets', row.activity.id)).toBe(1);
      refused((await t.staff(APPROVE, { id })).errors, 'INITIATIVE_STATUS_MOVE');
      const search = await t.query(
        `{ financeAssets { activities(filter: { levels: [EMPOWER], search: "ค่ายอ่านออกเขียนได้" }) { nodes { id } } } }`,
      );
      expect(search.data?.financeAssets.activities.nodes).toEqual([{ id: row.activity.id }]);
    });

    it('records the support it gives, sums the budget, and refuses a budget without an amount writing nothing', async () => {
      for (const support of [
        { kind: 'BUDGET', descriptionTh: 'ค่าอาหารและเอกสาร', amountBaht: 15000.5 },
        { kind: 'VENUE', descriptionTh: 'ห้องประชุมสำนักงานเขต' },
        { kind: 'BUDGET', descriptionTh: 'ค่าวิทยากร', amountBaht: 4999.5 },
      ]) {
        expect((await t.staff(SUPPORT, { id, input: support })).errors).toBeUndefined();
      }
      refused((await t.staff(SUPPORT, { id, input: { kind: 'BUDGET', descriptionTh: 'ไม่ระบุจำนวน' } })).errors, 'SUPPORT_AMOUNT_INVALID');
      refused(
        (await t.staff(SUPPORT, { id, input: { kind: 'EQUIPMENT', descriptionTh: 'ติดลบ', amountBaht: -1 } })).errors,
        'SUPPORT_AMOUNT_INVALID',
      );
      refused(
        (await t.as('UNIT_STAFF', 'PERSONNEL')(SUPPORT, { id, input: { kind: 'ADVICE', descriptionTh: 'คำปรึกษา' } })).errors,
        'FORBIDDEN',
      );
      const read = await t.query(`query ($id: ID!) { financeAssets { initiative(id: $id) { ${INITIATIVE} } } }`, { id });
      const initiative = read.data?.financeAssets.initiative;
      expect(initiative.budgetTotalBaht).toBe(20000);
      expect(initiative.supportCount).toBe(3);
      expect(initiative.supports.map((s: { kind: string; amountBaht: number | null }) => [s.kind, s.amountBaht])).toEqual([
        ['BUDGET', 15000.5],
        ['VENUE', null],
        ['BUDGET', 4999.5],
      ]);
      expect(initiative.partner.nameTh).toBe('เครือข่ายผู้ปกครองอำเภอกันทรลักษ์');
    });

    it('is completed by its proposer (not by another person), which closes the activity', async () => {
      const stranger = t.as('STAKEHOLDER', undefined, { subject: 'someone-else' });
      refused((await stranger(COMPLETE, { id, r: 'เสร็จแล้ว', n: 10 })).errors, 'FORBIDDEN');
      refused((await proposer()(COMPLETE, { id, r: 'เสร็จแล้ว', n: -1 })).errors, 'PARTICIPANTS_COUNT_INVALID');
      const done = await proposer()(COMPLETE, { id, r: 'นักเรียน 42 คนอ่านคล่องขึ้นตามแบบทดสอบหลังค่าย', n: 42 });
      expect(done.errors).toBeUndefined();
      expect(done.data?.financeAssets.completeInitiative).toMatchObject({
        status: 'COMPLETED',
        participantsCount: 42,
        resultTh: 'นักเรียน 42 คนอ่านคล่องขึ้นตามแบบทดสอบหลังค่าย',
        activity: { status: 'CLOSED' },
      });
      refused((await t.staff(SUPPORT, { id, input: { kind: 'ADVICE', descriptionTh: 'ภายหลัง' } })).errors, 'INITIATIVE_NOT_APPROVED');
      refused((await t.staff(COMPLETE, { id, r: 'อีกครั้ง', n: 1 })).errors, 'INITIATIVE_STATUS_MOVE');
    });

    it('declines a proposal with a reason everyone can read', async () => {
      const proposed = await proposer()(PROPOSE, {
        input: { ...input(), partnerId: null, titleTh: 'ทัศนศึกษาต่างประเทศ' },
        key: 'proposal-0006',
      });
      const other = proposed.data?.financeAssets.proposeInitiative.id;
      const DECLINE = `mutation ($id: ID!, $r: String!) { financeAssets { declineInitiative(id: $id, reasonTh: $r) { status declineReasonTh activity { id } } } }`;
      refused((await t.staff(DECLINE, { id: other, r: ' ' })).errors, 'TEXT_REQUIRED');
      const declined = await t.staff(DECLINE, { id: other, r: 'เกินกรอบงบประมาณปีนี้' });
      expect(declined.data?.financeAssets.declineInitiative).toEqual({
        status: 'DECLINED',
        declineReasonTh: 'เกินกรอบงบประมาณปีนี้',
        activity: null,
      });
      refused((await t.staff(APPROVE, { id: other })).errors, 'INITIATIVE_STATUS_MOVE');
      const list = await t.query(`{ financeAssets { initiatives(status: DECLINED) { totalCount nodes { id declineReasonTh } } } }`);
      expect(list.data?.financeAssets.initiatives).toEqual({ totalCount: 1, nodes: [{ id: other, declineReasonTh: 'เกินกรอบงบประมาณปีนี้' }] });
    });
  });

  describe('a LISTED vote from open to published result (Personnel)', () => {
    let vote: { id: string; options: { id: string }[]; closesAt: string };
    let codesIssued: string[];
    const cast = (option: number, code: string | null, key: string) =>
      t.query(CAST('personnel'), { v: vote.id, o: vote.options[option]!.id, c: code, k: key });
    const input = () => ({
      titleTh: 'เลือกรูปแบบการประเมินครูผู้ช่วย',
      questionTh: 'ครูผู้ช่วยควรได้รับการประเมินรูปแบบใด',
      options: [{ labelTh: 'ประเมินจากแฟ้มผลงาน' }, { labelTh: 'ประเมินจากการสังเกตการสอน' }, { labelTh: 'ผสมทั้งสองแบบ' }],
      opensAt: minutesFromNow(-1),
      closesAt: minutesFromNow(60),
      eligibility: 'LISTED',
    });

    it('opens a vote and its activity; refuses bad options and other units’ staff, writing nothing', async () => {
      const dup = { ...input(), options: [{ labelTh: 'เห็นด้วย' }, { labelTh: ' เห็นด้วย' }] };
      refused((await t.staff(OPEN_VOTE('personnel'), { input: dup })).errors, 'VOTE_OPTIONS_INVALID');
      refused(
        (await t.staff(OPEN_VOTE('personnel'), { input: { ...input(), options: [{ labelTh: 'ทางเดียว' }] } })).errors,
        'VOTE_OPTIONS_INVALID',
      );
      refused((await t.staff(OPEN_VOTE('personnel'), { input: { ...input(), level: 'INFORM' } })).errors, 'VOTE_LEVEL_INVALID');
      refused((await t.as('UNIT_HEAD', 'FINANCE')(OPEN_VOTE('personnel'), { input: input() })).errors, 'FORBIDDEN');
      expect((await t.query(`{ personnel { votes { totalCount } } }`)).data?.personnel.votes.totalCount).toBe(0);
      expect(Number((await sql(`SELECT count(*) AS n FROM unit_personnel.activity WHERE title_th = $1`, [input().titleTh]))[0].n)).toBe(0);

      const opened = await t.staff(OPEN_VOTE('personnel'), { input: input() });
      expect(opened.errors).toBeUndefined();
      vote = opened.data?.personnel.openVote;
      expect(vote).toMatchObject({
        status: 'OPEN',
        eligibility: 'LISTED',
        level: 'EMPOWER',
        activity: { level: 'EMPOWER', status: 'OPEN' },
        results: null,
      });
      expect(vote.options).toHaveLength(3);

      refused(
        (await t.staff(`mutation ($v: ID!) { personnel { issueVoteCodes(voteId: $v, count: 0) } }`, { v: vote.id })).errors,
        'VOTE_CODE_COUNT',
      );
      const issued = await t.staff(`mutation ($v: ID!) { personnel { issueVoteCodes(voteId: $v, count: 3) } }`, { v: vote.id });
      codesIssued = issued.data?.personnel.issueVoteCodes;
      expect(new Set(codesIssued).size).toBe(3);
    });

    it('takes one vote per code, returns the first receipt on a retry, and refuses the ineligible', async () => {
      const first = await cast(0, codesIssued[0]!, 'ballot-key-0001');
      expect(first.errors).toBeUndefined();
      const receipt = first.data?.personnel.castVote;
      expect(receipt.vote.id).toBe(vote.id);
      const retry = await cast(0, codesIssued[0]!, 'ballot-key-0001');
      expect(retry.data?.personnel.castVote).toEqual(receipt);
      refused((await cast(1, codesIssued[0]!, 'ballot-key-0001')).errors, 'IDEMPOTENCY_KEY_REUSED');
      refused((await cast(1, codesIssued[0]!, 'ballot-key-0002')).errors, 'VOTE_ALREADY_CAST');
      // Typed from paper: lower case, no dash.
      expect((await cast(1, codesIssued[1]!.toLowerCase().replace('-', ''), 'ballot-key-0003')).errors).toBeUndefined();
      refused((await cast(1, 'ZZZZ-ZZZZ', 'ballot-key-0004')).errors, 'VOTE_NOT_ELIGIBLE');
      refused((await cast(1, null, 'ballot-key-0005')).errors, 'VOTE_NOT_ELIGIBLE');
      refused(
        (await t.query(CAST('personnel'), { v: vote.id, o: randomUUID(), c: codesIssued[2], k: 'ballot-key-0006' })).errors,
        'VOTE_OPTION_UNKNOWN',
      );

      const ballots = await sql(`SELECT count(*) AS n FROM unit_personnel.vote_ballot WHERE vote_id = $1`, [vote.id]);
      expect(Number(ballots[0].n)).toBe(2);
      const activityId = (await sql(`SELECT activity_id FROM unit_personnel.vote WHERE id = $1`, [vote.id]))[0].activity_id;
      expect(await participantsOf('unit_personnel', activityId)).toBe(2);
    });

    it('hides the result from everyone, staff and director included, while the vote is open', async () => {
      for (const who of [t.query, t.as('UNIT_HEAD', 'PERSONNEL', { confidential: true }), t.as('DIRECTOR'), t.as('ADMIN')]) {
        const res = await who(READ_VOTE('personnel'), { id: vote.id });
        expect(res.errors).toBeUndefined();
        expect(res.data?.personnel.vote).toMatchObject({ status: 'OPEN', results: null, resultsAt: vote.closesAt });
      }
      const list = await t.staff(`{ personnel { votes { nodes { results { turnout } } } } }`);
      expect(list.data?.personnel.votes.nodes).toEqual([{ results: null }]);
    });

    it('closes early (its unit only), publishes the tally, and takes no vote after the close', async () => {
      const CLOSE = `mutation ($id: ID!) { personnel { closeVote(id: $id) { ${VOTE} } } }`;
      refused((await t.as('UNIT_HEAD', 'FINANCE')(CLOSE, { id: vote.id })).errors, 'FORBIDDEN');
      const closed = await t.staff(CLOSE, { id: vote.id });
      expect(closed.errors).toBeUndefined();
      const result = closed.data?.personnel.closeVote;
      expect(result).toMatchObject({ status: 'CLOSED', activity: { status: 'CLOSED' } });
      expect(new Date(result.resultsAt).getTime()).toBeLessThan(new Date(vote.closesAt).getTime());
      expect(result.results).toEqual({
        turnout: 2,
        codesIssued: 3,
        turnoutShare: 0.6667,
        options: [
          { option: { labelTh: 'ประเมินจากแฟ้มผลงาน' }, count: 1, share: 0.5 },
          { option: { labelTh: 'ประเมินจากการสังเกตการสอน' }, count: 1, share: 0.5 },
          { option: { labelTh: 'ผสมทั้งสองแบบ' }, count: 0, share: 0 },
        ],
      });
      refused((await cast(2, codesIssued[2]!, 'ballot-key-0007')).errors, 'VOTE_NOT_OPEN');
      expect((await cast(0, codesIssued[0]!, 'ballot-key-0001')).errors).toBeUndefined();
      refused((await t.staff(CLOSE, { id: vote.id })).errors, 'VOTE_NOT_OPEN');
      const publicView = await t.query(READ_VOTE('personnel'), { id: vote.id });
      expect(publicView.data?.personnel.vote.results.turnout).toBe(2);
    });

    it('takes no vote before the window opens', async () => {
      const later = await t.staff(OPEN_VOTE('personnel'), {
        input: { ...input(), titleTh: 'ลงมติรอบหน้า', opensAt: minutesFromNow(24 * 60), closesAt: minutesFromNow(48 * 60) },
      });
      const upcoming = later.data?.personnel.openVote;
      expect(upcoming.status).toBe('UPCOMING');
      const [code] = (await t.staff(`mutation ($v: ID!) { personnel { issueVoteCodes(voteId: $v, count: 1) } }`, { v: upcoming.id })).data!
        .personnel.issueVoteCodes;
      refused(
        (await t.query(CAST('personnel'), { v: upcoming.id, o: upcoming.options[0].id, c: code, k: 'ballot-key-0008' })).errors,
        'VOTE_NOT_OPEN',
      );
      expect(
        Number((await sql(`SELECT count(*) AS n FROM unit_personnel.vote_code WHERE vote_id = $1 AND used`, [upcoming.id]))[0].n),
      ).toBe(0);
    });
  });

  describe('a SIGNED_IN priority vote (Supervision)', () => {
    it('takes one vote per signed-in person and publishes the result once closesAt has passed', async () => {
      // Closes within the test: the test moves the database clock past it rather than waiting.
      const closesAt = new Date(t.clock.now().getTime() + 60_000).toISOString();
      const opened = await t.staff(OPEN_VOTE('supervision'), {
        input: {
          titleTh: 'จัดลำดับประเด็นการนิเทศภาคเรียนหน้า',
          questionTh: 'ประเด็นใดควรนิเทศก่อน',
          options: [
            { labelTh: 'การอ่าน', labelEn: 'Reading' },
            { labelTh: 'คณิตศาสตร์', labelEn: 'Mathematics' },
          ],
          opensAt: minutesFromNow(-1),
          closesAt,
          eligibility: 'SIGNED_IN',
          level: 'INVOLVE',
        },
      });
      expect(opened.errors).toBeUndefined();
      const vote = opened.data?.supervision.openVote;
      expect(vote).toMatchObject({ level: 'INVOLVE', activity: { level: 'INVOLVE' } });
      const ballot = (who: typeof t.query, option: number, key: string) =>
        who(CAST('supervision'), { v: vote.id, o: vote.options[option].id, k: key });
      const teacherA = t.as('STAKEHOLDER', undefined, { subject: 'teacher-a' });
      const teacherB = t.as('STAKEHOLDER', undefined, { subject: 'teacher-b' });

      refused((await ballot(t.query, 0, 'signed-key-0001')).errors, 'VOTE_NOT_ELIGIBLE');
      expect((await ballot(teacherA, 0, 'signed-key-0002')).errors).toBeUndefined();
      refused((await ballot(teacherA, 1, 'signed-key-0003')).errors, 'VOTE_ALREADY_CAST');
      expect((await ballot(teacherB, 0, 'signed-key-0004')).errors).toBeUndefined();
      refused(
        (await t.staff(`mutation ($v: ID!) { supervision { issueVoteCodes(voteId: $v, count: 5) } }`, { v: vote.id })).errors,
        'VOTE_NOT_LISTED',
      );
      expect((await t.staff(READ_VOTE('supervision'), { id: vote.id })).data?.supervision.vote.results).toBeNull();

      await t.clock.passTo(closesAt);
      const after = await t.query(READ_VOTE('supervision'), { id: vote.id });
      expect(after.data?.supervision.vote).toMatchObject({
        status: 'CLOSED',
        results: {
          turnout: 2,
          codesIssued: 0,
          turnoutShare: null,
          options: [
            { option: { labelTh: 'การอ่าน' }, count: 2, share: 1 },
            { option: { labelTh: 'คณิตศาสตร์' }, count: 0, share: 0 },
          ],
        },
      });
      refused((await ballot(t.as('STAKEHOLDER', undefined, { subject: 'teacher-c' }), 1, 'signed-key-0005')).errors, 'VOTE_NOT_OPEN');
    });
  });

  describe('a delegated decision with its reviews (Education Promotion)', () => {
    let due: string;
    const input = (over: Record<string, unknown> = {}) => ({
      scopeTh: 'สภานักเรียนตัดสินใจเลือกกิจกรรมชุมนุมและจัดสรรงบกิจกรรมชุมนุม',
      delegateName: 'สภานักเรียนโรงเรียนในสังกัด',
      startsOn: '2025-06-01',
      reviewOn: '2025-12-01',
      ...over,
    });
    const count = async () =>
      (await t.query(`{ educationPromotion { delegations { totalCount } } }`)).data?.educationPromotion.delegations.totalCount;

    it('delegates with a review date; refuses bad dates and other units’ staff, writing nothing', async () => {
      refused((await t.staff(DELEGATE, { input: input({ reviewOn: '2025-05-01' }) })).errors, 'DELEGATION_REVIEW_DATE');
      refused((await t.staff(DELEGATE, { input: input({ reviewOn: '2028-06-02' }) })).errors, 'DELEGATION_REVIEW_DATE');
      refused((await t.staff(DELEGATE, { input: input({ startsOn: '2025-02-30' }) })).errors, 'INVALID_DATE');
      refused((await t.staff(DELEGATE, { input: input({ partnerId: randomUUID() }) })).errors, 'UNKNOWN_PARTNER');
      refused((await t.as('UNIT_HEAD', 'FINANCE')(DELEGATE, { input: input() })).errors, 'FORBIDDEN');
      refused((await t.as('STAKEHOLDER')(DELEGATE, { input: input() })).errors, 'FORBIDDEN');
      expect(await count()).toBe(0);

      const created = await t.staff(DELEGATE, { input: input() });
      expect(created.errors).toBeUndefined();
      const delegation = created.data?.educationPromotion.delegateDecision;
      expect(delegation).toMatchObject({
        status: 'ACTIVE',
        startsOn: '2025-06-01',
        reviewOn: '2025-12-01',
        reviewDue: true,
        activity: { level: 'EMPOWER', status: 'OPEN' },
        reviews: [],
      });
      due = delegation.id;
      const fresh = await t.staff(DELEGATE, {
        input: input({ startsOn: bangkokDay(0), reviewOn: bangkokDay(90), delegateName: 'คณะกรรมการเครือข่ายผู้ปกครอง' }),
      });
      expect(fresh.data?.educationPromotion.delegateDecision.reviewDue).toBe(false);
      const dueOnly = await t.query(`{ educationPromotion { delegations(dueOnly: true) { totalCount nodes { id } } } }`);
      expect(dueOnly.data?.educationPromotion.delegations).toEqual({ totalCount: 1, nodes: [{ id: due }] });
      expect(await count()).toBe(2);
    });

    it('continues with a next review date, then revokes, closing the activity', async () => {
      refused((await t.staff(REVIEW, { id: due, o: 'CONTINUE', n: 'ดำเนินการได้ดี' })).errors, 'DELEGATION_NEXT_REVIEW');
      refused((await t.staff(REVIEW, { id: due, o: 'AMEND', n: 'ปรับขอบเขต', next: bangkokDay(-1) })).errors, 'DELEGATION_REVIEW_DATE');
      refused((await t.as('UNIT_HEAD', 'FINANCE')(REVIEW, { id: due, o: 'REVOKE', n: 'ยกเลิก' })).errors, 'FORBIDDEN');
      const untouched = await t.query(`query ($id: ID!) { educationPromotion { delegation(id: $id) { ${DELEGATION} } } }`, { id: due });
      expect(untouched.data?.educationPromotion.delegation).toMatchObject({ reviews: [], reviewOn: '2025-12-01', status: 'ACTIVE' });

      const next = bangkokDay(180);
      const continued = await t.staff(REVIEW, { id: due, o: 'CONTINUE', n: 'สภานักเรียนจัดสรรงบได้โปร่งใส', next });
      expect(continued.errors).toBeUndefined();
      expect(continued.data?.educationPromotion.reviewDelegation).toMatchObject({
        reviewOn: next,
        reviewDue: false,
        reviews: [{ outcome: 'CONTINUE', noteTh: 'สภานักเรียนจัดสรรงบได้โปร่งใส', nextReviewOn: next }],
      });
      const dueOnly = await t.query(`{ educationPromotion { delegations(dueOnly: true) { totalCount } } }`);
      expect(dueOnly.data?.educationPromotion.delegations.totalCount).toBe(0);

      const revoked = await t.staff(REVIEW, { id: due, o: 'REVOKE', n: 'โอนภารกิจให้คณะกรรมการสถานศึกษา' });
      expect(revoked.data?.educationPromotion.reviewDelegation).toMatchObject({
        status: 'REVOKED',
        reviewDue: false,
        activity: { status: 'CLOSED' },
      });
      refused((await t.staff(REVIEW, { id: due, o: 'CONTINUE', n: 'อีกครั้ง', next })).errors, 'DELEGATION_REVOKED');
    });
  });
});
