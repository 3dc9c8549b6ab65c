import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

// Each unit's own capability (its own SDL, migrations and resolvers) through the real gateway:
// the supergraph routes the fields a unit adds to its own type and mutation namespace to it.
describe("units' own capabilities through the gateway", () => {
  let t: TestStack;

  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  it('DLICT: a school asks for ICT support publicly, staff answer, the school follows by code', async () => {
    const key = randomUUID();
    const request = `mutation ($key: String!) { distanceEducationIct { requestIctSupport(idempotencyKey: $key,
      input: { schoolName: "โรงเรียนยโสธรพิทยาคม", category: HARDWARE, descriptionTh: "เครื่องพิมพ์ห้องธุรการเสีย" }) { code } } }`;
    const receipt = await t.query(request, { key });
    expect(receipt.errors).toBeUndefined();
    const code = receipt.data?.distanceEducationIct.requestIctSupport.code;
    expect((await t.query(request, { key })).data?.distanceEducationIct.requestIctSupport.code).toBe(code);

    const list = `{ distanceEducationIct { ictRequests(first: 5) { nodes { id code } } } }`;
    expect((await t.query(list)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.as('UNIT_STAFF', 'PERSONNEL')(list)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await t.staff(list);
    expect(listed.data?.distanceEducationIct.ictRequests.nodes).toEqual([{ id: expect.any(String), code }]);

    const id = listed.data?.distanceEducationIct.ictRequests.nodes[0].id;
    const moved = await t.staff(`mutation ($id: ID!) { distanceEducationIct { updateIctRequest(id: $id, status: RESOLVED, noteTh: "เปลี่ยนตลับหมึกแล้ว") { status } } }`, { id });
    expect(moved.errors).toBeUndefined();
    const followed = await t.query(`query ($code: String!) { distanceEducationIct { ictRequestByCode(code: $code) { status notes { noteTh } } } }`, { code });
    expect(followed.data?.distanceEducationIct.ictRequestByCode).toEqual({ status: 'RESOLVED', notes: [{ noteTh: 'เปลี่ยนตลับหมึกแล้ว' }] });
  });
});
