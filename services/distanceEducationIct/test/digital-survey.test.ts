import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_IDENTITY } from '@sesao28/kit';
import { expectRefused, startTestUnit, unitStaff, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const CREATE = `mutation ($o: DateTime!, $c: DateTime!) { distanceEducationIct { createDigitalServiceSurvey(opensAt: $o, closesAt: $c) {
  id titleTh template questions { kind textTh } } } }`;
const window = { o: '2026-01-01T00:00:00+07:00', c: '2026-02-01T00:00:00+07:00' };

describe('DLICT: digital-service satisfaction survey', () => {
  let t: TestUnit;
  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it('creates the survey from the unit template: e-service, website, DLTV support and a suggestion', async () => {
    const res = await t.queryAs(unitStaff('DLICT'), CREATE, window);
    expect(res.errors).toBeUndefined();
    const survey = res.data?.distanceEducationIct.createDigitalServiceSurvey;
    expect(survey.titleTh).toBe('แบบสำรวจความพึงพอใจต่อการให้บริการดิจิทัล');
    // Not the kit's service-satisfaction template: it must not count in satisfactionAverage.
    expect(survey.template).toBeNull();
    expect(survey.questions.map((q: { kind: string }) => q.kind)).toEqual([
      'SCALE_1_5',
      'SCALE_1_5',
      'SCALE_1_5',
      'SCALE_1_5',
      'SCALE_1_5',
      'FREE_TEXT',
    ]);
    expect(survey.questions.some((q: { textTh: string }) => q.textTh.includes('DLTV'))).toBe(true);
  });

  it('refuses a window that closes before it opens, the public and other units, writing nothing', async () => {
    const before = await t.count('survey');
    expectRefused(await t.queryAs(unitStaff('DLICT'), CREATE, { o: window.c, c: window.o }), 'INVALID_OPEN_WINDOW', 'closesAt');
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, CREATE, window), 'UNAUTHENTICATED');
    expectRefused(await t.queryAs(unitStaff('SUPERVISION'), CREATE, window), 'FORBIDDEN');
    expect(await t.count('survey')).toBe(before);
  });
});
