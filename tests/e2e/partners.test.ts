import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const REGISTER = `mutation ($input: PartnerInput!) { registerPartner(input: $input) { id nameTh kind province } }`;
const LINK = (slug: string) =>
  `mutation ($a: ID!, $p: ID!, $r: String!) { ${slug} { linkPartner(activityId: $a, partnerId: $p, roleTh: $r) { roleTh partner { id nameTh } } } }`;

describe('partners (ภาคีเครือข่าย): one register, joint activities in every unit', () => {
  let t: TestStack;
  let partnerId: string;
  const activities: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
    for (const slug of ['financeAssets', 'personnel']) {
      const res = await t.query(`{ ${slug} { activities(first: 1) { nodes { id } } } }`);
      activities[slug] = res.data?.[slug].activities.nodes[0].id;
      expect(activities[slug]).toBeTruthy();
    }
  });
  afterAll(async () => t?.close());

  it('lets unit staff register a partner and record an MOU', async () => {
    const staff = t.as('UNIT_STAFF', 'FINANCE');
    const registered = await staff(REGISTER, {
      input: {
        nameTh: 'สมาคมผู้ปกครองและครูจังหวัดศรีสะเกษ',
        nameEn: 'Sisaket Parent-Teacher Association',
        kind: 'PARENT_NETWORK',
        province: 'ศรีสะเกษ',
      },
    });
    expect(registered.errors).toBeUndefined();
    partnerId = registered.data?.registerPartner.id;
    const mou = await staff(
      `mutation ($id: ID!) { recordAgreement(partnerId: $id, input: { title: "บันทึกข้อตกลงความร่วมมือด้านการจัดการศึกษา", signedAt: "2026-01-10", startsOn: "2026-01-15", endsOn: "2099-09-30" }) { agreements { title startsOn endsOn status } } }`,
      { id: partnerId },
    );
    expect(mou.errors).toBeUndefined();
    expect(mou.data?.recordAgreement.agreements).toEqual([
      { title: 'บันทึกข้อตกลงความร่วมมือด้านการจัดการศึกษา', startsOn: '2026-01-15', endsOn: '2099-09-30', status: 'ACTIVE' },
    ]);
    const old = await staff(
      `mutation ($id: ID!) { recordAgreement(partnerId: $id, input: { title: "MOU เดิม", signedAt: "2020-01-01", startsOn: "2020-01-01", endsOn: "2021-01-01" }) { agreements { status } } }`,
      { id: partnerId },
    );
    expect(old.data?.recordAgreement.agreements.map((a: { status: string }) => a.status)).toEqual(['ACTIVE', 'EXPIRED']);
  });

  it('links the partner to activities of two units and shows both, with roles, in one query', async () => {
    const finance = await t.as('UNIT_STAFF', 'FINANCE')(LINK('financeAssets'), {
      a: activities.financeAssets,
      p: partnerId,
      r: 'ร่วมตรวจรับพัสดุ',
    });
    expect(finance.errors).toBeUndefined();
    // Activity.partners: the partner's name comes from Administration.
    expect(finance.data?.financeAssets.linkPartner).toEqual({
      roleTh: 'ร่วมตรวจรับพัสดุ',
      partner: { id: partnerId, nameTh: 'สมาคมผู้ปกครองและครูจังหวัดศรีสะเกษ' },
    });
    const personnel = await t.staff(LINK('personnel'), { a: activities.personnel, p: partnerId, r: 'ร่วมเป็นกรรมการคัดเลือก' });
    expect(personnel.errors).toBeUndefined();

    const res = await t.query(
      `query ($id: ID!) { partner(id: $id) { nameTh kind
        administration { activities { roleTh } }
        financeAssets { activities { roleTh activity { id unitCode titleTh } } }
        personnel { activities { roleTh activity { id unitCode } } }
        supervision { activities { roleTh } } } }`,
      { id: partnerId },
    );
    expect(res.errors).toBeUndefined();
    const partner = res.data?.partner;
    expect(partner.nameTh).toBe('สมาคมผู้ปกครองและครูจังหวัดศรีสะเกษ');
    expect(partner.administration.activities).toEqual([]);
    expect(partner.supervision.activities).toEqual([]);
    expect(partner.financeAssets.activities).toEqual([
      { roleTh: 'ร่วมตรวจรับพัสดุ', activity: expect.objectContaining({ id: activities.financeAssets, unitCode: 'FINANCE' }) },
    ]);
    expect(partner.personnel.activities).toEqual([
      { roleTh: 'ร่วมเป็นกรรมการคัดเลือก', activity: { id: activities.personnel, unitCode: 'PERSONNEL' } },
    ]);

    const activity = await t.query(
      `{ financeAssets { activities(first: 1) { nodes { id partners { roleTh partner { nameTh nameEn kind province } } } } } }`,
    );
    expect(activity.errors).toBeUndefined();
    expect(activity.data?.financeAssets.activities.nodes[0].partners).toEqual([
      {
        roleTh: 'ร่วมตรวจรับพัสดุ',
        partner: {
          nameTh: 'สมาคมผู้ปกครองและครูจังหวัดศรีสะเกษ',
          nameEn: 'Sisaket Parent-Teacher Association',
          kind: 'PARENT_NETWORK',
          province: 'ศรีสะเกษ',
        },
      },
    ]);
    const listed = await t.query(`{ partners(kind: PARENT_NETWORK) { nodes { id } } }`);
    expect(listed.data?.partners.nodes.map((n: { id: string }) => n.id)).toContain(partnerId);
  });

  it('refuses a partner the register does not have, and writes nothing', async () => {
    const res = await t.staff(LINK('financeAssets'), { a: activities.financeAssets, p: randomUUID(), r: 'ผู้สนับสนุน' });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNKNOWN_PARTNER']);
    const after = await t.query(`{ financeAssets { activities(first: 1) { nodes { partners { partner { id } } } } } }`);
    expect(after.data?.financeAssets.activities.nodes[0].partners).toEqual([{ partner: { id: partnerId } }]);
  });

  it('asks the public to sign in before registering a partner', async () => {
    const res = await t.query(REGISTER, { input: { nameTh: 'บริษัทตัวอย่าง', kind: 'BUSINESS', province: 'ยโสธร' } });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const stakeholder = await t.as('STAKEHOLDER')(REGISTER, { input: { nameTh: 'บริษัทตัวอย่าง', kind: 'BUSINESS', province: 'ยโสธร' } });
    expect(stakeholder.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
