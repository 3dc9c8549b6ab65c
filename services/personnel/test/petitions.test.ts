import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity, startTestUnit, type TestUnit } from '@sesao28/kit/testing';
import type { Identity } from '@sesao28/kit';
import { unit } from '../src/index.js';

const FILE = `mutation ($input: PersonnelPetitionInput!, $key: String!) {
  personnel { filePersonnelPetition(input: $input, idempotencyKey: $key) { code status receivedAt } }
}`;
const LIST = `{ personnel { personnelPetitions { nodes { id code subjectTh petitionerName contact status } } } }`;
const ONE = `query ($id: ID!) { personnel { personnelPetition(id: $id) { id bodyTh } } }`;
const MINE = `query ($code: String!) { personnel { myPetition(code: $code) { code status } } }`;
const UPDATE = `mutation ($id: ID!, $status: PersonnelPetitionStatus!, $note: String) {
  personnel { updatePersonnelPetition(id: $id, status: $status, noteTh: $note) { id status noteTh } }
}`;

const petition = (overrides: Record<string, unknown> = {}) => ({
  subjectTh: 'อุทธรณ์ผลการพิจารณาย้าย',
  bodyTh: 'ข้าพเจ้าขออุทธรณ์ผลการพิจารณาย้ายประจำปี 2569 เนื่องจากคะแนนไม่ถูกต้อง',
  petitionerName: 'นายครู ผู้ร้อง',
  contact: '081-234-5678',
  ...overrides,
});

const teacher = identity('STAKEHOLDER', null, { subject: 'teacher-1' });
const otherTeacher = identity('STAKEHOLDER', null, { subject: 'teacher-2' });
const namedStaff = identity('UNIT_STAFF', 'PERSONNEL', { subject: 'personnel-named', confidential: true });

/** Everyone who must not read or work petitions, with the refusal each gets. */
const refused: [string, Identity, string][] = [
  ['the public', identity('PUBLIC'), 'UNAUTHENTICATED'],
  ['a stakeholder', teacher, 'FORBIDDEN'],
  ['Personnel staff without the claim', identity('UNIT_STAFF', 'PERSONNEL'), 'FORBIDDEN'],
  ['Personnel head without the claim', identity('UNIT_HEAD', 'PERSONNEL'), 'FORBIDDEN'],
  ['the director', identity('DIRECTOR', null, { confidential: true }), 'FORBIDDEN'],
  ['an analyst', identity('ANALYST', null, { confidential: true }), 'FORBIDDEN'],
  ['an auditor', identity('AUDITOR', null, { confidential: true }), 'FORBIDDEN'],
  ['an admin', identity('ADMIN', null, { confidential: true }), 'FORBIDDEN'],
  ['named staff of another unit', identity('UNIT_HEAD', 'AUDIT', { confidential: true }), 'FORBIDDEN'],
];

