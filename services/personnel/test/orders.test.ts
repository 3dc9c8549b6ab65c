import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity, startTestUnit, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const ANNOUNCE = `mutation ($input: PersonnelOrderInput!) {
  personnel { announcePersonnelOrder(input: $input) { id kind orderNo orderDate personName positionTh toSchool effectiveOn fiscalYear activity { level titleTh } } }
}`;
const LIST = `query ($kind: PersonnelOrderKind, $fy: Int, $first: Int, $after: String) {
  personnel { personnelOrders(kind: $kind, fiscalYear: $fy, first: $first, after: $after) {
    nodes { id kind personName orderDate } pageInfo { hasNextPage endCursor } } }
}`;

const order = (overrides: Record<string, unknown> = {}) => ({
  kind: 'TRANSFER',
  orderNo: '101/2569',
  orderDate: '2025-11-03',
  personName: 'นางสาวสมใจ ใจดี',
  positionTh: 'ครู วิทยฐานะครูชำนาญการ',
  fromSchool: 'โรงเรียนศรีสะเกษวิทยาลัย',
  toSchool: 'โรงเรียนยโสธรพิทยาคม',
  effectiveOn: '2025-11-15',
  ...overrides,
});

describe('personnel orders', () => {
  let t: TestUnit;
  const count = async (table: string) =>
    Number((await t.server.db.dataSource.query(`SELECT count(*) AS n FROM unit_personnel.${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it('announces an order as an INFORM activity that everyone can list by kind and fiscal year', async () => {
    const res = await t.query(ANNOUNCE, { input: order() });
    expect(res.errors).toBeUndefined();
    const announced = res.data!.personnel.announcePersonnelOrder;
    expect(announced).toMatchObject({ kind: 'TRANSFER', fiscalYear: 2569, toSchool: 'โรงเรียนยโสธรพิทยาคม', activity: { level: 'INFORM' } });
    expect(announced.activity.titleTh).toContain('นางสาวสมใจ ใจดี');
    await t.query(ANNOUNCE, {
      input: order({ kind: 'RETIREMENT', orderNo: '7/2568', orderDate: '2025-09-30', effectiveOn: '2025-09-30', personName: 'นายสมชาย' }),
    });

    const transfers = await t.queryAs(identity('PUBLIC'), LIST, { kind: 'TRANSFER', fy: 2569 });
    expect(transfers.errors).toBeUndefined();
    expect(transfers.data!.personnel.personnelOrders.nodes).toEqual([
      { id: announced.id, kind: 'TRANSFER', personName: 'นางสาวสมใจ ใจดี', orderDate: '2025-11-03' },
    ]);
    // 30 Sep 2025 belongs to fiscal year 2568.
    const fy2568 = await t.queryAs(identity('PUBLIC'), LIST, { fy: 2568 });
    expect(fy2568.data!.personnel.personnelOrders.nodes.map((n: { personName: string }) => n.personName)).toEqual(['นายสมชาย']);
  });

  it('pages newest order date first', async () => {
    const first = await t.query(LIST, { first: 1 });
    const page = first.data!.personnel.personnelOrders;
    expect(page.nodes[0].orderDate).toBe('2025-11-03');
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await t.query(LIST, { first: 1, after: page.pageInfo.endCursor });
    expect(second.data!.personnel.personnelOrders.nodes[0].orderDate).toBe('2025-09-30');
  });

  it('returns the first announcement on a retry, and refuses the same person in the same order with other details', async () => {
    const before = [await count('personnel_order'), await count('activity')];
    const again = await t.query(ANNOUNCE, { input: order() });
    expect(again.errors).toBeUndefined();
    expect([await count('personnel_order'), await count('activity')]).toEqual(before);
    const other = await t.query(ANNOUNCE, { input: order({ positionTh: 'ครูผู้ช่วย' }) });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'ORDER_ALREADY_ANNOUNCED', field: 'orderNo' });
    expect(other.errors?.[0]?.extensions?.messageTh).toContain('101/2569');
    expect([await count('personnel_order'), await count('activity')]).toEqual(before);
  });

  it.each([
    [{ orderDate: '2025-02-30' }, 'INVALID_DATE', 'orderDate'],
    [{ effectiveOn: '2025-10-01' }, 'INVALID_DATE_RANGE', 'effectiveOn'],
    [{ personName: '   ' }, 'TEXT_REQUIRED', 'personName'],
    [{ orderNo: 'x'.repeat(51) }, 'TEXT_TOO_LONG', 'orderNo'],
    [{ orderDate: '2001-01-01', effectiveOn: '2001-01-02' }, 'INVALID_ACTIVITY_DATES', 'startsAt'],
  ])('refuses %j with %s, in Thai and English, writing nothing', async (bad, code, field) => {
    const before = [await count('personnel_order'), await count('activity')];
    const res = await t.query(ANNOUNCE, { input: order({ orderNo: '999/2569', ...bad }) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(res.errors?.[0]?.extensions?.messageTh).toMatch(/[ก-๙]/);
    expect(res.errors?.[0]?.extensions?.messageEn).toBeTruthy();
    expect([await count('personnel_order'), await count('activity')]).toEqual(before);
  });

  it('refuses a bad fiscal year with a stable code', async () => {
    const res = await t.query(LIST, { fy: 1990 });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_FISCAL_YEAR');
  });

  it.each([
    [identity('PUBLIC'), 'UNAUTHENTICATED'],
    [identity('STAKEHOLDER'), 'FORBIDDEN'],
    [identity('DIRECTOR'), 'FORBIDDEN'],
    [identity('UNIT_HEAD', 'FINANCE', { confidential: true }), 'FORBIDDEN'],
  ])('lets only Personnel staff announce (%j gets %s)', async (who, code) => {
    const before = await count('personnel_order');
    const res = await t.queryAs(who, ANNOUNCE, { input: order({ orderNo: '555/2569' }) });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await count('personnel_order')).toBe(before);
  });
});
