import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_IDENTITY } from '@sesao28/kit';
import { expectRefused, startTestUnit, unitStaff, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const OPEN = `mutation ($fy: Int!, $o: DateTime!, $c: DateTime!) { teacherDevelopment {
  openTrainingNeedsSurvey(fiscalYear: $fy, opensAt: $o, closesAt: $c) { titleTh questions { kind options { labelTh } } } } }`;
const window = { o: '2026-10-01T00:00:00+07:00', c: '2026-11-01T00:00:00+07:00' };

describe('TEACHER_DEV: training-needs survey', () => {
  let t: TestUnit;
  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it("opens the fiscal year's survey: topics to choose, a format, and other needs", async () => {
    const res = await t.queryAs(unitStaff('TEACHER_DEV'), OPEN, { fy: 2570, ...window });
    expect(res.errors).toBeUndefined();
    const survey = res.data?.teacherDevelopment.openTrainingNeedsSurvey;
    expect(survey.titleTh).toContain('ปีงบประมาณ 2570');
    expect(survey.questions.map((q: { kind: string }) => q.kind)).toEqual(['MULTIPLE_CHOICE', 'SINGLE_CHOICE', 'FREE_TEXT']);
    expect(survey.questions[0].options.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a wrong fiscal year or window, the public and other units, writing nothing', async () => {
    const before = await t.count('survey');
    expectRefused(await t.queryAs(unitStaff('TEACHER_DEV'), OPEN, { fy: 70, ...window }), 'INVALID_FISCAL_YEAR', 'fiscalYear');
    expectRefused(await t.queryAs(unitStaff('TEACHER_DEV'), OPEN, { fy: 2570, o: window.c, c: window.o }), 'INVALID_OPEN_WINDOW');
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, OPEN, { fy: 2570, ...window }), 'UNAUTHENTICATED');
    expectRefused(await t.queryAs(unitStaff('FINANCE'), OPEN, { fy: 2570, ...window }), 'FORBIDDEN');
    expect(await t.count('survey')).toBe(before);
  });
});
