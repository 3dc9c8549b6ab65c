import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_IDENTITY } from '@sesao28/kit';
import { expectRefused, startTestUnit, unitStaff, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const RECORD = `mutation ($input: SupervisionVisitInput!) { supervision { recordSupervisionVisit(input: $input) {
  feedbackCode visit { id fiscalYear rated activity { level titleTh } } } } }`;
const RATE = `mutation ($code: String!, $r: SupervisionRatingsInput!, $c: String, $key: String!) { supervision {
  rateSupervisionVisit(code: $code, ratings: $r, commentTh: $c, idempotencyKey: $key) { visit { id rated ratings { usefulness clarity followUp } } } } }`;
const VISITS = `query ($fy: Int) { supervision { supervisionVisits(fiscalYear: $fy, first: 10) {
  nodes { id schoolName visitedOn rated ratings { usefulness } commentTh } } } }`;
const SUMMARY = `query ($fy: Int!) { supervision { supervisionSummary(fiscalYear: $fy) { fiscalYear visits rated averages { usefulness clarity followUp } } } }`;

const visit = (over: Record<string, unknown> = {}) => ({
  schoolName: 'โรงเรียนกันทรลักษ์วิทยา',
  visitedOn: '2026-01-15',
  topicTh: 'การจัดการเรียนรู้เชิงรุก (Active Learning)',
  supervisors: ['ศึกษานิเทศก์ สมศรี', 'ศึกษานิเทศก์ ประยุทธ'],
  ...over,
});
const ratings = { usefulness: 5, clarity: 4, followUp: 3 };

describe('SUPERVISION: schools rate supervision visits with a one-time code', () => {
  let t: TestUnit;
  const staff = unitStaff('SUPERVISION');
  const record = async (over?: Record<string, unknown>) => {
    const res = await t.queryAs(staff, RECORD, { input: visit(over) });
    expect(res.errors).toBeUndefined();
    return res.data?.supervision.recordSupervisionVisit as { feedbackCode: string; visit: { id: string } };
  };

  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it('records a visit on a CONSULT activity with a code for the school', async () => {
    const res = await t.queryAs(staff, RECORD, { input: visit() });
    expect(res.errors).toBeUndefined();
    const recorded = res.data?.supervision.recordSupervisionVisit;
    expect(recorded.feedbackCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(recorded.visit).toMatchObject({ fiscalYear: 2569, rated: false, activity: { level: 'CONSULT', titleTh: visit().topicTh } });
  });

  it('takes one rating per visit; a retry returns the first, another key is refused', async () => {
    const { feedbackCode, visit: v } = await record({ visitedOn: '2025-10-01' });
    const key = randomUUID();
    const first = await t.queryAs(PUBLIC_IDENTITY, RATE, { code: feedbackCode.toLowerCase(), r: ratings, c: 'ได้แนวทางชัดเจน', key });
    expect(first.errors).toBeUndefined();
    expect(first.data?.supervision.rateSupervisionVisit.visit).toEqual({
      id: v.id,
      rated: true,
      ratings: { usefulness: 5, clarity: 4, followUp: 3 },
    });
    const retry = await t.queryAs(PUBLIC_IDENTITY, RATE, { code: feedbackCode, r: ratings, c: 'ได้แนวทางชัดเจน', key });
    expect(retry.errors).toBeUndefined();
    expect(await t.count('supervision_visit_rating')).toBe(1);

    expectRefused(
      await t.queryAs(PUBLIC_IDENTITY, RATE, { code: feedbackCode, r: ratings, key: randomUUID() }),
      'RATING_CODE_USED',
      'code',
    );
    expectRefused(
      await t.queryAs(PUBLIC_IDENTITY, RATE, { code: feedbackCode, r: { ...ratings, clarity: 1 }, key }),
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(await t.count('supervision_visit_rating')).toBe(1);
    // The school took part in the visit's activity, once.
    expect(await t.count('activity_participant')).toBe(1);
  });

  it.each([
    [{ ...ratings, usefulness: 6 }, 'AAAA-BBBB', 'RATING_OUT_OF_RANGE', 'ratings.usefulness'],
    [{ ...ratings, followUp: 0 }, 'AAAA-BBBB', 'RATING_OUT_OF_RANGE', 'ratings.followUp'],
    [ratings, 'not-a-code', 'RATING_CODE_INVALID', 'code'],
    [ratings, 'ZZZZ-ZZZZ', 'RATING_CODE_INVALID', 'code'],
  ])('refuses bad ratings and codes, writing nothing (%#)', async (r, code, errorCode, field) => {
    await record();
    const before = await t.count('supervision_visit_rating');
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, RATE, { code, r, key: randomUUID() }), errorCode, field);
    expect(await t.count('supervision_visit_rating')).toBe(before);
  });

  it('refuses bad visits, writing nothing', async () => {
    const before = [await t.count('supervision_visit'), await t.count('activity')];
    expectRefused(await t.queryAs(staff, RECORD, { input: visit({ visitedOn: '2026-02-30' }) }), 'INVALID_DATE', 'visitedOn');
    expectRefused(await t.queryAs(staff, RECORD, { input: visit({ supervisors: [] }) }), 'SUPERVISORS_REQUIRED', 'supervisors');
    expectRefused(await t.queryAs(staff, RECORD, { input: visit({ supervisors: ['  '] }) }), 'TEXT_REQUIRED', 'supervisors[0]');
    expectRefused(await t.queryAs(staff, RECORD, { input: visit({ topicTh: 'ก'.repeat(301) }) }), 'TEXT_TOO_LONG', 'topicTh');
    expect([await t.count('supervision_visit'), await t.count('activity')]).toEqual(before);
  });

  it('lists visits publicly without codes or comments, and averages a fiscal year', async () => {
    const a = await record({ visitedOn: '2024-11-01', schoolName: 'โรงเรียน ก' });
    const b = await record({ visitedOn: '2025-09-30', schoolName: 'โรงเรียน ข' });
    await record({ visitedOn: '2024-10-01', schoolName: 'โรงเรียน ค' });
    await t.queryAs(PUBLIC_IDENTITY, RATE, {
      code: a.feedbackCode,
      r: { usefulness: 5, clarity: 5, followUp: 4 },
      c: 'ขอบคุณ',
      key: randomUUID(),
    });
    await t.queryAs(PUBLIC_IDENTITY, RATE, { code: b.feedbackCode, r: { usefulness: 2, clarity: 4, followUp: 3 }, key: randomUUID() });

    const listed = await t.queryAs(PUBLIC_IDENTITY, VISITS, { fy: 2568 });
    expect(listed.errors).toBeUndefined();
    const nodes = listed.data?.supervision.supervisionVisits.nodes;
    expect(nodes.map((n: { visitedOn: string }) => n.visitedOn)).toEqual(['2025-09-30', '2024-11-01', '2024-10-01']);
    expect(nodes.every((n: { commentTh: string | null }) => n.commentTh === null)).toBe(true);
    expect(JSON.stringify(listed.data)).not.toContain(a.feedbackCode);
    const own = await t.queryAs(staff, VISITS, { fy: 2568 });
    expect(own.data?.supervision.supervisionVisits.nodes.find((n: { id: string }) => n.id === a.visit.id).commentTh).toBe('ขอบคุณ');

    const summary = await t.queryAs(PUBLIC_IDENTITY, SUMMARY, { fy: 2568 });
    expect(summary.data?.supervision.supervisionSummary).toEqual({
      fiscalYear: 2568,
      visits: 3,
      rated: 2,
      averages: { usefulness: 3.5, clarity: 4.5, followUp: 3.5 },
    });
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, SUMMARY, { fy: 69 }), 'INVALID_FISCAL_YEAR');
  });

  it('lets only its own staff record visits', async () => {
    expectRefused(await t.queryAs(PUBLIC_IDENTITY, RECORD, { input: visit() }), 'UNAUTHENTICATED');
    expectRefused(await t.queryAs(unitStaff('DLICT'), RECORD, { input: visit() }), 'FORBIDDEN');
  });
});
