import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity, startTestUnit, type TestUnit } from '@sesao28/kit/testing';
import type { Identity } from '@sesao28/kit';
import { unit } from '../src/index.js';

const REPORT = `mutation ($input: MisconductReportInput!, $key: String!) {
  internalAudit { reportMisconduct(input: $input, idempotencyKey: $key) { code pin receivedAt } }
}`;
const LIST = `{ internalAudit { misconductReports { nodes { id code subjectTh bodyTh whoIsInvolved contact status } } } }`;
const ONE = `query ($id: ID!) { internalAudit { misconductReport(id: $id) { id bodyTh } } }`;
const FOLLOW = `query ($code: String!, $pin: String!) { internalAudit { followMisconductReport(code: $code, pin: $pin) { code status } } }`;
const UPDATE = `mutation ($id: ID!, $status: MisconductReportStatus!, $note: String!) {
  internalAudit { updateMisconductReport(id: $id, status: $status, noteTh: $note) { id status noteTh } }
}`;
const COUNTS = `query ($fy: Int) { internalAudit { misconductReportCounts(fiscalYear: $fy) { fiscalYear total byStatus { status count } } } }`;

const BODY = 'เจ้าหน้าที่พัสดุเรียกรับเงินจากผู้รับจ้างในโครงการปรับปรุงอาคาร';
const report = (overrides: Record<string, unknown> = {}) => ({
  subjectTh: 'เรียกรับเงินในการจัดซื้อจัดจ้าง',
  bodyTh: BODY,
  whoIsInvolved: 'เจ้าหน้าที่พัสดุ โรงเรียน ก',
  whenOccurred: 'มีนาคม 2569',
  evidenceDescription: 'มีภาพถ่ายการโอนเงิน',
  ...overrides,
});

const namedStaff = identity('UNIT_STAFF', 'AUDIT', { subject: 'audit-named', confidential: true });

/** Everyone who must not read or work reports, with the refusal each gets. */
const refused: [string, Identity, string][] = [
  ['the public', identity('PUBLIC'), 'UNAUTHENTICATED'],
  ['a stakeholder', identity('STAKEHOLDER'), 'FORBIDDEN'],
  ['audit staff without the claim', identity('UNIT_STAFF', 'AUDIT'), 'FORBIDDEN'],
  ['the audit head without the claim', identity('UNIT_HEAD', 'AUDIT'), 'FORBIDDEN'],
  ['the director', identity('DIRECTOR', null, { confidential: true }), 'FORBIDDEN'],
  ['an analyst', identity('ANALYST', null, { confidential: true }), 'FORBIDDEN'],
  ['an auditor of the office', identity('AUDITOR', null, { confidential: true }), 'FORBIDDEN'],
  ['an admin', identity('ADMIN', null, { confidential: true }), 'FORBIDDEN'],
  ['named staff of Personnel', identity('UNIT_HEAD', 'PERSONNEL', { confidential: true }), 'FORBIDDEN'],
];