describe('personnel petitions (a confidential channel)', () => {
  let t: TestUnit;
  let filed: { code: string; status: string };
  let id: string;
  const sql = (text: string, params: unknown[] = []) => t.server.db.dataSource.query(text, params);
  const petitions = async () => Number((await sql('SELECT count(*) AS n FROM unit_personnel.personnel_petition'))[0].n);
  const auditRows = () => sql(`SELECT actor, action, record_ids AS "recordIds" FROM unit_personnel.access_audit ORDER BY at`);

  beforeAll(async () => {
    t = await startTestUnit(unit);
    const res = await t.queryAs(teacher, FILE, { input: petition(), key: 'petition-key-0001' });
    expect(res.errors).toBeUndefined();
    filed = res.data!.personnel.filePersonnelPetition;
    id = (await sql('SELECT id FROM unit_personnel.personnel_petition'))[0].id;
  });
  afterAll(async () => t?.close());

  it('gives the signed-in petitioner a code to follow, and the status only', async () => {
    expect(filed).toMatchObject({ status: 'RECEIVED', code: expect.stringMatching(/^SSK-/) });
    const mine = await t.queryAs(teacher, MINE, { code: filed.code.toLowerCase() });
    expect(mine.data!.personnel.myPetition).toEqual({ code: filed.code, status: 'RECEIVED' });
    const notMine = await t.queryAs(otherTeacher, MINE, { code: filed.code });
    expect(notMine.errors).toBeUndefined();
    expect(notMine.data!.personnel.myPetition).toBeNull();
    const anonymous = await t.queryAs(identity('PUBLIC'), MINE, { code: filed.code });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns the first receipt on a retry and refuses the key for another petition; keys are per person', async () => {
    const again = await t.queryAs(teacher, FILE, { input: petition(), key: 'petition-key-0001' });
    expect(again.data!.personnel.filePersonnelPetition.code).toBe(filed.code);
    expect(await petitions()).toBe(1);
    const reused = await t.queryAs(teacher, FILE, { input: petition({ bodyTh: 'อีกเรื่องหนึ่ง' }), key: 'petition-key-0001' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', messageTh: expect.stringMatching(/[ก-๙]/) });
    expect(await petitions()).toBe(1);
    const sameKeyOtherPerson = await t.queryAs(otherTeacher, FILE, { input: petition(), key: 'petition-key-0001' });
    expect(sameKeyOtherPerson.data!.personnel.filePersonnelPetition.code).not.toBe(filed.code);
    expect(await petitions()).toBe(2);
  });

  it.each([
    [{ subjectTh: '  ' }, 'petition-key-0002', 'TEXT_REQUIRED', 'subjectTh'],
    [{ bodyTh: 'ก'.repeat(5001) }, 'petition-key-0002', 'TEXT_TOO_LONG', 'bodyTh'],
    [{ contact: '' }, 'petition-key-0002', 'TEXT_REQUIRED', 'contact'],
    [{}, 'short', 'INVALID_IDEMPOTENCY_KEY', 'idempotencyKey'],
  ])('refuses %j (key %s) with %s, in Thai and English, writing nothing', async (bad, key, code, field) => {
    const before = await petitions();
    const res = await t.queryAs(teacher, FILE, { input: petition(bad), key });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code,
      field,
      messageTh: expect.stringMatching(/[ก-๙]/),
      messageEn: expect.any(String),
    });
    expect(await petitions()).toBe(before);
  });

  it('takes petitions from signed-in people only', async () => {
    const before = await petitions();
    const res = await t.queryAs(identity('PUBLIC'), FILE, { input: petition(), key: 'petition-key-0003' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await petitions()).toBe(before);
  });

  it.each(refused)('refuses %s every read and every change of petitions, and logs nothing', async (_who, who, code) => {
    const logged = (await auditRows()).length;
    for (const [query, variables] of [
      [LIST, {}],
      [ONE, { id }],
      [UPDATE, { id, status: 'CLOSED' }],
    ] as const) {
      const res = await t.queryAs(who, query, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(JSON.stringify(res.data ?? {})).not.toContain('อุทธรณ์');
    }
    expect((await sql('SELECT status FROM unit_personnel.personnel_petition WHERE id = $1', [id]))[0].status).toBe('RECEIVED');
    expect((await auditRows()).length).toBe(logged);
  });

  it("lets Personnel's named staff read and work petitions, logging every read", async () => {
    const list = await t.queryAs(namedStaff, LIST);
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.personnel.personnelPetitions.nodes;
    expect(nodes).toHaveLength(2);
    expect(nodes.find((n: { id: string }) => n.id === id)).toMatchObject({ code: filed.code, contact: '081-234-5678' });
    const one = await t.queryAs(namedStaff, ONE, { id });
    expect(one.data!.personnel.personnelPetition.bodyTh).toContain('อุทธรณ์');
    const moved = await t.queryAs(namedStaff, UPDATE, { id, status: 'IN_REVIEW', note: 'ส่งคณะกรรมการพิจารณา' });
    expect(moved.data!.personnel.updatePersonnelPetition).toEqual({ id, status: 'IN_REVIEW', noteTh: 'ส่งคณะกรรมการพิจารณา' });

    const log = await auditRows();
    expect(log.map((row: { action: string }) => row.action)).toEqual([
      'personnel-petition:list',
      'personnel-petition:read',
      'personnel-petition:update',
    ]);
    expect(log.every((row: { actor: string }) => row.actor === 'personnel-named')).toBe(true);
    expect(log[0].recordIds).toHaveLength(2);
    expect(log[1].recordIds).toEqual([id]);

    // The petitioner sees the new status, never the staff note.
    const mine = await t.queryAs(teacher, MINE, { code: filed.code });
    expect(mine.data!.personnel.myPetition.status).toBe('IN_REVIEW');
  });

  it('keeps a closed petition closed', async () => {
    await t.queryAs(namedStaff, UPDATE, { id, status: 'CLOSED' });
    const res = await t.queryAs(namedStaff, UPDATE, { id, status: 'IN_REVIEW' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'PETITION_CLOSED', messageTh: expect.stringMatching(/[ก-๙]/) });
    const missing = await t.queryAs(namedStaff, UPDATE, { id: '00000000-0000-4000-8000-000000000000', status: 'CLOSED' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('PETITION_NOT_FOUND');
  });
});
