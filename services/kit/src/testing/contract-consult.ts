import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteIdent } from '../db/sql.js';
import { fiscalYearOf } from '../fiscal-year.js';
import type { UnitModule } from '../manifest.js';
import type { GraphQLResponse } from './graphql-client.js';
import { startTestUnit, type TestUnit } from './test-unit.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

/** Thai with tone marks and vowels (combining), emoji with skin tone and ZWJ, and a decomposed Latin accent. */
const THAI_TEXT = 'เห็นด้วยกับร่างแผน 👍🏽 แต่ควรเพิ่มงบด้านสุขภาวะนักเรียน ก๊ก๋ ครู👩‍🏫 café';
const TABLES = [
  'consultation',
  'consultation_comment',
  'survey',
  'survey_question',
  'survey_participant',
  'survey_response',
  'survey_answer',
] as const;

const CONSULTATION = `id kind status titleTh opensAt closesAt hearingAt place minutesTh summaryTh summaryEn summaryPublishedAt
  commentCount comments(first: 50) { nodes { id body authorName } }`;
const SURVEY = `id status template eligibility anonymous responseCount codesIssued
  questions { id position kind textTh textEn required options { index labelTh } }`;

type Row = Record<string, any>;

/**
 * Consultations and surveys (measure 2, "consult") as every unit must offer them, over
 * real HTTP and a real PostgreSQL: windows, retries, one response per code, results
 * and satisfaction computed in SQL, and bad input refused with nothing written.
 */
