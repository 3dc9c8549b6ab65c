import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_IDENTITY } from '@sesao28/kit';
import { expectRefused, startTestUnit, unitStaff, type TestUnit } from '@sesao28/kit/testing';
import { unit } from '../src/index.js';

const REQUEST = `mutation ($input: IctSupportInput!, $key: String!) {
  distanceEducationIct { requestIctSupport(input: $input, idempotencyKey: $key) { code receivedAt } } }`;
const BY_CODE = `query ($code: String!) { distanceEducationIct { ictRequestByCode(code: $code) {
  code category status notes { status noteTh } } } }`;
const UPDATE = `mutation ($id: ID!, $status: IctRequestStatus!, $note: String!) {
  distanceEducationIct { updateIctRequest(id: $id, status: $status, noteTh: $note) { id status notes { status noteTh } } } }`;
const LIST = `query ($status: IctRequestStatus) { distanceEducationIct { ictRequests(first: 10, status: $status) {
  nodes { id code schoolName schoolCode contactName category status } pageInfo { hasNextPage } } } }`;

const school = {
  schoolName: 'โรงเรียนศรีสะเกษวิทยาลัย',
  schoolCode: '1033530001',
  contactName: 'ครูสมชาย',
  category: 'NETWORK',
  descriptionTh: 'อินเทอร์เน็ตในห้องคอมพิวเตอร์ใช้งานไม่ได้ตั้งแต่เมื่อวาน',
};

