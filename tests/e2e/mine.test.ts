import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const NOTICE = '2569-1';
const SUBMIT = `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode privacyKey } }`;
const MY_CASES = `{ myCases { code status category unit { code } } }`;
const ERASE = `mutation ($c: String!, $k: String) { eraseMyCase(code: $c, privacyKey: $k) { caseCode } }`;
const MINE = (slug: string) =>
  `{ ${slug} { myParticipation { activities { firstAt activity { id level titleTh } } initiatives { id status titleTh } } } }`;
const OPEN_VOTE = `mutation ($input: VoteInput!) { supervision { openVote(input: $input) { id options { id } activity { id } } } }`;
const CAST = `mutation ($v: ID!, $o: ID!, $k: String!) { supervision { castVote(voteId: $v, optionId: $o, idempotencyKey: $k) { id } } }`;
const PROPOSE = `mutation ($input: InitiativeInput!, $key: String!) { financeAssets { proposeInitiative(input: $input, idempotencyKey: $key) { id } } }`;

type Errors = { extensions?: Record<string, unknown> }[] | undefined;
const codes = (errors: Errors) => errors?.map((e) => e.extensions?.code);

describe('the public’s own page: my cases, my votes and contributions once signed in', () => {
  let t: TestStack;
  const somchai = () => t.as('STAKEHOLDER', undefined, { subject: 'parent-somchai' });
  const malee = () => t.as('STAKEHOLDER', undefined, { subject: 'parent-malee' });
  const submit = (who: typeof t.query, message: string, contact: Record<string, unknown> | null) =>
    who(SUBMIT, {
      input: { category: 'QUESTION', message, unitCode: 'FINANCE', contact: contact && { acceptedNoticeVersion: NOTICE, ...contact } },
      key: randomUUID(),
    });

  beforeAll(async () => {
    t = await startTestStack({ SUBMISSION_RATE_LIMIT: '1000' });
  });
  afterAll(async () => t?.close());

  it('lists a signed-in person’s own identified cases only: not an anonymous one, not another person’s, and not to the public', async () => {
    const mine = await submit(somchai(), 'สอบถามกำหนดการเบิกค่าอาหารกลางวันของโรงเรียนบ้านหนองบัว', { email: 'somchai@example.org' });
    expect(mine.errors).toBeUndefined();
    // Anonymous: nothing about the person is kept, so nothing links the case to them.
    expect((await submit(somchai(), 'ร้องเรียนแบบไม่ระบุตัวตนเรื่องการจัดซื้อ', null)).errors).toBeUndefined();
    // The same words from someone not signed in, and from another signed-in person.
    expect((await submit(t.query, 'สอบถามกำหนดการเบิกค่าอาหารกลางวันของโรงเรียนบ้านหนองบัว', { email: 'x@example.org' })).errors).toBeUndefined();
    expect((await submit(malee(), 'สอบถามทุนการศึกษาของนักเรียนชั้น ม.4', { phone: '0812345678' })).errors).toBeUndefined();

    const listed = await somchai()(MY_CASES);
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.myCases).toEqual([
      { code: mine.data?.submitFeedback.caseCode, status: 'RECEIVED', category: 'QUESTION', unit: { code: 'FINANCE' } },
    ]);
    expect((await malee()(MY_CASES)).data?.myCases).toHaveLength(1);
    expect(codes((await t.query(MY_CASES)).errors)).toEqual(['UNAUTHENTICATED']);
  });

  it('drops an erased case from the list (the link goes with the contact details)', async () => {
    const res = await submit(somchai(), 'ขอทราบขั้นตอนการคืนเงินประกันสัญญา', { phone: '0898765432' });
    const { caseCode, privacyKey } = res.data?.submitFeedback as { caseCode: string; privacyKey: string };
    const codesListed = async () => ((await somchai()(MY_CASES)).data?.myCases as { code: string }[]).map((c) => c.code);
    expect(await codesListed()).toContain(caseCode);
    expect((await t.query(ERASE, { c: caseCode, k: privacyKey })).errors).toBeUndefined();
    expect(await codesListed()).not.toContain(caseCode);
  });

  it('shows where a person took part in a unit: the vote they cast, the initiative they proposed; nothing of anyone else’s', async () => {
    const opened = await t.staff(OPEN_VOTE, {
      input: {
        titleTh: 'เลือกวันนิเทศติดตามภาคเรียนที่ 2',
        questionTh: 'วันใดสะดวกที่สุด',
        options: [{ labelTh: 'วันจันทร์' }, { labelTh: 'วันพฤหัสบดี' }],
        opensAt: new Date(t.clock.now().getTime() - 60_000).toISOString(),
        closesAt: new Date(t.clock.now().getTime() + 3_600_000).toISOString(),
        eligibility: 'SIGNED_IN',
        level: 'INVOLVE',
      },
    });
    expect(opened.errors).toBeUndefined();
    const vote = opened.data?.supervision.openVote;
    expect((await somchai()(CAST, { v: vote.id, o: vote.options[1].id, k: randomUUID() })).errors).toBeUndefined();

    const proposed = await somchai()(PROPOSE, {
      input: {
        titleTh: 'ค่ายคณิตศาสตร์ผู้ปกครองร่วมสอน',
        bodyTh: 'ผู้ปกครองอาสาสอนเสริมคณิตศาสตร์วันเสาร์',
        groupName: 'ชมรมผู้ปกครองบ้านหนองบัว',
        startsAt: '2027-01-09T09:00:00+07:00',
        endsAt: '2027-01-09T15:00:00+07:00',
      },
      key: randomUUID(),
    });
    expect(proposed.errors).toBeUndefined();

    const supervision = await somchai()(MINE('supervision'));
    expect(supervision.errors).toBeUndefined();
    expect(supervision.data?.supervision.myParticipation).toMatchObject({
      activities: [{ activity: { id: vote.activity.id, level: 'INVOLVE', titleTh: 'เลือกวันนิเทศติดตามภาคเรียนที่ 2' } }],
      initiatives: [],
    });
    const finance = await somchai()(MINE('financeAssets'));
    expect(finance.data?.financeAssets.myParticipation).toEqual({
      activities: [],
      initiatives: [{ id: proposed.data?.financeAssets.proposeInitiative.id, status: 'PROPOSED', titleTh: 'ค่ายคณิตศาสตร์ผู้ปกครองร่วมสอน' }],
    });
    // Another person, and the public, see none of it.
    expect((await malee()(MINE('supervision'))).data?.supervision.myParticipation).toEqual({ activities: [], initiatives: [] });
    const anonymous = await t.query(MINE('supervision'));
    expect(codes(anonymous.errors)).toEqual(['UNAUTHENTICATED']);
  });
});
