import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_IDENTITY } from '@sesao28/kit';
import { expectRefused, startTestUnit, unitStaff, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const RECORD = `mutation ($input: TeacherTrainingInput!) { teacherDevelopment { recordTraining(input: $input) {
  id fiscalYear hours evaluationCount codesIssued activity { level titleTh } } } }`;
const ISSUE = `mutation ($id: ID!, $n: Int!) { teacherDevelopment { issueEvaluationCodes(trainingId: $id, count: $n) } }`;
const EVALUATE = `mutation ($id: ID!, $code: String!, $r: TeacherTrainingRatingsInput!, $c: String, $key: String!) { teacherDevelopment {
  evaluateTraining(trainingId: $id, code: $code, ratings: $r, commentTh: $c, idempotencyKey: $key) { training { id evaluationCount } } } }`;
const LIST = `{ teacherDevelopment { trainings(first: 10) { nodes { id titleTh startsOn evaluationCount codesIssued
  ratings { content trainer usefulness organisation } comments } } } }`;

const training = (over: Record<string, unknown> = {}) => ({
  titleTh: 'อบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก',
  startsOn: '2026-03-02',
  endsOn: '2026-03-03',
  hours: 12,
  participantsCount: 3,
  ...over,
});
const ratings = { content: 5, trainer: 4, usefulness: 5, organisation: 3 };

describe('TEACHER_DEV: trainings evaluated by participants with one-time codes', () => {
  let t: TestUnit;
  const staff = unitStaff('TEACHER_DEV');
  const evaluate = (id: string, code: string, r = ratings, key: string = randomUUID(), c?: string) =>
    t.queryAs(PUBLIC_IDENTITY, EVALUATE, { id, code, r, key, c });

  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it('records a training on a CONSULT activity and issues codes up to its participants', async () => {
    const res = await t.queryAs(staff, RECORD, { input: training() });
    expect(res.errors).toBeUndefined();
    const recorded = res.data?.teacherDevelopment.recordTraining;
    expect(recorded).toMatchObject({ fiscalYear: 2569, hours: 12, evaluationCount: 0, codesIssued: 0, activity: { level: 'CONSULT' } });
    const codes = await t.queryAs(staff, ISSUE, { id: recorded.id, n: 2 });
    expect(codes.data?.teacherDevelopment.issueEvaluationCodes).toHaveLength(2);
    expectRefused(await t.queryAs(staff, ISSUE, { id: recorded.id, n: 2 }), 'EVALUATION_CODES_EXCEED_PARTICIPANTS', 'count');
    expectRefused(await t.queryAs(staff, ISSUE, { id: recorded.id, n: 0 }), 'SURVEY_CODE_COUNT', 'count');
    expectRefused(await t.queryAs(staff, ISSUE, { id: randomUUID(), n: 1 }), 'TRAINING_NOT_FOUND', 'trainingId');
    expect(await t.count('teacher_training_code')).toBe(2);
  });

  it('takes one evaluation per code, only for its own training; retries never duplicate', async () => {
    const a = (await t.queryAs(staff, RECORD, { input: training({ startsOn: '2026-04-01', endsOn: '2026-04-01' }) })).data
      ?.teacherDevelopment.recordTraining.id;
    const b = (await t.queryAs(staff, RECORD, { input: training({ startsOn: '2026-05-01', endsOn: '2026-05-01' }) })).data
      ?.teacherDevelopment.recordTraining.id;
    const [c1, c2] = (await t.queryAs(staff, ISSUE, { id: a, n: 2 })).data!.teacherDevelopment.issueEvaluationCodes;
    const [other] = (await t.queryAs(staff, ISSUE, { id: b, n: 1 })).data!.teacherDevelopment.issueEvaluationCodes;
    const before = await t.count('teacher_training_rating');

    const key = randomUUID();
    const first = await evaluate(a, c1, ratings, key, 'ได้นำไปใช้ในห้องเรียน');
    expect(first.errors).toBeUndefined();
    expect((await evaluate(a, c1, ratings, key, 'ได้นำไปใช้ในห้องเรียน')).errors).toBeUndefined();
    expectRefused(await evaluate(a, c1), 'RATING_CODE_USED', 'code');
    expectRefused(await evaluate(a, other), 'RATING_CODE_INVALID', 'code');
    expectRefused(await evaluate(a, c2, { ...ratings, trainer: 9 }), 'RATING_OUT_OF_RANGE', 'ratings.trainer');
    expectRefused(await evaluate('not-a-training', c2), 'TRAINING_NOT_FOUND', 'trainingId');
    expectRefused(await evaluate(a, c2, ratings, 'short'), 'INVALID_IDEMPOTENCY_KEY');
    expectRefused(await evaluate(a, c2, ratings, randomUUID(), 'ก'.repeat(2001)), 'TEXT_TOO_LONG', 'commentTh');
    expect(await t.count('teacher_training_rating')).toBe(before + 1);

    expect((await evaluate(a, c2, { content: 3, trainer: 2, usefulness: 4, organisation: 5 })).errors).toBeUndefined();
    const listed = await t.queryAs(staff, LIST);
    const node = listed.data?.teacherDevelopment.trainings.nodes.find((n: { id: string }) => n.id === a);
    expect(node).toMatchObject({
      evaluationCount: 2,
      codesIssued: 2,
      ratings: { content: 4, trainer: 3, usefulness: 4.5, organisation: 4 },
      comments: ['ได้นำไปใช้ในห้องเรียน'],
    });
    // The public sees the averages, not what participants wrote.
    const open = await t.queryAs(PUBLIC_IDENTITY, LIST);
    expect(open.data?.teacherDevelopment.trainings.nodes.find((n: { id: string }) => n.id === a)).toMatchObject({
      evaluationCount: 2,
      comments: null,
    });
  });

  it.each([
    [{ endsOn: '2026-03-01' }, 'INVALID_DATE_RANGE', 'endsOn'],
    [{ startsOn: '02/03/2026' }, 'INVALID_DATE', 'startsOn'],
    [{ hours: 0 }, 'TRAINING_HOURS_INVALID', 'hours'],
    [{ hours: 1.25 }, 'TRAINING_HOURS_INVALID', 'hours'],
    [{ participantsCount: 0 }, 'TRAINING_PARTICIPANTS_INVALID', 'participantsCount'],
    [{ titleTh: '' }, 'TEXT_REQUIRED', 'titleTh'],
  ])('refuses a bad training and writes nothing (%#)', async (over, code, field) => {
    const before = [await t.count('teacher_training'), await t.count('activity')];
    expectRefused(await t.queryAs(staff, RECORD, { input: training(over) }), code, field);
    expect([await t.count('teacher_training'), await t.count('activity')]).toEqual(before);
  });

  it('keeps recording and codes to its own staff', async () => {
    const id = (await t.queryAs(staff, RECORD, { input: training() })).data?.teacherDevelopment.recordTraining.id;
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, RECORD, { input: training() }), 'UNAUTHENTICATED');
    expectRefused(await t.queryAs(unitStaff('SUPERVISION'), RECORD, { input: training() }), 'FORBIDDEN');
    expectRefused(await t.queryAs(unitStaff('SUPERVISION'), ISSUE, { id, n: 1 }), 'FORBIDDEN');
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, ISSUE, { id, n: 1 }), 'UNAUTHENTICATED');
  });
});
