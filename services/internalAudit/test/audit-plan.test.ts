import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity, startTestUnit, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const PUBLISH = `mutation ($input: AuditPlanInput!) {
  internalAudit { publishAuditPlan(input: $input) { fiscalYear items { unitCode topicTh quarter } activity { id level titleTh bodyTh } } }
}`;
const PLAN = `query ($fy: Int!) { internalAudit { auditPlan(fiscalYear: $fy) { fiscalYear items { unitCode topicTh quarter } activity { id } } } }`;

const items = [
  { unitCode: 'FINANCE', topicTh: 'การเบิกจ่ายเงินอุดหนุนโรงเรียน', quarter: 2 },
  { unitCode: 'personnel', topicTh: 'การจ่ายค่าตอบแทนครูอัตราจ้าง', quarter: 1 },
];

describe('the published audit plan', () => {
  let t: TestUnit;
  const sql = (text: string, params: unknown[] = []) => t.server.db.dataSource.query(text, params);
  const counts = async () =>
    (
      await sql(`SELECT (SELECT count(*) FROM unit_internal_audit.audit_plan)::int AS plans,
      (SELECT count(*) FROM unit_internal_audit.audit_plan_item)::int AS items,
      (SELECT count(*) FROM unit_internal_audit.activity)::int AS activities`)
    )[0];

  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it('publishes a plan as an INFORM activity that everyone reads, quarter first', async () => {
    const res = await t.query(PUBLISH, { input: { fiscalYear: 2569, items } });
    expect(res.errors).toBeUndefined();
    const plan = res.data!.internalAudit.publishAuditPlan;
    expect(plan.activity).toMatchObject({ level: 'INFORM', titleTh: 'แผนการตรวจสอบภายใน ประจำปีงบประมาณ 2569' });
    expect(plan.activity.bodyTh).toContain('การเบิกจ่ายเงินอุดหนุนโรงเรียน');
    const read = await t.queryAs(identity('PUBLIC'), PLAN, { fy: 2569 });
    expect(read.data!.internalAudit.auditPlan.items).toEqual([
      { unitCode: 'PERSONNEL', topicTh: 'การจ่ายค่าตอบแทนครูอัตราจ้าง', quarter: 1 },
      { unitCode: 'FINANCE', topicTh: 'การเบิกจ่ายเงินอุดหนุนโรงเรียน', quarter: 2 },
    ]);
    const none = await t.queryAs(identity('PUBLIC'), PLAN, { fy: 2570 });
    expect(none.errors).toBeUndefined();
    expect(none.data!.internalAudit.auditPlan).toBeNull();
  });

  it('replaces the topics when published again: one plan and one activity per fiscal year', async () => {
    const first = (await t.query(PLAN, { fy: 2569 })).data!.internalAudit.auditPlan;
    const res = await t.query(PUBLISH, {
      input: { fiscalYear: 2569, items: [{ unitCode: 'DLICT', topicTh: 'ความมั่นคงปลอดภัยสารสนเทศ', quarter: 3 }] },
    });
    expect(res.errors).toBeUndefined();
    const plan = res.data!.internalAudit.publishAuditPlan;
    expect(plan.items).toEqual([{ unitCode: 'DLICT', topicTh: 'ความมั่นคงปลอดภัยสารสนเทศ', quarter: 3 }]);
    expect(plan.activity.id).toBe(first.activity.id);
    expect(plan.activity.bodyTh).toContain('ความมั่นคงปลอดภัยสารสนเทศ');
    expect(plan.activity.bodyTh).not.toContain('เงินอุดหนุน');
    expect(await counts()).toEqual({ plans: 1, items: 1, activities: 1 });
  });

  it('ends with one plan when the same year is published twice at once', async () => {
    const input = { fiscalYear: 2568, items: [{ unitCode: 'SUPERVISION', topicTh: 'การนิเทศติดตาม', quarter: 4 }] };
    const results = await Promise.all([t.query(PUBLISH, { input }), t.query(PUBLISH, { input })]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await counts()).toEqual({ plans: 2, items: 2, activities: 2 });
  });

  it.each([
    [{ fiscalYear: 1999, items }, 'INVALID_FISCAL_YEAR', 'fiscalYear'],
    [{ fiscalYear: 2569, items: [] }, 'AUDIT_PLAN_EMPTY', 'items'],
    [{ fiscalYear: 2569, items: Array.from({ length: 51 }, () => items[0]) }, 'TOO_MANY_ITEMS', 'items'],
    [{ fiscalYear: 2569, items: [items[0], { ...items[1], quarter: 5 }] }, 'INVALID_QUARTER', 'items.1.quarter'],
    [{ fiscalYear: 2569, items: [{ ...items[0], unitCode: 'NOPE' }] }, 'UNKNOWN_UNIT_CODE', 'items.0.unitCode'],
    [{ fiscalYear: 2569, items: [{ ...items[0], topicTh: ' ' }] }, 'TEXT_REQUIRED', 'items.0.topicTh'],
  ])('refuses a bad plan with %s, in Thai and English, changing nothing', async (input, code, field) => {
    const before = await counts();
    const plan = JSON.stringify((await t.query(PLAN, { fy: 2569 })).data);
    const res = await t.query(PUBLISH, { input });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code,
      field,
      messageTh: expect.stringMatching(/[ก-๙]/),
      messageEn: expect.any(String),
    });
    expect(await counts()).toEqual(before);
    expect(JSON.stringify((await t.query(PLAN, { fy: 2569 })).data)).toBe(plan);
  });

  it.each([
    [identity('PUBLIC'), 'UNAUTHENTICATED'],
    [identity('DIRECTOR'), 'FORBIDDEN'],
    [identity('UNIT_HEAD', 'AUDIT'), 'FORBIDDEN'],
    [identity('UNIT_HEAD', 'FINANCE', { confidential: true }), 'FORBIDDEN'],
  ])('lets only the unit’s named staff publish (%j gets %s)', async (who, code) => {
    const res = await t.queryAs(who, PUBLISH, { input: { fiscalYear: 2570, items } });
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect((await t.query(PLAN, { fy: 2570 })).data!.internalAudit.auditPlan).toBeNull();
  });
});
