import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const CREATE = (slug: string) =>
  `mutation ($input: ActivityInput!) { ${slug} { createActivity(input: $input) { id unitCode level status titleTh startsAt } } }`;
const MOVE = (slug: string) =>
  `mutation ($id: ID!, $s: ActivityStatus!) { ${slug} { setActivityStatus(id: $id, status: $s) { id status } } }`;

describe('activities written by staff', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  it('lets staff of two units create activities the public then reads', async () => {
    for (const [slug, code, level] of [
      ['policyPlanning', 'POLICY', 'INVOLVE'],
      ['educationPromotion', 'PROMOTION', 'EMPOWER'],
    ] as const) {
      const input = { level, titleTh: `กิจกรรมทดสอบของ ${code}`, startsAt: '2026-02-01T09:00:00+07:00' };
      const created = await t.as('UNIT_STAFF', code)(CREATE(slug), { input });
      expect(created.errors).toBeUndefined();
      const activity = created.data?.[slug].createActivity;
      expect(activity).toMatchObject({ unitCode: code, level, status: 'PUBLISHED', startsAt: '2026-02-01T02:00:00.000Z' });
      const read = await t.query(`{ ${slug} { activities(first: 5, filter: { levels: [${level}] }) { nodes { id titleTh } } } }`);
      expect(read.data?.[slug].activities.nodes).toContainEqual({ id: activity.id, titleTh: input.titleTh });
    }
  });

  it('moves an activity forward and refuses a move back, in Thai and English', async () => {
    const staff = t.as('UNIT_STAFF', 'PERSONNEL');
    const created = await staff(CREATE('personnel'), {
      input: { level: 'CONSULT', titleTh: 'รับฟังความเห็นเรื่องการย้าย', startsAt: '2026-03-01T09:00:00+07:00', status: 'OPEN' },
    });
    const id = created.data?.personnel.createActivity.id;
    expect((await staff(MOVE('personnel'), { id, s: 'CLOSED' })).data?.personnel.setActivityStatus.status).toBe('CLOSED');
    const back = await staff(MOVE('personnel'), { id, s: 'OPEN' });
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'ACTIVITY_STATUS_MOVE', field: 'status' });
    expect(back.errors?.[0]?.extensions?.messageTh).toContain('CLOSED');
  });

  it('refuses bad dates, writing nothing, and refuses people who are not the unit staff', async () => {
    const before = await t.query(`{ financeAssets { activities { totalCount } } }`);
    const bad = await t.as('UNIT_STAFF', 'FINANCE')(CREATE('financeAssets'), {
      input: { level: 'INFORM', titleTh: 'ผิดวัน', startsAt: '2026-05-01T09:00:00+07:00', endsAt: '2026-04-01T09:00:00+07:00' },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_ACTIVITY_DATES', field: 'endsAt' });
    const other = await t.as('UNIT_STAFF', 'PERSONNEL')(CREATE('financeAssets'), {
      input: { level: 'INFORM', titleTh: 'ไม่ใช่หน่วยงานของฉัน', startsAt: '2026-05-01T09:00:00+07:00' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await t.query(`{ financeAssets { activities { totalCount } } }`);
    expect(after.data?.financeAssets.activities.totalCount).toBe(before.data?.financeAssets.activities.totalCount);
  });
});