export function describeConsultContract(unit: UnitModule): void {
  const { manifest } = unit;
  const root = manifest.slug;

  describe(`consult contract: ${manifest.code} (${manifest.slug})`, () => {
    let t: TestUnit;
    /** Fresh responses this suite submitted, to check UnitStats.surveyResponses. */
    let responsesSent = 0;

    const mutate = (decl: string, selection: string, variables: Record<string, unknown> = {}) =>
      t.query(`mutation${decl ? ` (${decl})` : ''} { ${root} { ${selection} } }`, variables);
    const read = (decl: string, selection: string, variables: Record<string, unknown> = {}) =>
      t.query(`query${decl ? ` (${decl})` : ''} { ${root} { ${selection} } }`, variables);
    const ok = (res: GraphQLResponse<Row>, field: string) => {
      expect(res.errors).toBeUndefined();
      return res.data![root][field];
    };
    const refused = (res: GraphQLResponse<Row>, code: string) => {
      const error = res.errors?.[0];
      expect(error?.extensions?.code).toBe(code);
      expect(error?.extensions?.messageTh).toMatch(/[\u0E00-\u0E7F]/);
      expect(error?.extensions?.messageEn).toMatch(/[A-Za-z]/);
      expect(JSON.stringify(res)).not.toMatch(/stack|SELECT|INSERT|at Object/);
      return error!.extensions!;
    };
    const rowCounts = async (): Promise<Record<string, number>> => {
      const s = quoteIdent(manifest.schemaName);
      const [row] = await t.server.db.dataSource.query(
        `SELECT ${TABLES.map((table) => `(SELECT count(*)::int FROM ${s}.${table}) AS ${table}`).join(', ')}`,
      );
      return row;
    };
    /** Runs a request that must be refused with `code`, and proves it wrote nothing. */
    const refusedWithoutWriting = async (request: () => Promise<GraphQLResponse<Row>>, code: string) => {
      const before = await rowCounts();
      const extensions = refused(await request(), code);
      expect(await rowCounts()).toEqual(before);
      return extensions;
    };

    const openConsultation = async (input: Record<string, unknown>) =>
      ok(
        await mutate('$input: ConsultationInput!', `openConsultation(input: $input) { ${CONSULTATION} }`, {
          input: { titleTh: 'ร่างแผนปฏิบัติราชการ ประจำปีงบประมาณ ๒๕๗๐', kind: 'ONLINE_COMMENTS', ...input },
        }),
        'openConsultation',
      );
    const comment = (consultationId: string, body: string, idempotencyKey: string, authorName: string | null = null) =>
      mutate(
        '$id: ID!, $body: String!, $name: String, $key: String!',
        'commentOnConsultation(consultationId: $id, body: $body, authorName: $name, idempotencyKey: $key) { id body authorName createdAt }',
        { id: consultationId, body, name: authorName, key: idempotencyKey },
      );
    const consultation = async (id: string) =>
      ok(await read('$id: ID!', `consultation(id: $id) { ${CONSULTATION} }`, { id }), 'consultation');
    const publish = (id: string, summaryTh: string, summaryEn: string | null = null) =>
      mutate(
        '$id: ID!, $th: String!, $en: String',
        `publishConsultationSummary(id: $id, summaryTh: $th, summaryEn: $en) { ${CONSULTATION} }`,
        { id, th: summaryTh, en: summaryEn },
      );

    const createSurvey = async (input: Record<string, unknown>) =>
      ok(
        await mutate('$input: SurveyInput!', `createSurvey(input: $input) { ${SURVEY} }`, {
          input: { titleTh: 'แบบสอบถามความต้องการพัฒนาครู', opensAt: at(-HOUR), closesAt: at(DAY), ...input },
        }),
        'createSurvey',
      );
    const respond = (surveyId: string, answers: unknown[], key: string, participantCode: string | null = null) =>
      mutate(
        '$id: ID!, $code: String, $answers: [SurveyAnswerInput!]!, $key: String!',
        'respondToSurvey(surveyId: $id, participantCode: $code, answers: $answers, idempotencyKey: $key) { id submittedAt participantCode survey { id } }',
        { id: surveyId, code: participantCode, answers, key },
      );
    const respondOk = async (surveyId: string, answers: unknown[], participantCode: string | null = null) => {
      const response = ok(await respond(surveyId, answers, randomUUID(), participantCode), 'respondToSurvey');
      responsesSent += 1;
      return response;
    };

    let online: Row;
    let upcoming: Row;
    let past: Row;
    let hearing: Row;

    beforeAll(async () => {
      t = await startTestUnit(unit);
      online = await openConsultation({ titleEn: 'Draft action plan', opensAt: at(-HOUR), closesAt: at(DAY) });
      upcoming = await openConsultation({ opensAt: at(DAY), closesAt: at(2 * DAY) });
      past = await openConsultation({ opensAt: at(-3 * DAY), closesAt: at(-DAY) });
      hearing = await openConsultation({
        kind: 'FORMAL_HEARING',
        opensAt: at(-2 * DAY),
        closesAt: at(DAY),
        hearingAt: at(-DAY),
        place: 'ห้องประชุมสำนักงาน ชั้น ๒',
      });
    });
    afterAll(async () => t?.close());

    it('opens consultations whose status follows the window', () => {
      expect([online.status, upcoming.status, past.status, hearing.status]).toEqual(['OPEN', 'UPCOMING', 'CLOSED', 'OPEN']);
      expect(hearing).toMatchObject({ kind: 'FORMAL_HEARING', place: 'ห้องประชุมสำนักงาน ชั้น ๒', commentCount: 0 });
    });

    it('takes comments while open and returns Thai, emoji and combining marks exactly', async () => {
      const bodies = [THAI_TEXT, 'ขอให้จัดเวทีที่ยโสธรด้วย 🙏', 'e\u0301 + ำ่้๊๋ + 🇹🇭'];
      for (const [i, body] of bodies.entries()) {
        ok(await comment(online.id, body, `comment-${online.id}-${i}`, i === 0 ? 'ครูสมศรี 👩‍🏫' : null), 'commentOnConsultation');
      }
      const read = await consultation(online.id);
      expect(read.commentCount).toBe(3);
      expect(read.comments.nodes.map((c: Row) => [c.body, c.authorName])).toEqual([
        [bodies[0], 'ครูสมศรี 👩‍🏫'],
        [bodies[1], null],
        [bodies[2], null],
      ]);
      const [stored] = await t.server.db.dataSource.query(
        `SELECT body FROM ${quoteIdent(manifest.schemaName)}.consultation_comment WHERE idempotency_key = $1`,
        [`comment-${online.id}-0`],
      );
      expect(stored.body).toBe(THAI_TEXT);
    });

    it('returns the first comment for a retry with the same key, and writes no duplicate', async () => {
      const key = `retry-${randomUUID()}`;
      const first = ok(await comment(hearing.id, 'ความเห็นที่ส่งซ้ำ ✅', key), 'commentOnConsultation');
      const before = await rowCounts();
      const again = await Promise.all([1, 2, 3].map(() => comment(hearing.id, 'ความเห็นที่ส่งซ้ำ ✅', key)));
      for (const res of again) expect(ok(res, 'commentOnConsultation')).toEqual(first);
      expect(await rowCounts()).toEqual(before);
      await refusedWithoutWriting(() => comment(hearing.id, 'ข้อความอื่น', key), 'IDEMPOTENCY_KEY_REUSED');
      expect((await consultation(hearing.id)).commentCount).toBe(1);
    });

    it('refuses comments before the window opens and after it closes', async () => {
      const early = await refusedWithoutWriting(() => comment(upcoming.id, 'เร็วไป', randomUUID()), 'CONSULTATION_NOT_OPEN');
      expect(early.messageTh).toContain('เวลาประเทศไทย');
      await refusedWithoutWriting(() => comment(past.id, 'ช้าไป', randomUUID()), 'CONSULTATION_NOT_OPEN');
    });

    it('publishes a summary only after the consultation closed', async () => {
      await refusedWithoutWriting(() => publish(upcoming.id, 'สรุป'), 'CONSULTATION_NOT_CLOSED');
      await refusedWithoutWriting(() => publish(online.id, 'สรุป'), 'CONSULTATION_NOT_CLOSED');

      const summary = 'สรุปผล: ผู้แสดงความคิดเห็น ๓ ราย 👍🏽 ส่วนใหญ่เห็นด้วย';
      const published = ok(await publish(past.id, summary, 'Summary: three comments, mostly in favour'), 'publishConsultationSummary');
      expect(published).toMatchObject({
        status: 'SUMMARY_PUBLISHED',
        summaryTh: summary,
        summaryEn: 'Summary: three comments, mostly in favour',
      });
      expect(published.summaryPublishedAt).toBeTruthy();

      // Closing early ends the comments; then the summary may follow.
      const closed = ok(await mutate('$id: ID!', `closeConsultation(id: $id) { ${CONSULTATION} }`, { id: online.id }), 'closeConsultation');
      expect(closed.status).toBe('CLOSED');
      await refusedWithoutWriting(() => comment(online.id, 'หลังปิด', randomUUID()), 'CONSULTATION_NOT_OPEN');
      await refusedWithoutWriting(
        () => mutate('$id: ID!', 'closeConsultation(id: $id) { id }', { id: online.id }),
        'CONSULTATION_NOT_OPEN',
      );
      expect(ok(await publish(online.id, summary), 'publishConsultationSummary').status).toBe('SUMMARY_PUBLISHED');
      expect((await consultation(online.id)).commentCount).toBe(3);
    });

    it('records minutes for formal hearings only', async () => {
      const minutes = 'รายงานการประชุม\nผู้เข้าร่วม ๔๒ คน 🙂 มติ: เห็นชอบในหลักการ';
      const recorded = ok(
        await mutate('$id: ID!, $m: String!', 'recordHearingMinutes(id: $id, minutesTh: $m) { minutesTh }', { id: hearing.id, m: minutes }),
        'recordHearingMinutes',
      );
      expect(recorded.minutesTh).toBe(minutes);
      await refusedWithoutWriting(
        () => mutate('$id: ID!', 'recordHearingMinutes(id: $id, minutesTh: "บันทึก") { id }', { id: past.id }),
        'CONSULTATION_NOT_HEARING',
      );
    });

    describe('refuses bad consultation input with a code in Thai and English, writing nothing', () => {
      const window = { opensAt: at(-HOUR), closesAt: at(DAY) };
      const open = (input: Record<string, unknown>) => () =>
        mutate('$input: ConsultationInput!', 'openConsultation(input: $input) { id }', {
          input: { titleTh: 'หัวข้อ', kind: 'ONLINE_COMMENTS', ...window, ...input },
        });
      const cases: [string, () => () => Promise<GraphQLResponse<Row>>, string][] = [
        ['an empty title', () => open({ titleTh: '   ' }), 'TEXT_REQUIRED'],
        ['a title over 300 characters', () => open({ titleTh: 'ก'.repeat(301) }), 'TEXT_TOO_LONG'],
        ['a description over 20,000 characters', () => open({ descriptionTh: 'ก'.repeat(20_001) }), 'TEXT_TOO_LONG'],
        ['closing before opening', () => open({ opensAt: at(DAY), closesAt: at(-DAY) }), 'INVALID_OPEN_WINDOW'],
        ['a hearing without a place', () => open({ kind: 'FORMAL_HEARING', hearingAt: at(HOUR) }), 'HEARING_DETAILS_REQUIRED'],
        ['an activity the unit does not have', () => open({ activityId: randomUUID() }), 'UNKNOWN_ACTIVITY'],
        ['an empty comment', () => () => comment(hearing.id, ' \n ', randomUUID()), 'TEXT_REQUIRED'],
        ['a comment over 5,000 characters', () => () => comment(hearing.id, '😀'.repeat(5001), randomUUID()), 'TEXT_TOO_LONG'],
        ['an author name over 200 characters', () => () => comment(hearing.id, 'ดี', randomUUID(), 'ก'.repeat(201)), 'TEXT_TOO_LONG'],
        ['a short idempotency key', () => () => comment(hearing.id, 'ดี', 'short'), 'INVALID_IDEMPOTENCY_KEY'],
        ['a comment on no consultation', () => () => comment(randomUUID(), 'ดี', randomUUID()), 'CONSULTATION_NOT_FOUND'],
        ['an empty summary', () => () => publish(past.id, ''), 'TEXT_REQUIRED'],
        [
          'minutes over 20,000 characters',
          () => () =>
            mutate('$id: ID!, $m: String!', 'recordHearingMinutes(id: $id, minutesTh: $m) { id }', {
              id: hearing.id,
              m: 'ก'.repeat(20_001),
            }),
          'TEXT_TOO_LONG',
        ],
      ];
      it.each(cases)('%s', async (_name, request, code) => {
        await refusedWithoutWriting(request(), code);
      });
    });

    it('lists consultations newest first, filters open ones, and costs the same statements for 2 or 20 (no N+1)', async () => {
      const s = quoteIdent(manifest.schemaName);
      await t.server.db.dataSource.query(
        `INSERT INTO ${s}.consultation (title_th, kind, opens_at, closes_at)
         SELECT 'หัวข้อที่ ' || i, 'ONLINE_COMMENTS', now() - i * interval '1 minute', now() + interval '1 day'
         FROM generate_series(1, 20) AS i`,
      );
      const all = ok(await read('', 'consultations(first: 100) { totalCount nodes { id opensAt status } }'), 'consultations');
      expect(all.totalCount).toBe(24);
      const starts = all.nodes.map((n: Row) => Date.parse(n.opensAt));
      expect(starts).toEqual([...starts].sort((a, b) => b - a));
      const open = ok(
        await read('', 'consultations(first: 100, filter: { openOnly: true }) { totalCount nodes { status } }'),
        'consultations',
      );
      expect(open.totalCount).toBe(all.nodes.filter((n: Row) => n.status === 'OPEN').length);
      expect(open.nodes.every((n: Row) => n.status === 'OPEN')).toBe(true);

      const shape = `query ($n: Int) { ${root} { consultations(first: $n) { nodes { id commentCount activity { id } comments(first: 2) { nodes { body } } } } } }`;
      const cost = async (n: number) => {
        const before = t.statements();
        const res = await t.query(shape, { n });
        expect(res.errors).toBeUndefined();
        expect(res.data?.[root].consultations.nodes).toHaveLength(n);
        return t.statements() - before;
      };
      const small = await cost(2);
      expect(await cost(20)).toBe(small);
      expect(small).toBeLessThanOrEqual(3);
    });

    describe('surveys', () => {
      let survey: Row;
      const options = (labels: string[]) => labels.map((labelTh) => ({ labelTh }));

      beforeAll(async () => {
        survey = await createSurvey({
          questions: [
            { kind: 'SINGLE_CHOICE', textTh: 'ท่านเป็นครูสายใด', required: true, options: options(['ผู้สอน', 'ผู้บริหาร', 'ศึกษานิเทศก์']) },
            { kind: 'MULTIPLE_CHOICE', textTh: 'หัวข้อที่ต้องการอบรม', options: options(['Active Learning', 'AI', 'STEM', 'การวัดผล']) },
            { kind: 'SCALE_1_5', textTh: 'ความจำเป็นของการอบรม', textEn: 'Need for training', required: true },
            { kind: 'FREE_TEXT', textTh: 'ข้อเสนอแนะ' },
          ],
        });
      });

      it('creates a survey with its questions in order', () => {
        expect(survey).toMatchObject({ status: 'OPEN', template: null, eligibility: 'OPEN', anonymous: true, responseCount: 0 });
        expect(survey.questions.map((q: Row) => [q.position, q.kind, q.options.length])).toEqual([
          [1, 'SINGLE_CHOICE', 3],
          [2, 'MULTIPLE_CHOICE', 4],
          [3, 'SCALE_1_5', 0],
          [4, 'FREE_TEXT', 0],
        ]);
      });

      it('aggregates results in SQL that agree with what was submitted', async () => {
        const [single, multiple, scale, text] = survey.questions.map((q: Row) => q.id);
        // Option 2 of the single choice and option 3 of the multiple choice are never chosen: zeros must show.
        const submissions = [
          { single: 0, multiple: [0, 1], scale: 5, text: THAI_TEXT },
          { single: 1, multiple: [1], scale: 4, text: null },
          { single: 0, multiple: [], scale: 3, text: 'อยากได้อบรมออนไลน์ 💻' },
          { single: 0, multiple: [2, 0], scale: 5, text: null },
          { single: 1, multiple: [1, 2], scale: 1, text: 'ขอบคุณครับ' },
        ];
        for (const s of submissions) {
          await respondOk(survey.id, [
            { questionId: single, choices: [s.single] },
            ...(s.multiple.length ? [{ questionId: multiple, choices: s.multiple }] : []),
            { questionId: scale, scale: s.scale },
            ...(s.text ? [{ questionId: text, text: s.text }] : []),
          ]);
        }
        const res = await read(
          '$id: ID!',
          `survey(id: $id) { responseCount results { question { id } answered options { index count } average distribution { value count }
             texts(first: 10) { nodes { text participantCode } } } }`,
          { id: survey.id },
        );
        const got = ok(res, 'survey');
        const countOf = (values: number[], n: number) => Array.from({ length: n }, (_, i) => values.filter((v) => v === i).length);
        const scales = submissions.map((s) => s.scale);
        const texts = submissions.map((s) => s.text).filter(Boolean) as string[];
        expect(got.responseCount).toBe(submissions.length);
        expect(got.results).toEqual([
          {
            question: { id: single },
            answered: 5,
            options: countOf(
              submissions.map((s) => s.single),
              3,
            ).map((count, index) => ({ index, count })),
            average: null,
            distribution: null,
            texts: null,
          },
          {
            question: { id: multiple },
            answered: submissions.filter((s) => s.multiple.length).length,
            options: countOf(
              submissions.flatMap((s) => s.multiple),
              4,
            ).map((count, index) => ({ index, count })),
            average: null,
            distribution: null,
            texts: null,
          },
          {
            question: { id: scale },
            answered: 5,
            options: null,
            average: scales.reduce((a, b) => a + b, 0) / scales.length,
            distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: scales.filter((v) => v === value).length })),
            texts: null,
          },
          {
            question: { id: text },
            answered: texts.length,
            options: null,
            average: null,
            distribution: null,
            texts: { nodes: [...texts].reverse().map((t) => ({ text: t, participantCode: null })) },
          },
        ]);
      });

      it('takes one response per issued code on a LISTED survey; a retry returns the first response', async () => {
        const listed = await createSurvey({
          eligibility: 'LISTED',
          anonymous: false,
          questions: [{ kind: 'SCALE_1_5', textTh: 'ความพึงพอใจต่อการนิเทศ', required: true }],
        });
        const question = listed.questions[0].id;
        const codes: string[] = ok(
          await mutate('$id: ID!', 'issueSurveyCodes(surveyId: $id, count: 3)', { id: listed.id }),
          'issueSurveyCodes',
        );
        expect(new Set(codes).size).toBe(3);
        for (const code of codes) expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

        const key = randomUUID();
        const first = ok(await respond(listed.id, [{ questionId: question, scale: 4 }], key, codes[0]!), 'respondToSurvey');
        responsesSent += 1;
        expect(first).toMatchObject({ participantCode: codes[0], survey: { id: listed.id } });
        const before = await rowCounts();
        const retries = await Promise.all([1, 2, 3].map(() => respond(listed.id, [{ questionId: question, scale: 4 }], key, codes[0]!)));
        for (const retry of retries) expect(ok(retry, 'respondToSurvey')).toEqual(first);
        expect(await rowCounts()).toEqual(before);

        await refusedWithoutWriting(
          () => respond(listed.id, [{ questionId: question, scale: 2 }], randomUUID(), codes[0]!),
          'SURVEY_ALREADY_ANSWERED',
        );
        await refusedWithoutWriting(() => respond(listed.id, [{ questionId: question, scale: 2 }], randomUUID()), 'SURVEY_CODE_INVALID');
        await refusedWithoutWriting(
          () => respond(listed.id, [{ questionId: question, scale: 2 }], randomUUID(), 'ZZZZ-ZZZZ'),
          'SURVEY_CODE_INVALID',
        );
        // Codes are typed by people: case, spaces and dashes do not matter.
        const typed = codes[1]!.toLowerCase().replace('-', ' ');
        expect(
          ok(await respond(listed.id, [{ questionId: question, scale: 5 }], randomUUID(), typed), 'respondToSurvey').participantCode,
        ).toBe(codes[1]);
        responsesSent += 1;

        const after = ok(await read('$id: ID!', 'survey(id: $id) { responseCount codesIssued }', { id: listed.id }), 'survey');
        expect(after).toEqual({ responseCount: 2, codesIssued: 3 });
        await refusedWithoutWriting(
          () => mutate('$id: ID!', 'issueSurveyCodes(surveyId: $id, count: 1)', { id: survey.id }),
          'SURVEY_NOT_LISTED',
        );
        await refusedWithoutWriting(
          () => mutate('$id: ID!', 'issueSurveyCodes(surveyId: $id, count: 0)', { id: listed.id }),
          'SURVEY_CODE_COUNT',
        );
      });

      it('keeps an anonymous LISTED survey apart from its codes, still one response per code', async () => {
        const anonymous = await createSurvey({
          eligibility: 'LISTED',
          questions: [{ kind: 'FREE_TEXT', textTh: 'ความเห็น', required: true }],
        });
        expect(anonymous.anonymous).toBe(true);
        const [code] = ok(await mutate('$id: ID!', 'issueSurveyCodes(surveyId: $id, count: 1)', { id: anonymous.id }), 'issueSurveyCodes');
        const question = anonymous.questions[0].id;
        const response = await respondOk(anonymous.id, [{ questionId: question, text: 'ไม่ประสงค์ออกนาม' }], code);
        expect(response.participantCode).toBeNull();
        const [stored] = await t.server.db.dataSource.query(
          `SELECT participant_code FROM ${quoteIdent(manifest.schemaName)}.survey_response WHERE id = $1`,
          [response.id],
        );
        expect(stored.participant_code).toBeNull();
        await refusedWithoutWriting(
          () => respond(anonymous.id, [{ questionId: question, text: 'อีกครั้ง' }], randomUUID(), code),
          'SURVEY_ALREADY_ANSWERED',
        );
      });

      it('feeds stats.satisfactionAverage from the service-satisfaction template, by fiscal year', async () => {
        const satisfaction = ok(
          await mutate('$o: DateTime!, $c: DateTime!', `createSatisfactionSurvey(opensAt: $o, closesAt: $c) { ${SURVEY} }`, {
            o: at(-HOUR),
            c: at(DAY),
          }),
          'createSatisfactionSurvey',
        );
        expect(satisfaction.template).toBe('SERVICE_SATISFACTION');
        const questions: Row[] = satisfaction.questions;
        const scaleQuestions = questions.filter((q) => q.kind === 'SCALE_1_5');
        expect(scaleQuestions).toHaveLength(5);
        expect(questions.every((q) => /[\u0E00-\u0E7F]/.test(q.textTh) && q.textEn)).toBe(true);

        const ratings = [
          [5, 4, 5, 4, 5],
          [3, 3, 4, 2, 3],
          [4, 5, 5, 5, 4],
          [2, 1, 3, 2, 2],
        ];
        for (const row of ratings) {
          await respondOk(satisfaction.id, [
            ...scaleQuestions.map((q, i) => ({ questionId: q.id, scale: row[i] })),
            { questionId: questions.find((q) => q.kind === 'FREE_TEXT')!.id, text: 'บริการดีมาก 👍' },
          ]);
        }
        const all = ratings.flat();
        const mean = all.reduce((a, b) => a + b, 0) / all.length;
        const year = fiscalYearOf(new Date());
        const res = await read(
          '',
          `now: stats(fiscalYear: ${year}) { satisfactionAverage surveyResponses }
           before: stats(fiscalYear: ${year - 1}) { satisfactionAverage surveyResponses }`,
        );
        const stats = ok(res, 'now');
        // Only the template's scale answers count (the other surveys' scales would move the mean); 2 decimals.
        expect(stats.satisfactionAverage).toBe(Math.round(mean * 100) / 100);
        expect(stats.surveyResponses).toBe(responsesSent);
        expect(ok(res, 'before')).toEqual({ satisfactionAverage: null, surveyResponses: 0 });
      });

      describe('refuses bad survey input with a code in Thai and English, writing nothing', () => {
        const create = (input: Record<string, unknown>) => () =>
          mutate('$input: SurveyInput!', 'createSurvey(input: $input) { id }', {
            input: {
              titleTh: 'แบบสำรวจ',
              opensAt: at(-HOUR),
              closesAt: at(DAY),
              questions: [{ kind: 'SCALE_1_5', textTh: 'คะแนน' }],
              ...input,
            },
          });
        const q = (i: number) => survey.questions[i].id as string;
        const answers = (extra: unknown[] = []) => [{ questionId: q(0), choices: [0] }, { questionId: q(2), scale: 3 }, ...extra];
        const cases: [string, () => () => Promise<GraphQLResponse<Row>>, string][] = [
          ['an empty survey title', () => create({ titleTh: '' }), 'TEXT_REQUIRED'],
          ['a survey title over 300 characters', () => create({ titleTh: 'ก'.repeat(301) }), 'TEXT_TOO_LONG'],
          ['a survey without questions', () => create({ questions: [] }), 'SURVEY_QUESTION_COUNT'],
          [
            'a choice question with one option',
            () => create({ questions: [{ kind: 'SINGLE_CHOICE', textTh: 'ข้อ', options: [{ labelTh: 'ก' }] }] }),
            'SURVEY_QUESTION_INVALID',
          ],
          [
            'a question over 1,000 characters',
            () => create({ questions: [{ kind: 'FREE_TEXT', textTh: 'ก'.repeat(1001) }] }),
            'TEXT_TOO_LONG',
          ],
          ['a survey closing before it opens', () => create({ opensAt: at(DAY), closesAt: at(HOUR) }), 'INVALID_OPEN_WINDOW'],
          [
            'a scale of 6',
            () => () => respond(survey.id, [answers()[0], { questionId: q(2), scale: 6 }], randomUUID()),
            'SURVEY_ANSWER_INVALID',
          ],
          ['a missing required answer', () => () => respond(survey.id, [answers()[0]], randomUUID()), 'SURVEY_ANSWER_INVALID'],
          [
            'two choices on a single choice',
            () => () => respond(survey.id, [{ questionId: q(0), choices: [0, 1] }, answers()[1]], randomUUID()),
            'SURVEY_ANSWER_INVALID',
          ],
          [
            'an option out of range',
            () => () => respond(survey.id, answers([{ questionId: q(1), choices: [4] }]), randomUUID()),
            'SURVEY_ANSWER_INVALID',
          ],
          [
            'free text over 2,000 characters',
            () => () => respond(survey.id, answers([{ questionId: q(3), text: 'ก'.repeat(2001) }]), randomUUID()),
            'SURVEY_ANSWER_INVALID',
          ],
          [
            'an answer to a question of another survey',
            () => () => respond(survey.id, answers([{ questionId: randomUUID(), scale: 3 }]), randomUUID()),
            'SURVEY_ANSWER_INVALID',
          ],
          ['no answers', () => () => respond(survey.id, [], randomUUID()), 'SURVEY_RESPONSE_EMPTY'],
          ['a short idempotency key', () => () => respond(survey.id, answers(), 'k'), 'INVALID_IDEMPOTENCY_KEY'],
          ['a survey that does not exist', () => () => respond(randomUUID(), answers(), randomUUID()), 'SURVEY_NOT_FOUND'],
        ];
        it.each(cases)('%s', async (_name, request, code) => {
          await refusedWithoutWriting(request(), code);
        });

        it('names the bad question', async () => {
          const extensions = await refusedWithoutWriting(
            () => respond(survey.id, [answers()[0], { questionId: q(2), scale: 0 }], randomUUID()),
            'SURVEY_ANSWER_INVALID',
          );
          expect(extensions).toMatchObject({ questionId: q(2), field: 'answers' });
          expect(extensions.messageTh).toContain('ข้อ 3');
          expect(extensions.messageEn).toContain('question 3');
        });

        it('responses outside the window, and a key reused for other answers', async () => {
          const closed = await createSurvey({
            opensAt: at(-2 * DAY),
            closesAt: at(-DAY),
            questions: [{ kind: 'SCALE_1_5', textTh: 'คะแนน' }],
          });
          const later = await createSurvey({
            opensAt: at(DAY),
            closesAt: at(2 * DAY),
            questions: [{ kind: 'SCALE_1_5', textTh: 'คะแนน' }],
          });
          expect([closed.status, later.status]).toEqual(['CLOSED', 'UPCOMING']);
          for (const s of [closed, later]) {
            await refusedWithoutWriting(
              () => respond(s.id, [{ questionId: s.questions[0].id, scale: 3 }], randomUUID()),
              'SURVEY_NOT_OPEN',
            );
          }
          const key = randomUUID();
          ok(await respond(survey.id, answers(), key), 'respondToSurvey');
          responsesSent += 1;
          await refusedWithoutWriting(() => respond(survey.id, answers([{ questionId: q(3), text: 'อื่น' }]), key), 'IDEMPOTENCY_KEY_REUSED');
        });
      });

      it('costs the same statements for a page of 2 surveys or all of them, results included (no N+1)', async () => {
        const shape = `query ($n: Int) { ${root} { surveys(first: $n) { totalCount nodes { id responseCount codesIssued questions { id options { index } }
          results { answered average options { count } distribution { count } texts(first: 2) { nodes { text } } } } } } }`;
        const cost = async (n: number) => {
          const before = t.statements();
          const res = await t.query(shape, { n });
          expect(res.errors).toBeUndefined();
          return { statements: t.statements() - before, surveys: res.data?.[root].surveys };
        };
        const small = await cost(2);
        const large = await cost(100);
        expect(large.surveys.nodes.length).toBe(large.surveys.totalCount);
        expect(large.surveys.nodes.length).toBeGreaterThan(5);
        expect(large.statements).toBe(small.statements);
        expect(small.statements).toBeLessThanOrEqual(6);
      });
    });
  });
}
