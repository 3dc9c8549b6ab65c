import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const CREATE = (slug: string) => `mutation ($input: ActivityInput!) { ${slug} { createActivity(input: $input) { id } } }`;
const HIT = `kind id unitCode titleTh snippetTh level rank at activity { id unitCode level participantCount }`;
const OFFICE = `query ($t: String!, $u: [ID!], $l: [ParticipationLevel!]) {
  searchOffice(text: $t, units: $u, levels: $l) { hits { ${HIT} } unitsSearched { code } unitsUnavailable { code } } }`;
const UNIT = (slug: string) => `query ($t: String!, $l: [ParticipationLevel!]) { ${slug} { search(text: $t, levels: $l) { ${HIT} } } }`;

/** A word no seed contains, so the hits are this test's own. */
const WORD = 'ระนาดเอก';

describe('Thai-aware search over activities and published answers', () => {
  let t: TestStack;
  const ids: Record<string, string> = {};

  const create = async (slug: string, code: string, name: string, input: Record<string, unknown>) => {
    const res = await t.as('UNIT_STAFF', code)(CREATE(slug), { input: { startsAt: '2026-03-01T09:00:00+07:00', ...input } });
    expect(res.errors).toBeUndefined();
    ids[name] = res.data?.[slug].createActivity.id;
  };

  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
    // The word sits inside a longer Thai sentence, written without spaces.
    await create('teacherDevelopment', 'TEACHER_DEV', 'body', {
      level: 'CONSULT',
      titleTh: 'รับฟังความคิดเห็นครูผู้สอน',
      bodyTh: `สำนักงานเขตพื้นที่การศึกษาขอเชิญครูร่วมแสดงความคิดเห็นเรื่องการจัดสรร${WORD}ให้นักเรียนที่ขาดแคลนในปีงบประมาณ2569`,
    });
    await create('supervision', 'SUPERVISION', 'title', { level: 'INVOLVE', titleTh: `ประชุมคณะกรรมการ${WORD}ประจำปี` });
    await create('supervision', 'SUPERVISION', 'draft', { level: 'INVOLVE', titleTh: `ร่าง${WORD}ที่ยังไม่เผยแพร่`, status: 'DRAFT' });
  });
  afterAll(async () => t?.close());

  it('finds a Thai word inside a longer Thai sentence, office-wide and in the unit', async () => {
    const office = await t.query(OFFICE, { t: WORD });
    expect(office.errors).toBeUndefined();
    const found = office.data?.searchOffice.hits.find((h: { id: string }) => h.id === ids.body);
    expect(found).toMatchObject({
      kind: 'ACTIVITY',
      unitCode: 'TEACHER_DEV',
      level: 'CONSULT',
      activity: { id: ids.body, unitCode: 'TEACHER_DEV', level: 'CONSULT', participantCount: 0 },
    });
    expect(found.snippetTh).toContain(WORD);
    expect(office.data?.searchOffice.unitsSearched).toHaveLength(9);
    expect(office.data?.searchOffice.unitsUnavailable).toEqual([]);
    const unit = await t.query(UNIT('teacherDevelopment'), { t: WORD });
    expect(unit.errors).toBeUndefined();
    expect(unit.data?.teacherDevelopment.search.map((h: { id: string }) => h.id)).toEqual([ids.body]);
    // A compound ICU keeps whole ("ปีงบประมาณ") is still found by part of it.
    const compound = await t.query(UNIT('teacherDevelopment'), { t: 'งบประมาณ' });
    expect(compound.data?.teacherDevelopment.search.map((h: { id: string }) => h.id)).toContain(ids.body);
  });

  it('ranks a title match above a body-only match, and never shows drafts', async () => {
    const res = await t.query(OFFICE, { t: WORD });
    const hits = res.data?.searchOffice.hits as { id: string; rank: number }[];
    expect(hits.map((h) => h.id)).toEqual([ids.title, ids.body]);
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
    expect(hits.map((h) => h.id)).not.toContain(ids.draft);
  });

  it('filters by level and by unit', async () => {
    const consult = await t.query(OFFICE, { t: WORD, l: ['CONSULT'] });
    expect(consult.data?.searchOffice.hits.map((h: { id: string }) => h.id)).toEqual([ids.body]);
    const supervision = await t.query(OFFICE, { t: WORD, u: ['SUPERVISION'] });
    expect(supervision.data?.searchOffice.hits.map((h: { id: string }) => h.id)).toEqual([ids.title]);
    expect(supervision.data?.searchOffice.unitsSearched).toEqual([{ code: 'SUPERVISION' }]);
    const unknown = await t.query(OFFICE, { t: WORD, u: ['NOPE'] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNKNOWN_UNIT');
  });

  it('finds a public answer, and not a private one', async () => {
    const submit = async (message: string, isPublic: boolean) => {
      const res = await t.query(
        `mutation ($k: ID!, $m: String!, $p: Boolean) { submitFeedback(idempotencyKey: $k, input: { category: QUESTION, message: $m, unitCode: "PERSONNEL", public: $p }) { caseCode } }`,
        { k: randomUUID(), m: message, p: isPublic },
      );
      expect(res.errors).toBeUndefined();
      const id = await eventually(async () => {
        const queue = await t.staff(`{ personnel { feedback(first: 50) { nodes { id message } } } }`);
        return queue.data?.personnel.feedback.nodes.find((n: { message: string }) => n.message === message)?.id as string | undefined;
      });
      const answered = await t.staff(`mutation ($id: ID!) { personnel { acknowledgeCase(id: $id) { id } } }`, { id });
      expect(answered.errors).toBeUndefined();
      const res2 = await t.staff(
        `mutation ($id: ID!) { personnel { answerCase(id: $id, answer: { answerTh: "ผู้มีสิทธิ์ยื่นขอรับเงินช่วยเหลือค่าเล่าเรียนบุตรได้ภายในสามสิบวัน" }) { id } } }`,
        { id },
      );
      expect(res2.errors).toBeUndefined();
      return id;
    };
    const publicId = await submit('ขอทราบหลักเกณฑ์เงินช่วยเหลือค่าเล่าเรียนบุตร', true);
    const privateId = await submit('สอบถามเรื่องเงินช่วยเหลือค่าเล่าเรียนบุตรของข้าพเจ้า', false);
    const res = await t.query(OFFICE, { t: 'ค่าเล่าเรียน' });
    expect(res.errors).toBeUndefined();
    const answers = res.data?.searchOffice.hits.filter((h: { kind: string }) => h.kind === 'ANSWER');
    expect(answers.map((h: { id: string }) => h.id)).toEqual([publicId]);
    expect(answers[0]).toMatchObject({
      unitCode: 'PERSONNEL',
      level: 'CONSULT',
      titleTh: 'ขอทราบหลักเกณฑ์เงินช่วยเหลือค่าเล่าเรียนบุตร',
      activity: null,
    });
    expect(answers[0].snippetTh).toContain('ค่าเล่าเรียน');
    expect(JSON.stringify(res.data)).not.toContain(privateId);
  });

  it('refuses empty and too long text in Thai and English', async () => {
    for (const [text, code] of [
      ['   ', 'SEARCH_TEXT_REQUIRED'],
      ['ก'.repeat(201), 'SEARCH_TOO_LONG'],
    ] as const) {
      for (const res of [await t.query(OFFICE, { t: text }), await t.query(UNIT('personnel'), { t: text })]) {
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code,
          messageTh: expect.stringMatching(/[ก-๙]/),
          messageEn: expect.any(String),
        });
      }
    }
  });

  it('still answers with a unit down, naming it', async () => {
    await t.stack.stopUnit('supervision');
    const res = await t.query(OFFICE, { t: WORD });
    expect(res.errors).toBeUndefined();
    expect(res.data?.searchOffice.hits.map((h: { id: string }) => h.id)).toEqual([ids.body]);
    expect(res.data?.searchOffice.unitsUnavailable).toEqual([{ code: 'SUPERVISION' }]);
    expect(res.data?.searchOffice.unitsSearched).toHaveLength(8);
  });
});
