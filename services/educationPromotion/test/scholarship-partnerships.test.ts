import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity, startTestUnit, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const RECORD = `mutation ($input: ScholarshipPartnershipInput!) {
  educationPromotion { recordScholarshipPartnership(input: $input) {
    id kind fiscalYear amountBaht studentsSupported schoolsTh partner { id } activity { id level titleTh bodyTh } } }
}`;
const LIST = `query ($fy: Int, $kind: ScholarshipPartnershipKind, $first: Int) {
  educationPromotion { scholarshipPartnerships(fiscalYear: $fy, kind: $kind, first: $first) {
    nodes { titleTh kind fiscalYear } pageInfo { hasNextPage } totals { fiscalYear partnerships studentsSupported amountBaht } } }
}`;
const PARTNER_HISTORY = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Partner { educationPromotion { activities { roleTh activity { id level titleTh } } } } } }`;

const BANK = '5d1f0c7e-3a4b-4c2d-9e8f-0a1b2c3d4e5f';
const MILL = '6e2a1d8f-4b5c-4d3e-8f9a-1b2c3d4e5f60';

const partnership = (overrides: Record<string, unknown> = {}) => ({
  partnerId: BANK,
  titleTh: 'ทุนการศึกษาเพื่อนักเรียนยากจน ธนาคารออมสิน',
  kind: 'SCHOLARSHIP',
  fiscalYear: 2569,
  amountBaht: 150000.5,
  studentsSupported: 30,
  schoolsTh: ['โรงเรียนกันทรลักษ์วิทยา', 'โรงเรียนขุขันธ์'],
  ...overrides,
});

describe('scholarship and student-support partnerships', () => {
  let t: TestUnit;
  let recorded: { id: string; activity: { id: string } };
  const counts = async () =>
    (
      await t.server.db.dataSource.query(`SELECT
      (SELECT count(*) FROM unit_education_promotion.scholarship_partnership)::int AS records,
      (SELECT count(*) FROM unit_education_promotion.activity)::int AS activities,
      (SELECT count(*) FROM unit_education_promotion.activity_partner)::int AS links,
      (SELECT count(*) FROM unit_education_promotion.activity_participant)::int AS participants`)
    )[0];

  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it("records a COLLABORATE activity with the partner named on it, so the partner's history shows it", async () => {
    const res = await t.query(RECORD, { input: partnership() });
    expect(res.errors).toBeUndefined();
    recorded = res.data!.educationPromotion.recordScholarshipPartnership;
    expect(recorded).toMatchObject({
      kind: 'SCHOLARSHIP',
      amountBaht: 150000.5,
      studentsSupported: 30,
      partner: { id: BANK },
      schoolsTh: ['โรงเรียนกันทรลักษ์วิทยา', 'โรงเรียนขุขันธ์'],
      activity: { level: 'COLLABORATE', titleTh: 'ทุนการศึกษาเพื่อนักเรียนยากจน ธนาคารออมสิน' },
    });
    expect(await counts()).toEqual({ records: 1, activities: 1, links: 1, participants: 1 });
    const history = await t.queryAs(identity('PUBLIC'), PARTNER_HISTORY, { reps: [{ __typename: 'Partner', id: BANK }] });
    expect(history.data!._entities[0].educationPromotion.activities).toEqual([
      {
        roleTh: 'ผู้ให้ทุนการศึกษา',
        activity: { id: recorded.activity.id, level: 'COLLABORATE', titleTh: 'ทุนการศึกษาเพื่อนักเรียนยากจน ธนาคารออมสิน' },
      },
    ]);
  });

  it('lists partnerships for everyone with totals per fiscal year of all that match', async () => {
    await t.query(RECORD, {
      input: partnership({
        partnerId: MILL,
        titleTh: 'อาหารกลางวันจากโรงสีชุมชน',
        kind: 'LUNCH',
        amountBaht: null,
        studentsSupported: 120,
        schoolsTh: null,
      }),
    });
    await t.query(RECORD, { input: partnership({ titleTh: 'ทุนปีก่อน', fiscalYear: 2568, amountBaht: 1000, studentsSupported: 2 }) });
    const all = await t.queryAs(identity('PUBLIC'), LIST, { first: 1 });
    expect(all.errors).toBeUndefined();
    const page = all.data!.educationPromotion.scholarshipPartnerships;
    expect(page.nodes).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totals).toEqual([
      { fiscalYear: 2569, partnerships: 2, studentsSupported: 150, amountBaht: 150000.5 },
      { fiscalYear: 2568, partnerships: 1, studentsSupported: 2, amountBaht: 1000 },
    ]);
    const lunch = await t.queryAs(identity('PUBLIC'), LIST, { fy: 2569, kind: 'LUNCH' });
    expect(lunch.data!.educationPromotion.scholarshipPartnerships).toMatchObject({
      nodes: [{ titleTh: 'อาหารกลางวันจากโรงสีชุมชน', kind: 'LUNCH', fiscalYear: 2569 }],
      totals: [{ fiscalYear: 2569, partnerships: 1, studentsSupported: 120, amountBaht: 0 }],
    });
  });

  it('returns the first record on a retry and refuses the same title with other figures', async () => {
    const before = await counts();
    const again = await t.query(RECORD, { input: partnership() });
    expect(again.data!.educationPromotion.recordScholarshipPartnership.id).toBe(recorded.id);
    const other = await t.query(RECORD, { input: partnership({ studentsSupported: 31 }) });
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'PARTNERSHIP_ALREADY_RECORDED',
      field: 'titleTh',
      messageTh: expect.stringContaining('2569'),
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ partnerId: 'not-a-partner' }, 'UNKNOWN_PARTNER', 'partnerId'],
    [{ amountBaht: -1 }, 'INVALID_AMOUNT', 'amountBaht'],
    [{ amountBaht: 10.005 }, 'INVALID_AMOUNT', 'amountBaht'],
    [{ studentsSupported: -3 }, 'INVALID_STUDENT_COUNT', 'studentsSupported'],
    [{ fiscalYear: 1000 }, 'INVALID_FISCAL_YEAR', 'fiscalYear'],
    [{ schoolsTh: Array.from({ length: 51 }, (_, i) => `โรงเรียน ${i}`) }, 'TOO_MANY_ITEMS', 'schoolsTh'],
    [{ schoolsTh: ['โรงเรียน ก', ' '] }, 'TEXT_REQUIRED', 'schoolsTh.1'],
    [{ titleTh: '' }, 'TEXT_REQUIRED', 'titleTh'],
  ])('refuses %j with %s, in Thai and English, writing nothing', async (bad, code, field) => {
    const before = await counts();
    const res = await t.query(RECORD, { input: partnership({ titleTh: 'ทุนใหม่', ...bad }) });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code,
      field,
      messageTh: expect.stringMatching(/[ก-๙]/),
      messageEn: expect.any(String),
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    [identity('PUBLIC'), 'UNAUTHENTICATED'],
    [identity('STAKEHOLDER'), 'FORBIDDEN'],
    [identity('DIRECTOR'), 'FORBIDDEN'],
    [identity('UNIT_HEAD', 'PERSONNEL', { confidential: true }), 'FORBIDDEN'],
  ])('lets only Education Promotion staff record (%j gets %s)', async (who, code) => {
    const before = await counts();
    const res = await t.queryAs(who, RECORD, { input: partnership({ titleTh: 'ทุนของคนนอก' }) });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await counts()).toEqual(before);
  });
});
