import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/**
 * The IAP2 ladder: activities at each level and the people who took part, through the
 * real participation paths, in two units and office-wide, per fiscal year. Fiscal years
 * 2575 and 2576 (Oct 2031 – Sep 2033) hold only this test's activities.
 */

const LEVELS = ['INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER'] as const;
const FY = 2575;
const IN_FY = '2032-01-15T09:00:00+07:00';
const IN_NEXT_FY = '2032-11-15T09:00:00+07:00';
const UNITS = { financeAssets: 'FINANCE', personnel: 'PERSONNEL' } as const;
type Slug = keyof typeof UNITS;

const CREATE = (slug: Slug) => `mutation ($input: ActivityInput!) { ${slug} { createActivity(input: $input) { id } } }`;
const COMMENT = (slug: Slug) =>
  `mutation ($c: ID!, $b: String!, $k: String!) { ${slug} { commentOnConsultation(consultationId: $c, body: $b, idempotencyKey: $k) { id } } }`;
const LADDER = `ladder { level activities share participants } participantsDistinct`;

describe('the IAP2 ladder: levels, shares and distinct participants', () => {
  let t: TestStack;
  let db: pg.Client;
  const activity: Record<string, string> = {};
  const consultation: Partial<Record<Slug, string>> = {};
  const stakeholder = () => t.as('STAKEHOLDER', undefined, { subject: 'stakeholder-somchai' });

  const create = async (slug: Slug, name: string, level: (typeof LEVELS)[number], startsAt = IN_FY) => {
    const res = await t.as('UNIT_STAFF', UNITS[slug])(CREATE(slug), { input: { level, titleTh: `บันได ${name}`, startsAt } });
    expect(res.errors).toBeUndefined();
    activity[name] = res.data?.[slug].createActivity.id;
  };

  const stats = async (slug: Slug, fiscalYear = FY) => {
    const res = await t.query(`query ($y: Int) { ${slug} { stats(fiscalYear: $y) { activitiesTotal ${LADDER} } } }`, { y: fiscalYear });
    expect(res.errors).toBeUndefined();
    return res.data?.[slug].stats;
  };

  /** Counted from the raw rows, apart from the code under test. */
  const fromRows = async (slugs: Slug[], fiscalYear: number) => {
    const from = `${fiscalYear - 543 - 1}-10-01T00:00:00+07:00`;
    const before = `${fiscalYear - 543}-10-01T00:00:00+07:00`;
    const union = slugs
      .map((slug) => {
        const s = t.stack.units.get(slug)!.unit.manifest.schemaName;
        return `SELECT a.id, a.level, p.participant_key FROM "${s}".activity a LEFT JOIN "${s}".activity_participant p ON p.activity_id = a.id
                WHERE a.starts_at >= $1 AND a.starts_at < $2`;
      })
      .join(' UNION ALL ');
    const { rows } = await db.query(
      `SELECT level, count(DISTINCT id)::int AS activities, count(DISTINCT participant_key)::int AS participants,
         (SELECT count(DISTINCT participant_key)::int FROM (${union}) x) AS everyone
       FROM (${union}) r GROUP BY level`,
      [from, before],
    );
    return rows as { level: string; activities: number; participants: number; everyone: number }[];
  };

  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    await create('financeAssets', 'f-inform-1', 'INFORM');
    await create('financeAssets', 'f-inform-2', 'INFORM');
    await create('financeAssets', 'f-consult', 'CONSULT');
    await create('financeAssets', 'f-involve', 'INVOLVE');
    await create('personnel', 'p-consult', 'CONSULT');
    await create('personnel', 'p-empower', 'EMPOWER');
    await create('personnel', 'p-next-year', 'COLLABORATE', IN_NEXT_FY);
    const now = Date.now();
    for (const slug of Object.keys(UNITS) as Slug[]) {
      const opened = await t.staff(`mutation ($i: ConsultationInput!) { ${slug} { openConsultation(input: $i) { id activity { id } } } }`, {
        i: {
          titleTh: 'รับฟังความคิดเห็นต่อร่างแผน',
          kind: 'ONLINE_COMMENTS',
          opensAt: new Date(now - 3_600_000).toISOString(),
          closesAt: new Date(now + 86_400_000).toISOString(),
          activityId: activity[slug === 'financeAssets' ? 'f-consult' : 'p-consult'],
        },
      });
      expect(opened.errors).toBeUndefined();
      consultation[slug] = opened.data?.[slug].openConsultation.id;
    }
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('lists all five steps, zeros included, before anyone takes part', async () => {
    const empty = await stats('financeAssets');
    expect(empty.ladder).toEqual([
      { level: 'INFORM', activities: 2, share: 0.5, participants: 0 },
      { level: 'CONSULT', activities: 1, share: 0.25, participants: 0 },
      { level: 'INVOLVE', activities: 1, share: 0.25, participants: 0 },
      { level: 'COLLABORATE', activities: 0, share: 0, participants: 0 },
      { level: 'EMPOWER', activities: 0, share: 0, participants: 0 },
    ]);
    expect(empty.participantsDistinct).toBe(0);
    const none = await stats('financeAssets', 2580);
    expect(none.ladder).toEqual(LEVELS.map((level) => ({ level, activities: 0, share: 0, participants: 0 })));
  });

  it('records participants on every path, once per person and activity', async () => {
    // A signed-in stakeholder comments in both units; a retry of the same comment is no second person.
    const key = randomUUID();
    for (const slug of Object.keys(UNITS) as Slug[]) {
      const res = await stakeholder()(COMMENT(slug), { c: consultation[slug], b: 'เห็นด้วยกับร่างแผน', k: `${key}-${slug}` });
      expect(res.errors).toBeUndefined();
    }
    expect(
      (await stakeholder()(COMMENT('financeAssets'), { c: consultation.financeAssets, b: 'ขอเพิ่มเติม', k: randomUUID() })).errors,
    ).toBeUndefined();
    expect(
      (await stakeholder()(COMMENT('financeAssets'), { c: consultation.financeAssets, b: 'เห็นด้วยกับร่างแผน', k: `${key}-financeAssets` }))
        .errors,
    ).toBeUndefined();
    // An anonymous comment is one more participant.
    expect(
      (await t.query(COMMENT('financeAssets'), { c: consultation.financeAssets, b: 'ไม่ระบุชื่อ', k: randomUUID() })).errors,
    ).toBeUndefined();

    // A survey that stands on an activity: its respondent takes part in it.
    const survey = await t.staff(
      `mutation ($i: SurveyInput!) { financeAssets { createSurvey(input: $i) { id activity { id } questions { id } } } }`,
      {
        i: {
          titleTh: 'แบบสอบถามการมีส่วนร่วม',
          opensAt: new Date(Date.now() - 3_600_000).toISOString(),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          activityId: activity['f-involve'],
          questions: [{ kind: 'SCALE_1_5', textTh: 'ความพึงพอใจ', required: true }],
        },
      },
    );
    expect(survey.errors).toBeUndefined();
    expect(survey.data?.financeAssets.createSurvey.activity).toEqual({ id: activity['f-involve'] });
    const { id: surveyId, questions } = survey.data!.financeAssets.createSurvey;
    const respond = `mutation ($s: ID!, $a: [SurveyAnswerInput!]!, $k: String!) { financeAssets { respondToSurvey(surveyId: $s, answers: $a, idempotencyKey: $k) { id } } }`;
    const responseKey = randomUUID();
    for (let i = 0; i < 2; i++) {
      const res = await t.query(respond, { s: surveyId, a: [{ questionId: questions[0].id, scale: 4 }], k: responseKey });
      expect(res.errors).toBeUndefined();
    }

    // A partner named on an activity takes part in it.
    const partner = await t.as(
      'UNIT_STAFF',
      'PERSONNEL',
    )(`mutation { registerPartner(input: { nameTh: "เครือข่ายผู้ปกครองยโสธร", kind: PARENT_NETWORK, province: "ยโสธร" }) { id } }`);
    const partnerId = partner.data?.registerPartner.id;
    const link = `mutation ($a: ID!, $p: ID!) { personnel { linkPartner(activityId: $a, partnerId: $p, roleTh: "ร่วมจัดกิจกรรม") { roleTh } } }`;
    for (const a of [activity['p-empower'], activity['p-next-year']]) {
      expect((await t.staff(link, { a, p: partnerId })).errors).toBeUndefined();
    }

    // Feedback about an activity, through the front door: its submitter takes part once delivered.
    const submitted = await t.query(
      `mutation ($k: ID!, $a: ID!) { submitFeedback(idempotencyKey: $k, input: { category: OPINION, message: "ขอข้อมูลเพิ่มเติมเรื่องนี้", unitCode: "FINANCE", activityId: $a }) { caseCode } }`,
      { k: randomUUID(), a: activity['f-inform-1'] },
    );
    expect(submitted.errors).toBeUndefined();
    await eventually(async () => (await stats('financeAssets')).ladder[0].participants === 1);

    const counts = await t.query(
      `{ financeAssets { activities(first: 10, filter: { fiscalYear: ${FY} }) { nodes { id participantCount } } } }`,
    );
    const byId = Object.fromEntries(
      counts.data?.financeAssets.activities.nodes.map((n: { id: string; participantCount: number }) => [n.id, n.participantCount]),
    );
    expect(byId).toEqual({
      [activity['f-inform-1']!]: 1,
      [activity['f-inform-2']!]: 0,
      [activity['f-consult']!]: 2,
      [activity['f-involve']!]: 1,
    });
  });

  it('gives each unit its ladder, matching the raw rows', async () => {
    const finance = await stats('financeAssets');
    expect(finance.ladder).toEqual([
      { level: 'INFORM', activities: 2, share: 0.5, participants: 1 },
      { level: 'CONSULT', activities: 1, share: 0.25, participants: 2 },
      { level: 'INVOLVE', activities: 1, share: 0.25, participants: 1 },
      { level: 'COLLABORATE', activities: 0, share: 0, participants: 0 },
      { level: 'EMPOWER', activities: 0, share: 0, participants: 0 },
    ]);
    // The stakeholder, the anonymous commenter, the survey respondent and the case's submitter.
    expect(finance.participantsDistinct).toBe(4);
    const personnel = await stats('personnel');
    expect(personnel.participantsDistinct).toBe(2);
    for (const [slug, unitStats] of [
      ['financeAssets', finance],
      ['personnel', personnel],
    ] as const) {
      const rows = await fromRows([slug], FY);
      for (const step of unitStats.ladder) {
        const row = rows.find((r) => r.level === step.level);
        expect([step.activities, step.participants]).toEqual([row?.activities ?? 0, row?.participants ?? 0]);
      }
      expect(unitStats.participantsDistinct).toBe(rows[0]!.everyone);
    }
  });

  it('counts the same person in two units once office-wide, and twice summed per unit', async () => {
    const res = await t.query(`{ officeStats(fiscalYear: ${FY}) { activitiesTotal ${LADDER} unitsUnavailable { code } } }`);
    expect(res.errors).toBeUndefined();
    const office = res.data?.officeStats;
    const rows = await fromRows(['financeAssets', 'personnel'], FY);
    expect(office.unitsUnavailable).toEqual([]);
    const finance = await stats('financeAssets');
    const personnel = await stats('personnel');
    // Seeded units have no activities in this year; only the two units' count.
    expect(finance.participantsDistinct + personnel.participantsDistinct).toBe(6);
    expect(office.participantsDistinct).toBe(5);
    expect(office.participantsDistinct).toBe(rows[0]!.everyone);
    expect(office.ladder).toEqual([
      { level: 'INFORM', activities: 2, share: 0.3333, participants: 1 },
      { level: 'CONSULT', activities: 2, share: 0.3333, participants: 3 },
      { level: 'INVOLVE', activities: 1, share: 0.1667, participants: 1 },
      { level: 'COLLABORATE', activities: 0, share: 0, participants: 0 },
      { level: 'EMPOWER', activities: 1, share: 0.1667, participants: 1 },
    ]);
    expect(office.ladder.reduce((n: number, s: { share: number }) => n + Math.round(s.share * 10_000), 0)).toBe(10_000);
  });

  it('keeps fiscal years apart', async () => {
    const next = await stats('personnel', FY + 1);
    expect(next.ladder.find((s: { level: string }) => s.level === 'COLLABORATE')).toEqual({
      level: 'COLLABORATE',
      activities: 1,
      share: 1,
      participants: 1,
    });
    expect(next.participantsDistinct).toBe(1);
    const office = await t.query(`{ officeStats(fiscalYear: ${FY + 1}) { participantsDistinct ladder { level activities } } }`);
    expect(office.data?.officeStats.participantsDistinct).toBe((await fromRows(['financeAssets', 'personnel'], FY + 1))[0]!.everyone);
  });

  it('refuses a survey on an activity the unit does not have, writing nothing', async () => {
    const before = await t.query(`{ personnel { surveys { totalCount } } }`);
    const res = await t.staff(`mutation ($i: SurveyInput!) { personnel { createSurvey(input: $i) { id } } }`, {
      i: {
        titleTh: 'ผิดกิจกรรม',
        opensAt: '2032-01-01T00:00:00Z',
        closesAt: '2032-02-01T00:00:00Z',
        activityId: activity['f-involve'],
        questions: [{ kind: 'SCALE_1_5', textTh: 'ข้อ 1' }],
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'UNKNOWN_ACTIVITY',
      field: 'activityId',
      messageTh: expect.stringContaining('กิจกรรม'),
    });
    expect((await t.query(`{ personnel { surveys { totalCount } } }`)).data).toEqual(before.data);
  });
});