describe('DLICT: ICT support requests from schools', () => {
  let t: TestUnit;
  const asPublic = (query: string, variables?: Record<string, unknown>) => t.queryAs(PUBLIC_IDENTITY, query, variables);

  beforeAll(async () => {
    t = await startTestUnit(unit);
  });
  afterAll(async () => t?.close());

  it('gives a school a code to follow its request, and a retry the same code', async () => {
    const key = randomUUID();
    const first = await asPublic(REQUEST, { input: school, key });
    expect(first.errors).toBeUndefined();
    const code: string = first.data?.distanceEducationIct.requestIctSupport.code;
    expect(code).toMatch(/^ICT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const retry = await asPublic(REQUEST, { input: school, key });
    expect(retry.data?.distanceEducationIct.requestIctSupport.code).toBe(code);
    expect(await t.count('ict_request')).toBe(1);

    const reused = await asPublic(REQUEST, { input: { ...school, descriptionTh: 'เรื่องอื่น' }, key });
    expectRefused(reused, 'IDEMPOTENCY_KEY_REUSED', 'idempotencyKey');
    expect(await t.count('ict_request')).toBe(1);

    // Typed back in lower case with spaces, it is found.
    const followed = await asPublic(BY_CODE, { code: ` ${code.toLowerCase()} ` });
    expect(followed.data?.distanceEducationIct.ictRequestByCode).toEqual({ code, category: 'NETWORK', status: 'RECEIVED', notes: [] });
  });

  it.each([
    [{ ...school, schoolCode: '12345' }, 'ICT_SCHOOL_CODE_INVALID', 'schoolCode'],
    [{ ...school, schoolCode: '10335300AB' }, 'ICT_SCHOOL_CODE_INVALID', 'schoolCode'],
    [{ ...school, schoolName: '   ' }, 'TEXT_REQUIRED', 'schoolName'],
    [{ ...school, descriptionTh: 'ก'.repeat(5001) }, 'TEXT_TOO_LONG', 'descriptionTh'],
  ])('refuses a bad request and writes nothing (%#)', async (input, code, field) => {
    const before = await t.count('ict_request');
    expectRefused(await asPublic(REQUEST, { input, key: randomUUID() }), code, field);
    expect(await t.count('ict_request')).toBe(before);
  });

  it('refuses a too-short retry key and a malformed code', async () => {
    expectRefused(await asPublic(REQUEST, { input: school, key: 'short' }), 'INVALID_IDEMPOTENCY_KEY');
    expectRefused(await asPublic(BY_CODE, { code: 'SSK-1234' }), 'ICT_CODE_INVALID', 'code');
    const unknown = await asPublic(BY_CODE, { code: 'ICT-0000-0000-0000' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.distanceEducationIct.ictRequestByCode).toBeNull();
  });

  it('lets its staff move a request with notes the school reads, and refuses illegal moves', async () => {
    const receipt = await asPublic(REQUEST, { input: { ...school, category: 'DLTV', contactName: null }, key: randomUUID() });
    const code = receipt.data?.distanceEducationIct.requestIctSupport.code;
    const listed = await t.queryAs(unitStaff('DLICT'), LIST, { status: 'RECEIVED' });
    expect(listed.errors).toBeUndefined();
    const request = listed.data?.distanceEducationIct.ictRequests.nodes.find((n: { code: string }) => n.code === code);
    expect(request).toMatchObject({ schoolName: school.schoolName, schoolCode: school.schoolCode, category: 'DLTV', status: 'RECEIVED' });

    const started = await t.queryAs(unitStaff('DLICT'), UPDATE, {
      id: request.id,
      status: 'IN_PROGRESS',
      note: 'ส่งช่างเข้าตรวจสอบจานรับสัญญาณ',
    });
    expect(started.errors).toBeUndefined();
    const resolved = await t.queryAs(unitStaff('DLICT'), UPDATE, { id: request.id, status: 'RESOLVED', note: 'ปรับตั้งจานใหม่แล้ว' });
    expect(resolved.data?.distanceEducationIct.updateIctRequest.notes).toEqual([
      { status: 'IN_PROGRESS', noteTh: 'ส่งช่างเข้าตรวจสอบจานรับสัญญาณ' },
      { status: 'RESOLVED', noteTh: 'ปรับตั้งจานใหม่แล้ว' },
    ]);
    await t.queryAs(unitStaff('DLICT'), UPDATE, { id: request.id, status: 'CLOSED', note: 'ปิดเรื่อง' });
    const notesBefore = await t.count('ict_request_note');
    expectRefused(
      await t.queryAs(unitStaff('DLICT'), UPDATE, { id: request.id, status: 'IN_PROGRESS', note: 'เปิดใหม่' }),
      'ICT_STATUS_MOVE',
      'status',
    );
    expectRefused(await t.queryAs(unitStaff('DLICT'), UPDATE, { id: request.id, status: 'CLOSED', note: ' ' }), 'TEXT_REQUIRED', 'noteTh');
    expectRefused(
      await t.queryAs(unitStaff('DLICT'), UPDATE, { id: randomUUID(), status: 'CLOSED', note: 'x' }),
      'ICT_REQUEST_NOT_FOUND',
      'id',
    );
    expect(await t.count('ict_request_note')).toBe(notesBefore);

    const followed = await asPublic(BY_CODE, { code });
    expect(followed.data?.distanceEducationIct.ictRequestByCode.status).toBe('CLOSED');
    expect(followed.data?.distanceEducationIct.ictRequestByCode.notes).toHaveLength(3);
  });

  it('keeps the list and the moves to its own staff; office readers see no contact names', async () => {
    expectRefused(await asPublic(LIST), 'UNAUTHENTICATED');
    expectRefused(await t.queryAs(unitStaff('FINANCE'), LIST), 'FORBIDDEN');
    const [one] = (await t.queryAs(unitStaff('DLICT'), LIST)).data?.distanceEducationIct.ictRequests.nodes ?? [];
    expectRefused(await t.queryAs(unitStaff('FINANCE'), UPDATE, { id: one.id, status: 'CLOSED', note: 'ปิด' }), 'FORBIDDEN');
    expectRefused(await asPublic(UPDATE, { id: one.id, status: 'CLOSED', note: 'ปิด' }), 'UNAUTHENTICATED');

    const director = await t.queryAs({ role: 'DIRECTOR', unitCode: null, subject: 'director', confidential: false }, LIST);
    expect(director.errors).toBeUndefined();
    const nodes = director.data?.distanceEducationIct.ictRequests.nodes as { contactName: string | null }[];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.contactName === null)).toBe(true);
    const own = (await t.queryAs(unitStaff('DLICT'), LIST)).data?.distanceEducationIct.ictRequests.nodes as {
      contactName: string | null;
    }[];
    expect(own.some((n) => n.contactName === school.contactName)).toBe(true);
  });
});