describe('misconduct reports (a confidential channel)', () => {
  let t: TestUnit;
  let receipt: { code: string; pin: string };
  let id: string;
  const sql = (text: string, params: unknown[] = []) => t.server.db.dataSource.query(text, params);
  const reports = async () => Number((await sql('SELECT count(*) AS n FROM unit_internal_audit.misconduct_report'))[0].n);
  const auditRows = () => sql(`SELECT actor, action, record_ids AS "recordIds" FROM unit_internal_audit.access_audit ORDER BY at`);

  beforeAll(async () => {
    t = await startTestUnit(unit);
    const res = await t.queryAs(identity('PUBLIC'), REPORT, { input: report(), key: 'misconduct-key-01' });
    expect(res.errors).toBeUndefined();
    receipt = res.data!.internalAudit.reportMisconduct;
    id = (await sql('SELECT id FROM unit_internal_audit.misconduct_report'))[0].id;
  });
  afterAll(async () => t?.close());

  it('takes an anonymous report and gives a code and a PIN, storing only the PIN hash', async () => {
    expect(receipt.code).toMatch(/^SSK-/);
    expect(receipt.pin).toMatch(/^\d{8}$/);
    const [stored] = await sql('SELECT pin_hash, contact FROM unit_internal_audit.misconduct_report');
    expect(stored.contact).toBeNull();
    expect(stored.pin_hash).not.toContain(receipt.pin);
    // No public trace: no activity, no case of the unit carries its words.
    expect(JSON.stringify(await sql('SELECT * FROM unit_internal_audit.activity'))).not.toContain('พัสดุ');
  });

  it('lets the reporter follow the status with code and PIN only', async () => {
    const ok = await t.queryAs(identity('PUBLIC'), FOLLOW, { code: receipt.code.toLowerCase(), pin: receipt.pin });
    expect(ok.data!.internalAudit.followMisconductReport).toEqual({ code: receipt.code, status: 'RECEIVED' });
    const wrongPin = await t.queryAs(identity('PUBLIC'), FOLLOW, {
      code: receipt.code,
      pin: receipt.pin === '00000000' ? '11111111' : '00000000',
    });
    expect(wrongPin.errors).toBeUndefined();
    expect(wrongPin.data!.internalAudit.followMisconductReport).toBeNull();
  });

  it('returns the same code and PIN on a retry, and refuses the key for another report', async () => {
    const again = await t.queryAs(identity('PUBLIC'), REPORT, { input: report(), key: 'misconduct-key-01' });
    expect(again.data!.internalAudit.reportMisconduct).toMatchObject({ code: receipt.code, pin: receipt.pin });
    const reused = await t.queryAs(identity('PUBLIC'), REPORT, { input: report({ bodyTh: 'เรื่องอื่น' }), key: 'misconduct-key-01' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', messageTh: expect.stringMatching(/[ก-๙]/) });
    expect(await reports()).toBe(1);
  });

  it('takes a report with a contact from a signed-in person too', async () => {
    const res = await t.queryAs(identity('STAKEHOLDER'), REPORT, {
      input: report({ contact: 'line: witness01' }),
      key: 'misconduct-key-02',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.internalAudit.reportMisconduct.code).not.toBe(receipt.code);
    expect(await reports()).toBe(2);
  });

  it.each([
    [{ subjectTh: '' }, 'misconduct-key-03', 'TEXT_REQUIRED', 'subjectTh'],
    [{ bodyTh: 'ก'.repeat(5001) }, 'misconduct-key-03', 'TEXT_TOO_LONG', 'bodyTh'],
    [{ whoIsInvolved: 'ข'.repeat(1001) }, 'misconduct-key-03', 'TEXT_TOO_LONG', 'whoIsInvolved'],
    [{ contact: 'x'.repeat(255) }, 'misconduct-key-03', 'TEXT_TOO_LONG', 'contact'],
    [{}, 'x'.repeat(101), 'INVALID_IDEMPOTENCY_KEY', 'idempotencyKey'],
  ])('refuses %j with %s, in Thai and English, writing nothing', async (bad, key, code, field) => {
    const before = await reports();
    const res = await t.queryAs(identity('PUBLIC'), REPORT, { input: report(bad), key });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code,
      field,
      messageTh: expect.stringMatching(/[ก-๙]/),
      messageEn: expect.any(String),
    });
    expect(await reports()).toBe(before);
  });

  it.each(refused)('refuses %s every read and change of reports, and logs nothing', async (_who, who, code) => {
    const logged = (await auditRows()).length;
    for (const [query, variables] of [
      [LIST, {}],
      [ONE, { id }],
      [UPDATE, { id, status: 'CLOSED_UNSUBSTANTIATED', note: 'ปิด' }],
    ] as const) {
      const res = await t.queryAs(who, query, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(JSON.stringify(res.data ?? {})).not.toContain('พัสดุ');
    }
    expect((await sql('SELECT status FROM unit_internal_audit.misconduct_report WHERE id = $1', [id]))[0].status).toBe('RECEIVED');
    expect((await auditRows()).length).toBe(logged);
  });

  it("lets the unit's named staff read and work reports, logging every read", async () => {
    const list = await t.queryAs(namedStaff, LIST);
    expect(list.errors).toBeUndefined();
    expect(list.data!.internalAudit.misconductReports.nodes).toHaveLength(2);
    const one = await t.queryAs(namedStaff, ONE, { id });
    expect(one.data!.internalAudit.misconductReport.bodyTh).toBe(BODY);
    const moved = await t.queryAs(namedStaff, UPDATE, { id, status: 'INVESTIGATING', note: 'ตั้งกรรมการสอบข้อเท็จจริง' });
    expect(moved.data!.internalAudit.updateMisconductReport).toEqual({ id, status: 'INVESTIGATING', noteTh: 'ตั้งกรรมการสอบข้อเท็จจริง' });
    const log = await auditRows();
    expect(log.map((r: { action: string }) => r.action)).toEqual([
      'misconduct-report:list',
      'misconduct-report:read',
      'misconduct-report:update',
    ]);
    expect(log.every((r: { actor: string }) => r.actor === 'audit-named')).toBe(true);
    expect(log[0].recordIds).toHaveLength(2);
    expect(log[1].recordIds).toEqual([id]);

    const follow = await t.queryAs(identity('PUBLIC'), FOLLOW, { code: receipt.code, pin: receipt.pin });
    expect(follow.data!.internalAudit.followMisconductReport.status).toBe('INVESTIGATING');
  });

  it('refuses a change without a note or of a missing report', async () => {
    const noNote = await t.queryAs(namedStaff, UPDATE, { id, status: 'REFERRED', note: ' ' });
    expect(noNote.errors?.[0]?.extensions).toMatchObject({ code: 'TEXT_REQUIRED', field: 'noteTh' });
    const missing = await t.queryAs(namedStaff, UPDATE, { id: '00000000-0000-4000-8000-000000000000', status: 'REFERRED', note: 'ส่งต่อ' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'REPORT_NOT_FOUND', messageTh: expect.stringMatching(/[ก-๙]/) });
    expect((await sql('SELECT status FROM unit_internal_audit.misconduct_report WHERE id = $1', [id]))[0].status).toBe('INVESTIGATING');
  });

  it('shows everyone counts by status, never the text', async () => {
    const res = await t.queryAs(identity('PUBLIC'), COUNTS, {});
    expect(res.errors).toBeUndefined();
    const counts = res.data!.internalAudit.misconductReportCounts;
    expect(counts.total).toBe(2);
    expect(counts.byStatus).toContainEqual({ status: 'INVESTIGATING', count: 1 });
    expect(counts.byStatus).toContainEqual({ status: 'RECEIVED', count: 1 });
    const past = await t.queryAs(identity('PUBLIC'), COUNTS, { fy: 2560 });
    expect(past.data!.internalAudit.misconductReportCounts.total).toBe(0);
    const stats = await t.queryAs(
      identity('PUBLIC'),
      `{ internalAudit { stats { activitiesTotal feedbackReceived } activities { nodes { titleTh bodyTh } } } }`,
    );
    expect(JSON.stringify(stats.data)).not.toContain('พัสดุ');
  });
  describe('trust findings (issue 14): misconduct follow-up', () => {
    const wrong = (pin: string) => (pin === '00000000' ? '11111111' : '00000000');

    it('finding: no attempt limit: five wrong PINs pause the follow-up for an hour, even for the right PIN', async () => {
      const res = await t.queryAs(identity('PUBLIC'), REPORT, {
        input: report({ bodyTh: 'รายงานเพื่อทดสอบการเดา PIN' }),
        key: 'misconduct-guess-01',
      });
      const { code, pin } = res.data!.internalAudit.reportMisconduct;
      for (let i = 0; i < 4; i++) {
        const guess = await t.queryAs(identity('PUBLIC'), FOLLOW, { code, pin: wrong(pin) });
        expect(guess.data!.internalAudit.followMisconductReport).toBeNull();
      }
      // A right PIN in between starts the count again.
      expect((await t.queryAs(identity('PUBLIC'), FOLLOW, { code, pin })).data!.internalAudit.followMisconductReport).toMatchObject({
        code,
      });
      for (let i = 0; i < 5; i++) await t.queryAs(identity('PUBLIC'), FOLLOW, { code, pin: wrong(pin) });
      const locked = await t.queryAs(identity('PUBLIC'), FOLLOW, { code, pin });
      expect(locked.errors?.[0]?.extensions).toMatchObject({
        code: 'FOLLOW_UP_LOCKED',
        field: 'pin',
        messageTh: expect.stringMatching(/60 นาที/),
      });
      // Another report is not affected.
      expect(
        (await t.queryAs(identity('PUBLIC'), FOLLOW, { code: receipt.code, pin: receipt.pin })).data!.internalAudit.followMisconductReport,
      ).toMatchObject({ code: receipt.code });
    });

    it('finding: aliases × scrypt: one request checks one PIN', async () => {
      const many = `query ($code: String!, $pin: String!) { internalAudit {
        a: followMisconductReport(code: $code, pin: $pin) { code }
        b: followMisconductReport(code: $code, pin: $pin) { code }
        c: followMisconductReport(code: $code, pin: $pin) { code } } }`;
      const res = await t.queryAs(identity('PUBLIC'), many, { code: receipt.code, pin: '12345678' });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['ONE_PIN_CHECK_PER_REQUEST', 'ONE_PIN_CHECK_PER_REQUEST']);
    });

    it('finding: the PIN is derived from data stored beside its hash: the retry key is not stored, only its hash', async () => {
      const columns: { column_name: string }[] = await sql(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'unit_internal_audit' AND table_name = 'misconduct_report'`,
      );
      expect(columns.map((c) => c.column_name)).not.toContain('idempotency_key');
      expect(JSON.stringify(await sql('SELECT * FROM unit_internal_audit.misconduct_report'))).not.toContain('misconduct-key-01');
    });
  });
});
