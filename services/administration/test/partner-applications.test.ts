import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_IDENTITY } from '@sesao28/kit';
import { expectRefused, identity, startTestUnit, unitStaff, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const APPLY = `mutation ($input: PartnerApplicationInput!, $key: ID!) {
  applyToBecomePartner(input: $input, idempotencyKey: $key) { id status receivedAt } }`;
const LIST = `query ($status: PartnerApplicationStatus) { partnerApplications(status: $status, first: 50) {
  nodes { id nameTh nameEn kind province message contactName contactEmail status declineReason decidedAt partner { id nameTh } }
  pageInfo { hasNextPage } } }`;
const ACCEPT = `mutation ($id: ID!) { acceptPartnerApplication(id: $id) { id status decidedAt partner { id nameTh nameEn kind province } } }`;
const DECLINE = `mutation ($id: ID!, $reason: String!) { declinePartnerApplication(id: $id, reasonTh: $reason) { id status declineReason } }`;
const PARTNER = `query ($id: ID!) { partner(id: $id) { id nameTh kind province } }`;

const application = {
  nameTh: 'มูลนิธิเพื่อการศึกษาศรีสะเกษ',
  nameEn: 'Sisaket Education Foundation',
  kind: 'FOUNDATION',
  province: 'ศรีสะเกษ',
  message: 'อยากร่วมมอบทุนการศึกษาให้นักเรียนในเขตพื้นที่',
  contactName: 'นางสาวใจดี มีทุน',
  contactEmail: 'Jaidee@Example.org',
};

/** Staff of another unit keep the register too (registerPartner's rule). */
const staff = unitStaff('FINANCE');

describe('Administration: applications to become a partner', () => {
  let t: TestUnit;
  const apply = (input: Record<string, unknown>, key: string = randomUUID()) => t.queryAs(PUBLIC_IDENTITY, APPLY, { input, key });
  const received = async (input: Record<string, unknown> = application) => {
    const res = await apply(input);
    expect(res.errors).toBeUndefined();
    return res.data?.applyToBecomePartner.id as string;
  };

  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it('takes an application from anyone; a retry gets the same receipt, never a second application', async () => {
    const key = randomUUID();
    const first = await apply(application, key);
    expect(first.errors).toBeUndefined();
    const receipt = first.data?.applyToBecomePartner;
    expect(receipt).toEqual({ id: expect.any(String), status: 'RECEIVED', receivedAt: expect.any(String) });
    const before = await t.count('partner_application');

    const retry = await apply(application, key);
    expect(retry.data?.applyToBecomePartner).toEqual(receipt);
    expect(await t.count('partner_application')).toBe(before);

    // The same key with something else is a mistake, not a retry.
    expectRefused(await apply({ ...application, message: 'เรื่องอื่น' }, key), 'IDEMPOTENCY_KEY_REUSED', 'idempotencyKey');
    expect(await t.count('partner_application')).toBe(before);

    // Staff read it with the contact, the address as typed but in lower case.
    const listed = await t.queryAs(staff, LIST, { status: 'RECEIVED' });
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.partnerApplications.nodes).toContainEqual({
      ...application,
      id: receipt.id,
      contactEmail: 'jaidee@example.org',
      status: 'RECEIVED',
      declineReason: null,
      decidedAt: null,
      partner: null,
    });
  });

  it('never echoes the contact in the receipt', async () => {
    const res = await t.queryAs(
      PUBLIC_IDENTITY,
      `mutation ($input: PartnerApplicationInput!, $key: ID!) { applyToBecomePartner(input: $input, idempotencyKey: $key) { contactEmail } }`,
      { input: application, key: randomUUID() },
    );
    expect(res.errors?.[0]?.message).toMatch(/Cannot query field "contactEmail" on type "PartnerApplicationReceipt"/);
  });

  it.each([
    [{ ...application, nameTh: '   ' }, 'TEXT_REQUIRED', 'nameTh'],
    [{ ...application, nameTh: 'ก'.repeat(301) }, 'TEXT_TOO_LONG', 'nameTh'],
    [{ ...application, province: '' }, 'TEXT_REQUIRED', 'province'],
    [{ ...application, message: 'ข'.repeat(2001) }, 'TEXT_TOO_LONG', 'message'],
    [{ ...application, contactName: ' ' }, 'TEXT_REQUIRED', 'contactName'],
    [{ ...application, contactEmail: '' }, 'TEXT_REQUIRED', 'contactEmail'],
    [{ ...application, contactEmail: 'not an address' }, 'PARTNER_CONTACT_EMAIL_INVALID', 'contactEmail'],
  ])('refuses a bad application and writes nothing (%#)', async (input, code, field) => {
    const before = await t.count('partner_application');
    expectRefused(await apply(input), code, field);
    expect(await t.count('partner_application')).toBe(before);
  });

  it('refuses a too-short retry key, writing nothing', async () => {
    const before = await t.count('partner_application');
    expectRefused(await apply(application, 'short'), 'INVALID_IDEMPOTENCY_KEY', 'idempotencyKey');
    expect(await t.count('partner_application')).toBe(before);
  });

  it('accepts an application by registering exactly one partner; accepting again is refused', async () => {
    const id = await received({ ...application, nameTh: 'ชมรมผู้ปกครองยโสธร', nameEn: null, kind: 'PARENT_NETWORK', province: 'ยโสธร' });
    const partnersBefore = await t.count('partner');

    const accepted = await t.queryAs(staff, ACCEPT, { id });
    expect(accepted.errors).toBeUndefined();
    const decided = accepted.data?.acceptPartnerApplication;
    expect(decided).toMatchObject({
      id,
      status: 'ACCEPTED',
      decidedAt: expect.any(String),
      partner: { nameTh: 'ชมรมผู้ปกครองยโสธร', nameEn: null, kind: 'PARENT_NETWORK', province: 'ยโสธร' },
    });
    expect(await t.count('partner')).toBe(partnersBefore + 1);

    // The public sees the new partner's page.
    const profile = await t.queryAs(PUBLIC_IDENTITY, PARTNER, { id: decided.partner.id });
    expect(profile.data?.partner).toEqual({
      id: decided.partner.id,
      nameTh: 'ชมรมผู้ปกครองยโสธร',
      kind: 'PARENT_NETWORK',
      province: 'ยโสธร',
    });

    expectRefused(await t.queryAs(identity('ADMIN'), ACCEPT, { id }), 'PARTNER_APPLICATION_DECIDED', 'id');
    expectRefused(await t.queryAs(staff, DECLINE, { id, reason: 'ซ้ำ' }), 'PARTNER_APPLICATION_DECIDED', 'id');
    expect(await t.count('partner')).toBe(partnersBefore + 1);
  });

  it('registers one partner when two staff accept at the same moment', async () => {
    const id = await received({ ...application, nameTh: 'บริษัทพร้อมกัน จำกัด', kind: 'BUSINESS' });
    const partnersBefore = await t.count('partner');
    const both = await Promise.all([t.queryAs(staff, ACCEPT, { id }), t.queryAs(unitStaff('PERSONNEL'), ACCEPT, { id })]);
    expect(both.filter((res) => res.errors === undefined)).toHaveLength(1);
    expectRefused(
      both.find((res) => res.errors)!,
      'PARTNER_APPLICATION_DECIDED',
      'id',
    );
    expect(await t.count('partner')).toBe(partnersBefore + 1);
  });

  it('declines only with a reason, registering no partner', async () => {
    const id = await received({ ...application, nameTh: 'ร้านค้าที่ยังไม่พร้อม', kind: 'BUSINESS' });
    const partnersBefore = await t.count('partner');
    expectRefused(await t.queryAs(staff, DECLINE, { id, reason: '  ' }), 'TEXT_REQUIRED', 'reasonTh');
    const listedBefore = await t.queryAs(staff, LIST, { status: 'RECEIVED' });
    expect(listedBefore.data?.partnerApplications.nodes.map((n: { id: string }) => n.id)).toContain(id);

    const declined = await t.queryAs(staff, DECLINE, { id, reason: 'ยังไม่อยู่ในพื้นที่บริการของสำนักงาน' });
    expect(declined.errors).toBeUndefined();
    expect(declined.data?.declinePartnerApplication).toEqual({ id, status: 'DECLINED', declineReason: 'ยังไม่อยู่ในพื้นที่บริการของสำนักงาน' });
    expect(await t.count('partner')).toBe(partnersBefore);
    expectRefused(await t.queryAs(staff, ACCEPT, { id }), 'PARTNER_APPLICATION_DECIDED', 'id');

    const stillReceived = await t.queryAs(staff, LIST, { status: 'RECEIVED' });
    expect(stillReceived.data?.partnerApplications.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
  });

  it('lists newest first', async () => {
    const older = await received({ ...application, nameTh: 'องค์กรที่หนึ่ง' });
    const newer = await received({ ...application, nameTh: 'องค์กรที่สอง' });
    const ids: string[] = (await t.queryAs(staff, LIST, {})).data?.partnerApplications.nodes.map((n: { id: string }) => n.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(ids.indexOf(newer)).toBe(0);
  });

  it('refuses unknown applications with a stable code', async () => {
    expectRefused(await t.queryAs(staff, ACCEPT, { id: randomUUID() }), 'PARTNER_APPLICATION_NOT_FOUND', 'id');
    expectRefused(await t.queryAs(staff, DECLINE, { id: 'not-a-uuid', reason: 'ไม่มี' }), 'PARTNER_APPLICATION_NOT_FOUND', 'id');
  });

  it('lets neither the public nor office readers list, accept or decline', async () => {
    const id = await received();
    const partnersBefore = await t.count('partner');
    // Signed in or not, the public is asked to sign in as staff.
    for (const who of [PUBLIC_IDENTITY, identity('PUBLIC', null, { subject: 'line|someone' })]) {
      expectRefused(await t.queryAs(who, LIST, {}), 'UNAUTHENTICATED');
      expectRefused(await t.queryAs(who, ACCEPT, { id }), 'UNAUTHENTICATED');
      expectRefused(await t.queryAs(who, DECLINE, { id, reason: 'ไม่' }), 'UNAUTHENTICATED');
    }
    expectRefused(await t.queryAs(identity('DIRECTOR'), LIST, {}), 'FORBIDDEN');
    expectRefused(await t.queryAs(identity('ANALYST'), ACCEPT, { id }), 'FORBIDDEN');
    expect(await t.count('partner')).toBe(partnersBefore);
    const still = await t.queryAs(staff, LIST, { status: 'RECEIVED' });
    expect(still.data?.partnerApplications.nodes.map((n: { id: string }) => n.id)).toContain(id);
  });

  it('clears a decided application’s contact and message after the contact details’ retention, keeping the decision', async () => {
    const accepted = await received({ ...application, contactName: 'ผู้ติดต่อที่ต้องถูกลบ' });
    expect((await t.queryAs(staff, ACCEPT, { id: accepted })).errors).toBeUndefined();
    const waiting = await received({ ...application, contactName: 'ผู้ติดต่อที่ยังรอ' });

    await t.server.sweepRetention(new Date(Date.now() + 729 * 86_400_000));
    const byId = async () => {
      const nodes: { id: string; contactName: string | null }[] = (await t.queryAs(staff, LIST, {})).data?.partnerApplications.nodes;
      return new Map(nodes.map((n) => [n.id, n]));
    };
    expect((await byId()).get(accepted)?.contactName).toBe('ผู้ติดต่อที่ต้องถูกลบ');

    await t.server.sweepRetention(new Date(Date.now() + 731 * 86_400_000));
    const after = await byId();
    expect(after.get(accepted)).toMatchObject({
      contactName: null,
      contactEmail: null,
      message: null,
      status: 'ACCEPTED',
      partner: { id: expect.any(String) },
    });
    // An application still waiting keeps its contact: staff have yet to reply.
    expect(after.get(waiting)).toMatchObject({ contactName: 'ผู้ติดต่อที่ยังรอ', contactEmail: 'jaidee@example.org', status: 'RECEIVED' });
  });
});
