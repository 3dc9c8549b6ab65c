import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

// The units' own capabilities through the real gateway: Personnel's orders and petitions,
// Internal Audit's reports and plan, Education Promotion's partnerships in a partner's history.
describe('units’ own channels through the gateway', () => {
  let t: TestStack;

  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  it("shows a partnership of Education Promotion in the partner's history, in one query", async () => {
    const registered = await t.as(
      'UNIT_STAFF',
      'PROMOTION',
    )(`mutation { registerPartner(input: { nameTh: "มูลนิธิเพื่อการศึกษาศรีสะเกษ", kind: FOUNDATION, province: "ศรีสะเกษ" }) { id } }`);
    const partnerId = registered.data?.registerPartner.id;
    expect(partnerId).toBeTruthy();
    const RECORD = `mutation ($input: ScholarshipPartnershipInput!) { educationPromotion { recordScholarshipPartnership(input: $input) { id activity { id } partner { nameTh } } } }`;
    const input = { partnerId, titleTh: 'ทุนการศึกษามูลนิธิ', kind: 'SCHOLARSHIP', fiscalYear: 2569, amountBaht: 50000, studentsSupported: 10 };
    const recorded = await t.staff(RECORD, { input });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.educationPromotion.recordScholarshipPartnership.partner).toEqual({ nameTh: 'มูลนิธิเพื่อการศึกษาศรีสะเกษ' });

    const history = await t.query(
      `query ($id: ID!) { partner(id: $id) { nameTh educationPromotion { activities { roleTh activity { id level titleTh unitCode } } } } }`,
      { id: partnerId },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data?.partner.educationPromotion.activities).toEqual([
      {
        roleTh: 'ผู้ให้ทุนการศึกษา',
        activity: {
          id: recorded.data?.educationPromotion.recordScholarshipPartnership.activity.id,
          level: 'COLLABORATE',
          titleTh: 'ทุนการศึกษามูลนิธิ',
          unitCode: 'PROMOTION',
        },
      },
    ]);

    // Administration's register is asked: a partner it does not have is refused.
    const unknown = await t.staff(RECORD, { input: { ...input, partnerId: randomUUID() } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'UNKNOWN_PARTNER', messageTh: expect.stringMatching(/[ก-๙]/) });
  });

  it('publishes personnel orders to everyone and keeps petitions to the named staff, logging reads', async () => {
    const announced = await t.staff(
      `mutation { personnel { announcePersonnelOrder(input: { kind: APPOINTMENT, orderNo: "12/2569", orderDate: "2025-12-01",
        personName: "นายใจดี มีสุข", positionTh: "รองผู้อำนวยการโรงเรียน", toSchool: "โรงเรียนยโสธรพิทยาคม", effectiveOn: "2025-12-15" }) { id } } }`,
    );
    expect(announced.errors).toBeUndefined();
    const list = await t.query(
      `{ personnel { personnelOrders(kind: APPOINTMENT, fiscalYear: 2569) { nodes { personName positionTh } } } }`,
    );
    expect(list.data?.personnel.personnelOrders.nodes).toEqual([{ personName: 'นายใจดี มีสุข', positionTh: 'รองผู้อำนวยการโรงเรียน' }]);

    const filed = await t.as('STAKEHOLDER', undefined, { subject: 'teacher-e2e' })(
      `mutation { personnel { filePersonnelPetition(idempotencyKey: "petition-e2e-1", input: {
        subjectTh: "ร้องทุกข์การประเมิน", bodyTh: "ขอให้ทบทวนผลการประเมิน", petitionerName: "นางครู", contact: "teacher@example.org" }) { code } } }`,
    );
    expect(filed.errors).toBeUndefined();
    const READ = `{ personnel { personnelPetitions { nodes { id subjectTh } } } }`;
    for (const who of [
      t.as('DIRECTOR'),
      t.as('ANALYST'),
      t.as('UNIT_STAFF', 'PERSONNEL'),
      t.as('UNIT_HEAD', 'AUDIT', { confidential: true }),
    ]) {
      expect((await who(READ)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.query(READ)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const read = await t.staff(READ);
    const ids = read.data?.personnel.personnelPetitions.nodes.map((n: { id: string }) => n.id);
    expect(ids).toHaveLength(1);
    const log = await t.as('AUDITOR')(`{ personnel { auditLog { nodes { action actor recordIds } } } }`);
    expect(log.data?.personnel.auditLog.nodes).toEqual([{ action: 'personnel-petition:list', actor: 'head-personnel', recordIds: ids }]);
  });

  it('takes an anonymous misconduct report, lets only named audit staff read it, and publishes the audit plan', async () => {
    const receipt = await t.query(
      `mutation { internalAudit { reportMisconduct(idempotencyKey: "misconduct-e2e-1", input: { subjectTh: "ฮั้วประมูล", bodyTh: "มีการฮั้วประมูลงานก่อสร้าง" }) { code pin } } }`,
    );
    expect(receipt.errors).toBeUndefined();
    const { code, pin } = receipt.data!.internalAudit.reportMisconduct;
    const follow = await t.query(
      `query ($code: String!, $pin: String!) { internalAudit { followMisconductReport(code: $code, pin: $pin) { status } } }`,
      { code, pin },
    );
    expect(follow.data?.internalAudit.followMisconductReport).toEqual({ status: 'RECEIVED' });
    const READ = `{ internalAudit { misconductReports { nodes { bodyTh } } } }`;
    for (const who of [
      t.as('DIRECTOR'),
      t.as('AUDITOR'),
      t.as('UNIT_HEAD', 'AUDIT'),
      t.as('UNIT_HEAD', 'PERSONNEL', { confidential: true }),
    ]) {
      expect((await who(READ)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.staff(READ)).data?.internalAudit.misconductReports.nodes).toEqual([{ bodyTh: 'มีการฮั้วประมูลงานก่อสร้าง' }]);

    const plan = await t.staff(
      `mutation { internalAudit { publishAuditPlan(input: { fiscalYear: 2569, items: [{ unitCode: "FINANCE", topicTh: "การจัดซื้อจัดจ้าง", quarter: 2 }] }) { fiscalYear } } }`,
    );
    expect(plan.errors).toBeUndefined();
    const published = await t.query(
      `{ internalAudit { auditPlan(fiscalYear: 2569) { items { unitCode topicTh quarter } activity { level } } } }`,
    );
    expect(published.data?.internalAudit.auditPlan).toEqual({
      items: [{ unitCode: 'FINANCE', topicTh: 'การจัดซื้อจัดจ้าง', quarter: 2 }],
      activity: { level: 'INFORM' },
    });
  });
});
